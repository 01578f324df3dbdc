import path from 'node:path';
import { HiwarHttp } from '@hiwar/client';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hiwarForTests, newPerson, SCREENSHOTS } from './harness.js';

const shots = SCREENSHOTS;
const e2e = hiwarForTests();

const shoot = (page: Page, name: string) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });

/** A facilitator context already signed in, with a meeting whose discussion allows 4-second turns. */
async function prepare() {
  const api = new HiwarHttp({ baseUrl: e2e.hiwar.url });
  await api.signUp({ email: 'queue@example.org', password: 'a passphrase for the queue', name: 'Mona Aziz' });
  const meeting = await api.createMeeting(
    {
      title: 'Climate finance for local peacebuilders',
      hostOrganisation: 'Delta Dialogue Forum',
      startsAt: '2027-05-12T10:00',
      timeZone: 'Africa/Cairo',
      format: 'online',
      contentLanguage: 'ar',
    },
    [
      {
        title: 'Open discussion',
        kind: 'discussion',
        plannedMinutes: 30,
        confidentiality: 'chatham-house',
        speakingLimitSeconds: 4,
      },
    ],
  );
  const context = await newPerson(e2e.browser);
  const [name, value] = (api.sessionCookie ?? '').split('=');
  await context.addCookies([
    { name: name ?? '', value: value ?? '', url: e2e.hiwar.url, httpOnly: true, sameSite: 'Lax' },
  ]);
  return { meeting, context };
}

async function joinAs(name: string, joinCode: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newPerson(e2e.browser, { phone: true });
  const page = await context.newPage();
  await page.goto(`${e2e.hiwar.url}/join/${joinCode}`);
  await page.getByLabel('Your name in the meeting').fill(name);
  await page.getByRole('button', { name: 'Join the meeting' }).click();
  await page.getByText(name).first().waitFor();
  return { context, page };
}

/** The names in the projector's "next" list, in order (each row also says the kind, in Arabic here). */
const projectedNext = async (page: Page) =>
  (await page.locator('.projector-next-list li').allTextContents()).map((t) => t.match(/[A-Za-z]+/)?.[0]);

/** The names in the facilitator's queue, in order, read from the reorder handles. */
async function queueOrder(page: Page): Promise<string[]> {
  const labels = await page
    .getByRole('button', { name: /^Reorder / })
    .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  return labels.map((l) => l.replace(/^Reorder (.*), place .*$/, '$1'));
}

describe('the speaker queue in Chromium', () => {
  it('takes three hands, lets a point of order jump, reorders by keyboard, times out a turn, and projects it', async () => {
    const { meeting, context } = await prepare();
    const console_ = await context.newPage();
    await console_.goto(`${e2e.hiwar.url}/meetings/${meeting.id}/live`);
    await console_.getByRole('button', { name: 'Start meeting' }).click();

    const nadia = await joinAs('Nadia', meeting.joinCode);
    const karim = await joinAs('Karim', meeting.joinCode);
    const leila = await joinAs('Leila', meeting.joinCode);

    await nadia.page.getByRole('button', { name: 'Raise hand' }).click();
    await expect.poll(() => queueOrder(console_)).toEqual(['Nadia']);
    await karim.page.getByRole('button', { name: 'Raise hand' }).click();
    await expect.poll(() => queueOrder(console_)).toEqual(['Nadia', 'Karim']);
    await leila.page.getByLabel(/Point of order/).check();
    await leila.page.getByRole('button', { name: 'Raise hand' }).click();
    await expect.poll(() => queueOrder(console_)).toEqual(['Leila', 'Nadia', 'Karim']);

    // The facilitator moves Karim up with the keyboard: focus his handle, press the up arrow.
    await console_.getByRole('button', { name: /^Reorder Karim/ }).focus();
    await console_.keyboard.press('ArrowUp');
    await expect.poll(() => queueOrder(console_)).toEqual(['Leila', 'Karim', 'Nadia']);
    await expect.poll(() => nadia.page.locator('.place-number').textContent(), { timeout: 5000 }).toBe('3');
    await shoot(nadia.page, 'queue-participant-en-phone');

    const projector = await context.newPage();
    await projector.setViewportSize({ width: 1280, height: 720 });
    await projector.goto(`${e2e.hiwar.url}/meetings/${meeting.id}/projector`);
    await expect.poll(() => projectedNext(projector)).toEqual(['Leila', 'Karim', 'Nadia']);
    expect(await projector.locator('[dir="rtl"]').count()).toBeGreaterThan(0);
    // The facilitator's interface is English; the wall speaks the meeting's Arabic, fetched for it.
    expect(await projector.evaluate(() => document.documentElement.lang)).toBe('en');
    await projector.getByText('القائمة مفتوحة').waitFor();

    await console_.getByRole('button', { name: /^Next speaker/ }).click();
    await leila.page.getByText('You have the floor').first().waitFor();
    await karim.page.getByText('You are next').first().waitFor();
    await expect.poll(() => projectedNext(projector)).toEqual(['Karim', 'Nadia']);
    await expect.poll(() => projector.getByText('Leila').count()).toBeGreaterThan(0);

    // The 4-second limit runs out: the console says so in words.
    await console_
      .getByText(/Over time by/)
      .first()
      .waitFor({ timeout: 10_000 });
    await shoot(console_, 'queue-console-en-laptop');
    await shoot(projector, 'queue-projector-ar');

    // Arabic for the participant who is next: the whole view turns right to left.
    await karim.page.locator('#language-select').selectOption('ar');
    await expect.poll(() => karim.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await shoot(karim.page, 'queue-participant-ar-phone');
    await console_.locator('#language-select').selectOption('ar');
    await expect.poll(() => console_.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await shoot(console_, 'queue-console-ar-laptop');

    for (const p of [nadia, karim, leila]) await p.context.close();
    await context.close();
  });
});
