import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { HiwarError, HiwarHttp, MeetingConnection } from '@hiwar/client';
import type { MeetingView } from '@hiwar/domain';
import type {
  AgendaItemDraft,
  CommandBody,
  InterventionKind,
  MeetingDetailsInput,
  MemberCategories,
  Point,
} from '@hiwar/protocol';
import { loadConfig } from '../config.js';
import { DEMO_ACCOUNT, demoMeeting } from './demo-meeting.js';
import { demoPasswordFile } from './seed.js';

/** The title of the meeting the simulation runs in; a live or draft one with this title is reused. */
export const SIMULATION_TITLE = 'Simulated dialogue: water, drought and local peace';

/** One beat of the simulation at speed 1, so a person watching the console can follow. */
const TICK_MS = 3000;

export interface SimulateOptions {
  /** Where Hiwar runs, e.g. http://localhost:3000 (its origin must be the server's PUBLIC_URL). */
  baseUrl: string;
  /** How many participant bots join (besides one rapporteur bot). */
  bots?: number;
  /** A factor on the pace: 2 is twice as fast. */
  speed?: number;
  /** How many beats the discussion lasts before the dot vote. */
  steps?: number;
  /** Stops the simulation early; it then tidies up (turn ended, hands lowered, vote closed) and returns. */
  signal?: AbortSignal;
  /** Where progress lines go. */
  log?: (line: string) => void;
  /** A source of randomness in [0, 1), for repeatable runs. */
  random?: () => number;
  /** The facilitator who runs the meeting; the demo facilitator unless given. */
  email?: string;
  /** That facilitator's password (the demo password `npm start` printed). */
  password: string;
}

export interface SimulateResult {
  meetingId: string;
  joinCode: string;
  consoleUrl: string;
  /** Whether the run was stopped before its end. */
  aborted: boolean;
}

/** A contribution the bots can make: sent by a participant, or captured by the rapporteur from a speaker. */
interface PoolPoint {
  text: string;
  /** Indexes into the demo themes. */
  themes: number[];
  /** How likely others are to support it. */
  appeal: number;
  recommendation?: boolean;
  parkingLot?: boolean;
  /** The text of the point this one repeats; the rapporteur merges it there. */
  duplicateOf?: string;
}

const FUNDING = 0;
const DATA = 1;
const WOMEN_YOUTH = 2;
const PROTECTION = 3;

const CORE_FUNDING =
  'Multi-year core funding for local mediation networks, paid to the networks directly rather than through intermediaries.';

/** What the rapporteur notes down while a bot has the floor. */
const CAPTURED: PoolPoint[] = [
  { text: CORE_FUNDING, themes: [FUNDING], appeal: 5, recommendation: true },
  {
    text: 'Water data is collected by projects and disappears when they end; a public registry would keep it in use.',
    themes: [DATA],
    appeal: 2,
  },
  {
    text: 'Women mediators are often the most trusted in disputes between families, yet are rarely invited to formal negotiations.',
    themes: [WOMEN_YOUTH],
    appeal: 3,
  },
  {
    text: 'Reserve seats for women and young people on every council that allocates water, and cover their travel costs.',
    themes: [WOMEN_YOUTH, FUNDING],
    appeal: 4,
    recommendation: true,
  },
  {
    text: 'Some mediators were detained after agreements that went against local officials; legal aid must be available at once.',
    themes: [PROTECTION],
    appeal: 3,
  },
  {
    text: 'Set up a confidential channel, run by a trusted third party, through which mediators can report threats.',
    themes: [PROTECTION],
    appeal: 4,
    recommendation: true,
  },
  {
    text: 'Whether water councils should have a legal status in national law was raised and left for a later meeting.',
    themes: [PROTECTION, FUNDING],
    appeal: 1,
    parkingLot: true,
  },
];

