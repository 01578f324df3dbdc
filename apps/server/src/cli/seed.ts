import { randomInt } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { zonedTimeToInstant } from '@hiwar/domain';
import { agendaItemInputSchema, type CommandBody, type Meeting } from '@hiwar/protocol';
import type { Thresholds } from '@hiwar/report';
import { renderUnicodeCompact } from 'uqr';
import { type Config, loadConfig } from '../config.js';
import { newId } from '../lib/ids.js';
import { hashPassword } from '../lib/password.js';
import { MeetingService } from '../modules/meetings/meeting-service.js';
import { ReportService } from '../modules/report/report-service.js';
import { EventHub } from '../realtime/hub.js';
import { SqliteStore } from '../store/sqlite-store.js';
import type { AccountRecord, MemberRecord, Store } from '../store/store.js';
import { DEMO_ACCOUNT, DEMO_PASSWORD_FILE, demoDiscussion, demoMeeting, yesterdayAtTen } from './demo-meeting.js';

const MINUTE = 60_000;

// No letters that read alike (0/o, 1/l/i), so the password can be typed from a terminal.
const PASSWORD_LETTERS = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A fresh demo password: four groups of four letters and digits (about 79 bits), e.g. "k3vq-…". */
export function randomDemoPassword(): string {
  const group = () => Array.from({ length: 4 }, () => PASSWORD_LETTERS[randomInt(PASSWORD_LETTERS.length)]).join('');
  return [group(), group(), group(), group()].join('-');
}

/**
 * Creates the demo facilitator's account with this password, or gives the existing one this password
 * and ends its sessions, so a password printed by an earlier start no longer opens it. Returns it.
 */
export async function ensureDemoAccount(store: Store, password: string): Promise<AccountRecord> {
  const passwordHash = await hashPassword(password);
  const existing = await store.accounts.findByEmail(DEMO_ACCOUNT.email);
  if (existing) {
    await store.accounts.setPassword(existing.id, passwordHash);
    return { ...existing, passwordHash };
  }
  const account = { id: newId(), email: DEMO_ACCOUNT.email, name: DEMO_ACCOUNT.name, passwordHash };
  await store.accounts.create(account, Date.now());
  return account;
}

/** Creates the demo meeting with its agenda, balance categories and themes unless the facilitator has it. */
export async function ensureDemoMeeting(store: Store, account: AccountRecord): Promise<Meeting> {
  const demo = demoMeeting();
  const existing = (await store.listMeetingsForAccount(account.id)).find((m) => m.title === demo.details.title);
  const found = existing ? await store.findMeeting(existing.id) : null;
  if (found) return found;
  // Prepared two days before the meeting, as a facilitator would.
  const preparedAt = zonedInstant(demo.details.startsAt, demo.details.timeZone) - 2 * 24 * 60 * MINUTE;
  const service = new MeetingService(store, new EventHub(), () => preparedAt);
  const created = await service.createMeeting(
    account,
    demo.details,
    agendaItemInputSchema.array().parse(demo.agenda),
    demo.balanceCategories,
  );
  const owner = await store.findMemberForAccount(created.id, account.id);
  if (owner) await service.runCommand(owner, { type: 'theme:add', commandId: 'demo-themes-0001', themes: demo.themes });
  return (await store.findMeeting(created.id)) ?? created;
}

/**
 * Replays the demo discussion (people joining, the agenda, speaking turns, points, supports, a merge,
 * marks, a closed dot vote, the end) through the same service and domain rules as a live meeting, on
 * a clock set to the meeting's own date. Runs only on a draft demo meeting, so running it twice adds
 * nothing. Returns whether it ran.
 */
