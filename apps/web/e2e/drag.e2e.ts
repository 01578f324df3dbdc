import { HiwarHttp } from '@hiwar/client';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, hiwarForTests, newPerson } from './harness.js';

/**
 * Reordering by dragging, in Chromium: with a mouse, with the keyboard alone, and with a finger on a phone
 * (touch events through the DevTools protocol, as a touch screen sends them). The new order is read back
 * from the server, not from the page.
 */

const e2e = hiwarForTests({ demo: true });
let api: HiwarHttp;
let meetingId = '';
const TITLES = ['Opening', 'Presentations', 'Open discussion'];

beforeAll(async () => {
  api = new HiwarHttp({ baseUrl: e2e.hiwar.url });
  await api.signIn({ email: 'facilitator@demo.hiwar.local', password: DEMO_PASSWORD });
  const meeting = await api.createMeeting(
    {
      title: 'Drag and drop',
      hostOrganisation: 'Hiwar',
      startsAt: '2027-03-01T10:00',
      timeZone: 'Europe/Stockholm',
      format: 'online',
      contentLanguage: 'en',
    },
    TITLES.map((title) => ({
      title,
      kind: 'discussion' as const,
      plannedMinutes: 10,
      confidentiality: 'on-record' as const,
    })),
  );
  meetingId = meeting.id;
});

async function serverOrder(): Promise<string[]> {
  return (await api.getMeeting(meetingId)).agenda.map((i) => i.title);
}

/** Each test starts from the agenda's first order, so that each one has to move something to pass. */
async function resetOrder() {
  const agenda = (await api.getMeeting(meetingId)).agenda;
  const ids = TITLES.map((title) => agenda.find((i) => i.title === title)?.id ?? '');
  await api.command(meetingId, { type: 'agenda:reorder', itemIds: ids });
  expect(await serverOrder()).toEqual(TITLES);
}

async function openSetup(phone: boolean): Promise<Page> {
  await resetOrder();
  const context = await newPerson(e2e.browser, { phone });
  const [name, value] = (api.sessionCookie ?? '').split('=');
  await context.addCookies([
    { name: name ?? '', value: value ?? '', url: e2e.hiwar.url, httpOnly: true, sameSite: 'Lax' },
  ]);
  const page = await context.newPage();
  await page.goto(`${e2e.hiwar.url}/meetings/${meetingId}/setup`);
  await page.getByRole('button', { name: `Move ${TITLES[0]}` }).waitFor();
  return page;
}

/** Waits until the server holds the expected order (the command is sent when the row is dropped). */
async function expectOrder(expected: string[]) {
  await expect.poll(serverOrder, { timeout: 10_000 }).toEqual(expected);
}

describe('dragging agenda items', () => {
  it('moves an item with the mouse', async () => {
    const page = await openSetup(false);
    await page.getByRole('button', { name: 'Move Opening' }).scrollIntoViewIfNeeded();
    const from = await page.getByRole('button', { name: 'Move Open discussion' }).boundingBox();
    const to = await page.getByRole('button', { name: 'Move Opening' }).boundingBox();
    if (!from || !to) throw new Error('handles not on screen');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    // In steps, as a hand moves: the drag starts after a few pixels and follows the pointer.
    await page.mouse.move(from.x + from.width / 2, to.y + 5, { steps: 12 });
    await page.mouse.up();
    await expectOrder(['Open discussion', 'Opening', 'Presentations']);
    await page.context().close();
  }, 60_000);

  it('moves an item with the keyboard alone, and announces it', async () => {
    const page = await openSetup(false);
    await page.getByRole('button', { name: 'Move Open discussion' }).focus();
    // One key at a time, as a person presses them: the list measures itself between steps.
    for (const key of ['Space', 'ArrowUp', 'ArrowUp', 'Space']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(250);
    }
    await expectOrder(['Open discussion', 'Opening', 'Presentations']);
    // Screen readers hear where it went, from dnd-kit's live region.
    await expect
      .poll(() => page.locator('[id^="DndLiveRegion"]').first().textContent())
      .toContain('Open discussion dropped at position 1 of 3');
    await page.context().close();
  }, 60_000);

  it('moves an item with a finger on a phone (press, hold, drag)', async () => {
    const page = await openSetup(true);
    const handle = page.getByRole('button', { name: 'Move Opening' });
    await handle.scrollIntoViewIfNeeded();
    const from = await handle.boundingBox();
    const to = await page.getByRole('button', { name: 'Move Open discussion' }).boundingBox();
    if (!from || !to) throw new Error('handles not on screen');
    const cdp = await page.context().newCDPSession(page);
    const x = from.x + from.width / 2;
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', y: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    await touch('touchStart', from.y + from.height / 2);
    // The hold that tells a drag from a scroll.
    await page.waitForTimeout(400);
    const steps = 12;
    for (let i = 1; i <= steps; i++) {
      await touch(
        'touchMove',
        from.y + from.height / 2 + ((to.y + to.height - 4 - (from.y + from.height / 2)) * i) / steps,
      );
      await page.waitForTimeout(16);
    }
    await touch('touchEnd', 0);
    await expectOrder(['Presentations', 'Open discussion', 'Opening']);
    await page.context().close();
  }, 60_000);
});

describe('dragging the speaker queue on the console', () => {
  it('moves a waiting person with the mouse', async () => {
    await api.command(meetingId, { type: 'meeting:start' });
    for (const name of ['Amal', 'Bilal', 'Chadi']) {
      await api.command(meetingId, { type: 'queue:add-person', name, kind: 'new-point' });
    }
    const names = async () => (await api.getMeeting(meetingId)).queue.entries.map((e) => e.name);
    expect(await names()).toEqual(['Amal', 'Bilal', 'Chadi']);

    const context = await newPerson(e2e.browser, { viewport: { width: 1366, height: 768 } });
    const [name, value] = (api.sessionCookie ?? '').split('=');
    await context.addCookies([
      { name: name ?? '', value: value ?? '', url: e2e.hiwar.url, httpOnly: true, sameSite: 'Lax' },
    ]);
    const page = await context.newPage();
    await page.goto(`${e2e.hiwar.url}/meetings/${meetingId}/live`);
    const grip = (who: string) => page.getByRole('button', { name: new RegExp(`^Reorder ${who},`) });
    await grip('Chadi').waitFor();
    await grip('Chadi').scrollIntoViewIfNeeded();
    const from = await grip('Chadi').boundingBox();
    const to = await grip('Amal').boundingBox();
    if (!from || !to) throw new Error('grips not on screen');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, to.y + 4, { steps: 12 });
    await page.mouse.up();
    await expect.poll(names, { timeout: 10_000 }).toEqual(['Chadi', 'Amal', 'Bilal']);
    await context.close();
  }, 60_000);
});