/** What participants send from their phones; the rapporteur publishes and tags each. */
const SENT: PoolPoint[] = [
  {
    text: 'Councils need a small running budget of their own; they cannot wait for a project to pay for every meeting.',
    themes: [FUNDING],
    appeal: 3,
  },
  {
    text: 'Send borehole levels by SMS to council members, not only to the regional water office.',
    themes: [DATA],
    appeal: 3,
  },
  {
    text: 'Grants should pay for mediators’ time, not just for workshops.',
    themes: [FUNDING],
    appeal: 2,
    duplicateOf: CORE_FUNDING,
  },
  {
    text: 'Invite young herders to the council meetings that set the grazing and watering calendar.',
    themes: [WOMEN_YOUTH],
    appeal: 2,
  },
  {
    text: 'Mediators need a number they can call when they are threatened after a decision.',
    themes: [PROTECTION],
    appeal: 3,
  },
  {
    text: 'Translate the drought bulletins into Tamasheq, Fulfulde and the local Arabic dialects.',
    themes: [DATA],
    appeal: 2,
  },
  {
    text: 'Councils should report how many women took part in each decision, not only how many are members.',
    themes: [WOMEN_YOUTH],
    appeal: 2,
  },
  {
    text: 'Donors could accept oral reports from village councils instead of written ones.',
    themes: [FUNDING],
    appeal: 1,
  },
];

const BOT_NAMES = [
  'Rim Gharbi',
  'Yassine Amrani',
  'Mariam Traoré',
  'Hedi',
  'Sofia Lindqvist',
  'Ibrahim Touré',
  'Nadia Slimani',
  'Tarek',
  'Hana Yousef',
  'Ousmane Sow',
  'Selma Khouri',
  'Jonas Ek',
  'Rania',
  'Bilal Chraibi',
  'Fatou Ndiaye',
  'Leïla Mansouri',
];
const RAPPORTEUR_NAMES = ['Dina Saleh', 'Omar Farid', 'Lina Aziz'];
const ORGANISATIONS = [
  'Oasis Mediators Network',
  'Association des femmes de Tataouine',
  'Sahel Water Users Forum',
  'Institute for Arid Lands Studies',
  'Nordic Partnership Fund',
];

/** The meeting the simulation creates: a short agenda around a Chatham House discussion. */
export function simulatedMeeting(now = Date.now()): { details: MeetingDetailsInput; agenda: AgendaItemDraft[] } {
  const demo = demoMeeting();
  return {
    details: {
      title: SIMULATION_TITLE,
      hostOrganisation: demo.details.hostOrganisation,
      startsAt: `${new Date(now).toISOString().slice(0, 10)}T10:00`,
      timeZone: demo.details.timeZone,
      format: 'online',
      contentLanguage: 'en',
      description: 'A meeting run by bots from `npm run simulate`, to watch the console, the queue and the board.',
    },
    agenda: [
      { title: 'Welcome', kind: 'opening', plannedMinutes: 5, confidentiality: 'on-record' },
      {
        title: 'Open discussion: funding, data, participation and protection',
        kind: 'discussion',
        plannedMinutes: 30,
        confidentiality: 'chatham-house',
      },
      {
        title: 'Way forward: which recommendations first?',
        kind: 'closing',
        plannedMinutes: 10,
        confidentiality: 'on-record',
      },
    ],
  };
}

/** Waits, or returns at once when the signal fires. */
function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** A short form of a point for log lines. */
const short = (text: string) => (text.length > 60 ? `“${text.slice(0, 57)}…”` : `“${text}”`);

interface Bot {
  name: string;
  memberId: string;
  live: MeetingConnection;
}

/**
 * Runs a simulated meeting against a running Hiwar: signs in as the demo facilitator, creates or reuses
 * the simulation meeting and starts it, lets bots join by the join code, raise hands, send and support
 * points, while the facilitator bot gives and ends turns and a rapporteur bot publishes, tags, merges
 * and marks points; then a dot vote over the recommendations opens, bots vote, and it closes. Every
 * action goes through the typed client, as a browser would send it.
 */
