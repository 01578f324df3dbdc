import { HiwarHttp, MeetingConnection } from '@hiwar/client';
import { COMMAND_TYPES, type CommandType } from '@hiwar/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMeeting, buildParticipant, startServer, type TestServer } from '../test/harness.js';
import { figure } from './figures.js';
import { ACTORS, type ActorName, COMMANDS, type Fixture, ROUTES, SOCKET_ALLOW } from './role-table.js';

/**
 * Issue 12, item 3: every HTTP route Fastify registered and every command of the protocol, tried by ten
 * actors (no credential, each role, another meeting's facilitator, a removed participant and a removed
 * rapporteur) against the hand-written table in role-table.ts. A route or command without a row fails.
 */

/** Answers that mean "not you": the only ones counted as refusals. */
const REFUSALS = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'MEMBER_REMOVED',
  'MEMBER_WAITING',
  'MEMBER_TOKEN_EXPIRED',
  'OWNER_ONLY',
]);
/** Answers that say nothing about roles: a sample or the test itself is wrong, so the run fails. */
const INCONCLUSIVE = new Set(['VALIDATION_FAILED', 'RATE_LIMITED', 'INTERNAL', 'ORIGIN_NOT_ALLOWED']);

interface Credential {
  cookie?: string;
  token?: string;
}

let server: TestServer;
let fixture: Fixture;
const credentials: Partial<Record<ActorName, Credential>> = {};
let counter = 0;

beforeAll(async () => {
  server = await startServer();
  const owner = await buildMeeting(server);
  const other = await buildMeeting(server);
  const meetingId = owner.meeting.id;
  credentials.facilitator = { cookie: owner.http.sessionCookie };
  credentials['other-facilitator'] = { cookie: other.http.sessionCookie };
  const roles: [ActorName, 'participant' | 'observer' | 'presenter' | 'rapporteur' | 'co-facilitator'][] = [
    ['participant', 'participant'],
    ['observer', 'observer'],
    ['presenter', 'presenter'],
    ['rapporteur', 'rapporteur'],
    ['co-facilitator', 'co-facilitator'],
    ['removed-participant', 'participant'],
    ['removed-rapporteur', 'rapporteur'],
  ];
  const memberIds: Partial<Record<ActorName, string>> = {};
  for (const [actor, role] of roles) {
    const joined = await buildParticipant(server, owner.meeting.joinCode, actor);
    credentials[actor] = { token: joined.memberToken };
    memberIds[actor] = joined.memberId;
    if (role !== 'participant') {
      const ack = await owner.http.command(meetingId, { type: 'member:set-role', memberId: joined.memberId, role });
      expect(ack.ok).toBe(true);
    }
  }
  const spare = await buildParticipant(server, owner.meeting.joinCode, 'Spare');
  await owner.http.command(meetingId, { type: 'meeting:start' });
  const participant = new HiwarHttp({ baseUrl: server.baseUrl, memberToken: credentials.participant?.token });
  const submitted = await participant.command(meetingId, { type: 'point:submit', text: 'Wells dry up first' });
  if (!submitted.ok || !submitted.createdId) throw new Error('no point');
  for (const actor of ['removed-participant', 'removed-rapporteur'] as const) {
    const memberId = memberIds[actor] as string;
    const ack = await owner.http.command(meetingId, { type: 'member:remove', memberId });
    expect(ack.ok).toBe(true);
  }
  const state = await owner.http.generateReport(meetingId);
  fixture = {
    meetingId,
    joinCode: owner.meeting.joinCode,
    pointId: submitted.createdId,
    spareMemberId: spare.memberId,
    reportDocument: state.report?.document,
    unique: () => `${Date.now().toString(36)}${(counter++).toString(36)}`.padEnd(8, '0'),
  };
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

async function call(actor: ActorName, method: string, path: string, body?: unknown) {
  const credential = credentials[actor] ?? {};
  const headers: Record<string, string> = { origin: server.baseUrl };
  if (credential.cookie) headers.cookie = credential.cookie;
  if (credential.token) headers.authorization = `Bearer ${credential.token}`;
  const sendsBody = method !== 'GET' && method !== 'HEAD';
  if (sendsBody) headers['content-type'] = 'application/json';
  const response = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers,
    body: sendsBody ? JSON.stringify(body ?? {}) : undefined,
  });
  const text = await response.text();
  let code: string | undefined;
  try {
    code = (JSON.parse(text) as { error?: { code?: string } }).error?.code;
  } catch {
    code = undefined;
  }
  return { status: response.status, code };
}

/** allowed / refused, or inconclusive when the answer says nothing about the actor's rights. */
function classify(answer: { status: number; code?: string }): 'allowed' | 'refused' | 'inconclusive' {
  if (answer.code && INCONCLUSIVE.has(answer.code)) return 'inconclusive';
  if (answer.code) return REFUSALS.has(answer.code) ? 'refused' : 'allowed';
  return answer.status === 401 || answer.status === 403 ? 'refused' : 'allowed';
}

