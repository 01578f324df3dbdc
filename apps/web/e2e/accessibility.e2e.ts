import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hiwarForTests, newPerson, SCREENSHOTS } from './harness.js';
import {
  LANGUAGES,
  openView,
  overflow,
  type Prepared,
  personFor,
  prepareViews,
  seriousViolations,
  type View,
  viewsOf,
  type Who,
} from './views.js';

const shots = path.join(SCREENSHOTS, 'views');
/** The sizes the views are judged at: a common laptop and a common phone. */
const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
/** Views that must fit the laptop's screen without the page scrolling. */
const ONE_SCREEN = new Set(['console', 'projector', 'board-projector']);
const e2e = hiwarForTests({ demo: true });
let prepared: Prepared;
let VIEWS: View[];

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  prepared = await prepareViews(e2e);
  VIEWS = viewsOf(prepared);
});

/** Controls a finger has to hit that are smaller than 44 × 44 CSS pixels, on a phone. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'button, a.button, select, input:not([type="hidden"]), textarea, summary, [role="button"], [contenteditable="true"]',
    );
    for (const el of controls) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (getComputedStyle(el).visibility === 'hidden') continue;
      // A control is also hit through its labels (a checkbox's text, say): the target is the union.
      const rects = [box, ...Array.from((el as HTMLInputElement).labels ?? [], (l) => l.getBoundingClientRect())];
      const hit = {
        width: Math.max(...rects.map((r) => r.right)) - Math.min(...rects.map((r) => r.left)),
        height: Math.max(...rects.map((r) => r.bottom)) - Math.min(...rects.map((r) => r.top)),
      };
      if (hit.height < 43.5 || hit.width < 43.5) {
        const label = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? '';
        found.push(`${el.tagName.toLowerCase()} "${label}" ${Math.round(hit.width)}×${Math.round(hit.height)}`);
      }
    }
    return found;
  });
}

describe('accessibility of every main view in Chromium', () => {
  it('the checks find what they look for', async () => {
    // A page with known faults, so that an empty result below means a clean page, not a blind check.
    const context = await newPerson(e2e.browser, { phone: true });
    const page = await context.newPage();
    await page.setContent(
      '<html lang="en"><body><main><img src="x.png"><button style="width:20px;height:20px"></button></main></body></html>',
    );
    const found = await seriousViolations(page);
    expect(found.some((line) => line.startsWith('image-alt'))).toBe(true);
    expect(found.some((line) => line.startsWith('button-name'))).toBe(true);
    expect(await smallTargets(page)).toEqual(['button "" 20×20']);
    await context.close();
  });

  for (const language of LANGUAGES) {
    for (const phone of [false, true]) {
      const size = phone ? 'phone' : 'laptop';
      const also = phone
        ? ', every control is at least 44 px and the top bar one row'
        : ', and the console fits the screen';
      it(`has no serious or critical axe-core findings and nothing spills sideways in ${language.code} on a ${size}${also}`, async () => {
        const findings: string[] = [];
        const contexts = new Map<Who, BrowserContext>();
        for (const view of VIEWS) {
          let context = contexts.get(view.who);
          if (!context) {
            context = await personFor(e2e.browser, prepared, view.who, language, {
              phone,
              viewport: phone ? PHONE : LAPTOP,
            });
            contexts.set(view.who, context);
          }
          const page = await context.newPage();
          await openView(page, prepared.url, view);
          expect(await page.evaluate(() => document.documentElement.dir)).toBe(language.code === 'ar' ? 'rtl' : 'ltr');
          for (const line of await seriousViolations(page)) findings.push(`${view.name} ${size}: ${line}`);
          if (phone) for (const line of await smallTargets(page)) findings.push(`${view.name} phone target: ${line}`);
          // The sizes people use: nothing wider than the screen; the console on one laptop screen (its panes
          // scroll inside themselves); on a phone a top bar of one row, so the meeting starts high.
          const spill = await overflow(page);
          if (spill.across > 0)
            findings.push(`${view.name} ${size}: ${spill.across} px too wide (${spill.wide.join(', ')})`);
          if (!phone && ONE_SCREEN.has(view.name) && spill.down > 0)
            findings.push(`${view.name} ${size}: the page scrolls by ${spill.down} px`);
          const header = page.locator('.site-header');
          const bar = phone && (await header.count()) > 0 ? await header.boundingBox() : null;
          if (bar && bar.height > 64)
            findings.push(`${view.name} phone: the top bar is ${Math.round(bar.height)} px high`);
          await page.screenshot({
            path: path.join(shots, `${view.name}-${language.code}-${size}.png`),
            fullPage: true,
          });
          await page.close();
        }
        for (const context of contexts.values()) await context.close();
        expect(findings).toEqual([]);
      }, 300_000);
    }
  }
});
