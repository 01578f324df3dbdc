import AxeBuilder from '@axe-core/playwright';
import { HiwarHttp } from '@hiwar/client';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, type HiwarProcess, newPerson } from './harness.js';

/**
 * The main views of Hiwar with something in each, shared by the end-to-end tests that look at every view
 * (accessibility, layout at the sizes people use).
 */

export interface Prepared {
  url: string;
  /** The demo facilitator, signed in. */
  api: HiwarHttp;
  ids: { live: string; draft: string; ended: string; joinCode: string; memberToken: string };
}

export type Language = (typeof LANGUAGES)[number];

/** The seeded demo facilitator, with the password the harness gives the seed. */
const DEMO = { email: 'facilitator@demo.hiwar.local', password: DEMO_PASSWORD };

/**
 * A live meeting with something in every panel: a speaker with the floor (the participant), a queue,
 * points under themes, an open vote; a draft meeting to set up; and the seeded demo meeting, ended,
 * with its report draft.
 */
export async function prepareViews(e2e: { hiwar: HiwarProcess }): Promise<Prepared> {
  const ids = { live: '', draft: '', ended: '', joinCode: '', memberToken: '' };
  const api = new HiwarHttp({ baseUrl: e2e.hiwar.url });
  await api.signIn(DEMO);
  const ended = (await api.listMeetings()).find((m) => m.status === 'ended');
  if (!ended) throw new Error('the demo meeting was not seeded');
  ids.ended = ended.id;
  const details = {
    hostOrganisation: 'مركز الحوار الإقليمي',
    startsAt: '2027-05-12T10:00',
    timeZone: 'Asia/Amman',
    format: 'hybrid' as const,
    contentLanguage: 'ar' as const,
  };
  const draft = await api.createMeeting({ ...details, title: 'Water and the city: a follow-up' }, [
    { title: 'Opening', kind: 'opening', plannedMinutes: 5, confidentiality: 'on-record' },
  ]);
  ids.draft = draft.id;
  const live = await api.createMeeting({ ...details, title: 'المياه والمدينة — Water and the city' }, [
    { title: 'Opening', kind: 'opening', plannedMinutes: 5, confidentiality: 'on-record' },
    { title: 'النقاش المفتوح', kind: 'discussion', plannedMinutes: 40, confidentiality: 'chatham-house' },
  ]);
  ids.live = live.id;
  ids.joinCode = live.joinCode;
  await api.command(live.id, {
    type: 'theme:add',
    themes: [
      { name: 'التمويل', colour: '#1f6f5c' },
      { name: 'Protection', colour: '#2f5da8' },
    ],
  });
  await api.command(live.id, { type: 'meeting:start' });
  const snapshot = await api.getMeeting(live.id);
  await api.command(live.id, { type: 'agenda:jump', itemId: snapshot.agenda[1]?.id ?? '' });

  // Each participant is their own client: joining makes the token that client's credential.
  const rania = new HiwarHttp({ baseUrl: e2e.hiwar.url });
  ids.memberToken = (await rania.join(live.joinCode, { displayName: 'Rania Haddad رانيا' })).memberToken;
  const other = new HiwarHttp({ baseUrl: e2e.hiwar.url });
  await other.join(live.joinCode, { displayName: 'Youssef' });
  await rania.command(live.id, {
    type: 'point:submit',
    text: 'Publish the water-sharing data in Arabic',
    themeIds: [],
  });
  await other.command(live.id, { type: 'point:submit', text: 'تمويل أساسي لثلاث سنوات', themeIds: [] });
  await other.command(live.id, { type: 'queue:raise-hand', kind: 'new-point' });
  await rania.command(live.id, { type: 'queue:raise-hand', kind: 'new-point' });
  await api.command(live.id, { type: 'queue:give-floor' });
  await api.command(live.id, {
    type: 'vote:open',
    kind: 'single',
    title: 'Which comes first?',
    options: [{ label: 'Data' }, { label: 'التمويل' }],
  });
  return { url: e2e.hiwar.url, api, ids };
}

