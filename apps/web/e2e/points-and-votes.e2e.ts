import path from 'node:path';
import { HiwarHttp } from '@hiwar/client';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hiwarForTests, newPerson, SCREENSHOTS } from './harness.js';

const shots = SCREENSHOTS;
const e2e = hiwarForTests();

const shoot = (page: Page, name: string) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });

async function joinAs(name: string, joinCode: string, phone = true): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newPerson(e2e.browser, { phone });
  const page = await context.newPage();
  await page.goto(`${e2e.hiwar.url}/join/${joinCode}`);
  await page.getByLabel('Your name in the meeting').fill(name);
  await page.getByRole('button', { name: 'Join the meeting' }).click();
  await page.getByText(name).first().waitFor();
  return { context, page };
}

/** A running meeting on a Chatham House discussion with two themes, set up through the typed client. */
async function prepare() {
  const api = new HiwarHttp({ baseUrl: e2e.hiwar.url });
  await api.signUp({ email: 'points@example.org', password: 'a passphrase for points', name: 'Samar Idris' });
  const meeting = await api.createMeeting(
    {
      title: 'Shrinking civic space in the Maghreb',
      hostOrganisation: 'Atlas Dialogue Forum',
      startsAt: '2027-06-01T14:00',
      timeZone: 'Africa/Tunis',
      format: 'online',
      contentLanguage: 'en',
    },
    [{ title: 'Open discussion', kind: 'discussion', plannedMinutes: 45, confidentiality: 'chatham-house' }],
  );
  await api.command(meeting.id, {
    type: 'theme:add',
    themes: [
      { name: 'Funding', colour: '#1f6f5c' },
      { name: 'Protection', colour: '#2f5da8' },
    ],
  });
  await api.command(meeting.id, { type: 'points:set-settings', settings: { premoderate: false } });
  await api.command(meeting.id, { type: 'meeting:start' });
  const facilitator = await newPerson(e2e.browser);
  const [name, value] = (api.sessionCookie ?? '').split('=');
  await facilitator.addCookies([
    { name: name ?? '', value: value ?? '', url: e2e.hiwar.url, httpOnly: true, sameSite: 'Lax' },
  ]);
  return { api, meeting, facilitator };
}

/** The list item of a point on a page, found by its text. */
const pointItem = (page: Page, text: string) => page.locator('li', { hasText: text }).last();

