import { createRequire } from 'node:module';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { MeetingConnection } from '@hiwar/client';
import { PROTOCOL_VERSION } from '@hiwar/protocol';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMeeting, buildParticipant, connect, startServer, type TestServer } from '../test/harness.js';
import { figure } from './figures.js';

/**
 * Issue 12, item 1: one participant floods (20,000 `point:support` with unknown ids and 2,000
 * `point:submit` in about five seconds) while people in another meeting and in the same meeting keep
 * working. The flooder runs in a worker thread, as a remote attacker would, with its own event loop.
 */
const FLOOD = { supports: 20_000, submits: 2_000, seconds: 5 };

/** The attacker: a bare Socket.IO client that never waits for answers and reconnects when thrown out. */
const FLOODER = `
const { parentPort, workerData } = require('node:worker_threads');
const { io } = require(workerData.clientPath);
const { baseUrl, meetingId, memberToken, protocolVersion, supports, submits, seconds } = workerData;
const outcomes = {};
let connections = 0, mutedNotices = 0, sent = 0, pending = 0, refusedReconnects = 0, finished = false;
const count = (key) => { outcomes[key] = (outcomes[key] || 0) + 1; };
const open = () => {
  connections++;
  const socket = io(baseUrl, {
    path: '/socket.io', transports: ['websocket'], reconnection: false, forceNew: true,
    auth: { protocolVersion, meetingId, memberToken },
    extraHeaders: { origin: new URL(baseUrl).origin },
  });
  socket.on('session:muted', () => mutedNotices++);
  socket.on('disconnect', (reason) => { if (reason === 'io server disconnect') current = open(); });
  socket.on('connect_error', (err) => {
    if (err.data && err.data.code === 'MEMBER_MUTED') refusedReconnects++;
    // An attacker tries again at once; each try is refused at the handshake.
    setTimeout(() => { if (!finished) current = open(); }, 100);
  });
  return socket;
};
let current = open();
const total = supports + submits;
// The flood starts when the main thread says so, once this thread has loaded and connected: loading a
// client library is the test's cost, not the server's.
current.once('connect', () => parentPort.postMessage({ ready: true }));
parentPort.once('message', () => flood());
function flood() {
const every = Math.round(total / submits);
const batches = seconds * 20;
const perBatch = Math.ceil(total / batches);
let n = 0;
const timer = setInterval(() => {
  for (let i = 0; i < perBatch && n < total; i++, n++) {
    const command = n % every === 0
      ? { type: 'point:submit', commandId: 'flood-submit-' + n, text: 'Flood point number ' + n }
      : { type: 'point:support', commandId: 'flood-support-' + n, pointId: 'unknown-point-' + String(n).padStart(6, '0') };
    pending++;
    sent++;
    current.emit('meeting:command', command, (ack) => {
      pending--;
      count(ack.ok ? 'applied' : ack.error.code);
    });
  }
  if (n >= total) {
    clearInterval(timer);
    const started = Date.now();
    const wait = setInterval(() => {
      if (pending === 0 || Date.now() - started > 5000) {
        clearInterval(wait);
        finished = true;
        current.close();
        parentPort.postMessage({ outcomes, connections, mutedNotices, refusedReconnects, sent, unanswered: pending });
      }
    }, 50);
  }
}, 50);
}
`;

let server: TestServer;
const open: MeetingConnection[] = [];
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  for (const c of open) c.close();
  await server.stop();
});

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

/** A live meeting with its facilitator connected, and n participants connected. */
async function liveMeeting(names: string[]) {
  const { http, meeting } = await buildMeeting(server);
  const facilitator = await connect(server, meeting.id, { sessionCookie: http.sessionCookie });
  open.push(facilitator);
  await facilitator.send({ type: 'meeting:start' });
  const people = [];
  for (const name of names) {
    const joined = await buildParticipant(server, meeting.joinCode, name);
    const connection = await connect(server, meeting.id, { memberToken: joined.memberToken });
    open.push(connection);
    people.push({ ...joined, connection });
  }
  return { meeting, facilitator, people };
}

