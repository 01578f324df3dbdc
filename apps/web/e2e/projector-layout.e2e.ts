import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { HiwarHttp } from '@hiwar/client';
import type { Meeting } from '@hiwar/protocol';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hiwarForTests, newPerson, SCREENSHOTS } from './harness.js';

const e2e = hiwarForTests();

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

const CONTENT = {
  en: {
    title: 'Water, land and local peace in the Sahel',
    items: ['Opening and purpose of the meeting', 'Open discussion on local mediation'],
    question: 'Should the next meeting focus on pastoralist corridors?',
    options: ['Yes, as the main topic', 'Yes, alongside other topics', 'No, another topic'],
  },
  ar: {
    title: 'المياه والأرض والسلام المحلي في منطقة الساحل',
    items: ['الافتتاح والغرض من الاجتماع', 'مناقشة مفتوحة حول الوساطة المحلية'],
    question: 'هل ينبغي أن يركّز الاجتماع القادم على ممرات الرعي؟',
    options: ['نعم، موضوعًا رئيسيًا', 'نعم، إلى جانب مواضيع أخرى', 'لا، موضوع آخر'],
  },
} as const;

type Lang = keyof typeof CONTENT;

/** A live meeting in `lang` on its discussion item, with six participants who joined by link. */
async function liveMeeting(lang: Lang, api: HiwarHttp) {
  const content = CONTENT[lang];
  const meeting = await api.createMeeting(
    {
      title: content.title,
      hostOrganisation: 'Sahel Dialogue Institute',
      startsAt: '2027-03-04T10:00',
      timeZone: 'Africa/Niamey',
      format: 'hybrid',
      contentLanguage: lang,
    },
    content.items.map((title, i) => ({
      title,
      kind: i === 0 ? ('opening' as const) : ('discussion' as const),
      plannedMinutes: 20,
      confidentiality: 'chatham-house' as const,
    })),
  );
  await api.command(meeting.id, { type: 'meeting:start' });
  const agenda = (await api.getMeeting(meeting.id)).agenda;
  await api.command(meeting.id, { type: 'agenda:jump', itemId: agenda[1]?.id ?? '' });
  const people: HiwarHttp[] = [];
  for (const name of ['Aminata', 'Boubacar', 'Fatouma', 'Hassane', 'Mariam', 'Ousmane']) {
    const guest = new HiwarHttp({ baseUrl: e2e.hiwar.url });
    await guest.join(meeting.joinCode, { displayName: `${name}-${lang}` });
    people.push(guest);
  }
  return { meeting, people };
}

/** The facilitator's browser, signed in with the API's session. */
async function facilitatorContext(api: HiwarHttp): Promise<BrowserContext> {
  const context = await newPerson(e2e.browser);
  const [name, value] = (api.sessionCookie ?? '').split('=');
  await context.addCookies([
    { name: name ?? '', value: value ?? '', url: e2e.hiwar.url, httpOnly: true, sameSite: 'Lax' },
  ]);
  return context;
}

