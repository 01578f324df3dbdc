import type { CommandBody, CommandType } from '@hiwar/protocol';

/**
 * Who may do what, written out by hand for the security suite's role matrix (issue 12, item 3). Every
 * HTTP route the app registers and every command the protocol defines needs a row here: a new one
 * without a row fails role-matrix.test.ts until someone decides who may use it.
 */
export const ACTORS = [
  'none',
  'participant',
  'observer',
  'presenter',
  'rapporteur',
  'co-facilitator',
  'facilitator',
  'other-facilitator',
  'removed-participant',
  'removed-rapporteur',
] as const;
export type ActorName = (typeof ACTORS)[number];

/** Anyone, with or without a credential: the way in, health, public documents and review links. */
const ANYONE: readonly ActorName[] = ACTORS;
/** A signed-in facilitator account, whatever its meetings. */
const ACCOUNT: readonly ActorName[] = ['facilitator', 'other-facilitator'];
/** Everyone who is in this meeting now. */
const MEMBERS: readonly ActorName[] = [
  'participant',
  'observer',
  'presenter',
  'rapporteur',
  'co-facilitator',
  'facilitator',
];
const SPEAKS: readonly ActorName[] = ['participant', 'presenter', 'rapporteur', 'co-facilitator', 'facilitator'];
const DESK: readonly ActorName[] = ['rapporteur', 'co-facilitator', 'facilitator'];
const RUNS: readonly ActorName[] = ['co-facilitator', 'facilitator'];

/** What a request needs that only the running test knows: ids, codes, a report document. */
export interface Fixture {
  meetingId: string;
  joinCode: string;
  pointId: string;
  /** A member of the meeting who is nobody's credential: the target of member:set-role. */
  spareMemberId: string;
  reportDocument: unknown;
  unique: () => string;
}

export interface RouteRow {
  allow: readonly ActorName[];
  /** The concrete path to call, from the route's pattern. */
  path: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
  /** Ends the actor's own session: run after every other request. */
  last?: boolean;
}

const m = (f: Fixture) => `/api/meetings/${f.meetingId}`;
const strongPassword = 'quiet orchard lantern 42';
const details = {
  title: 'Matrix',
  hostOrganisation: 'Institute',
  startsAt: '2026-12-03T09:30',
  timeZone: 'UTC',
  format: 'online',
  contentLanguage: 'en',
};