export async function simulate(options: SimulateOptions): Promise<SimulateResult> {
  const baseUrl = options.baseUrl.replace(/\/$/, '');
  const botCount = Math.max(1, Math.floor(options.bots ?? 6));
  const tickMs = TICK_MS / Math.max(0.01, options.speed ?? 1);
  const steps = Math.max(0, Math.floor(options.steps ?? 60));
  const signal = options.signal;
  const random = options.random ?? Math.random;
  const started = Date.now();
  const log = (line: string) => {
    const seconds = Math.floor((Date.now() - started) / 1000);
    const clock = `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
    (options.log ?? console.log)(`[${clock}] ${line}`);
  };
  const pick = <T>(items: T[]): T | undefined => items[Math.floor(random() * items.length)];
  const chance = (p: number) => random() < p;
  const connections: MeetingConnection[] = [];

  // The facilitator signs in and finds or creates the meeting.
  const http = new HiwarHttp({ baseUrl });
  try {
    await http.signIn({
      email: options.email ?? DEMO_ACCOUNT.email,
      password: options.password,
    });
  } catch (err) {
    if (err instanceof HiwarError) {
      const hint = err.code === 'INVALID_CREDENTIALS' ? ' Did `npm start` seed the demo account?' : '';
      throw new Error(`Could not sign in as the demo facilitator at ${baseUrl}: ${err.message} (${err.code}).${hint}`);
    }
    throw new Error(`Could not reach Hiwar at ${baseUrl} (${String(err)}). Is \`npm start\` running?`);
  }
  const reusable = (await http.listMeetings()).find((m) => m.title === SIMULATION_TITLE && m.status !== 'ended');
  const plan = simulatedMeeting();
  const meeting = reusable ?? (await http.createMeeting(plan.details, plan.agenda));
  const consoleUrl = `${baseUrl}/meetings/${meeting.id}/live`;

  const connect = async (credential: { memberToken?: string; sessionCookie?: string }) => {
    const live = new MeetingConnection({ baseUrl, meetingId: meeting.id, ...credential });
    connections.push(live);
    await live.ready();
    return live;
  };
  let facilitator: MeetingConnection;
  try {
    facilitator = await connect({ sessionCookie: http.sessionCookie });
  } catch (err) {
    for (const c of connections) c.close();
    if (err instanceof HiwarError && err.code === 'ORIGIN_NOT_ALLOWED') {
      throw new Error(`${baseUrl} is not the address Hiwar was started with (PUBLIC_URL); use that address.`);
    }
    throw err;
  }
  const view = (): MeetingView => {
    const current = facilitator.state.view;
    if (!current) throw new Error('the facilitator has no view of the meeting');
    return current;
  };

  /** Sends a command; a refusal (someone at the console got there first) is logged, not fatal. */
  const act = async (who: MeetingConnection, body: CommandBody, what?: string) => {
    try {
      const ack = await who.send(body);
      if (what) log(what);
      return ack;
    } catch (err) {
      if (err instanceof HiwarError) {
        log(`(${body.type} not applied: ${err.code})`);
        return null;
      }
      throw err;
    }
  };

  const demo = demoMeeting();
  const bots: Bot[] = [];
  let rapporteur: Bot | null = null;
  let openVoteId: string | null = null;
  let aborted = false;

  try {
    // Prepare and start the meeting, then go to the discussion.
    if (view().meeting.themes.length === 0) await act(facilitator, { type: 'theme:add', themes: demo.themes });
    if (view().meeting.balanceCategories.length === 0) {
      await act(facilitator, { type: 'meeting:set-categories', categories: demo.balanceCategories });
    }
    if (view().meeting.status === 'draft')
      await act(facilitator, { type: 'meeting:start' }, 'The meeting has started.');
    const discussion = view().agenda.find((i) => i.kind === 'discussion') ?? view().agenda[0];
    if (discussion && view().meeting.currentItemId !== discussion.id) {
      await act(facilitator, { type: 'agenda:jump', itemId: discussion.id }, `Agenda: ${discussion.title}`);
    }
    log(`${reusable ? 'Reusing' : 'Created'} the meeting “${SIMULATION_TITLE}”.`);
    log(`Open the console:  ${consoleUrl}`);
    log(`  (sign in as ${options.email ?? DEMO_ACCOUNT.email} with the password \`npm start\` printed)`);
    log(`Theme board:       ${baseUrl}/meetings/${meeting.id}/board`);
    log(`Join as a person:  ${baseUrl}/join/${meeting.joinCode}`);

    // Bots join by the join code, under names nobody in the meeting has yet.
    const taken = new Set((view().members ?? []).map((m) => m.displayName));
    const freshName = (names: string[]) => {
      let name = names.find((n) => !taken.has(n));
      // Every name taken (after several runs in one meeting): number a repeat, "Rania (2)".
      for (let n = 2; !name; n++) name = names.map((base) => `${base} (${n})`).find((c) => !taken.has(c));
      taken.add(name);
      return name;
    };
    const join = async (name: string, categories: MemberCategories, organisation: string | null) => {
      const guest = new HiwarHttp({ baseUrl });
      const joined = await guest.join(meeting.joinCode, { displayName: name, organisation, categories });
      const live = await connect({ memberToken: joined.memberToken });
      return { name, memberId: joined.memberId, live };
    };
    const rapporteurName = freshName(RAPPORTEUR_NAMES);
    rapporteur = await join(rapporteurName, {}, demo.details.hostOrganisation);
    await act(
      facilitator,
      { type: 'member:set-role', memberId: rapporteur.memberId, role: 'rapporteur' },
      `${rapporteurName} joined and takes notes as rapporteur.`,
    );
    await rapporteur.live.waitFor((s) => s.view?.self.role === 'rapporteur');
    for (let i = 0; i < botCount && !signal?.aborted; i++) {
      // Balance answers are optional: now and then someone skips one.
      const categories: MemberCategories = {};
      for (const category of view().meeting.balanceCategories) {
        const option = pick(category.options);
        if (option && chance(0.85)) categories[category.id] = option.id;
      }
      const organisation = chance(0.4) ? (pick(ORGANISATIONS) ?? null) : null;
      const bot = await join(freshName(BOT_NAMES), categories, organisation);
      bots.push(bot);
      log(`${bot.name} joined${organisation ? ` (${organisation})` : ''}.`);
      await pause(tickMs / 2, signal);
    }

    const desk = rapporteur;
    const themeIds = (indexes: number[]) =>
      indexes.map((i) => view().meeting.themes[i]?.id).filter((id): id is string => Boolean(id));
    const used = new Set(view().points.map((p) => p.text));
    const poolOf = (text: string) => [...CAPTURED, ...SENT].find((p) => p.text === text);
    const nextFrom = (pool: PoolPoint[]) => {
      const item = pool.find((p) => !used.has(p.text));
      if (item) used.add(item.text);
      return item;
    };
    const botOnFloor = () => bots.find((b) => b.memberId === view().queue.floor?.memberId);
    const inQueue = (bot: Bot) => view().queue.entries.some((e) => e.memberId === bot.memberId);

    // Desk work that follows a beat or two after what prompted it.
    const later: { tick: number; run: () => Promise<unknown> }[] = [];
    let tick = 0;
    const schedule = (beats: number, run: () => Promise<unknown>) => later.push({ tick: tick + beats, run });
    const deskFollowUp = (point: Point, item: PoolPoint) => {
      const target = item.duplicateOf ? view().points.find((p) => p.text === item.duplicateOf) : undefined;
      if (target && target.status === 'published') {
        schedule(2 + Math.floor(random() * 3), () =>
          act(
            desk.live,
            { type: 'point:merge', targetId: target.id, sourceIds: [point.id] },
            `The rapporteur merged a duplicate into ${short(target.text)}.`,
          ),
        );
      }
      if (item.recommendation) {
        schedule(1 + Math.floor(random() * 2), () =>
          act(
            desk.live,
            { type: 'point:mark', pointId: point.id, recommendation: true },
            `Marked as a recommendation: ${short(point.text)}`,
          ),
        );
      }
      if (item.parkingLot) {
        const dueDate = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
        schedule(1, () =>
          act(
            desk.live,
            { type: 'point:mark', pointId: point.id, parkingLot: { owner: 'Forum secretariat', dueDate } },
            `Parked for later (owner: Forum secretariat, due ${dueDate}): ${short(point.text)}`,
          ),
        );
      }
    };
    let turnEndsAt: number | null = null;

    // The discussion: one beat at a time.
    for (tick = 0; tick < steps && !signal?.aborted; tick++) {
      for (const task of later.filter((t) => t.tick <= tick)) {
        later.splice(later.indexOf(task), 1);
        await task.run();
      }

      // The facilitator ends a bot's turn when its time is up, and gives the floor to whoever is next.
      const floor = view().queue.floor;
      const speaker = botOnFloor();
      if (floor && speaker && turnEndsAt !== null && tick >= turnEndsAt) {
        await act(facilitator, { type: 'queue:end-turn', turnId: floor.turnId }, `${speaker.name} finished speaking.`);
        turnEndsAt = null;
      } else if (!floor && view().queue.entries.length > 0 && view().queue.status === 'open') {
        const next = view().queue.entries[0];
        await act(
          facilitator,
          { type: 'queue:give-floor', fromTurnId: null },
          `The floor goes to ${next?.name ?? 'someone in the room'}.`,
        );
        if (botOnFloor()) {
          turnEndsAt = tick + 2 + Math.floor(random() * 4);
          // The rapporteur notes what the speaker says, halfway through the turn.
          const item = nextFrom(CAPTURED);
          if (item) {
            schedule(1, async () => {
              const ack = await act(desk.live, {
                type: 'point:submit',
                text: item.text,
                themeIds: themeIds(item.themes),
              });
              if (ack?.point) {
                log(`The rapporteur captured ${short(item.text)}`);
                deskFollowUp(ack.point, item);
              }
            });
          }
        }
      }

      // Hands go up (the first one at once), now and then one comes down again.
      const waiting = bots.filter((b) => !inQueue(b) && b !== botOnFloor());
      if (tick === 0 || chance(0.35)) {
        const bot = pick(waiting);
        if (bot) {
          const someoneSpeaks = view().queue.floor !== null;
          const roll = random();
          const kind: InterventionKind =
            someoneSpeaks && roll < 0.2 ? 'direct-reply' : someoneSpeaks && roll < 0.3 ? 'clarification' : 'new-point';
          await act(
            bot.live,
            { type: 'queue:raise-hand', kind },
            `${bot.name} raised a hand (${kind.replace('-', ' ')}).`,
          );
        }
      } else if (chance(0.04)) {
        const bot = pick(bots.filter(inQueue));
        if (bot) await act(bot.live, { type: 'queue:lower-hand' }, `${bot.name} lowered their hand.`);
      }

      // A participant sends a point; it waits for moderation, and the rapporteur publishes and tags it.
      if (chance(0.25)) {
        const item = nextFrom(SENT);
        const author = pick(bots);
        if (item && author) {
          const ack = await act(
            author.live,
            { type: 'point:submit', text: item.text },
            'A participant sent a point; it waits for moderation.',
          );
          const point = ack?.point;
          if (point) {
            schedule(1 + Math.floor(random() * 2), async () => {
              await act(desk.live, { type: 'point:moderate', pointId: point.id, status: 'published' });
              await act(
                desk.live,
                { type: 'point:edit', pointId: point.id, themeIds: themeIds(item.themes) },
                `The rapporteur published and tagged ${short(point.text)}`,
              );
              deskFollowUp(point, item);
            });
          }
        }
      }

      // Supports: people "+1" points they find convincing, the stronger ones more often.
      const published = view().points.filter((p) => p.status === 'published');
      for (let n = 0; n < 2 && published.length > 0; n++) {
        const point = pick(published);
        const bot = pick(bots);
        if (!point || !bot || bot.live.state.view?.mySupportIds.includes(point.id)) continue;
        if (!chance(0.12 * (poolOf(point.text)?.appeal ?? 2))) continue;
        const ack = await act(bot.live, { type: 'point:support', pointId: point.id });
        if (ack) log(`+1 on ${short(point.text)}`);
      }

      await pause(tickMs, signal);
    }
    for (const task of later.splice(0)) if (!signal?.aborted) await task.run();

    // The way forward: the last turn ends, the agenda moves on, and a dot vote ranks the recommendations.
    if (!signal?.aborted) {
      const floor = view().queue.floor;
      const speaker = botOnFloor();
      if (floor && speaker) {
        await act(facilitator, { type: 'queue:end-turn', turnId: floor.turnId }, `${speaker.name} finished speaking.`);
      }
      const current = view().agenda.findIndex((i) => i.id === view().meeting.currentItemId);
      const next = view().agenda[current + 1];
      if (next) {
        await act(
          facilitator,
          { type: 'agenda:next', fromItemId: view().meeting.currentItemId ?? undefined },
          `Agenda: ${next.title}`,
        );
      }
      const byStrength = (a: Point, b: Point) => b.supportCount - a.supportCount;
      let recommendations = view().points.filter((p) => p.status === 'published' && p.recommendation);
      // Too few marked yet: the desk marks the most supported points, or notes the recommendations heard.
      for (const point of view()
        .points.filter((p) => p.status === 'published' && !p.recommendation)
        .sort(byStrength)) {
        if (recommendations.length >= 2) break;
        await act(
          desk.live,
          { type: 'point:mark', pointId: point.id, recommendation: true },
          `Marked as a recommendation: ${short(point.text)}`,
        );
        recommendations = view().points.filter((p) => p.status === 'published' && p.recommendation);
      }
      for (const item of CAPTURED.filter((p) => p.recommendation)) {
        if (recommendations.length >= 2) break;
        const ack = await act(desk.live, { type: 'point:submit', text: item.text, themeIds: themeIds(item.themes) });
        if (ack?.point) await act(desk.live, { type: 'point:mark', pointId: ack.point.id, recommendation: true });
        recommendations = view().points.filter((p) => p.status === 'published' && p.recommendation);
      }
      const options = recommendations.sort(byStrength).slice(0, 8);
      const dotsPerPerson = options.length >= 3 ? 2 : 1;
      const title = 'Which recommendations matter most?';
      const opened = await act(
        facilitator,
        { type: 'vote:open', kind: 'dots', title, options: options.map((p) => ({ pointId: p.id })), dotsPerPerson },
        `Dot vote opened: “${title}” (${options.length} options, ${dotsPerPerson} dot${dotsPerPerson > 1 ? 's' : ''} each).`,
      );
      const vote = opened ? view().votes.find((v) => v.status === 'open' && v.title === title) : undefined;
      if (vote) {
        openVoteId = vote.id;
        // Everyone votes within a few beats, in random order, for the options they find strongest.
        const voters = [...bots].sort(() => random() - 0.5);
        let cast = 0;
        for (const bot of voters) {
          if (signal?.aborted) break;
          const weighted = vote.options.map((o) => ({
            id: o.id,
            // Taste first, nudged by how much support the point gathered.
            weight:
              1.5 * random() + 0.06 * Math.min(8, view().points.find((p) => p.id === o.pointId)?.supportCount ?? 0),
          }));
          const chosen = weighted.sort((a, b) => b.weight - a.weight).slice(0, vote.dotsPerPerson);
          const dots = Object.fromEntries(chosen.map((o) => [o.id, 1]));
          if (await act(bot.live, { type: 'vote:cast', voteId: vote.id, ballot: { dots } })) {
            cast += 1;
            log(`A ballot was cast (${cast} of ${bots.length}).`);
          }
          await pause(tickMs / 2, signal);
        }
        await pause(tickMs, signal);
        await act(facilitator, { type: 'vote:close', voteId: vote.id }, 'The vote is closed.');
        openVoteId = null;
        const results = view().votes.find((v) => v.id === vote.id)?.results;
        for (const tally of results?.tallies ?? []) {
          const label = vote.options.find((o) => o.id === tally.optionId)?.label ?? '';
          log(`  ${tally.rank}. ${short(label)}: ${tally.count} dot${tally.count === 1 ? '' : 's'}`);
        }
      }
    }
  } finally {
    aborted = Boolean(signal?.aborted);
    await tidyUp();
  }
  log(`Done. The meeting stays live: ${consoleUrl}`);
  return { meetingId: meeting.id, joinCode: meeting.joinCode, consoleUrl, aborted };

  /** Leaves the room as people would: the speaker stops, hands come down, an open vote closes, bots leave. */
  async function tidyUp() {
    const leave = async () => {
      const current = facilitator.state.view;
      const floor = current?.queue.floor;
      if (floor && bots.some((b) => b.memberId === floor.memberId)) {
        await act(facilitator, { type: 'queue:end-turn', turnId: floor.turnId });
      }
      for (const bot of bots) {
        if (current?.queue.entries.some((e) => e.memberId === bot.memberId)) {
          await act(bot.live, { type: 'queue:lower-hand' });
        }
      }
      if (openVoteId) await act(facilitator, { type: 'vote:close', voteId: openVoteId }, 'The vote is closed.');
    };
    // A server that has gone away must not keep us waiting for ever.
    const patience = new AbortController();
    await Promise.race([leave().catch(() => {}), pause(5000, patience.signal)]);
    patience.abort();
    for (const c of connections) c.close();
    if (bots.length > 0 || rapporteur) log(`${bots.length + (rapporteur ? 1 : 0)} bots left the meeting.`);
  }
}

