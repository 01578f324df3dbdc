import fs from 'node:fs';
import path from 'node:path';
import { HiwarHttp } from '@hiwar/client';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, hiwarForTests, newPerson, SCREENSHOTS } from './harness.js';

/**
 * The live room's defects found by trying Hiwar as a new user, each checked where a person meets it: in
 * Chromium, on a phone, in Arabic. The facilitator's side runs through the API, as a second device would.
 */

const shots = path.join(SCREENSHOTS, 'live-room');
const e2e = hiwarForTests({ demo: true });
let api: HiwarHttp;
let meetingId = '';
let joinCode = '';

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  api = new HiwarHttp({ baseUrl: e2e.hiwar.url });
  await api.signIn({ email: 'facilitator@demo.hiwar.local', password: DEMO_PASSWORD });
  const meeting = await api.createMeeting(
    {
      title: 'الحوار حول المياه',
      hostOrganisation: 'Hiwar',
      startsAt: '2027-03-01T10:00',
      timeZone: 'Asia/Amman',
      format: 'hybrid',
      contentLanguage: 'ar',
    },
    [{ title: 'النقاش المفتوح', kind: 'discussion', plannedMinutes: 30, confidentiality: 'chatham-house' }],
  );
  meetingId = meeting.id;
  joinCode = meeting.joinCode;
  await api.command(meetingId, { type: 'meeting:start' });
});

/** A participant on a phone in Arabic, joined through the join page as a person would. */
async function participantOnPhone(name: string): Promise<Page> {
  const context = await newPerson(e2e.browser, { phone: true, locale: 'ar' });
  await context.addInitScript(() => localStorage.setItem('hiwar.language', 'ar'));
  const page = await context.newPage();
  await page.goto(`${e2e.hiwar.url}/join/${joinCode}`);
  await page.getByLabel('اسمك في الاجتماع').fill(name);
  await page.getByRole('button', { name: 'الانضمام إلى الاجتماع' }).click();
  await page.locator('#current-item-title').waitFor();
  return page;
}

/** Whether an element's whole box is inside the window (not below the first screen). */
function onFirstScreen(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight && box.width > 0;
    });
}

describe('the live room, as people meet it', () => {
  it('a speaker on a phone sees their turn pinned on the first screen and hands the floor back', async () => {
    const page = await participantOnPhone('سلمى');
    await page.getByRole('button', { name: 'رفع اليد' }).click();
    await expect.poll(async () => (await api.getMeeting(meetingId)).queue.entries.length).toBe(1);
    await api.command(meetingId, { type: 'queue:give-floor' });

    const done = page.getByRole('button', { name: /انتهيت/ });
    await done.waitFor();
    // The state and its one action stay on the first screen, whatever the page's scroll.
    await page.mouse.wheel(0, 2000);
    expect(await onFirstScreen(page, '.turn-bar')).toBe(true);
    await expect.poll(() => page.locator('.turn-bar').textContent()).toContain('الكلمة لك');
    // Nothing else offers "raise hand" while they speak.
    expect(await page.getByRole('button', { name: 'رفع اليد' }).count()).toBe(0);
    await page.screenshot({ path: path.join(shots, 'speaker-phone-ar.png') });

    await done.click();
    await expect.poll(async () => (await api.getMeeting(meetingId)).queue.floor).toBeNull();
    await page.getByRole('button', { name: 'رفع اليد' }).waitFor();
    await page.context().close();
  }, 90_000);
});
