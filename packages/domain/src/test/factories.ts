import {
  type AgendaItem,
  type AgendaItemDraft,
  type BalanceCategory,
  type ClientCommand,
  type CommandBody,
  clientCommandSchema,
  DEFAULT_POINTS_SETTINGS,
  DEFAULT_QUEUE_SETTINGS,
  DEFAULT_REPORT_SETTINGS,
  type Floor,
  type Meeting,
  type Member,
  type Point,
  type PointsSettings,
  type Queue,
  type QueueEntry,
  type QueueSettings,
  type Snapshot,
  type Theme,
  type Vote,
} from '@hiwar/protocol';
import type { MeetingState } from '../meeting.js';

/** A fixed server time, so every timing assertion is exact. */
export const NOW = Date.UTC(2025, 2, 15, 10, 0, 0);

/** An id generator that yields new-0001, new-0002, ... in order. */
export function sequentialIds(prefix = 'new'): () => string {
  let n = 0;
  return () => `${prefix}-${String(++n).padStart(4, '0')}`;
}

let commandCounter = 0;
/** Parses a command body through the wire schema, as the server does, with a fresh valid command id. */
export function cmd(body: CommandBody): ClientCommand {
  commandCounter += 1;
  return clientCommandSchema.parse({ ...body, commandId: `cmd-${String(commandCounter).padStart(6, '0')}` });
}

export function buildItemDraft(overrides: Partial<AgendaItemDraft> = {}): AgendaItemDraft {
  return { title: 'Opening remarks', kind: 'opening', plannedMinutes: 10, confidentiality: 'on-record', ...overrides };
}

/** An agenda item with id `item-000N`. */
export function buildItem(n: number, overrides: Partial<AgendaItem> = {}): AgendaItem {
  return {
    id: itemId(n),
    title: `Item ${n}`,
    kind: 'discussion',
    plannedMinutes: 15,
    presenters: [],
    confidentiality: 'on-record',
    speakingLimitSeconds: null,
    spentMs: 0,
    ...overrides,
  };
}

export const itemId = (n: number) => `item-${String(n).padStart(4, '0')}`;

/** Two balance categories a facilitator might define: sector and region. */
export const CATEGORIES: BalanceCategory[] = [
  {
    id: 'sector',
    name: 'Sector',
    options: [
      { id: 'civil-society', label: 'Civil society' },
      { id: 'government', label: 'Government' },
      { id: 'donor', label: 'Donor' },
    ],
  },
  {
    id: 'region',
    name: 'Region',
    options: [
      { id: 'mena', label: 'Middle East and North Africa' },
      { id: 'europe', label: 'Europe' },
    ],
  },
];

export const entryId = (n: number) => `entry-${String(n).padStart(4, '0')}`;

/**
 * A queue entry `entry-000N` for member `member-000N`: a new point by someone who has not spoken yet,
 * raised N seconds after NOW - 10 min, so entries are raised in the order of their numbers.
 */
export function buildEntry(n: number, overrides: Partial<QueueEntry> = {}): QueueEntry {
  return {
    id: entryId(n),
    memberId: `member-${String(n).padStart(4, '0')}`,
    name: `Speaker ${n}`,
    kind: 'new-point',
    raisedAt: NOW - 600_000 + n * 1_000,
    priorTurns: 0,
    ...overrides,
  };
}

/** A turn `turn-0001` given to member-0042 thirty seconds before NOW, with a three-minute limit. */
export function buildFloor(overrides: Partial<Floor> = {}): Floor {
  return {
    turnId: 'turn-0001',
    memberId: 'member-0042',
    name: 'Nadia Benali',
    kind: 'new-point',
    startedAt: NOW - 30_000,
    limitMs: 180_000,
    ...overrides,
  };
}

export function buildQueue(overrides: Partial<Queue> = {}): Queue {
  return { status: 'open', entries: [], floor: null, ...overrides };
}