const USAGE = `Usage: npm run simulate -- [--url http://localhost:3000] [--bots 6] [--speed 1] [--steps 60]

Runs bots in a live meeting on a running Hiwar (start it with \`npm start\` in another terminal).
  --url     where Hiwar runs (or HIWAR_URL); it must be the server's PUBLIC_URL
  --bots    how many participant bots join (default 6)
  --speed   pace factor: 2 is twice as fast (default 1, about one action every 3 seconds)
  --steps   beats of discussion before the dot vote (default 60, about 3 minutes at speed 1)
The bots' facilitator is the demo facilitator, with the password the last \`npm start\` printed and left in
the data folder (or HIWAR_DEMO_PASSWORD).
Ctrl-C stops the bots cleanly.`;

/** The demo password: HIWAR_DEMO_PASSWORD, or the one the last seed left in the data folder. */
function demoPassword(): string {
  if (process.env.HIWAR_DEMO_PASSWORD) return process.env.HIWAR_DEMO_PASSWORD;
  const file = demoPasswordFile(loadConfig());
  try {
    if (file) return fs.readFileSync(file, 'utf8').trim();
  } catch {
    // Said below.
  }
  throw new Error(`No demo password in ${file}: start Hiwar with \`npm start\` first (it seeds the demo facilitator).`);
}

async function main() {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      bots: { type: 'string' },
      speed: { type: 'string' },
      steps: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const number = (value: string | undefined, name: string) => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number\n\n${USAGE}`);
    return n;
  };
  const controller = new AbortController();
  let stoppingSince: number | null = null;
  const stop = () => {
    // `npm run` forwards the terminal's Ctrl-C, so one press can arrive twice: only a later one quits at once.
    if (stoppingSince !== null) {
      if (Date.now() - stoppingSince > 1000) process.exit(130);
      return;
    }
    stoppingSince = Date.now();
    console.log('\nStopping: the bots tidy up and leave (Ctrl-C again to quit at once).');
    controller.abort();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await simulate({
    baseUrl: values.url ?? process.env.HIWAR_URL ?? 'http://localhost:3000',
    password: demoPassword(),
    bots: number(values.bots, 'bots'),
    speed: number(values.speed, 'speed'),
    steps: number(values.steps, 'steps'),
    signal: controller.signal,
  });
}

const invokedAs = process.argv[1] ? pathToFileURL(path.resolve(process.argv[1])).href : '';
if (import.meta.url === invokedAs) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