describe('points and votes in Chromium', () => {
  it('three participants send and support points, the rapporteur tags and merges by keyboard, the board follows, and a dot vote ranks', async () => {
    const { api, meeting, facilitator } = await prepare();

    // The rapporteur joins by link and is given the role; their page becomes the capture desk.
    const rapporteur = await joinAs('Rapporteur Lina', meeting.joinCode, false);
    const snapshot = await api.getMeeting(meeting.id);
    const lina = snapshot.members?.find((m) => m.displayName === 'Rapporteur Lina');
    await api.command(meeting.id, { type: 'member:set-role', memberId: lina?.id ?? '', role: 'rapporteur' });
    const capture = rapporteur.page.getByLabel('Point', { exact: true });
    await capture.waitFor();

    const people = [];
    for (const name of ['Maha', 'Nabil', 'Omar']) people.push({ name, ...(await joinAs(name, meeting.joinCode)) });
    const [maha, nabil, omar] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];

    const send = async (page: Page, text: string) => {
      await page.getByLabel('Your point').fill(text);
      await page.getByRole('button', { name: 'Send point' }).click();
      await page.getByText(text).first().waitFor();
    };
    await send(maha.page, 'Core funding for three years, not projects');
    await send(nabil.page, 'Core funding for 3 years rather than projects');
    await send(omar.page, 'Digital security training for women activists');

    // Supports from the other participants.
    const support = async (page: Page, text: string) => {
      await pointItem(page, text)
        .getByRole('button', { name: /^Support/ })
        .click();
      await expect
        .poll(() =>
          pointItem(page, text)
            .getByRole('button', { name: /^Supported/ })
            .count(),
        )
        .toBe(1);
    };
    await support(omar.page, 'Core funding for three years, not projects');
    await support(maha.page, 'Core funding for 3 years rather than projects');
    await support(omar.page, 'Core funding for 3 years rather than projects');
    await support(nabil.page, 'Digital security training for women activists');

    // The rapporteur captures a point with keyboard tags: Alt+2 (Protection), Enter.
    await capture.focus();
    await rapporteur.page.keyboard.type('Travel bans on activists are rising');
    await rapporteur.page.keyboard.press('Alt+2');
    await expect
      .poll(() =>
        rapporteur.page.getByRole('button', { name: 'Protection', exact: true }).first().getAttribute('aria-pressed'),
      )
      .toBe('true');
    await rapporteur.page.keyboard.press('Enter');
    await expect.poll(() => capture.inputValue()).toBe('');
    await pointItem(rapporteur.page, 'Travel bans on activists are rising').waitFor();

    // The board, open for a participant, shows the new point under Protection.
    await omar.page.goto(`${e2e.hiwar.url}/m/${meeting.id}/board`);
    const protection = omar.page.getByRole('region', { name: 'Protection' });
    await protection.getByText('Travel bans on activists are rising').waitFor();

    // Merge by keyboard: choose the duplicate with Space, then open the other point's "More actions" menu
    // with Enter and take "Merge selected into this point".
    const duplicate = pointItem(rapporteur.page, 'Core funding for 3 years rather than projects');
    await duplicate.getByRole('checkbox', { name: /^Select/ }).focus();
    await rapporteur.page.keyboard.press('Space');
    await pointItem(rapporteur.page, 'Core funding for three years, not projects')
      .getByRole('button', { name: 'More actions' })
      .focus();
    await rapporteur.page.keyboard.press('Enter');
    const merge = rapporteur.page.getByRole('menuitem', { name: 'Merge selected into this point' });
    await merge.focus();
    await rapporteur.page.keyboard.press('Enter');
    // Omar supported both: the merged point counts him once, with Maha: 2 supporters.
    const untagged = omar.page.getByRole('region', { name: 'No theme' });
    await expect.poll(() => untagged.getByText('Core funding for 3 years rather than projects').count()).toBe(0);
    await expect
      .poll(() => untagged.locator('li', { hasText: 'Core funding for three years' }).textContent())
      .toMatch(/2 supports/);
    await shoot(rapporteur.page, 'points-capture-en-laptop');
    await shoot(omar.page, 'points-board-en-phone');

    // Both remaining discussion points become recommendations for a dot vote.
    for (const text of [
      'Core funding for three years, not projects',
      'Digital security training for women activists',
    ]) {
      await pointItem(rapporteur.page, text).getByRole('button', { name: 'More actions' }).click();
      await rapporteur.page.getByRole('menuitemcheckbox', { name: 'Recommendation' }).click();
      await pointItem(rapporteur.page, text).locator('.badge-mark', { hasText: 'Recommendation' }).waitFor();
    }
    const console_ = await facilitator.newPage();
    await console_.goto(`${e2e.hiwar.url}/meetings/${meeting.id}/live`);
    await console_.getByRole('tab', { name: /^Votes/ }).click();
    // A new vote is a form in a dialog: the dot vote, over the points marked as recommendations.
    await console_.getByRole('button', { name: 'New vote' }).click();
    const newVote = console_.getByRole('dialog', { name: 'New vote' });
    await newVote.getByRole('radio', { name: 'Open a dot vote' }).check();
    await newVote.getByRole('button', { name: 'Open dot vote' }).click();
    await newVote.waitFor({ state: 'hidden' });
    const projector = await facilitator.newPage();
    await projector.goto(`${e2e.hiwar.url}/meetings/${meeting.id}/projector`);
    const projected = projector.getByTestId('projector-vote');
    await projected.getByText('Which recommendations matter most?').waitFor();
    await omar.page.goto(`${e2e.hiwar.url}/m/${meeting.id}`);
    for (const [person, choice] of [
      [maha, 'Core funding for three years, not projects'],
      [nabil, 'Core funding for three years, not projects'],
      [omar, 'Digital security training for women activists'],
    ] as const) {
      const add = person.page.getByRole('button', { name: `Add a dot to ${choice}` });
      await add.click();
      await expect.poll(() => person.page.getByText(/0 dots left/).count()).toBeGreaterThan(0);
    }
    // Nothing is counted anywhere while the vote is open, on the console or on the projector.
    expect(await console_.getByText(/\d+ dots? \(\d+%\)/).count()).toBe(0);
    expect(await projected.textContent()).not.toMatch(/%|\d+ dots?/);
    // Only how many have voted, and of how many, on the wall and on the console.
    await expect.poll(() => projected.getByText(/^3 of \d+ have voted$/).count()).toBeGreaterThan(0);
    await expect.poll(() => console_.getByText(/^3 of \d+ have voted$/).count()).toBeGreaterThan(0);
    await shoot(maha.page, 'votes-participant-en-phone');
    await console_.getByRole('button', { name: /^Close vote/ }).click();
    for (const person of people) {
      await expect.poll(() => person.page.getByText('2 dots (67%)').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    }
    await shoot(console_, 'votes-console-en-laptop');
    await expect.poll(() => projected.getByText('2 dots (67%)').count()).toBeGreaterThan(0);
    await shoot(projector, 'votes-projector-en');

    // Arabic: the participant's points and results read right to left.
    await maha.page.locator('#language-select').selectOption('ar');
    await expect.poll(() => maha.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await shoot(maha.page, 'points-participant-ar-phone');
    await rapporteur.page.locator('#language-select').selectOption('ar');
    await expect.poll(() => rapporteur.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await shoot(rapporteur.page, 'points-capture-ar-laptop');
    await omar.page.goto(`${e2e.hiwar.url}/m/${meeting.id}/board`);
    await omar.page.locator('#language-select').selectOption('ar');
    await shoot(omar.page, 'points-board-ar-phone');

    for (const p of [...people, rapporteur]) await p.context.close();
    await facilitator.close();
  });
});