export type Who = 'guest' | 'facilitator' | 'participant';
export interface View {
  name: string;
  who: Who;
  path: () => string;
  /** A selector that is there once the view has its content. */
  ready: string;
}

/** Every main view, and the pages around them a person passes through. */
export function viewsOf({ ids }: Prepared): View[] {
  return [
    { name: 'sign-in', who: 'guest', path: () => '/sign-in', ready: 'form' },
    { name: 'join', who: 'guest', path: () => `/join/${ids.joinCode}`, ready: 'form' },
    { name: 'dashboard', who: 'facilitator', path: () => '/', ready: '.meeting-list, main h1 ~ *' },
    { name: 'new-meeting', who: 'facilitator', path: () => '/meetings/new', ready: 'form' },
    { name: 'setup', who: 'facilitator', path: () => `/meetings/${ids.draft}/setup`, ready: '#invite-link' },
    { name: 'console', who: 'facilitator', path: () => `/meetings/${ids.live}/live`, ready: '#current-item-title' },
    { name: 'capture', who: 'facilitator', path: () => `/meetings/${ids.live}/capture`, ready: 'textarea' },
    { name: 'board', who: 'facilitator', path: () => `/meetings/${ids.live}/board`, ready: 'main h1' },
    {
      name: 'projector',
      who: 'facilitator',
      path: () => `/meetings/${ids.live}/projector`,
      ready: '#projector-item-title',
    },
    {
      name: 'board-projector',
      who: 'facilitator',
      path: () => `/meetings/${ids.live}/board/projector`,
      ready: '[data-testid="board-projector"]',
    },
    { name: 'participant', who: 'participant', path: () => `/m/${ids.live}`, ready: '#current-item-title' },
    {
      name: 'report-desk',
      who: 'facilitator',
      path: () => `/meetings/${ids.ended}/report`,
      ready: '[contenteditable]',
    },
  ];
}

export const LANGUAGES = [
  { code: 'en', locale: 'en-GB' },
  { code: 'ar', locale: 'ar' },
] as const;

/** A person's browser in a language and size; the facilitator is signed in, the participant has joined. */
export async function personFor(
  browser: Browser,
  { url, api, ids }: Prepared,
  who: Who,
  language: Language,
  size: { phone?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<BrowserContext> {
  const context = await newPerson(browser, { ...size, locale: language.locale });
  await context.addInitScript(
    ([code, key, token]) => {
      localStorage.setItem('hiwar.language', code);
      if (key) localStorage.setItem(key, token);
    },
    [language.code, who === 'participant' ? `hiwar.member.${ids.live}` : '', ids.memberToken] as const,
  );
  if (who === 'facilitator') {
    const [name, value] = (api.sessionCookie ?? '').split('=');
    await context.addCookies([{ name: name ?? '', value: value ?? '', url, httpOnly: true, sameSite: 'Lax' }]);
  }
  return context;
}

/** Opens a view and waits until it has its content and the live connection has settled. */
export async function openView(page: Page, url: string, view: View) {
  await page.goto(`${url}${view.path()}`);
  await page.locator(view.ready).first().waitFor({ timeout: 15_000 });
  // Let the live views settle (socket snapshot, fonts) before judging them.
  await page.waitForLoadState('networkidle');
}

/** The serious and critical axe-core findings against WCAG 2.1 A and AA, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
}

/** How far the page reaches past the window, across and down, in CSS pixels. */
export function overflow(page: Page): Promise<{ across: number; down: number; wide: string[] }> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const width = root.clientWidth;
    // Name what sticks out, so a failure says where to look.
    const wide = Array.from(document.querySelectorAll<HTMLElement>('body *'))
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && (box.right > width + 1 || box.left < -1) && getComputedStyle(el).position !== 'fixed';
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return {
      across: root.scrollWidth - root.clientWidth,
      down: root.scrollHeight - root.clientHeight,
      wide,
    };
  });
}