export async function playDemoDiscussion(store: Store, meetingId: string, account: AccountRecord): Promise<boolean> {
  const meeting = await store.findMeeting(meetingId);
  const facilitator = await store.findMemberForAccount(meetingId, account.id);
  if (!meeting || !facilitator || meeting.status !== 'draft') return false;
  const demo = demoMeeting();
  const script = demoDiscussion();
  let now = Date.now();
  const service = new MeetingService(store, new EventHub(), () => now);
  const snapshot = () => service.snapshotFor(facilitator);
  const initial = await snapshot();
  // A demo meeting someone has reshaped by hand is left as it is.
  const sameAgenda =
    initial.agenda.length === demo.agenda.length &&
    initial.agenda.every((item, i) => item.kind === demo.agenda[i]?.kind);
  if (!sameAgenda || initial.meeting.themes.length < demo.themes.length) return false;
  const run = async (actor: MemberRecord, body: CommandBody) => {
    const ack = await service.runCommand(actor, { ...body, commandId: newId() });
    if (!ack.ok) throw new Error(`demo seed: ${body.type} was refused (${ack.error.code})`);
    return ack;
  };

  // The meeting has taken place, so it needs a date in the past (an older seed dated it tomorrow).
  let startsAt = meeting.startsAt;
  if (zonedInstant(startsAt, meeting.timeZone) + script.endsAt * MINUTE > Date.now()) {
    startsAt = yesterdayAtTen();
    await run(facilitator, { type: 'meeting:update', details: { startsAt } });
  }
  const start = zonedInstant(startsAt, meeting.timeZone);
  const setClock = (minutes: number) => {
    now = start + Math.round(minutes * MINUTE);
  };

  // People join in the quarter of an hour before the start; someone already in (an interrupted seed) is kept.
  const people = new Map<string, MemberRecord>();
  for (const [i, person] of script.people.entries()) {
    let memberId = initial.members?.find((m) => m.displayName === person.displayName && m.id !== facilitator.id)?.id;
    if (!memberId) {
      setClock(-15 + i);
      const joined = await service.join(meeting.joinCode, {
        displayName: person.displayName,
        organisation: person.organisation,
        categories: person.categories,
      });
      memberId = joined.memberId;
    }
    const record = await store.findMemberById(meetingId, memberId);
    if (!record) throw new Error(`demo seed: ${person.displayName} did not join`);
    people.set(person.key, record);
  }
  const person = (key: string) => {
    const record = people.get(key);
    if (!record) throw new Error(`demo seed: nobody called ${key}`);
    return record;
  };
  const rapporteur = person(script.people.find((p) => p.role === 'rapporteur')?.key ?? '');
  setClock(-3);
  if (rapporteur.role !== 'rapporteur') {
    await run(facilitator, { type: 'member:set-role', memberId: rapporteur.id, role: 'rapporteur' });
  }

  // Everything else, as a timeline in minutes from the start, replayed in order.
  const steps: { at: number; act: () => Promise<unknown> }[] = [];
  const step = (at: number, act: () => Promise<unknown>) => steps.push({ at, act });
  const agenda = initial.agenda;
  step(0, () => run(facilitator, { type: 'meeting:start' }));
  for (const [i, minutes] of script.itemStarts.entries()) {
    const from = agenda[i - 1];
    if (from) step(minutes, () => run(facilitator, { type: 'agenda:next', fromItemId: from.id }));
  }
  for (const turn of script.turns) {
    const speaker = person(turn.speaker);
    step(turn.raisedAt, () => run(speaker, { type: 'queue:raise-hand', kind: turn.kind }));
    step(turn.startsAt, async () => {
      const entry = (await snapshot()).queue.entries.find((e) => e.memberId === speaker.id);
      if (!entry) throw new Error(`demo seed: ${turn.speaker} has no hand up`);
      await run(facilitator, { type: 'queue:give-floor', entryId: entry.id });
    });
    step(turn.startsAt + turn.minutes, async () => {
      const floor = (await snapshot()).queue.floor;
      if (floor) await run(facilitator, { type: 'queue:end-turn', turnId: floor.turnId });
    });
  }
  const pointIds = new Map<string, string>();
  const pointId = (key: string) => pointIds.get(key) ?? '';
  const themeIds = (indexes: number[]) => indexes.map((i) => initial.meeting.themes[i]?.id ?? '');
  for (const point of script.points) {
    let published = point.at;
    if (point.by === 'desk') {
      step(point.at, async () => {
        const ack = await run(rapporteur, { type: 'point:submit', text: point.text, themeIds: themeIds(point.themes) });
        pointIds.set(point.key, ack.createdId ?? '');
      });
    } else {
      // A participant's point waits for moderation; the desk publishes it, then tags it.
      const author = person(point.by);
      step(point.at, async () => {
        const ack = await run(author, { type: 'point:submit', text: point.text });
        pointIds.set(point.key, ack.createdId ?? '');
      });
      step(point.at + 0.5, () =>
        run(rapporteur, { type: 'point:moderate', pointId: pointId(point.key), status: 'published' }),
      );
      published = point.at + 0.6;
      step(published, () =>
        run(rapporteur, { type: 'point:edit', pointId: pointId(point.key), themeIds: themeIds(point.themes) }),
      );
    }
    for (const [j, key] of point.supporters.entries()) {
      step(published + 0.4 * (j + 1), () => run(person(key), { type: 'point:support', pointId: pointId(point.key) }));
    }
    if (point.recommendation || point.starred || point.parkingLot) {
      const parkingLot = point.parkingLot;
      step(published + 1.5, () =>
        run(rapporteur, {
          type: 'point:mark',
          pointId: pointId(point.key),
          ...(point.recommendation ? { recommendation: true } : {}),
          ...(point.starred ? { starred: true } : {}),
          ...(parkingLot
            ? {
                parkingLot: {
                  owner: parkingLot.owner,
                  dueDate: new Date(start + parkingLot.dueInDays * 24 * 60 * MINUTE).toISOString().slice(0, 10),
                },
              }
            : {}),
        }),
      );
    }
    const target = point.mergeInto;
    if (target) {
      step(point.mergedAt ?? published + 5, () =>
        run(rapporteur, { type: 'point:merge', targetId: pointId(target), sourceIds: [pointId(point.key)] }),
      );
    }
  }
  const { vote } = script;
  let voteId = '';
  step(vote.opensAt, async () => {
    await run(facilitator, {
      type: 'vote:open',
      kind: 'dots',
      title: vote.title,
      options: vote.options.map((key) => ({ pointId: pointId(key) })),
      dotsPerPerson: vote.dotsPerPerson,
    });
    voteId = (await snapshot()).votes.find((v) => v.title === vote.title && v.status === 'open')?.id ?? '';
  });
  for (const [k, [key, choices]] of Object.entries(vote.ballots).entries()) {
    step(vote.opensAt + 0.5 + 0.3 * k, async () => {
      const options = (await snapshot()).votes.find((v) => v.id === voteId)?.options ?? [];
      const dots = Object.fromEntries(
        choices.map((choice) => [options.find((o) => o.pointId === pointId(choice))?.id ?? '', 1]),
      );
      await run(person(key), { type: 'vote:cast', voteId, ballot: { dots } });
    });
  }
  step(vote.closesAt, () => run(facilitator, { type: 'vote:close', voteId }));
  step(script.endsAt, () => run(facilitator, { type: 'meeting:end' }));

  // Stable: steps at the same minute keep the order they were written in.
  steps.sort((a, b) => a.at - b.at);
  for (const { at, act } of steps) {
    setClock(at);
    await act();
  }
  return true;
}

