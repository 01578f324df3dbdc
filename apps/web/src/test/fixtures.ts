import type { MeetingView } from '@hiwar/domain';
import type { AgendaItem, BalanceCategory, Floor, Meeting, Member, Point, QueueEntry, Theme } from '@hiwar/protocol';

/** A fixed server time for tests: 2025-03-10 09:30 UTC. */
export const NOW = Date.UTC(2025, 2, 10, 9, 30);

/** An agenda item with sensible defaults. */
export function buildItem(overrides: Partial<AgendaItem> = {}): AgendaItem {
  return {
    id: 'item-0001',
    title: 'Opening remarks',
    kind: 'opening',
    plannedMinutes: 10,
    presenters: [],
    confidentiality: 'on-record',
    speakingLimitSeconds: null,
    spentMs: 0,
    ...overrides,
  };
}

/** A member with sensible defaults. */
export function buildMember(overrides: Partial<Member> = {}): Member {
  return {
    id: 'member-0001',
    displayName: 'Layla',
    organisation: null,
    role: 'participant',
    joinedAt: NOW - 600_000,
    categories: {},
    turns: 0,
    floorMs: 0,
    ...overrides,
  };
}

/** A meeting with sensible defaults (a draft). */
export function buildMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 'meeting-0001',
    title: 'Women, peace and security in the region',
    hostOrganisation: 'Dialogue Institute',
    startsAt: '2025-03-10T10:00',
    timeZone: 'Asia/Amman',
    format: 'online',
    contentLanguage: 'en',
    videoCallUrl: null,
    description: '',
    joinCode: 'ABCD2345',
    status: 'draft',
    currentItemId: null,
    itemStartedAt: null,
    startedAt: null,
    endedAt: null,
    seq: 3,
    queueSettings: { policy: 'progressive', allowPriority: true, speakingLimitSeconds: 180 },
    balanceCategories: [],
    themes: [],
    pointsSettings: { participantsMaySubmit: true, premoderate: true, maxPerMinute: 0 },
    reportSettings: { themeOrder: 'agenda', digits: 'latin', sensitiveTerms: [] },
    lobby: { locked: false, waitingRoom: false },
    ...overrides,
  };
}

/** Three items: opening, a presentation under the record, a discussion under the Chatham House Rule. */
export const AGENDA: AgendaItem[] = [
  buildItem({ id: 'item-0001', title: 'Opening remarks', kind: 'opening', plannedMinutes: 10 }),
  buildItem({
    id: 'item-0002',
    title: 'Breaking out of the silo',
    kind: 'presentation',
    plannedMinutes: 15,
    presenters: [
      { name: 'Dr Amal Haddad', title: 'Director', organisation: 'Peace Lab', pronoun: 'she', talkTitle: '' },
    ],
  }),
  buildItem({
    id: 'item-0003',
    title: 'Open discussion',
    kind: 'discussion',
    plannedMinutes: 45,
    confidentiality: 'chatham-house',
  }),
];

/** A live meeting on the second item, which started `elapsedMs` before NOW. */
export function liveView(elapsedMs: number, overrides: Partial<MeetingView> = {}): MeetingView {
  const facilitator = buildMember({ id: 'member-0000', displayName: 'Sara', role: 'facilitator' });
  return {
    meeting: buildMeeting({
      status: 'live',
      startedAt: NOW - 3_600_000,
      currentItemId: 'item-0002',
      itemStartedAt: NOW - elapsedMs,
    }),
    agenda: AGENDA,
    members: [facilitator, buildMember()],
    self: facilitator,
    queue: { status: 'open', entries: [], floor: null },
    points: [],
    myPointIds: [],
    mySupportIds: [],
    votes: [],
    myBallots: [],
    removed: false,
    ...overrides,
  };
}

/** A queue entry with sensible defaults: a member's new point raised a minute before NOW. */
export function buildEntry(overrides: Partial<QueueEntry> = {}): QueueEntry {
  return {
    id: 'entry-0001',
    memberId: 'member-0001',
    name: 'Layla',
    kind: 'new-point',
    raisedAt: NOW - 60_000,
    priorTurns: 0,
    ...overrides,
  };
}

/** A turn on the floor that started `elapsedMs` before NOW, with a 3-minute limit unless told. */
export function buildFloor(elapsedMs: number, overrides: Partial<Floor> = {}): Floor {
  return {
    turnId: 'turn-0001',
    memberId: 'member-0002',
    name: 'Omar',
    kind: 'new-point',
    startedAt: NOW - elapsedMs,
    limitMs: 180_000,
    ...overrides,
  };
}

/** A "sector" balance category with four options. */
export const SECTOR: BalanceCategory = {
  id: 'sector',
  name: 'Sector',
  options: [
    { id: 'civil-society', label: 'Civil society' },
    { id: 'government', label: 'Government' },
    { id: 'donor', label: 'Donor' },
    { id: 'academia', label: 'Academia' },
  ],
};

/** Two themes of the discussion. */
export const THEMES: Theme[] = [
  { id: 'theme-0001', name: 'Participation', description: '', colour: '#1f6f5c' },
  { id: 'theme-0002', name: 'Protection', description: '', colour: '#2f5da8' },
];

/** A point with sensible defaults: published on the second item, sent a minute before NOW. */
export function buildPoint(overrides: Partial<Point> = {}): Point {
  return {
    id: 'point-0001',
    itemId: 'item-0002',
    text: 'Fund women-led organisations directly',
    themeIds: [],
    status: 'published',
    reason: null,
    source: null,
    origin: 'participant',
    createdAt: NOW - 60_000,
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