/** Raises and lowers a hand at a human pace until stopped; every answer's round trip, in ms. */
async function keepWorking(connection: MeetingConnection, until: () => boolean) {
  const latencies: number[] = [];
  let raised = false;
  while (!until()) {
    const started = performance.now();
    await connection.send(raised ? { type: 'queue:lower-hand' } : { type: 'queue:raise-hand', kind: 'new-point' });
    latencies.push(performance.now() - started);
    raised = !raised;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return latencies;
}

async function keepProbingHealth(until: () => boolean) {
  const latencies: number[] = [];
  while (!until()) {
    const started = performance.now();
    await fetch(`${server.baseUrl}/healthz`).then((r) => r.text());
    latencies.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return latencies;
}

describe('a flooding participant', () => {
  it('is held to the budget, muted and thrown out, while neighbours in both meetings stay fast', async () => {
    const target = await liveMeeting(['Flooder', 'Same-meeting neighbour']);
    const other = await liveMeeting(['Other-meeting neighbour', 'Other-meeting neighbour 2']);
    const [flooder, sameNeighbour] = target.people as [(typeof target.people)[0], (typeof target.people)[0]];
    flooder.connection.close();

    const worker = new Worker(FLOODER, {
      eval: true,
      workerData: {
        clientPath: createRequire(import.meta.url).resolve('socket.io-client'),
        baseUrl: server.baseUrl,
        meetingId: target.meeting.id,
        memberToken: flooder.memberToken,
        protocolVersion: PROTOCOL_VERSION,
        ...FLOOD,
      },
    });
    await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    // Warm up the neighbours' paths, then measure from the first flooded command on.
    for (const c of [other.people[0]?.connection, sameNeighbour.connection]) {
      await c?.send({ type: 'queue:raise-hand', kind: 'new-point' });
      await c?.send({ type: 'queue:lower-hand' });
    }
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const started = Date.now();
    let done = false;
    worker.postMessage('go');
    const report = new Promise<{
      outcomes: Record<string, number>;
      connections: number;
      mutedNotices: number;
      refusedReconnects: number;
      sent: number;
      unanswered: number;
    }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    }).finally(() => {
      done = true;
    });
    const stop = () => done;
    const [flood, otherLatencies, otherLatencies2, sameLatencies, health] = await Promise.all([
      report,
      keepWorking(other.people[0]?.connection as MeetingConnection, stop),
      keepWorking(other.people[1]?.connection as MeetingConnection, stop),
      keepWorking(sameNeighbour.connection, stop),
      keepProbingHealth(stop),
    ]);
    const elapsedMs = Date.now() - started;
    loop.disable();
    await worker.terminate();

    const db = new Database(server.databaseFile, { readonly: true });
    const stored = (
      db
        .prepare("select count(*) as n from points where meeting_id = ? and origin = 'participant'")
        .get(target.meeting.id) as { n: number }
    ).n;
    db.close();

    const { limits } = server.config.commandBudget ?? { limits: undefined };
    if (!limits) throw new Error('the server runs without a command budget');
    const allowed = (kind: 'content' | 'action') =>
      Math.floor(limits[kind].burst + (limits[kind].perSecond * elapsedMs) / 1000);
    const otherP99 = percentile([...otherLatencies, ...otherLatencies2], 99);
    const sameP99 = percentile(sameLatencies, 99);
    const healthP99 = percentile(health, 99);
    const supportsRun = flood.outcomes.POINT_NOT_FOUND ?? 0;

    figure('flood', 'commands sent by the flooder', flood.sent);
    figure('flood', 'flood duration', elapsedMs, 'ms');
    figure('flood', 'answers', JSON.stringify(flood.outcomes));
    figure('flood', 'flooder connection attempts', flood.connections);
    figure('flood', 'flooder reconnects refused while muted', flood.refusedReconnects);
    figure('flood', 'commands never answered (dropped with a closed connection)', flood.unanswered);
    figure('flood', 'points stored from the flood', stored);
    figure('flood', 'points the content budget allows over that time', allowed('content'));
    figure('flood', 'supports that reached the database (POINT_NOT_FOUND)', supportsRun);
    figure('flood', 'supports the action budget allows over that time', allowed('action'));
    figure(
      'flood',
      'server event loop delay p99 (server and test share the thread)',
      (loop.percentile(99) / 1e6).toFixed(1),
      'ms',
    );
    figure(
      'flood',
      'neighbour p50, another meeting',
      percentile([...otherLatencies, ...otherLatencies2], 50).toFixed(1),
      'ms',
    );
    figure('flood', 'neighbour p99, another meeting', otherP99.toFixed(1), 'ms');
    figure('flood', 'neighbour p99, same meeting', sameP99.toFixed(1), 'ms');
    figure('flood', 'GET /healthz p99', healthP99.toFixed(1), 'ms');
    figure(
      'flood',
      'neighbour samples (other, same, healthz)',
      `${otherLatencies.length + otherLatencies2.length}, ${sameLatencies.length}, ${health.length}`,
    );

    // No more than the budget was applied: points stored and commands that reached the database.
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThanOrEqual(allowed('content'));
    expect(supportsRun + (flood.outcomes.applied ?? 0)).toBeLessThanOrEqual(allowed('action') + allowed('content'));
    // The flooder was refused with RATE_LIMITED, then muted, told why, thrown out and kept out.
    expect(flood.outcomes.RATE_LIMITED ?? 0).toBeGreaterThan(0);
    expect(flood.mutedNotices).toBeGreaterThan(0);
    expect(flood.refusedReconnects).toBeGreaterThan(0);
    // The staff were told on the console; the other meeting's staff were not.
    await target.facilitator.waitFor((s) => s.mutedMembers.some((m) => m.memberId === flooder.memberId), 2000);
    expect(other.facilitator.state.mutedMembers).toEqual([]);
    // Neighbours kept working, fast.
    expect(otherLatencies.length + otherLatencies2.length).toBeGreaterThan(20);
    expect(otherP99).toBeLessThan(100);
    expect(sameP99).toBeLessThan(100);
    expect(healthP99).toBeLessThan(100);
  }, 60_000);

  it('a muted member is kept out until the mute ends, told why, then gets back in by itself', async () => {
    // A tiny budget, so one burst mutes at once; the mute is short enough to see it end.
    const small = await startServer({
      env: {
        HIWAR_BUDGET_ACTIONS_BURST: '2',
        HIWAR_BUDGET_ACTIONS_PER_MINUTE: '60',
        HIWAR_FLOOD_REFUSALS: '3',
        HIWAR_FLOOD_MUTE_SECONDS: '2',
      },
    });
    try {
      const { http, meeting } = await buildMeeting(small);
      const facilitator = await connect(small, meeting.id, { sessionCookie: http.sessionCookie });
      await facilitator.send({ type: 'meeting:start' });
      const guest = await buildParticipant(small, meeting.joinCode, 'Quick fingers');
      const connection = await connect(small, meeting.id, { memberToken: guest.memberToken });
      const answers = await Promise.allSettled(
        Array.from({ length: 6 }, () => connection.send({ type: 'queue:raise-hand', kind: 'new-point' })),
      );
      const codes = answers.map((a) => (a.status === 'fulfilled' ? 'ok' : (a.reason as { code: string }).code));
      expect(codes.filter((c) => c === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(3);
      // Thrown out, told why and until when; the staff see who.
      await connection.waitFor((s) => s.mutedUntil !== null && s.status === 'offline', 5000);
      await facilitator.waitFor((s) => s.mutedMembers.length === 1, 2000);
      const mutedAt = Date.now();
      // Back by itself once the mute is over, and may send again.
      await connection.waitFor((s) => s.status === 'online', 10_000);
      expect(Date.now() - mutedAt).toBeGreaterThan(1500);
      await expect(connection.send({ type: 'queue:lower-hand' })).resolves.toMatchObject({ ok: true });
      connection.close();
      facilitator.close();
    } finally {
      await small.stop();
    }
  }, 30_000);

  it('the HTTP command route is held to the same budget, before the database', async () => {
    const small = await startServer({ env: { HIWAR_BUDGET_ACTIONS_BURST: '3', HIWAR_BUDGET_ACTIONS_PER_MINUTE: '6' } });
    try {
      const { http, meeting } = await buildMeeting(small);
      await http.command(meeting.id, { type: 'meeting:start' });
      const guest = await buildParticipant(small, meeting.joinCode, 'Script kiddie');
      const answers = [];
      for (let i = 0; i < 10; i++) {
        answers.push(
          await guest.http.command(meeting.id, { type: 'point:support', pointId: `unknown-point-${1000 + i}` }).then(
            () => 'ok',
            (err: { code: string }) => err.code,
          ),
        );
      }
      figure(
        'flood',
        'HTTP commands answered of 10 (budget 3 at once)',
        answers.filter((a) => a !== 'RATE_LIMITED').length,
      );
      expect(answers).toEqual([...Array(3).fill('POINT_NOT_FOUND'), ...Array(7).fill('RATE_LIMITED')]);
    } finally {
      await small.stop();
    }
  });
});