/**
 * The step where the demo meeting's draft report is generated (issue 6: the report desk). It runs on
 * every seed after the demo discussion has been played, so it must do nothing when a draft exists.
 */
export async function draftDemoReport(demo: {
  store: Store;
  meetingId: string;
  account: AccountRecord;
  thresholds?: Thresholds;
}) {
  if (await demo.store.reports.find(demo.meetingId)) return;
  const owner = await demo.store.findMemberForAccount(demo.meetingId, demo.account.id);
  if (!owner) return;
  // The same path as the desk's "Generate draft"; no Chromium is needed to draft.
  await new ReportService(demo.store, null, demo.thresholds).generate(owner);
}

export const SANDBOX_TITLE = 'Sandbox: try Hiwar from your phone';

/**
 * A live meeting to join at once from a phone (the demo meeting has already taken place): one open
 * discussion item on the record, the demo's themes, points published without moderation. Reused while it
 * runs; a new one is started when the last was ended.
 */
export async function ensureSandboxMeeting(store: Store, account: AccountRecord): Promise<Meeting> {
  const mine = await store.listMeetingsForAccount(account.id);
  for (const summary of mine.filter((m) => m.title === SANDBOX_TITLE)) {
    const found = await store.findMeeting(summary.id);
    if (found && found.status !== 'ended') return found;
  }
  const demo = demoMeeting();
  const now = Date.now();
  const service = new MeetingService(store, new EventHub(), () => Date.now());
  const today = new Date(now).toISOString().slice(0, 16);
  const created = await service.createMeeting(
    account,
    {
      title: SANDBOX_TITLE,
      hostOrganisation: demo.details.hostOrganisation,
      startsAt: today,
      timeZone: 'UTC',
      format: 'online',
      contentLanguage: 'en',
      videoCallUrl: null,
      description: 'Raise a hand, send a point, support others’ points: the console shows it live.',
    },
    agendaItemInputSchema.array().parse([
      {
        title: 'Open floor',
        kind: 'discussion',
        plannedMinutes: 60,
        presenters: [],
        confidentiality: 'on-record',
      },
    ]),
    demo.balanceCategories,
  );
  const owner = await store.findMemberForAccount(created.id, account.id);
  if (owner) {
    const run = (body: CommandBody) => service.runCommand(owner, { ...body, commandId: newId() });
    await run({ type: 'theme:add', themes: demo.themes });
    await run({ type: 'points:set-settings', settings: { premoderate: false } });
    await run({ type: 'meeting:start' });
  }
  return (await store.findMeeting(created.id)) ?? created;
}

/**
 * Seeds the demo facilitator (with this password) and the demo meeting with its discussion; running it
 * again changes nothing but the password.
 */
