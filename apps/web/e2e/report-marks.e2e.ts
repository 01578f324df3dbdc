import path from 'node:path';
import { HiwarHttp } from '@hiwar/client';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hiwarForTests, newPerson, SCREENSHOTS } from './harness.js';

const e2e = hiwarForTests();
const api = new HiwarHttp({ baseUrl: 'http://placeholder' });
let meetingId = '';

const shoot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });

/** The facilitator's browser in a language, on a laptop (1366x768) or a phone (390x844). */
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

/** A desk point's list item, found by its text. */
const pointItem = (page: Page, text: string) => page.locator('li.desk-point', { hasText: text });

beforeAll(async () => {
  Object.assign(api, new HiwarHttp({ baseUrl: e2e.hiwar.url }));
  await api.signUp({ email: 'marks@example.org', password: 'a passphrase for marks', name: 'Noor Saleh' });
  const meeting = await api.createMeeting(
    {
      title: 'Water and local peace',
      hostOrganisation: 'Valley Dialogue Forum',
      startsAt: '2027-03-02T10:00',
      timeZone: 'Asia/Amman',
      format: 'online',
      contentLanguage: 'en',
    },
    [{ title: 'Open discussion', kind: 'discussion', plannedMinutes: 45, confidentiality: 'chatham-house' }],
  );
  meetingId = meeting.id;
  await api.command(meetingId, { type: 'meeting:start' });
  for (const text of [
    'Wells in Wadi Araba ran dry after the second drought',
    'The only woman judge in the northern district was threatened',
    'Fund mediators for three years, not one',
  ]) {
    await api.command(meetingId, { type: 'point:submit', text });
  }
  const points = (await api.getMeeting(meetingId)).points;
  const fund = points.find((p) => p.text.startsWith('Fund mediators'));
  await api.command(meetingId, { type: 'point:mark', pointId: fund?.id ?? '', recommendation: true });
});

describe('the desk marks points and the report settings in Chromium', () => {
  it('marks a point identifying, reads a point’s form, sets an addressee and a sensitive term that blocks publishing', async () => {
    const { context, page } = await facilitator('en', false);
    await page.goto(`${e2e.hiwar.url}/meetings/${meetingId}/capture`);
    /** The report's marks of a point sit behind "Marks for the report" in its "More actions" menu. */
    const openMarks = async (text: string) => {
      await pointItem(page, text).getByRole('button', { name: 'More actions' }).click();
      await page.getByRole('menuitem', { name: 'Marks for the report' }).click();
      return pointItem(page, text);
    };
    const judge = await openMarks('The only woman judge');
    await judge.getByRole('button', { name: 'Identifying' }).click();
    await judge.getByRole('button', { name: 'Identifying', pressed: true }).waitFor();
    await judge.getByText('An identifying point stays out of every public section of the report.').waitFor();

    // The classifier arrives as its own file when the desk reaches for the choice, and names the form it reads.
    const fund = await openMarks('Fund mediators');
    await fund.getByLabel('Reads as').hover();
    await fund.getByLabel('Reads as').focus();
    await expect
      .poll(() => fund.getByLabel('Reads as').locator('option').first().textContent(), { timeout: 15_000 })
      .toBe('Automatic: call to act (“called for …”)');
    await fund.getByLabel('Addressed to').selectOption('donors');
    await expect.poll(() => fund.getByLabel('Addressed to').inputValue()).toBe('donors');
    const marked = (await api.getMeeting(meetingId)).points;
    expect(marked.find((p) => p.text.startsWith('The only woman'))?.identifying).toBe(true);
    expect(marked.find((p) => p.text.startsWith('Fund mediators'))?.addressee).toBe('donors');
    await shoot(page, 'capture-marks-en-laptop');

    // On the report desk, a sensitive term named in the discussion blocks publishing.
    await page.goto(`${e2e.hiwar.url}/meetings/${meetingId}/report`);
    await page.getByRole('button', { name: 'Generate draft' }).click();
    await page.getByText('Report settings').click();
    await page.getByLabel('Add terms').fill('Wadi Araba');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('button', { name: 'Remove “Wadi Araba”' }).waitFor();
    await page.getByRole('button', { name: /Wadi Araba.*\(a sensitive term\)/ }).waitFor({ timeout: 10_000 });
    await expect.poll(() => page.getByRole('button', { name: 'Publish', exact: true }).isDisabled()).toBe(true);
    await shoot(page, 'report-settings-en-laptop');
    await context.close();
  });

  it.each([
    ['en', false],
    ['en', true],
    ['ar', false],
    ['ar', true],
  ] as const)('draws the capture desk and the report desk in %s (phone: %s) for a look', async (code, phone) => {
    const { context, page } = await facilitator(code, phone);
    const size = phone ? 'phone' : 'laptop';
    await page.goto(`${e2e.hiwar.url}/meetings/${meetingId}/capture`);
    await page.locator('li.desk-point .overflow-button').first().click();
    await page.getByRole('menuitem', { name: code === 'ar' ? 'علامات التقرير' : 'Marks for the report' }).click();
    await page.locator('.point-marks').first().waitFor();
    await shoot(page, `capture-marks-${code}-${size}`);
    await page.goto(`${e2e.hiwar.url}/meetings/${meetingId}/report`);
    await page.locator('.report-settings summary').click();
    await page.locator('.term-chip').first().waitFor();
    await shoot(page, `report-settings-${code}-${size}`);
    // The agenda form with a presenter's talk title and pronoun.
    await page.goto(`${e2e.hiwar.url}/meetings/${meetingId}/setup`);
    await page.locator('.agenda-editor > .agenda-item-form .presenters-editor button').last().click();
    await page.locator('.presenter-row select').first().waitFor();
    await page
      .locator('.presenters-editor')
      .screenshot({ path: path.join(SCREENSHOTS, `agenda-presenter-${code}-${size}.png`) });
    await context.close();
  });
});
