import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { HiwarHttp } from '@hiwar/client';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, hiwarForTests, newPerson, SCREENSHOTS } from './harness.js';

const shots = path.join(SCREENSHOTS, 'console');
/** The seeded demo facilitator, with the password the harness gives the seed. */
const DEMO = { email: 'facilitator@demo.hiwar.local', password: DEMO_PASSWORD };

const e2e = hiwarForTests({ demo: true });

const LANGUAGES = [
  { code: 'en', locale: 'en-GB' },
  { code: 'ar', locale: 'ar' },
] as const;
type Language = (typeof LANGUAGES)[number];

/**
 * A live meeting with every pane full: three agenda items, a speaker on the floor and three waiting, a dozen
 * points (some waiting for moderation), an open vote and a balance category. One per language, because the
 * shortcuts move its agenda and its floor.
 */
async function liveMeeting(api: HiwarHttp, language: Language) {
  const meeting = await api.createMeeting(
    {
      title:
        language.code === 'ar' ? 'المياه والمدينة: تمويل المبادرات المحلية' : 'Water and the city: funding local work',
      hostOrganisation: 'Regional Dialogue Centre',
      startsAt: '2027-05-12T10:00',
      timeZone: 'Asia/Amman',
      format: 'hybrid',
      contentLanguage: language.code,
    },
    [
      {
        title: 'Opening',
        kind: 'opening',
        plannedMinutes: 5,
        confidentiality: 'on-record',
        presenters: [{ name: 'Maryam Haddad', title: 'Programme Lead', organisation: 'Digital Rights Forum' }],
      },
      {
        title: 'النقاش المفتوح — Open discussion',
        kind: 'discussion',
        plannedMinutes: 40,
        confidentiality: 'chatham-house',
      },
      { title: 'Way forward', kind: 'closing', plannedMinutes: 10, confidentiality: 'chatham-house' },
    ],
  );
  await api.command(meeting.id, {
    type: 'theme:add',
    themes: [
      { name: 'التمويل', colour: '#1f6f5c' },
      { name: 'Protection', colour: '#2f5da8' },
    ],
  });
  await api.command(meeting.id, { type: 'meeting:start' });
  const people: HiwarHttp[] = [];
  for (const name of ['Rania Haddad رانيا', 'Youssef', 'Lina', 'Omar']) {
    const person = new HiwarHttp({ baseUrl: e2e.hiwar.url });
    await person.join(meeting.joinCode, { displayName: name });
    people.push(person);
  }
  const texts = [
    'Publish the water-sharing data in Arabic',
    'تمويل أساسي لثلاث سنوات للمنظمات المحلية',
    'Donors should accept reports in Arabic',
    'Small grants reach groups that large calls never do',
    'نحتاج إلى آلية طوارئ عندما تُصادَر الحسابات',
    'Pool funds so that smaller groups can apply',
  ];
  for (const [i, text] of texts.entries()) {
    await people[i % people.length]?.command(meeting.id, { type: 'point:submit', text, themeIds: [] });
  }
  await api.command(meeting.id, {
    type: 'point:submit',
    text: 'Security is core work, not a project add-on',
    themeIds: [],
  });
  for (const person of people) await person.command(meeting.id, { type: 'queue:raise-hand', kind: 'new-point' });
  await api.command(meeting.id, { type: 'queue:give-floor' });
  await api.command(meeting.id, {
    type: 'vote:open',
    kind: 'single',
    title: 'Which comes first?',
    options: [{ label: 'Data' }, { label: 'التمويل' }],
  });
  return meeting;
}

async function facilitator(api: HiwarHttp, language: Language, viewport: { width: number; height: number }) {
  const phone = viewport.width < 600;
  const context: BrowserContext = await newPerson(e2e.browser, { phone, locale: language.locale });
  await context.addInitScript((code) => localStorage.setItem('hiwar.language', code), language.code);
  const [name, value] = (api.sessionCookie ?? '').split('=');
  await context.addCookies([
    { name: name ?? '', value: value ?? '', url: e2e.hiwar.url, httpOnly: true, sameSite: 'Lax' },
  ]);
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  return { context, page };
}

async function openConsole(page: Page, meetingId: string) {
  await page.goto(`${e2e.hiwar.url}/meetings/${meetingId}/live`);
  await page.locator('#current-item-title').waitFor({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
}

/** The page's own scrolling, both ways: the console's panes may scroll, the page may not. */
function pageOverflow(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return {
      vertical: root.scrollHeight - window.innerHeight,
      horizontal: root.scrollWidth - root.clientWidth,
    };
  });
}

/** Every axe-core finding against WCAG 2.1 A and AA, colour contrast included, one line each. */
async function axeFindings(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
  );
}

/** Waits until the console has its answer to the last command (the buttons are enabled again). */
const idle = (page: Page) => page.locator('fieldset.console-agenda-controls:not([disabled])').waitFor();
const floorText = (page: Page) => page.locator('.floor-card').first().textContent();
const itemTitle = (page: Page) => page.locator('#current-item-title').textContent();

/** A key press as a given keyboard layout sends it: the physical key's code with that layout's character. */
function pressAs(page: Page, code: string, key: string, shiftKey = false) {
  return page.evaluate(
    ([c, k, shift]) => {
      const event = new KeyboardEvent('keydown', { code: c, key: k, shiftKey: shift, bubbles: true, cancelable: true });
      document.body.dispatchEvent(event);
    },
    [code, key, shiftKey] as const,
  );
}