export async function seedDemo(config: Config, password: string) {
  const store = new SqliteStore(config.databaseFile);
  try {
    const account = await ensureDemoAccount(store, password);
    const created = await ensureDemoMeeting(store, account);
    await playDemoDiscussion(store, created.id, account);
    const meeting = (await store.findMeeting(created.id)) ?? created;
    if (meeting.status === 'ended')
      await draftDemoReport({ store, meetingId: meeting.id, account, thresholds: config.quantifiers });
    const sandbox = await ensureSandboxMeeting(store, account);
    return { account, meeting, sandbox };
  } finally {
    await store.close();
  }
}

/** The instant of a wall-clock time in a time zone; the demo's own times are always valid. */
function zonedInstant(localDateTime: string, timeZone: string): number {
  const at = zonedTimeToInstant(localDateTime, timeZone);
  if (at === null) throw new Error(`not a wall-clock time in ${timeZone}: ${localDateTime}`);
  return at;
}

/** Deletes the demo facilitator and every meeting it owns; says what it removed. */
export async function removeDemo(config: Config): Promise<string> {
  const store = new SqliteStore(config.databaseFile);
  try {
    const account = await store.accounts.findByEmail(DEMO_ACCOUNT.email);
    if (!account) return `No demo facilitator in ${config.databaseFile}: nothing to remove.`;
    const { meetings } = await store.accounts.remove(account.id);
    forgetDemoPassword(config);
    return `Removed the demo facilitator (${DEMO_ACCOUNT.email}) and its ${meetings} meeting(s) from ${config.databaseFile}.`;
  } finally {
    await store.close();
  }
}

/** Where the seed leaves the demo password for `npm run simulate`, beside the database file. */
export function demoPasswordFile(config: Config): string | null {
  return config.databaseFile === ':memory:' ? null : path.join(path.dirname(config.databaseFile), DEMO_PASSWORD_FILE);
}

function rememberDemoPassword(config: Config, password: string) {
  const file = demoPasswordFile(config);
  if (!file) return;
  fs.rmSync(file, { force: true });
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
}

function forgetDemoPassword(config: Config) {
  const file = demoPasswordFile(config);
  if (file) fs.rmSync(file, { force: true });
}

async function main() {
  const config = loadConfig();
  if (process.argv.includes('--remove')) {
    console.log(await removeDemo(config));
    return;
  }
  if (!config.demo) {
    console.error(
      'The demo facilitator and meeting are created only when asked for: set HIWAR_DEMO=1 (`npm start` does).',
    );
    process.exitCode = 1;
    return;
  }
  // HIWAR_DEMO_PASSWORD lets a test or a workshop choose it; otherwise every seed picks a new one.
  const password = process.env.HIWAR_DEMO_PASSWORD || randomDemoPassword();
  const { meeting, sandbox } = await seedDemo(config, password);
  rememberDemoPassword(config, password);
  const url = config.publicUrl;
  const script = demoDiscussion();
  const state =
    meeting.status === 'ended'
      ? `held ${meeting.startsAt.slice(0, 10)} and ended: ${script.people.length} people, ` +
        `${script.points.length} points, a closed dot vote`
      : `status: ${meeting.status}`;
  console.log(
    [
      '',
      `  Hiwar demo ready (database: ${config.databaseFile})`,
      `  Sign in:      ${url}/sign-in`,
      `    e-mail:     ${DEMO_ACCOUNT.email}`,
      `    password:   ${password}   (new at every start; also in ${demoPasswordFile(config) ?? 'no file'})`,
      `  Demo meeting: ${url}/meetings/${meeting.id}/live   (${state})`,
      `  Theme board:  ${url}/meetings/${meeting.id}/board`,
      ...(meeting.status === 'ended'
        ? []
        : [`  Join link:    ${url}/join/${meeting.joinCode}   (join code ${meeting.joinCode})`]),
      `  Live sandbox: ${url}/meetings/${sandbox.id}/live   (running now; the console to watch)`,
      `  Join it:      ${url}/join/${sandbox.joinCode}   (join code ${sandbox.joinCode}; or scan this from a phone)`,
      '  Live run:     npm run simulate   (in a second terminal once Hiwar is up; bots join a live meeting)',
      '',
      joinQr(`${url}/join/${sandbox.joinCode}`),
      // A phone reaches "localhost" only on the same machine: PUBLIC_URL names the address others can open.
      ...(/\/\/(localhost|127\.)/.test(url)
        ? ["  (A phone on the same network needs this computer's address: start with PUBLIC_URL=http://<ip>:<port>.)"]
        : []),
      '',
    ].join('\n'),
  );
}

/** A QR code of the join link for the terminal, in half-height blocks so it fits beside the log. */
export function joinQr(link: string): string {
  return renderUnicodeCompact(link, { border: 1 })
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

const invokedAs = process.argv[1] ? pathToFileURL(path.resolve(process.argv[1])).href : '';
if (import.meta.url === invokedAs) await main();