/** Rows keyed by "METHOD /pattern" exactly as Fastify registered them. HEAD routes share their GET's row. */
export const ROUTES: Record<string, RouteRow> = {
  'GET /healthz': { allow: ANYONE, path: () => '/healthz' },
  'GET /readyz': { allow: ANYONE, path: () => '/readyz' },
  'GET /api/docs': { allow: ANYONE, path: () => '/api/docs' },
  'GET /api/docs/': { allow: ANYONE, path: () => '/api/docs/' },
  'GET /api/docs/json': { allow: ANYONE, path: () => '/api/docs/json' },
  'GET /api/docs/yaml': { allow: ANYONE, path: () => '/api/docs/yaml' },
  'GET /api/docs/static/index.html': { allow: ANYONE, path: () => '/api/docs/static/index.html' },
  'GET /api/docs/static/swagger-initializer.js': {
    allow: ANYONE,
    path: () => '/api/docs/static/swagger-initializer.js',
  },
  'GET /api/docs/static/*': { allow: ANYONE, path: () => '/api/docs/static/index.css' },

  'POST /api/auth/sign-up': {
    allow: ANYONE,
    path: () => '/api/auth/sign-up',
    body: (f) => ({ email: `matrix-${f.unique()}@example.org`, password: strongPassword, name: 'Matrix' }),
  },
  'POST /api/auth/sign-in': {
    allow: ANYONE,
    path: () => '/api/auth/sign-in',
    body: (f) => ({ email: `nobody-${f.unique()}@example.org`, password: 'not the password' }),
  },
  'GET /api/meetings/:meetingId/retention': { allow: RUNS, path: (f) => `${m(f)}/retention` },
  // Only the owner; run at the end, since it deletes the meeting the other rows use.
  'DELETE /api/meetings/:meetingId': { allow: ['facilitator'], path: m, last: true },
  'POST /api/auth/sign-out-everywhere': { allow: ACCOUNT, path: () => '/api/auth/sign-out-everywhere', last: true },
  // After sign-out-everywhere: signing out needs no session, so it is open to anyone.
  'POST /api/auth/sign-out': { allow: ANYONE, path: () => '/api/auth/sign-out', last: true },
  'GET /api/auth/sessions': { allow: ACCOUNT, path: () => '/api/auth/sessions' },
  'DELETE /api/auth/sessions/:sessionId': { allow: ACCOUNT, path: () => '/api/auth/sessions/no-such-session-id' },
  'POST /api/auth/password': {
    allow: ACCOUNT,
    path: () => '/api/auth/password',
    body: () => ({ currentPassword: 'not the current one', newPassword: strongPassword }),
  },
  'GET /api/auth/me': { allow: ANYONE, path: () => '/api/auth/me' },

  'GET /api/meetings': { allow: ACCOUNT, path: () => '/api/meetings' },
  'GET /api/meetings/': { allow: ACCOUNT, path: () => '/api/meetings/' },
  'POST /api/meetings': { allow: ACCOUNT, path: () => '/api/meetings', body: () => ({ details }) },
  'GET /api/meetings/:meetingId': { allow: MEMBERS, path: m },
  // Only the owner: the copy is a new meeting of their account (co-facilitators are refused as not owners).
  'POST /api/meetings/:meetingId/duplicate': {
    allow: ['facilitator'],
    path: (f) => `${m(f)}/duplicate`,
    body: () => ({ title: 'Matrix copy' }),
  },
  'GET /api/meetings/:meetingId/moderation': { allow: DESK, path: (f) => `${m(f)}/moderation` },
  'GET /api/meetings/:meetingId/points/:pointId/history': {
    allow: DESK,
    path: (f) => `${m(f)}/points/${f.pointId}/history`,
  },
  'POST /api/meetings/:meetingId/commands': {
    allow: MEMBERS,
    path: (f) => `${m(f)}/commands`,
    // Lowering a hand that is not raised: harmless, and refused by a rule only after the role check.
    body: (f) => ({ type: 'queue:lower-hand', commandId: `matrix-${f.unique()}` }),
  },

  'GET /api/join/:code': { allow: ANYONE, path: (f) => `/api/join/${f.joinCode}` },
  'POST /api/join/:code': {
    allow: ANYONE,
    path: (f) => `/api/join/${f.joinCode}`,
    body: () => ({ displayName: 'Newcomer' }),
  },

  'GET /api/meetings/:meetingId/report': { allow: DESK, path: (f) => `${m(f)}/report` },
  'POST /api/meetings/:meetingId/report/generate': { allow: DESK, path: (f) => `${m(f)}/report/generate` },
  'PUT /api/meetings/:meetingId/report': {
    allow: DESK,
    path: (f) => `${m(f)}/report`,
    body: (f) => ({ baseVersion: 999, document: f.reportDocument }),
  },
  'POST /api/meetings/:meetingId/report/sections/:key/regenerate': {
    allow: DESK,
    path: (f) => `${m(f)}/report/sections/summary/regenerate`,
    body: () => ({ baseVersion: 999 }),
  },
  'GET /api/meetings/:meetingId/report/versions': { allow: DESK, path: (f) => `${m(f)}/report/versions` },
  'GET /api/meetings/:meetingId/report/versions/:version': {
    allow: DESK,
    path: (f) => `${m(f)}/report/versions/1`,
  },
  'POST /api/meetings/:meetingId/report/versions/:version/restore': {
    allow: DESK,
    path: (f) => `${m(f)}/report/versions/1/restore`,
    body: () => ({ baseVersion: 999 }),
  },
  'POST /api/meetings/:meetingId/report/reviews': { allow: DESK, path: (f) => `${m(f)}/report/reviews` },
  'POST /api/meetings/:meetingId/report/publish': {
    allow: RUNS,
    path: (f) => `${m(f)}/report/publish`,
    body: () => ({ baseVersion: 999 }),
  },
  'GET /api/meetings/:meetingId/report/export/:format': {
    allow: DESK,
    path: (f) => `${m(f)}/report/export/md`,
  },
  'GET /api/review/:token': { allow: ANYONE, path: () => '/api/review/no-such-review-token-0000' },
  'POST /api/review/:token': {
    allow: ANYONE,
    path: () => '/api/review/no-such-review-token-0000',
    body: () => ({ decision: 'approve' }),
  },
  'GET /r/:token': { allow: ANYONE, path: () => '/r/no-such-report-token-0000' },
  'GET /r/:token/export/:format': { allow: ANYONE, path: () => '/r/no-such-report-token-0000/export/md' },
};