interface Outcome {
  what: string;
  actor: ActorName;
  expected: 'allowed' | 'refused';
  got: 'allowed' | 'refused' | 'inconclusive';
  detail: string;
}

const outcomes: Outcome[] = [];
const record = (
  what: string,
  actor: ActorName,
  allow: readonly ActorName[],
  answer: { status: number; code?: string },
) =>
  outcomes.push({
    what,
    actor,
    expected: allow.includes(actor) ? 'allowed' : 'refused',
    got: classify(answer),
    detail: `${answer.status} ${answer.code ?? ''}`.trim(),
  });

describe('role matrix: every route, command and socket against the role table', () => {
  it('has a row for every registered route and every command, and no stale rows', () => {
    const registered = new Set(server.routes().map((r) => `${r.method} ${r.url}`));
    // A HEAD route runs its GET's handler: its row is the GET row of the same URL.
    const keys = new Set([...registered].map((k) => k.replace(/^HEAD /, 'GET ')));
    const missingRoutes = [...keys].filter((k) => !(k in ROUTES));
    const staleRoutes = Object.keys(ROUTES).filter((k) => !keys.has(k));
    const missingCommands = COMMAND_TYPES.filter((t) => !(t in COMMANDS));
    const staleCommands = Object.keys(COMMANDS).filter((t) => !COMMAND_TYPES.includes(t as CommandType));
    figure('role matrix', 'routes without a row', missingRoutes.length);
    if (missingRoutes.length > 0) console.log('routes without a row:', missingRoutes);
    figure('role matrix', 'commands without a row', missingCommands.length);
    expect({ missingRoutes, staleRoutes, missingCommands, staleCommands }).toEqual({
      missingRoutes: [],
      staleRoutes: [],
      missingCommands: [],
      staleCommands: [],
    });
  });

  it('allows exactly what the table allows: 0 wrong allows, 0 wrong refusals', async () => {
    const rows = Object.entries(ROUTES);
    const ordered = [...rows.filter(([, r]) => !r.last), ...rows.filter(([, r]) => r.last)];
    // Routes first (the session-ending ones and deleting the meeting at the very end), then sockets, then commands.
    for (const [key, row] of ordered.filter(([, r]) => !r.last)) {
      const method = key.split(' ')[0] as string;
      for (const actor of ACTORS) {
        record(key, actor, row.allow, await call(actor, method, row.path(fixture), row.body?.(fixture)));
      }
    }
    // Live connections before the commands: the last command (member:leave) takes the members out.
    for (const actor of ACTORS) {
      const credential = credentials[actor] ?? {};
      const connection = new MeetingConnection({
        baseUrl: server.baseUrl,
        meetingId: fixture.meetingId,
        memberToken: credential.token,
        sessionCookie: credential.cookie,
        ackTimeoutMs: 2000,
      });
      const answer = await connection.ready().then(
        () => ({ status: 200 }),
        (err: { code?: string }) => ({ status: 403, code: err.code ?? 'UNAUTHENTICATED' }),
      );
      connection.close();
      record('socket connect', actor, SOCKET_ALLOW, answer);
    }
    // The facilitator goes last, so a command they may apply (a new co-facilitator) leaves the others untouched.
    const actorsInOrder = [...ACTORS.filter((a) => a !== 'facilitator'), 'facilitator' as const];
    for (const [type, row] of Object.entries(COMMANDS)) {
      for (const actor of actorsInOrder) {
        const body = { ...row.sample(fixture), commandId: `matrix-${fixture.unique()}` };
        record(type, actor, row.allow, await call(actor, 'POST', `/api/meetings/${fixture.meetingId}/commands`, body));
      }
    }
    for (const [key, row] of ordered.filter(([, r]) => r.last)) {
      const method = key.split(' ')[0] as string;
      // The owner last here too: deleting the meeting must not turn the others' refusals into "not found".
      for (const actor of actorsInOrder) {
        record(key, actor, row.allow, await call(actor, method, row.path(fixture), row.body?.(fixture)));
      }
    }

    const wrongAllows = outcomes.filter((o) => o.expected === 'refused' && o.got === 'allowed');
    const wrongRefusals = outcomes.filter((o) => o.expected === 'allowed' && o.got === 'refused');
    const inconclusive = outcomes.filter((o) => o.got === 'inconclusive');
    figure('role matrix', 'requests tried', outcomes.length);
    figure('role matrix', 'wrong allows', wrongAllows.length);
    figure('role matrix', 'wrong refusals', wrongRefusals.length);
    figure('role matrix', 'inconclusive answers', inconclusive.length);
    const show = (list: Outcome[]) => list.map((o) => `${o.what} by ${o.actor}: ${o.detail}`);
    expect({
      wrongAllows: show(wrongAllows),
      wrongRefusals: show(wrongRefusals),
      inconclusive: show(inconclusive),
    }).toEqual({ wrongAllows: [], wrongRefusals: [], inconclusive: [] });
  }, 180_000);
});
