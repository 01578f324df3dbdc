import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { HiwarHttp } from '@hiwar/client';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, hiwarForTests, newPerson, SCREENSHOTS } from './harness.js';

const shots = path.join(SCREENSHOTS, 'views');
/** The seeded demo facilitator, with the password the harness gives the seed. */
const DEMO = { email: 'facilitator@demo.hiwar.local', password: DEMO_PASSWORD };

const e2e = hiwarForTests({ demo: true });
let api: HiwarHttp;
const ids = { live: '', draft: '', ended: '', joinCode: '', memberToken: '' };

/**
 * A live meeting with something in every panel: a speaker with the floor (the participant), a queue,
 * points under themes, an open vote; a draft meeting to set up; and the seeded demo meeting, ended,
 * with its report draft.
 */
async function prepare() {
  api = new HiwarHttp({ baseUrl: e2e.hiwar.url });
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
}

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  await prepare();
});

type Who = 'guest' | 'facilitator' | 'participant';
interface View {
  name: string;
  who: Who;
  path: () => string;
  /** A selector that is there once the view has its content. */
  ready: string;
}

/** Every main view, and the pages around them a person passes through. */
const VIEWS: View[] = [
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
  { name: 'report-desk', who: 'facilitator', path: () => `/meetings/${ids.ended}/report`, ready: '[contenteditable]' },
];

const LANGUAGES = [
  { code: 'en', locale: 'en-GB' },
  { code: 'ar', locale: 'ar' },
] as const;

/** A person's browser in a language and size; the facilitator is signed in, the participant has joined. */
async function personFor(who: Who, language: (typeof LANGUAGES)[number], phone: boolean): Promise<BrowserContext> {
  const context = await newPerson(e2e.browser, { phone, locale: language.locale });
  await context.addInitScript(
    ([code, key, token]) => {
      localStorage.setItem('hiwar.language', code);
      if (key) localStorage.setItem(key, token);
    },
    [language.code, who === 'participant' ? `hiwar.member.${ids.live}` : '', ids.memberToken] as const,
  );
  if (who === 'facilitator') {
    const [name, value] = (api.sessionCookie ?? '').split('=');
    await context.addCookies([
      { name: name ?? '', value: value ?? '', url: e2e.hiwar.url, httpOnly: true, sameSite: 'Lax' },
    ]);
  }
  return context;
}

async function openView(page: Page, view: View) {
  await page.goto(`${e2e.hiwar.url}${view.path()}`);
  await page.locator(view.ready).first().waitFor({ timeout: 15_000 });
  // Let the live views settle (socket snapshot, fonts) before judging them.
  await page.waitForLoadState('networkidle');
}

/** The serious and critical axe-core findings against WCAG 2.1 A and AA, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
}

/** Controls a finger has to hit that are smaller than 44 × 44 CSS pixels, on a phone. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'button, a.button, select, input:not([type="hidden"]), textarea, summary, [role="button"], [contenteditable="true"]',
    );
    for (const el of controls) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (getComputedStyle(el).visibility === 'hidden') continue;
      // A control is also hit through its labels (a checkbox's text, say): the target is the union.
      const rects = [box, ...Array.from((el as HTMLInputElement).labels ?? [], (l) => l.getBoundingClientRect())];
      const hit = {
        width: Math.max(...rects.map((r) => r.right)) - Math.min(...rects.map((r) => r.left)),
        height: Math.max(...rects.map((r) => r.bottom)) - Math.min(...rects.map((r) => r.top)),
      };
      if (hit.height < 43.5 || hit.width < 43.5) {
        const label = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? '';
        found.push(`${el.tagName.toLowerCase()} "${label}" ${Math.round(hit.width)}×${Math.round(hit.height)}`);
      }
    }
    return found;
  });
}

describe('accessibility of every main view in Chromium', () => {
  it('the checks find what they look for', async () => {
    // A page with known faults, so that an empty result below means a clean page, not a blind check.
    const context = await newPerson(e2e.browser, { phone: true });
    const page = await context.newPage();
    await page.setContent(
      '<html lang="en"><body><main><img src="x.png"><button style="width:20px;height:20px"></button></main></body></html>',
    );
    const found = await seriousViolations(page);
    expect(found.some((line) => line.startsWith('image-alt'))).toBe(true);
    expect(found.some((line) => line.startsWith('button-name'))).toBe(true);
    expect(await smallTargets(page)).toEqual(['button "" 20×20']);
    await context.close();
  });

  for (const language of LANGUAGES) {
    for (const phone of [false, true]) {
      const size = phone ? 'phone' : 'laptop';
      const also = phone ? ', and every control is at least 44 px' : '';
      it(`has no serious or critical axe-core findings in ${language.code} on a ${size}${also}`, async () => {
        const findings: string[] = [];
        const contexts = new Map<Who, BrowserContext>();
        for (const view of VIEWS) {
          let context = contexts.get(view.who);
          if (!context) {
            context = await personFor(view.who, language, phone);
            contexts.set(view.who, context);
          }
          const page = await context.newPage();
          await openView(page, view);
          expect(await page.evaluate(() => document.documentElement.dir)).toBe(language.code === 'ar' ? 'rtl' : 'ltr');
          for (const line of await seriousViolations(page)) findings.push(`${view.name} ${size}: ${line}`);
          if (phone) for (const line of await smallTargets(page)) findings.push(`${view.name} phone target: ${line}`);
          await page.screenshot({
            path: path.join(shots, `${view.name}-${language.code}-${size}.png`),
            fullPage: true,
          });
          await page.close();
        }
        for (const context of contexts.values()) await context.close();
        expect(findings).toEqual([]);
      }, 300_000);
    }
  }
});
