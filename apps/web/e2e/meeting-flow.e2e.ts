import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hiwarForTests, newPerson, SCREENSHOTS } from './harness.js';

const shots = SCREENSHOTS;

const e2e = hiwarForTests();

const shoot = (page: Page, name: string) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });

/** The title of the item shown as current on a page. */
const currentTitle = (page: Page) => page.locator('#current-item-title');

async function addItem(page: Page, item: { title: string; kind: string; minutes: string; confidentiality: string }) {
  await page.getByLabel('Item title').fill(item.title);
  await page.getByLabel('Kind').selectOption(item.kind);
  await page.getByLabel('Planned minutes').fill(item.minutes);
  await page.getByLabel('Confidentiality').selectOption(item.confidentiality);
  await page.getByRole('button', { name: 'Add agenda item' }).click();
  await page.getByText(`“${item.title}” added to the agenda.`).waitFor();
}

describe('a meeting in Chromium', () => {
  it('is created, joined by link, advanced, and survives a server restart', async () => {
    const facilitatorContext = await newPerson(e2e.browser);
    const facilitator = await facilitatorContext.newPage();
    await facilitator.goto(`${e2e.hiwar.url}/sign-up`);
    await facilitator.getByLabel('Your name').fill('Hala Mansour');
    await facilitator.getByLabel('E-mail address').fill('hala@example.org');
    await facilitator.getByLabel('Password').fill('a passphrase for hala');
    await facilitator.getByRole('button', { name: 'Create account' }).click();
    await facilitator.getByRole('heading', { name: 'My meetings' }).waitFor();

    await facilitator.getByRole('link', { name: 'New meeting' }).click();
    await facilitator.getByLabel('Title').fill('Rivers without borders: a regional water dialogue');
    await facilitator.getByLabel('Host organisation').fill('Confluence Dialogue Centre');
    await facilitator.getByLabel('Date and start time').fill('2027-03-04T15:00');
    // The time zone is a search field: type part of the city, then take the highlighted zone.
    await facilitator.getByRole('combobox', { name: 'Time zone' }).fill('beirut');
    await facilitator.getByRole('option', { name: /Asia\/Beirut/ }).waitFor();
    await facilitator.keyboard.press('Enter');
    await facilitator.getByLabel('Format').selectOption('hybrid');
    await facilitator.getByRole('button', { name: 'Create meeting' }).click();
    await facilitator.getByRole('heading', { name: 'Agenda' }).waitFor();

    await addItem(facilitator, {
      title: 'Opening remarks',
      kind: 'opening',
      minutes: '5',
      confidentiality: 'on-record',
    });
    await addItem(facilitator, {
      title: 'Upstream and downstream views',
      kind: 'presentation',
      minutes: '20',
      confidentiality: 'on-record',
    });
    await addItem(facilitator, {
      title: 'Open discussion',
      kind: 'discussion',
      minutes: '40',
      confidentiality: 'chatham-house',
    });
    const joinLink = await facilitator.locator('#invite-link').inputValue();
    expect(joinLink).toMatch(/\/join\/[A-Z2-9]{8}$/);
    await shoot(facilitator, 'setup-en-laptop');

    // Two participants, each in their own browser context, one on a phone.
    const people = await Promise.all(
      [
        { name: 'Tarek', phone: true },
        { name: 'Selma', phone: false },
      ].map(async ({ name, phone }) => {
        const context = await newPerson(e2e.browser, { phone });
        const page = await context.newPage();
        await page.goto(joinLink);
        await page.getByLabel('Your name in the meeting').fill(name);
        await page.getByRole('button', { name: 'Join the meeting' }).click();
        await page.getByRole('heading', { name: 'The meeting has not started yet' }).waitFor();
        return { name, context, page };
      }),
    );
    // The facilitator sees them arrive live, and can make Selma a presenter.
    await facilitator.getByText('Selma').first().waitFor();
    await facilitator.getByLabel('Role of Selma').selectOption('presenter');
    await people[1]?.page.getByText('Presenter').first().waitFor();

    await facilitator.getByRole('link', { name: 'Open live console' }).click();
    await facilitator.getByRole('button', { name: 'Start meeting' }).click();
    await expect.poll(() => currentTitle(facilitator).textContent()).toBe('Opening remarks');
    await facilitator.getByRole('button', { name: /Next item/ }).click();
    for (const page of [facilitator, ...people.map((p) => p.page)]) {
      await expect
        .poll(() => currentTitle(page).textContent(), { timeout: 5000 })
        .toBe('Upstream and downstream views');
    }
    await expect.poll(() => people[0]?.page.getByText('3 people present').count()).toBeGreaterThan(0);
    await shoot(facilitator, 'console-en-laptop');
    if (people[0]) await shoot(people[0].page, 'participant-en-phone');

    // The server dies mid-meeting and comes back: everyone returns to the same item by themselves.
    await e2e.hiwar.restart();
    await facilitator.getByRole('button', { name: /Next item/ }).click();
    for (const page of [facilitator, ...people.map((p) => p.page)]) {
      await expect.poll(() => currentTitle(page).textContent(), { timeout: 20_000 }).toBe('Open discussion');
    }
    await expect
      .poll(() => people[1]?.page.getByText('Chatham House Rule: what is said may be used').count())
      .toBeGreaterThan(0);

    // A participant who closes the tab and opens the link again is back, with the same role.
    const selma = people[1];
    if (!selma) throw new Error('missing participant');
    await selma.page.close();
    const again = await selma.context.newPage();
    await again.goto(joinLink);
    await expect.poll(() => currentTitle(again).textContent(), { timeout: 10_000 }).toBe('Open discussion');
    await again.getByText('Presenter').first().waitFor();

    for (const p of people) await p.context.close();
    await facilitatorContext.close();
  });

  it('turns right-to-left in Arabic for the facilitator and the participant', async () => {
    const context = await newPerson(e2e.browser, { locale: 'ar' });
    const page = await context.newPage();
    await page.goto(`${e2e.hiwar.url}/sign-in`);
    await page.locator('#language-select').selectOption('ar');
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
    await page.locator('#auth-email').fill('hala@example.org');
    await page.locator('#auth-password').fill('a passphrase for hala');
    await page.locator('form button[type="submit"]').click();
    await page.getByRole('heading', { name: 'اجتماعاتي' }).waitFor();
    const meetingLink = page.locator('a[href$="/live"]').first();
    await meetingLink.click();
    await currentTitle(page).waitFor();
    // The layout really runs right to left: the page starts at the right edge.
    const direction = await page.evaluate(() => getComputedStyle(document.body).direction);
    expect(direction).toBe('rtl');
    const header = await page.locator('header').first().boundingBox();
    const brand = await page.locator('header a').first().boundingBox();
    expect(brand && header && brand.x + brand.width > header.x + header.width / 2).toBe(true);
    await shoot(page, 'console-ar-laptop');

    const phone = await newPerson(e2e.browser, { phone: true, locale: 'ar' });
    const participant = await phone.newPage();
    await participant.goto(`${e2e.hiwar.url}/join`);
    await participant.locator('#language-select').selectOption('ar');
    await expect.poll(() => participant.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await shoot(participant, 'join-ar-phone');
    await phone.close();
    await context.close();
  });
});
