import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { HiwarHttp } from '@hiwar/client';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, hiwarForTests, newPerson, SCREENSHOTS } from './harness.js';

const shots = path.join(SCREENSHOTS, 'desk');
const DEMO = { email: 'facilitator@demo.hiwar.local', password: DEMO_PASSWORD };
const e2e = hiwarForTests({ demo: true });
let api: HiwarHttp;
const ids = { draft: '', live: '' };

/** Beside the seeded ended meeting: an upcoming draft and a live meeting, so all three groups show. */
async function prepare() {
  api = new HiwarHttp({ baseUrl: e2e.hiwar.url });
  await api.signIn(DEMO);
  const details = {
    hostOrganisation: 'مركز الحوار الإقليمي',
    startsAt: '2027-05-12T10:00',
    timeZone: 'Asia/Amman',
    format: 'hybrid' as const,
    contentLanguage: 'ar' as const,
  };
  const draft = await api.createMeeting({ ...details, title: 'المياه والمدينة: جولة ثانية — Water and the city' }, [
    { title: 'Opening', kind: 'opening', plannedMinutes: 5, confidentiality: 'on-record' },
  ]);
  ids.draft = draft.id;
  const live = await api.createMeeting({ ...details, title: 'Youth, peace and security in the Sahel' }, [
    { title: 'Discussion', kind: 'discussion', plannedMinutes: 30, confidentiality: 'chatham-house' },
  ]);
  ids.live = live.id;
  await api.command(live.id, { type: 'meeting:start' });
}

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  await prepare();
});

const SIZES = [
  { name: 'laptop', width: 1366, height: 768, phone: false },
  { name: 'phone', width: 390, height: 844, phone: true },
] as const;
const LANGUAGES = [
  { code: 'en', locale: 'en-GB' },
  { code: 'ar', locale: 'ar' },
] as const;

async function facilitator(language: (typeof LANGUAGES)[number], size: (typeof SIZES)[number]) {
  const context: BrowserContext = await newPerson(e2e.browser, { phone: size.phone, locale: language.locale });
  await context.addInitScript((code) => localStorage.setItem('hiwar.language', code), language.code);
  const [name, value] = (api.sessionCookie ?? '').split('=');
  await context.addCookies([
    { name: name ?? '', value: value ?? '', url: e2e.hiwar.url, httpOnly: true, sameSite: 'Lax' },
  ]);
  const page = await context.newPage();
  await page.setViewportSize({ width: size.width, height: size.height });
  return { context, page };
}

/** Serious and critical axe findings (colour contrast included) against WCAG 2.1 A and AA. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** How far the page is wider than its window: 0 when nothing spills sideways. */
function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('the facilitator’s desk at laptop and phone sizes, in English and Arabic', () => {
  for (const language of LANGUAGES) {
    for (const size of SIZES) {
      it(`dashboard and setup fit ${size.name} in ${language.code}, pass axe, and copy then delete works`, async () => {
        const { context, page } = await facilitator(language, size);
        const findings: string[] = [];
        try {
          await page.goto(`${e2e.hiwar.url}/`);
          await page.locator('.desk-group').first().waitFor({ timeout: 15_000 });
          await page.waitForLoadState('networkidle');
          expect(await page.evaluate(() => document.documentElement.dir)).toBe(language.code === 'ar' ? 'rtl' : 'ltr');
          expect(await page.locator('.desk-group').count()).toBe(3);
          expect(await horizontalOverflow(page)).toBe(0);
          for (const line of await seriousViolations(page)) findings.push(`dashboard: ${line}`);
          await page.screenshot({
            path: path.join(shots, `dashboard-${language.code}-${size.name}.png`),
            fullPage: true,
          });

          // The row's menu, open, and the copy dialog, as a person sees them.
          const draftRow = page.locator('.desk-row', { hasText: 'Water and the city' }).first();
          await draftRow.locator('summary').click();
          await page.screenshot({ path: path.join(shots, `dashboard-menu-${language.code}-${size.name}.png`) });
          await draftRow.locator('.desk-more-item').nth(-2).click();
          const dialog = page.locator('dialog[open]');
          await dialog.waitFor();
          const title = `Copy ${language.code} ${size.name}`;
          await dialog.locator('#duplicate-title').fill(title);
          for (const line of await seriousViolations(page)) findings.push(`copy dialog: ${line}`);
          await page.screenshot({ path: path.join(shots, `duplicate-${language.code}-${size.name}.png`) });
          await dialog.locator('button[type="submit"]').click();

          // The copy opens in setup, ready to prepare: the title, an agenda, and no one but its owner.
          await page.waitForURL(/\/meetings\/[^/]+\/setup$/);
          await page.locator('#invite-link').waitFor({ timeout: 15_000 });
          await page.waitForLoadState('networkidle');
          expect(await page.locator('#details-title').inputValue()).toBe(title);
          expect(await horizontalOverflow(page)).toBe(0);
          for (const line of await seriousViolations(page)) findings.push(`setup: ${line}`);
          await page.screenshot({ path: path.join(shots, `setup-${language.code}-${size.name}.png`), fullPage: true });

          // Autosave: a changed title is kept without pressing anything; then the time-zone search.
          await page.locator('#details-title').fill(`${title} (edited)`);
          await page.locator('#details-hostOrganisation').focus();
          await page.locator('.autosave-status[data-status="saved"]').waitFor({ timeout: 10_000 });
          await page.locator('#details-timeZone').click();
          await page.locator('#details-timeZone').fill('stockholm');
          await page.locator('[role="option"]').first().waitFor();
          await page.screenshot({ path: path.join(shots, `time-zone-${language.code}-${size.name}.png`) });
          await page.keyboard.press('Enter');
          await page.locator('.autosave-status[data-status="saved"]').waitFor({ timeout: 10_000 });
          const copyId = page.url().split('/').at(-2) ?? '';
          await expect
            .poll(async () => (await api.getMeeting(copyId)).meeting, { timeout: 10_000 })
            .toMatchObject({ title: `${title} (edited)`, timeZone: 'Europe/Stockholm' });

          // Back on the dashboard, delete the copy behind the confirmation that names it.
          await page.goto(`${e2e.hiwar.url}/`);
          const copyRow = page.locator('.desk-row', { hasText: `${title} (edited)` });
          await copyRow.waitFor();
          await copyRow.locator('summary').click();
          await copyRow.locator('.desk-more-danger').click();
          const confirm = page.locator('dialog[open]');
          await confirm.waitFor();
          expect(await confirm.textContent()).toContain(`${title} (edited)`);
          for (const line of await seriousViolations(page)) findings.push(`delete dialog: ${line}`);
          await page.screenshot({ path: path.join(shots, `delete-${language.code}-${size.name}.png`) });
          await confirm.locator('.button-danger').click();
          await copyRow.waitFor({ state: 'detached' });
          expect((await api.listMeetings()).some((m) => m.id === copyId)).toBe(false);
        } finally {
          await context.close();
        }
        expect(findings).toEqual([]);
      }, 180_000);
    }
  }
});