/** The screen fits the window: no page scroll, nothing wider than the window; axe (contrast included) passes. */
async function checkWall(page: Page, joinCode: string, shot: string) {
  const fit = await page.evaluate(() => {
    const root = document.scrollingElement as HTMLElement;
    return {
      scrollHeight: root.scrollHeight,
      scrollWidth: root.scrollWidth,
      innerHeight: window.innerHeight,
      innerWidth: window.innerWidth,
    };
  });
  expect(fit.scrollHeight, `${shot}: page scrolls`).toBeLessThanOrEqual(fit.innerHeight);
  expect(fit.scrollWidth, `${shot}: wider than the window`).toBeLessThanOrEqual(fit.innerWidth);
  const qr = page.getByRole('img', { name: /QR|رمز QR/ });
  expect(await qr.isVisible(), `${shot}: QR visible`).toBe(true);
  const box = await qr.boundingBox();
  // Large enough for a phone a few rows back: at least an eighth of the screen's height.
  expect(box?.height ?? 0, `${shot}: QR size`).toBeGreaterThanOrEqual(fit.innerHeight / 8);
  expect(await page.getByTestId('projector-join-code').textContent()).toBe(joinCode);
  expect(await page.getByTestId('projector-join-code').isVisible()).toBe(true);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(
    axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    shot,
  ).toEqual([]);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${shot}.png`) });
}

describe('projector layout', () => {
  it('both wall screens fit 1280x720 and 1920x1080 in English and Arabic; a timed vote closes by itself and its results take over', async () => {
    const api = new HiwarHttp({ baseUrl: e2e.hiwar.url });
    await api.signUp({ email: 'projector@example.org', password: 'a passphrase for the wall', name: 'Idrissa Maïga' });
    const meetings = {} as Record<Lang, { meeting: Meeting; people: HiwarHttp[] }>;
    for (const lang of ['en', 'ar'] as const) meetings[lang] = await liveMeeting(lang, api);
    const context = await facilitatorContext(api);

    const wall = await context.newPage();
    const show = async (lang: Lang, board: boolean, size: (typeof SIZES)[number]) => {
      await wall.setViewportSize(size);
      const id = meetings[lang].meeting.id;
      await wall.goto(`${e2e.hiwar.url}/meetings/${id}/${board ? 'board/projector' : 'projector'}`);
      await wall.getByTestId(board ? 'board-projector' : 'projector').waitFor();
    };
    /** Four of the six vote in the meeting's open vote. */
    const fourVote = async (lang: Lang) => {
      const vote = (await api.getMeeting(meetings[lang].meeting.id)).votes[0];
      for (const [i, person] of meetings[lang].people.slice(0, 4).entries()) {
        await person.command(meetings[lang].meeting.id, {
          type: 'vote:cast',
          voteId: vote?.id ?? '',
          ballot: { optionIds: [vote?.options[i % 2]?.id ?? ''] },
        });
      }
    };

    // English: the facilitator opens a quick poll with a 30-second timer from the console's dialog.
    const consolePage = await context.newPage();
    await consolePage.goto(`${e2e.hiwar.url}/meetings/${meetings.en.meeting.id}/live`);
    await consolePage.getByRole('tab', { name: /^Votes/ }).click();
    await consolePage.getByRole('button', { name: 'New vote' }).click();
    const dialog = consolePage.getByRole('dialog', { name: 'New vote' });
    await dialog.getByLabel('Question').fill(CONTENT.en.question);
    await dialog.getByLabel('Options (one per line)').fill(CONTENT.en.options.join('\n'));
    await dialog.getByLabel('Timer').selectOption({ label: '30 seconds' });
    await dialog.getByRole('button', { name: 'Open poll' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await consolePage.getByRole('timer').first().waitFor();
    await consolePage.screenshot({ path: path.join(SCREENSHOTS, 'projector-console-running-vote.png') });

    for (const lang of ['en', 'ar'] as const) {
      // Arabic: the same vote through the API, once the English one has run its course.
      if (lang === 'ar') {
        await api.command(meetings.ar.meeting.id, {
          type: 'vote:open',
          kind: 'single',
          title: CONTENT.ar.question,
          options: CONTENT.ar.options.map((label) => ({ label })),
          durationSeconds: 60,
        });
      }
      await fourVote(lang);
      // While the vote is open: the question, the countdown and the turnout (of the six and the facilitator).
      for (const size of SIZES) {
        await show(lang, false, size);
        const vote = wall.getByTestId('projector-vote');
        await vote.getByRole('timer').waitFor();
        expect(await vote.textContent()).toContain(lang === 'en' ? '4 of 7 have voted' : 'صوّت 4 من 7');
        await checkWall(wall, meetings[lang].meeting.joinCode, `projector-open-vote-${lang}-${size.width}`);
        await show(lang, true, size);
        await checkWall(wall, meetings[lang].meeting.joinCode, `board-projector-${lang}-${size.width}`);
      }
      // Nobody presses Close: the server closes the vote at its deadline, and the results take over.
      await show(lang, false, SIZES[0]);
      await wall.locator('.projector-vote.is-takeover').waitFor({ timeout: 70_000 });
      expect(await wall.getByRole('heading', { level: 1 }).count()).toBe(0);
      for (const size of SIZES) {
        await show(lang, false, size);
        await wall.locator('.projector-vote.is-takeover').waitFor({ timeout: 10_000 });
        await checkWall(wall, meetings[lang].meeting.joinCode, `projector-results-${lang}-${size.width}`);
      }
    }

    // "Projector: back to the agenda" on the console brings the agenda back to the wall.
    await show('en', false, SIZES[0]);
    await consolePage.getByRole('button', { name: 'Projector: back to the agenda' }).click();
    await wall.getByRole('heading', { level: 1, name: CONTENT.en.items[1] }).waitFor();
    expect(await wall.locator('.projector-vote').count()).toBe(0);
    await context.close();
  }, 360_000);
});
