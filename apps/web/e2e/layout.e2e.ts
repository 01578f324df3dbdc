import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hiwarForTests, SCREENSHOTS } from './harness.js';
import {
  LANGUAGES,
  openView,
  overflow,
  type Prepared,
  personFor,
  prepareViews,
  seriousViolations,
  viewsOf,
} from './views.js';

/**
 * The wall screens at the sizes projectors have, 1280 × 720 and 1920 × 1080: nothing spills sideways, the
 * page does not scroll, and axe finds nothing. (Every other view is measured on a 1366 × 768 laptop and a
 * 390 × 844 phone by accessibility.e2e.ts.) Screenshots of exactly what the screen shows are left here.
 */

const shots = path.join(SCREENSHOTS, 'layout');
const e2e = hiwarForTests({ demo: true });
let prepared: Prepared;

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  prepared = await prepareViews(e2e);
});

const LAPTOP = { width: 1366, height: 768 };
const PROJECTORS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

interface Case {
  view: string;
  size: { width: number; height: number };
  /** The page itself must not scroll: everything the view needs is on one screen. */
  oneScreen: boolean;
  /** Judged by axe here too (the accessibility test covers the laptop and phone sizes). */
  axe: boolean;
}

const CASES: Case[] = ['projector', 'board-projector'].flatMap((view) =>
  PROJECTORS.map((size) => ({ view, size, oneScreen: true, axe: true })),
);

describe('every view at the sizes it is used on', () => {
  it('the measure sees a page that spills', async () => {
    const context = await e2e.browser.newContext({ viewport: LAPTOP });
    const page = await context.newPage();
    await page.setContent('<body style="margin:0"><div style="width:2000px;height:2000px">wide</div></body>');
    const found = await overflow(page);
    expect(found.across).toBeGreaterThan(600);
    expect(found.down).toBeGreaterThan(1200);
    expect(found.wide).toContain('div.');
    await context.close();
  });

  for (const language of LANGUAGES) {
    it(`fits in ${language.code}`, async () => {
      const views = viewsOf(prepared);
      const findings: string[] = [];
      const contexts = new Map<string, BrowserContext>();
      for (const c of CASES) {
        const view = views.find((v) => v.name === c.view);
        if (!view) throw new Error(`no view named ${c.view}`);
        const key = `${view.who} ${c.size.width}x${c.size.height}`;
        let context = contexts.get(key);
        if (!context) {
          context = await personFor(e2e.browser, prepared, view.who, language, { viewport: c.size });
          contexts.set(key, context);
        }
        const page = await context.newPage();
        await openView(page, prepared.url, view);
        const where = `${c.view} ${c.size.width}×${c.size.height}`;
        const found = await overflow(page);
        if (found.across > 0)
          findings.push(`${where}: ${found.across} px wider than the screen (${found.wide.join(', ')})`);
        if (c.oneScreen && found.down > 0) findings.push(`${where}: the page scrolls by ${found.down} px`);
        if (c.axe) for (const line of await seriousViolations(page)) findings.push(`${where}: ${line}`);
        await page.screenshot({
          path: path.join(shots, `${c.view}-${language.code}-${c.size.width}x${c.size.height}.png`),
        });
        await page.close();
      }
      for (const context of contexts.values()) await context.close();
      expect(findings).toEqual([]);
    }, 300_000);
  }
});