describe('the console on one screen', () => {
  it('the overflow check sees a page that scrolls', async () => {
    const context = await newPerson(e2e.browser);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.setContent('<html lang="en"><body><div style="height:2000px;width:3000px">tall</div></body></html>');
    const overflow = await pageOverflow(page);
    expect(overflow.vertical).toBeGreaterThan(0);
    expect(overflow.horizontal).toBeGreaterThan(0);
    await context.close();
  });

  for (const language of LANGUAGES) {
    it(`fits 1366 × 768 in ${language.code} without page scrolling, passes axe, and runs the floor from the keyboard`, async () => {
      fs.mkdirSync(shots, { recursive: true });
      const api = new HiwarHttp({ baseUrl: e2e.hiwar.url });
      await api.signIn(DEMO);
      const meeting = await liveMeeting(api, language);
      const { context, page } = await facilitator(api, language, { width: 1366, height: 768 });
      await openConsole(page, meeting.id);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(language.code === 'ar' ? 'rtl' : 'ltr');

      // Everything the facilitator runs the meeting with is on the screen at once.
      await page.locator('.agenda-progress').waitFor();
      await page.locator('.queue-list').waitFor();
      await page.locator('.points-feed-list li').first().waitFor();
      const overflow = await pageOverflow(page);
      await page.screenshot({ path: path.join(shots, `console-${language.code}-1366.png`) });
      expect(overflow).toEqual({ vertical: expect.any(Number), horizontal: expect.any(Number) });
      expect(overflow.vertical).toBeLessThanOrEqual(0);
      expect(overflow.horizontal).toBeLessThanOrEqual(0);
      for (const selector of ['#current-item-title', '.queue-list', '.points-feed-list', '[role="tablist"]']) {
        const box = await page.locator(selector).first().boundingBox();
        expect(box && box.y + Math.min(box.height, 40) <= 768, selector).toBe(true);
      }
      expect(await axeFindings(page)).toEqual([]);

      // The votes tab: the open vote and its Close button, without scrolling the page.
      const votesTab = page.getByRole('tab', { name: language.code === 'ar' ? /التصويت/ : /Votes/ });
      await votesTab.click();
      await page.locator('.votes-card').waitFor();
      expect((await pageOverflow(page)).vertical).toBeLessThanOrEqual(0);
      await page.screenshot({ path: path.join(shots, `console-${language.code}-1366-votes.png`) });
      expect(await axeFindings(page)).toEqual([]);

      // F gives the floor to the next in the queue; E ends the turn; N moves to the next item. In Arabic the
      // keys come as an Arabic keyboard sends them: the same physical keys, typing ب, ث and ى.
      const first = await floorText(page);
      const before = await itemTitle(page);
      if (language.code === 'ar') await pressAs(page, 'KeyF', 'ب');
      else await page.keyboard.press('KeyF');
      await expect.poll(() => floorText(page)).not.toBe(first);
      await idle(page);
      if (language.code === 'ar') await pressAs(page, 'KeyE', 'ث');
      else await page.keyboard.press('KeyE');
      await expect
        .poll(() => floorText(page))
        .toContain(language.code === 'ar' ? 'لا أحد يتكلم الآن' : 'Nobody has the floor.');
      await idle(page);
      if (language.code === 'ar') await pressAs(page, 'KeyN', 'ى');
      else await page.keyboard.press('KeyN');
      await expect.poll(() => itemTitle(page)).not.toBe(before);
      await idle(page);

      // "?" opens the list of keys in a dialog; Escape closes it. Typing in a field never fires a shortcut.
      if (language.code === 'ar') await pressAs(page, 'Slash', '؟', true);
      else await page.keyboard.press('Shift+Slash');
      const help = page.getByRole('dialog');
      await help.waitFor();
      await page.screenshot({ path: path.join(shots, `console-${language.code}-1366-shortcuts.png`) });
      expect(await axeFindings(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await help.waitFor({ state: 'hidden' });
      const afterKeys = await itemTitle(page);
      await page
        .getByRole('button', { name: language.code === 'ar' ? 'إضافة شخص في القاعة' : 'Add a person in the room' })
        .click();
      const addDialog = page.getByRole('dialog');
      await addDialog.waitFor();
      await page.keyboard.type('Nina');
      await page.screenshot({ path: path.join(shots, `console-${language.code}-1366-add-person.png`) });
      await page.keyboard.press('Escape');
      await addDialog.waitFor({ state: 'hidden' });
      expect(await itemTitle(page)).toBe(afterKeys);

      await context.close();
    }, 240_000);

    it(`stacks on a 390 × 844 phone in ${language.code} without horizontal overflow`, async () => {
      const api = new HiwarHttp({ baseUrl: e2e.hiwar.url });
      await api.signIn(DEMO);
      const meeting = await liveMeeting(api, language);
      const { context, page } = await facilitator(api, language, { width: 390, height: 844 });
      await openConsole(page, meeting.id);
      expect((await pageOverflow(page)).horizontal).toBeLessThanOrEqual(0);
      await page.screenshot({ path: path.join(shots, `console-${language.code}-phone.png`), fullPage: true });
      await context.close();
    }, 120_000);

    it(`uses a 1920 × 1080 screen in four columns in ${language.code}, without page scrolling`, async () => {
      const api = new HiwarHttp({ baseUrl: e2e.hiwar.url });
      await api.signIn(DEMO);
      const meeting = await liveMeeting(api, language);
      const { context, page } = await facilitator(api, language, { width: 1920, height: 1080 });
      await openConsole(page, meeting.id);
      await page.locator('.console-pane-points .points-feed-list li').first().waitFor();
      const overflow = await pageOverflow(page);
      expect(overflow.vertical).toBeLessThanOrEqual(0);
      expect(overflow.horizontal).toBeLessThanOrEqual(0);
      await page.screenshot({ path: path.join(shots, `console-${language.code}-1920.png`) });
      await context.close();
    }, 120_000);
  }
});
