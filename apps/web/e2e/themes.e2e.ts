import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { HiwarHttp } from '@hiwar/client';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hiwarForTests, newPerson, SCREENSHOTS } from './harness.js';

const e2e = hiwarForTests();

async function signedIn(api: HiwarHttp, language: 'en' | 'ar'): Promise<BrowserContext> {
  const person = await newPerson(e2e.browser);
  await person.addInitScript((lng) => window.localStorage.setItem('hiwar.language', lng), language);
  const [name, value] = (api.sessionCookie ?? '').split('=');
  await person.addCookies([
    { name: name ?? '', value: value ?? '', url: e2e.hiwar.url, httpOnly: true, sameSite: 'Lax' },
  ]);
  return person;
}

/** Serious and critical axe findings inside one part of the page. */
async function violationsIn(page: Page, selector: string): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .include(selector)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

describe('themes in several languages, in Chromium', () => {
  it('adds a translated theme with a swatch chosen by keyboard, and an Arabic facilitator sees the Arabic names', async () => {
    const api = new HiwarHttp({ baseUrl: e2e.hiwar.url });
    await api.signUp({ email: 'themes@example.org', password: 'a passphrase for themes', name: 'Lina Haddad' });
    const meeting = await api.createMeeting(
      {
        title: 'Women, peace and security: the next national action plan',
        hostOrganisation: 'Mediterranean Dialogue Institute',
        startsAt: '2027-03-12T10:00',
        timeZone: 'Asia/Beirut',
        format: 'online',
        contentLanguage: 'en',
      },
      [{ title: 'Open discussion', kind: 'discussion', plannedMinutes: 45, confidentiality: 'chatham-house' }],
    );

    const english = await (await signedIn(api, 'en')).newPage();
    await english.goto(`${e2e.hiwar.url}/meetings/${meeting.id}/setup`);
    const themes = english.locator('.themes-editor');
    await themes.waitFor();
    await english.getByRole('button', { name: 'Apply preset' }).click();
    await english.getByText('4 themes added.').waitFor();

    await english.getByLabel('Theme name').fill('Funding');
    await english.locator('.themes-editor form summary').click();
    await english.locator('.themes-editor form').getByLabel('Arabic').fill('التمويل');
    await english.locator('.themes-editor form').getByLabel('French').fill('Financement');
    // The colour by keyboard: the chosen swatch is the one tab stop; an arrow moves the choice.
    const colours = english.getByRole('radiogroup', { name: 'Colour' });
    await colours.getByRole('radio', { name: 'Green' }).focus();
    await english.keyboard.press('ArrowRight');
    await english.keyboard.press('ArrowRight');
    expect(await colours.getByRole('radio', { name: 'Purple' }).isChecked()).toBe(true);
    const ring = await colours
      .getByRole('radio', { name: 'Purple' })
      .evaluate((input) => getComputedStyle(input.nextElementSibling as Element).outlineStyle);
    expect(ring).toBe('solid');
    await themes.screenshot({ path: path.join(SCREENSHOTS, 'themes-editor-en.png') });
    expect(await violationsIn(english, '.themes-editor')).toEqual([]);
    await english.getByRole('button', { name: 'Add theme' }).click();
    await english.getByText('1 theme added.').waitFor();

    const stored = (await api.getMeeting(meeting.id)).meeting.themes;
    expect(stored.map((th) => th.name)).toEqual([
      'Participation',
      'Protection',
      'Prevention',
      'Relief and recovery',
      'Funding',
    ]);
    expect(stored[4]).toMatchObject({ colour: '#9560c0', translations: { ar: 'التمويل', fr: 'Financement' } });
    expect(stored[0]?.translations).toMatchObject({ ar: 'المشاركة', fr: 'Participation', sv: 'Deltagande' });

    // The balance example arrives in the meeting's language with the other three folded beneath it.
    await english.getByRole('button', { name: 'Use example: sector' }).click();
    await english.locator('.balance-editor summary').first().click();
    await english.locator('.balance-editor').screenshot({ path: path.join(SCREENSHOTS, 'balance-editor-en.png') });
    expect(await violationsIn(english, '.balance-editor')).toEqual([]);

    const arabic = await (await signedIn(api, 'ar')).newPage();
    await arabic.goto(`${e2e.hiwar.url}/meetings/${meeting.id}/setup`);
    await arabic.locator('.themes-editor').waitFor();
    expect(await arabic.evaluate(() => document.documentElement.dir)).toBe('rtl');
    // The editor shows each theme's own name with its translations beside it.
    await arabic.locator('.theme-row').filter({ hasText: 'التمويل' }).waitFor();
    await arabic.locator('.themes-editor form summary').click();
    await arabic.locator('.themes-editor').screenshot({ path: path.join(SCREENSHOTS, 'themes-editor-ar.png') });
    expect(await violationsIn(arabic, '.themes-editor')).toEqual([]);
  });
});
