import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { HiwarHttp } from '@hiwar/client';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, hiwarForTests, newPerson, SCREENSHOTS } from './harness.js';

/** The seeded demo facilitator, with the password the harness gives the seed. */
const DEMO = { email: 'facilitator@demo.hiwar.local', password: DEMO_PASSWORD };
const e2e = hiwarForTests({ demo: true });
let api: HiwarHttp;
let meetingId = '';
let joinCode = '';

const shoot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage });

/** The demo facilitator's browser in a language, on a laptop (1366x768) or a phone (390x844). */
async function facilitator(code: 'en' | 'ar', phone: boolean): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newPerson(e2e.browser, { phone, locale: code === 'ar' ? 'ar' : 'en-GB' });
  await context.addInitScript((lang) => localStorage.setItem('hiwar.language', lang), code);
  const [name, value] = (api.sessionCookie ?? '').split('=');
  await context.addCookies([
    { name: name ?? '', value: value ?? '', url: e2e.hiwar.url, httpOnly: true, sameSite: 'Lax' },
  ]);
  const page = await context.newPage();
  if (!phone) await page.setViewportSize({ width: 1366, height: 768 });
  return { context, page };
}

/** Whether the page scrolls sideways: it must not, in either direction of writing. */
const overflowsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** Every axe-core finding against WCAG 2.1 A and AA (colour contrast included), one line each. */
async function axeFindings(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}`));
}

beforeAll(async () => {
  api = new HiwarHttp({ baseUrl: e2e.hiwar.url });
  await api.signIn(DEMO);
  const meeting = await api.createMeeting(
    {
      title: 'Local water committees and peace',
      hostOrganisation: 'Valley Dialogue Forum',
      startsAt: '2027-04-14T10:00',
      timeZone: 'Asia/Amman',
      format: 'online',
      contentLanguage: 'en',
    },
    [{ title: 'Open discussion', kind: 'discussion', plannedMinutes: 45, confidentiality: 'chatham-house' }],
  );
  meetingId = meeting.id;
  joinCode = meeting.joinCode;
  await api.command(meetingId, {
    type: 'theme:add',
    themes: [
      { name: 'Funding', colour: '#1f6f5c' },
      { name: 'الحماية Protection', colour: '#2f5da8' },
    ],
  });
  await api.command(meetingId, { type: 'meeting:start' });
  // The desk's own points, published at once, so the list has some length.
  for (const text of [
    'Committees need a budget line of their own, not a share of the project',
    'Women sit on two of eleven committees in the valley',
    'لجان المياه تحتاج إلى تدريب على الوساطة',
  ]) {
    await api.command(meetingId, { type: 'point:submit', text });
  }
});

describe('the capture desk’s layout and moderation in Chromium', () => {
  it('a participant sends points; the facilitator filters the queue and publishes two at once', async () => {
    // The participant, on a phone, sends three points: premoderation holds them for the desk.
    const participant = await newPerson(e2e.browser, { phone: true });
    const phone = await participant.newPage();
    await phone.goto(`${e2e.hiwar.url}/join/${joinCode}`);
    await phone.getByLabel('Your name in the meeting').fill('Huda');
    await phone.getByRole('button', { name: 'Join the meeting' }).click();
    const sent = [
      ['Pay committee members for their time', 'Funding'],
      ['Threats against mediators go unreported', 'الحماية Protection'],
      ['The ministry should publish the water quotas', ''],
    ] as const;
    for (const [text, theme] of sent) {
      await phone.getByLabel('Your point').fill(text);
      if (theme) await phone.getByLabel(/^Theme/).selectOption({ label: theme });
      await phone.getByRole('button', { name: 'Send point' }).click();
      await phone.getByText(text).first().waitFor();
    }

    const { context, page } = await facilitator('en', false);
    await page.goto(`${e2e.hiwar.url}/meetings/${meetingId}/capture`);
    const moderate = page.getByRole('tab', { name: 'Moderate 3 waiting' });
    await moderate.waitFor();
    await moderate.click();
    const queue = page.getByRole('region', { name: 'Moderation queue' });
    await expect.poll(() => queue.locator('li.desk-point').count()).toBe(3);

    // Filter the queue by a theme: one point; back to every theme.
    await queue.getByLabel('Theme').selectOption({ label: 'Funding (1)' });
    await expect.poll(() => queue.locator('li.desk-point').count()).toBe(1);
    await queue.getByLabel('Theme').selectOption('any');

    // Choose two and publish them at once.
    for (const text of ['Pay committee members', 'Threats against mediators']) {
      await queue.locator('li.desk-point', { hasText: text }).getByRole('checkbox').check();
    }
    await queue.getByRole('button', { name: 'Publish selected' }).click();
    await queue.getByText('2 points published.').waitFor();
    await page.getByRole('tab', { name: 'Moderate 1 waiting' }).waitFor();
    await expect.poll(() => queue.locator('li.desk-point').count()).toBe(1);
    const points = (await api.getMeeting(meetingId)).points;
    expect(points.filter((p) => p.status === 'published').map((p) => p.text)).toEqual(
      expect.arrayContaining(['Pay committee members for their time', 'Threats against mediators go unreported']),
    );
    // The participant learns it on their phone.
    await expect.poll(() => phone.getByText('Published').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);

    // The published filter now counts them with the desk's own points.
    await queue.getByRole('button', { name: /^Published/ }).click();
    await expect.poll(() => queue.locator('li.desk-point').count()).toBe(5);
    await shoot(page, 'capture-moderate-bulk-en-laptop');
    await context.close();
    await participant.close();
  }, 120_000);

  it.each([
    ['en', false],
    ['en', true],
    ['ar', false],
    ['ar', true],
  ] as const)(
    'fits without sideways scrolling and passes axe in %s (phone: %s), menu open too',
    async (code, phone) => {
      const { context, page } = await facilitator(code, phone);
      const size = phone ? 'phone' : 'laptop';
      await page.goto(`${e2e.hiwar.url}/meetings/${meetingId}/capture`);
      await page.locator('li.desk-point').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(code === 'ar' ? 'rtl' : 'ltr');

      // Capture: the form is in the first screen on a laptop, without scrolling.
      const form = await page.locator('textarea').first().boundingBox();
      expect(form).not.toBeNull();
      if (!phone) expect((form?.y ?? 0) + (form?.height ?? 0)).toBeLessThan(768);
      expect(await overflowsSideways(page)).toBe(false);
      expect(await axeFindings(page)).toEqual([]);
      await shoot(page, `capture-layout-${code}-${size}`);
      await shoot(page, `capture-layout-${code}-${size}-full`, true);

      // The overflow menu opens inside the screen, in either direction of writing.
      const more = page.locator('li.desk-point').first().locator('.overflow-button');
      await more.click();
      const menu = page.getByRole('menu');
      await menu.waitFor();
      const box = await menu.boundingBox();
      const width = page.viewportSize()?.width ?? 0;
      expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(width);
      expect(await overflowsSideways(page)).toBe(false);
      expect(await axeFindings(page)).toEqual([]);
      await shoot(page, `capture-menu-${code}-${size}`);
      await page.keyboard.press('Escape');
      await expect.poll(() => menu.count()).toBe(0);

      // Moderate: the queue, a point chosen so the bar shows.
      await page.getByRole('tab', { name: code === 'ar' ? /^الإشراف/ : /^Moderate/ }).click();
      await page.locator('.desk-pane-moderate li.desk-point').first().waitFor();
      await page.locator('.desk-pane-moderate li.desk-point').first().getByRole('checkbox').check();
      await page.locator('.desk-bulk-actions').waitFor();
      expect(await overflowsSideways(page)).toBe(false);
      expect(await axeFindings(page)).toEqual([]);
      await shoot(page, `capture-moderate-${code}-${size}`);
      await shoot(page, `capture-moderate-${code}-${size}-full`, true);
      await context.close();
    },
    120_000,
  );
});