/** A meeting state with `count` items; live states sit on `currentIndex` entered at `itemStartedAt`. */
export function buildState(
  opts: {
    status?: Meeting['status'];
    count?: number;
    currentIndex?: number;
    itemStartedAt?: number;
    items?: AgendaItem[];
    queue?: Partial<Queue>;
    queueSettings?: Partial<QueueSettings>;
    balanceCategories?: BalanceCategory[];
    themes?: Theme[];
    pointsSettings?: Partial<PointsSettings>;
  } = {},
): MeetingState {
  const status = opts.status ?? 'draft';
  const agenda = opts.items ?? Array.from({ length: opts.count ?? 3 }, (_, i) => buildItem(i + 1));
  const current = status === 'draft' ? null : (agenda[opts.currentIndex ?? 0]?.id ?? null);
  return {
    meeting: {
      status,
      currentItemId: current,
      itemStartedAt: status === 'live' ? (opts.itemStartedAt ?? NOW - 60_000) : null,
      queueSettings: { ...DEFAULT_QUEUE_SETTINGS, ...opts.queueSettings },
      balanceCategories: opts.balanceCategories ?? CATEGORIES,
      themes: opts.themes ?? [],
      pointsSettings: { ...DEFAULT_POINTS_SETTINGS, ...opts.pointsSettings },
      reportSettings: DEFAULT_REPORT_SETTINGS,
    },
    agenda,
    queue: buildQueue(opts.queue),
  };
}

export function buildMember(overrides: Partial<Member> = {}): Member {
  return {
    id: 'member-0001',
    displayName: 'Layla Haddad',
    organisation: 'Civic Forum',
    role: 'participant',
    joinedAt: NOW - 3_600_000,
    categories: {},
    turns: 0,
    floorMs: 0,
    ...overrides,
  };
}

export function buildMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 'meeting-0001',
    title: 'Water rights dialogue',
    hostOrganisation: 'Civic Forum',
    startsAt: '2025-03-15T12:00',
    timeZone: 'Asia/Beirut',
    format: 'hybrid',
    contentLanguage: 'en',
    videoCallUrl: null,
    description: '',
    joinCode: 'ABCDEFGH',
    status: 'draft',
    currentItemId: null,
    itemStartedAt: null,
    startedAt: null,
    endedAt: null,
    seq: 0,
    queueSettings: DEFAULT_QUEUE_SETTINGS,
    balanceCategories: CATEGORIES,
    themes: [],
    pointsSettings: DEFAULT_POINTS_SETTINGS,
    reportSettings: DEFAULT_REPORT_SETTINGS,
    lobby: { locked: false, waitingRoom: false },
    ...overrides,
  };
}

export function buildSnapshot(overrides: Partial<Snapshot> = {}): Snapshot {
  const self = overrides.self ?? buildMember({ id: 'member-self', role: 'facilitator' });
  return {
    meeting: buildMeeting(),
    agenda: [buildItem(1), buildItem(2), buildItem(3)],
    self,
    members: [self, buildMember({ id: 'member-0002' }), buildMember({ id: 'member-0003', role: 'observer' })],
    queue: buildQueue(),
    points: [],
    myPointIds: [],
    mySupportIds: [],
    votes: [],
    myBallots: [],
    serverNow: NOW,
    ...overrides,
  };
}

export const themeId = (n: number) => `theme-${String(n).padStart(4, '0')}`;

/** A theme `theme-000N` named "Theme N" with a fixed colour. */
export function buildTheme(n: number, overrides: Partial<Theme> = {}): Theme {
  return { id: themeId(n), name: `Theme ${n}`, description: '', colour: '#1f6f5c', ...overrides };
}

export const pointId = (n: number) => `point-${String(n).padStart(4, '0')}`;

/**
 * A published point `point-000N` on item 1, sent by a participant N minutes after NOW - 1 h, so points
 * are made in the order of their numbers; no themes, supports or marks.
 */
export function buildPoint(n: number, overrides: Partial<Point> = {}): Point {
  return {
    id: pointId(n),
    itemId: itemId(1),
    text: `Point number ${n}`,
    themeIds: [],
    status: 'published',
    reason: null,
    source: null,
    origin: 'participant',
    createdAt: NOW - 3_600_000 + n * 60_000,
    editedAt: null,
    supportCount: 0,
    starred: false,
    recommendation: false,
    parkingLot: null,
    mergedInto: null,
    form: null,
    addressee: null,
    identifying: false,
    ...overrides,
  };
}

/** An open, anonymous single-choice poll `vote-0001` on item 2 with two options, option-0001 and option-0002. */
export function buildVote(overrides: Partial<Vote> = {}): Vote {
  return {
    id: 'vote-0001',
    itemId: itemId(2),
    kind: 'single',
    title: 'Which first?',
    options: [
      { id: 'option-0001', label: 'Wells', pointId: null },
      { id: 'option-0002', label: 'Pipes', pointId: null },
    ],
    dotsPerPerson: 1,
    allowStacking: false,
    scaleMin: 1,
    scaleMax: 5,
    allowOther: false,
    liveResults: false,
    named: false,
    status: 'open',
    openedAt: NOW - 60_000,
    turnout: 0,
    closesAt: null,
    closedAt: null,
    results: null,
    ...overrides,
  };
}
