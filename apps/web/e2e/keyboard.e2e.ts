import path from 'node:path';
import { HiwarHttp } from '@hiwar/client';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hiwarForTests, newPerson, SCREENSHOTS } from './harness.js';

const shots = SCREENSHOTS;
const e2e = hiwarForTests();

/** What the focused element is and whether a sighted keyboard user can see where focus is. */
function focusState(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { described: 'body', visible: false };
    const style = getComputedStyle(el);
    // The app's focus ring is an outline (cards carry box shadows of their own, so a shadow proves nothing).
    const outlined = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
    const label = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
    return { described: `${el.tagName.toLowerCase()} "${label}"`, visible: outlined };
  });
}

/**
 * Presses Tab (only Tab) until `target` has focus, checking on the way that every stop shows its focus.
 * Fails if the target cannot be reached within `limit` presses.
 */
async function tabTo(page: Page, target: Locator, limit = 60): Promise<string[]> {
  const stops: string[] = [];
  let wrapped = false;
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const state = await focusState(page);
    // Past the last control Tab rests on the page itself before it starts again at the top, as a person
    // tabbing on would see; once per search, so a target that is never reached still fails.
    if (state.described === 'body' && !wrapped) {
      wrapped = true;
      continue;
    }
    if (!state.visible) throw new Error(`focus is not visible on ${state.described}; stops: ${stops.join(', ')}`);
    stops.push(state.described);
    if (await target.evaluate((el) => el === document.activeElement)) return stops;
  }
  throw new Error(`Tab did not reach the target in ${limit} presses; stops: ${stops.join(', ')}`);
}

/** A live region's text: what a screen reader announces. */
const liveRegion = (page: Page, text: string) =>
  page.locator('[role="status"], [role="alert"]').filter({ hasText: text });

describe('a whole meeting by keyboard alone', () => {
  it('joins, raises a hand, gets the floor, sends a point, hears it held, and votes, while the facilitator gives the floor and opens the poll, focus always visible', async () => {
    const api = new HiwarHttp({ baseUrl: e2e.hiwar.url });
    await api.signUp({ email: 'keys@example.org', password: 'a passphrase for keys', name: 'Dalia Saleh' });
    const meeting = await api.createMeeting(
      {
        title: 'Digital rights in the region',
        hostOrganisation: 'Bridges Dialogue Initiative',
        startsAt: '2027-02-10T11:00',
        timeZone: 'Africa/Cairo',
        format: 'online',
        contentLanguage: 'en',
      },
      [{ title: 'Open discussion', kind: 'discussion', plannedMinutes: 30, confidentiality: 'chatham-house' }],
    );
    await api.command(meeting.id, { type: 'points:set-settings', settings: { premoderate: true } });
    await api.command(meeting.id, { type: 'meeting:start' });

    const context = await newPerson(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.hiwar.url}/join/${meeting.joinCode}`);
    const name = page.getByLabel('Your name in the meeting');
    await name.waitFor();

    // The first Tab reaches the skip link, which moves focus to the page's content.
    await page.keyboard.press('Tab');
    expect((await focusState(page)).described).toContain('Skip');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await tabTo(page, name);
    await page.keyboard.type('Karim Nasser كريم');
    await tabTo(page, page.getByRole('button', { name: 'Join the meeting' }));
    await page.keyboard.press('Enter');
    await page.locator('#current-item-title').waitFor();

    // Raise a hand with the space bar; the facilitator sees it.
    await tabTo(page, page.getByRole('button', { name: 'Raise hand' }));
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Lower hand' }).waitFor();
    await expect.poll(async () => (await api.getMeeting(meeting.id)).queue.entries.length).toBe(1);

    // The facilitator gives the floor from the console, by keyboard too: it is announced at once.
    const staff = await newPerson(e2e.browser);
    const [cookieName, cookieValue] = (api.sessionCookie ?? '').split('=');
    await staff.addCookies([
      { name: cookieName ?? '', value: cookieValue ?? '', url: e2e.hiwar.url, httpOnly: true, sameSite: 'Lax' },
    ]);
    const console_ = await staff.newPage();
    await console_.goto(`${e2e.hiwar.url}/meetings/${meeting.id}/live`);
    // Tabbing starts once the console is there (before that the page has nothing to focus).
    const nextSpeaker = console_.getByRole('button', { name: /^Next speaker/ });
    await nextSpeaker.waitFor();
    await tabTo(console_, nextSpeaker, 120);
    await console_.keyboard.press('Enter');
    await liveRegion(page, 'You have the floor').first().waitFor();
    // The banner pulses to catch the eye, unless the person asked their system for less motion.
    const animation = () =>
      page
        .locator('.turn-banner')
        .first()
        .evaluate((el) => getComputedStyle(el).animationName);
    expect(await animation()).toBe('turn-pulse');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await animation()).toBe('none');

    // Send a point by keyboard.
    const text = 'Encrypted channels for meeting invitations';
    await tabTo(page, page.getByLabel('Your point'));
    await page.keyboard.type(text);
    await tabTo(page, page.getByRole('button', { name: 'Send point' }));
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await api.getMeeting(meeting.id)).points.map((p) => p.text)).toEqual([text]);

    // A moderator holds it with a reason: the participant hears why.
    const point = (await api.getMeeting(meeting.id)).points[0];
    await api.command(meeting.id, {
      type: 'point:moderate',
      pointId: point?.id ?? '',
      status: 'pending',
      reason: 'Please leave out the organisation’s name',
    });
    await liveRegion(page, 'Your point has been held. Reason: Please leave out the organisation’s name').waitFor();

    // A vote opens: announced, then answered with arrow keys and Enter.
    // The votes are a tab of the console: reach the tab list, then the arrow key selects Votes.
    await tabTo(console_, console_.getByRole('tab', { name: /^Points/ }), 150);
    await console_.keyboard.press('ArrowRight');
    // "New vote" opens its form in a dialog that starts on the question.
    await tabTo(console_, console_.getByRole('button', { name: 'New vote' }), 150);
    await console_.keyboard.press('Enter');
    await expect
      .poll(() => console_.getByLabel('Question', { exact: true }).evaluate((el) => el === document.activeElement))
      .toBe(true);
    await console_.keyboard.type('Which matters most this year?');
    await tabTo(console_, console_.getByLabel('Options (one per line)'));
    await console_.keyboard.type('Secure tools');
    await console_.keyboard.press('Enter');
    await console_.keyboard.type('Legal support');
    await tabTo(console_, console_.getByRole('button', { name: 'Open poll' }));
    await console_.keyboard.press('Enter');
    await liveRegion(page, 'A vote has opened').waitFor();
    await tabTo(page, page.getByRole('radio', { name: 'Secure tools' }));
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Legal support' }).isChecked()).toBe(true);
    await tabTo(page, page.getByRole('button', { name: 'Send answer' }));
    await page.keyboard.press('Enter');
    await page.getByText('Answer sent').first().waitFor();
    // Closing the vote shows the one ballot went where the arrow key put it.
    const vote = (await api.getMeeting(meeting.id)).votes[0];
    await api.command(meeting.id, { type: 'vote:close', voteId: vote?.id ?? '' });
    const closed = (await api.getMeeting(meeting.id)).votes[0];
    const legal = closed?.options.find((o) => o.label === 'Legal support');
    expect(closed?.results?.ballots).toBe(1);
    expect(closed?.results?.tallies.find((t) => t.optionId === legal?.id)?.count).toBe(1);
    await page.screenshot({ path: path.join(shots, 'keyboard-participant-en-laptop.png'), fullPage: true });
    await staff.close();
    await context.close();
  });
});