export interface CommandRow {
  allow: readonly ActorName[];
  /** A valid command that, where allowed, is refused (if at all) by a rule after the role check. */
  sample: (f: Fixture) => CommandBody;
}

const fake = (n: number) => `unknown-${String(n).padStart(4, '0')}`;

/** Rows for every command of the protocol, in the order they are sent (meeting:end last). */
export const COMMANDS: Record<CommandType, CommandRow> = {
  'meeting:update': { allow: RUNS, sample: () => ({ type: 'meeting:update', details: { description: 'Matrix' } }) },
  'meeting:start': { allow: RUNS, sample: () => ({ type: 'meeting:start' }) },
  'agenda:add-item': {
    allow: RUNS,
    sample: () => ({
      type: 'agenda:add-item',
      item: { title: 'Extra', kind: 'other', plannedMinutes: 5, confidentiality: 'on-record' },
    }),
  },
  'agenda:update-item': {
    allow: RUNS,
    sample: () => ({ type: 'agenda:update-item', itemId: fake(1), changes: { title: 'Renamed' } }),
  },
  'agenda:remove-item': { allow: RUNS, sample: () => ({ type: 'agenda:remove-item', itemId: fake(1) }) },
  'agenda:reorder': { allow: RUNS, sample: () => ({ type: 'agenda:reorder', itemIds: [] }) },
  'agenda:next': { allow: RUNS, sample: () => ({ type: 'agenda:next', fromItemId: fake(1) }) },
  'agenda:previous': { allow: RUNS, sample: () => ({ type: 'agenda:previous', fromItemId: fake(1) }) },
  'agenda:jump': { allow: RUNS, sample: () => ({ type: 'agenda:jump', itemId: fake(1) }) },
  // Only the owner makes co-facilitators (issue 12, item 10).
  'member:set-role': {
    allow: ['facilitator'],
    sample: (f) => ({ type: 'member:set-role', memberId: f.spareMemberId, role: 'co-facilitator' }),
  },
  'member:remove': { allow: RUNS, sample: () => ({ type: 'member:remove', memberId: fake(2) }) },
  'member:admit': { allow: RUNS, sample: () => ({ type: 'member:admit', memberIds: [fake(2)] }) },
  'meeting:set-lobby': { allow: RUNS, sample: () => ({ type: 'meeting:set-lobby', locked: false }) },
  'meeting:rotate-code': { allow: RUNS, sample: () => ({ type: 'meeting:rotate-code' }) },
  'member:set-categories': { allow: MEMBERS, sample: () => ({ type: 'member:set-categories', categories: {} }) },
  'meeting:set-categories': { allow: RUNS, sample: () => ({ type: 'meeting:set-categories', categories: [] }) },
  'queue:raise-hand': { allow: SPEAKS, sample: () => ({ type: 'queue:raise-hand' }) },
  'queue:lower-hand': { allow: MEMBERS, sample: () => ({ type: 'queue:lower-hand' }) },
  'queue:remove': { allow: RUNS, sample: () => ({ type: 'queue:remove', entryId: fake(3) }) },
  'queue:add-person': { allow: RUNS, sample: () => ({ type: 'queue:add-person', name: 'Guest in the room' }) },
  'queue:give-floor': { allow: RUNS, sample: () => ({ type: 'queue:give-floor', fromTurnId: fake(4) }) },
  'queue:end-turn': { allow: RUNS, sample: () => ({ type: 'queue:end-turn', turnId: fake(4) }) },
  'queue:yield-floor': { allow: SPEAKS, sample: () => ({ type: 'queue:yield-floor', turnId: fake(4) }) },
  'queue:reorder': { allow: RUNS, sample: () => ({ type: 'queue:reorder', entryIds: [fake(3)] }) },
  'queue:set-status': { allow: RUNS, sample: () => ({ type: 'queue:set-status', status: 'open' }) },
  'queue:clear': { allow: RUNS, sample: () => ({ type: 'queue:clear' }) },
  'queue:set-settings': { allow: RUNS, sample: () => ({ type: 'queue:set-settings', settings: {} }) },
  'theme:add': {
    allow: DESK,
    sample: () => ({ type: 'theme:add', themes: [{ name: 'Matrix theme', colour: '#2f5da8' }] }),
  },
  'theme:update': {
    allow: DESK,
    sample: () => ({ type: 'theme:update', themeId: fake(5), changes: { name: 'Renamed' } }),
  },
  'theme:reorder': { allow: DESK, sample: () => ({ type: 'theme:reorder', themeIds: [fake(5)] }) },
  'theme:merge': { allow: DESK, sample: () => ({ type: 'theme:merge', sourceId: fake(5), targetId: fake(6) }) },
  'theme:remove': { allow: DESK, sample: () => ({ type: 'theme:remove', themeId: fake(5) }) },
  'points:set-settings': { allow: RUNS, sample: () => ({ type: 'points:set-settings', settings: {} }) },
  'point:submit': { allow: SPEAKS, sample: () => ({ type: 'point:submit', text: 'A point from the matrix' }) },
  'point:edit': { allow: DESK, sample: () => ({ type: 'point:edit', pointId: fake(7), text: 'Edited' }) },
  'point:moderate': {
    allow: DESK,
    sample: () => ({ type: 'point:moderate', pointId: fake(7), status: 'hidden', reason: null }),
  },
  'point:support': { allow: SPEAKS, sample: () => ({ type: 'point:support', pointId: fake(7) }) },
  'point:withdraw-support': { allow: SPEAKS, sample: () => ({ type: 'point:withdraw-support', pointId: fake(7) }) },
  'point:merge': { allow: DESK, sample: () => ({ type: 'point:merge', targetId: fake(7), sourceIds: [fake(8)] }) },
  'point:mark': { allow: DESK, sample: () => ({ type: 'point:mark', pointId: fake(7), starred: true }) },
  'vote:open': {
    allow: RUNS,
    sample: () => ({
      type: 'vote:open',
      kind: 'single',
      title: 'Matrix poll',
      options: [{ label: 'A' }, { label: 'B' }],
    }),
  },
  'vote:cast': {
    allow: SPEAKS,
    sample: () => ({ type: 'vote:cast', voteId: fake(9), ballot: { optionIds: [fake(10)] } }),
  },
  'vote:close': { allow: RUNS, sample: () => ({ type: 'vote:close', voteId: fake(9) }) },
  'vote:reopen': { allow: RUNS, sample: () => ({ type: 'vote:reopen', voteId: fake(9) }) },
  'vote:delete': { allow: RUNS, sample: () => ({ type: 'vote:delete', voteId: fake(9) }) },
  'meeting:set-retention': { allow: RUNS, sample: () => ({ type: 'meeting:set-retention', retentionDays: 30 }) },
  'meeting:set-report-settings': {
    allow: DESK,
    sample: () => ({ type: 'meeting:set-report-settings', settings: { sensitiveTerms: ['Wadi Araba'] } }),
  },
  'meeting:end': { allow: RUNS, sample: () => ({ type: 'meeting:end' }) },
  // Last: everyone who may leaves (the owner is refused by a rule, after the role check).
  'member:leave': { allow: MEMBERS, sample: () => ({ type: 'member:leave' }) },
};

/** A live connection to the meeting: members only, never the removed or outsiders. */
export const SOCKET_ALLOW: readonly ActorName[] = MEMBERS;
