import { HiwarHttp } from '@hiwar/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type TestServer } from '../../test/harness.js';
import { DEMO_ACCOUNT } from './demo-meeting.js';
import { SIMULATION_TITLE, simulate } from './simulate.js';

const DEMO_PASSWORD = 'a demo password for the bots';
let server: TestServer;
let facilitator: HiwarHttp;
beforeAll(async () => {
  server = await startServer();
  // What the seed does for `npm start`: the demo facilitator's account.
  facilitator = new HiwarHttp({ baseUrl: server.baseUrl });
  await facilitator.signUp({ email: DEMO_ACCOUNT.email, password: DEMO_PASSWORD, name: DEMO_ACCOUNT.name });
});
afterAll(async () => {
  await server.stop();
});

/** A small repeatable source of randomness (mulberry32), so a failing run can be replayed. */
function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

it('runs bots through a live meeting: joins, turns, published points, supports and a closed dot vote', async () => {
  const lines: string[] = [];
  const result = await simulate({
    baseUrl: server.baseUrl,
    password: DEMO_PASSWORD,
    bots: 4,
    speed: 200,
    steps: 20,
    random: seeded(7),
    log: (line) => lines.push(line),
  });
  expect(result.aborted).toBe(false);
  expect(lines.some((l) => l.includes(`${server.baseUrl}/meetings/${result.meetingId}/live`))).toBe(true);

  const snapshot = await facilitator.getMeeting(result.meetingId);
  expect(snapshot.meeting.title).toBe(SIMULATION_TITLE);
  expect(snapshot.meeting.status).toBe('live');
  const members = snapshot.members ?? [];
  expect(members.filter((m) => m.role === 'participant')).toHaveLength(4);
  expect(members.filter((m) => m.role === 'rapporteur')).toHaveLength(1);
  expect(members.reduce((sum, m) => sum + m.turns, 0)).toBeGreaterThan(0);
  const published = snapshot.points.filter((p) => p.status === 'published');
  expect(published.length).toBeGreaterThanOrEqual(2);
  expect(published.every((p) => p.themeIds.length > 0)).toBe(true);
  expect(snapshot.points.filter((p) => p.status === 'pending')).toEqual([]);
  const [vote] = snapshot.votes;
  expect(vote?.status).toBe('closed');
  expect(vote?.results?.ballots).toBe(4);
  expect(vote?.options.length).toBeGreaterThanOrEqual(2);
  // The bots left tidily: nobody speaks and no bot hand is still up.
  expect(snapshot.queue.floor).toBeNull();
  expect(snapshot.queue.entries).toEqual([]);

  // A second run reuses the live meeting, with bots under names not taken yet.
  const again = await simulate({
    baseUrl: server.baseUrl,
    password: DEMO_PASSWORD,
    bots: 2,
    speed: 200,
    steps: 4,
    random: seeded(8),
    log: () => {},
  });
  expect(again.meetingId).toBe(result.meetingId);
  const after = await facilitator.getMeeting(result.meetingId);
  const names = (after.members ?? []).map((m) => m.displayName);
  expect(new Set(names).size).toBe(names.length);
  expect(after.votes.filter((v) => v.status === 'closed')).toHaveLength(2);
});

it('stops cleanly when aborted: turn ended, hands lowered, the open vote closed', async () => {
  const controller = new AbortController();
  const lines: string[] = [];
  const running = simulate({
    baseUrl: server.baseUrl,
    password: DEMO_PASSWORD,
    bots: 3,
    speed: 50,
    steps: 1000,
    random: seeded(3),
    signal: controller.signal,
    log: (line) => lines.push(line),
  });
  // Abort in the middle of the discussion, once someone has the floor.
  await expect.poll(() => lines.some((l) => l.includes('The floor goes to')), { timeout: 10_000 }).toBe(true);
  controller.abort();
  const result = await running;
  expect(result.aborted).toBe(true);
  const snapshot = await facilitator.getMeeting(result.meetingId);
  expect(snapshot.queue.floor).toBeNull();
  expect(snapshot.queue.entries).toEqual([]);
  expect(snapshot.votes.every((v) => v.status === 'closed')).toBe(true);
});
