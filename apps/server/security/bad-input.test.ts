import type { MeetingConnection } from '@hiwar/client';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMeeting, buildParticipant, connect, startServer, type TestServer } from '../test/harness.js';
import { figure } from './figures.js';

/** Issue 12, item 8: hostile input is answered VALIDATION_FAILED, changes nothing and leaves no stack trace. */
let server: TestServer;
const open: MeetingConnection[] = [];
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  for (const c of open) c.close();
  await server.stop();
});

const deepArray = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const stackTraces = () => server.logs.filter((l) => /RangeError|"stack"|Maximum call stack/.test(l)).length;

async function liveMeetingWithParticipant() {
  const { http, meeting } = await buildMeeting(server);
  const facilitator = await connect(server, meeting.id, { sessionCookie: http.sessionCookie });
  open.push(facilitator);
  await facilitator.send({ type: 'meeting:start' });
  const guest = await buildParticipant(server, meeting.joinCode, 'Tester');
  const connection = await connect(server, meeting.id, { memberToken: guest.memberToken });
  open.push(connection);
  return { http, meeting, facilitator, connection, guest };
}

/**
 * Sends a raw Socket.IO event packet with ack id `id` (the JSON text written by hand, as an attacker would:
 * no client library can even serialise 20,000 levels) and resolves with the server's answer.
 */
function rawCommand(connection: MeetingConnection, payloadJson: string, id: number): Promise<unknown> {
  const engine = (
    connection as unknown as {
      socket: {
        io: {
          engine: {
            write: (data: string) => void;
            on: (e: string, f: (d: string) => void) => void;
            off: (e: string, f: (d: string) => void) => void;
          };
        };
      };
    }
  ).socket.io.engine;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no answer')), 5000);
    const onData = (data: string) => {
      const prefix = `3${id}`;
      if (typeof data !== 'string' || !data.startsWith(prefix)) return;
      clearTimeout(timer);
      engine.off('message', onData);
      resolve((JSON.parse(data.slice(prefix.length)) as unknown[])[0]);
    };
    engine.on('message', onData);
    engine.write(`2${id}["meeting:command",${payloadJson}]`);
  });
}

const countRows = (sql: string, ...params: unknown[]) => {
  const db = new Database(server.databaseFile, { readonly: true });
  try {
    return (db.prepare(sql).get(...params) as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('bad input', () => {
  it('a payload nested 20,000 levels deep answers VALIDATION_FAILED, socket and HTTP, with no stack trace', async () => {
    const { http, meeting, connection } = await liveMeetingWithParticipant();
    const tracesBefore = stackTraces();
    const answers = [
      await rawCommand(connection, deepArray(20_000), 901),
      await rawCommand(connection, deepObject(20_000), 902),
      await rawCommand(connection, `{"type":"point:submit","commandId":"deep-0001","text":${deepArray(20_000)}}`, 903),
    ];
    for (const answer of answers) expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    // Still connected and working.
    await expect(connection.send({ type: 'queue:raise-hand', kind: 'new-point' })).resolves.toMatchObject({ ok: true });

    const httpAnswers = [];
    for (const [path, body, cookie] of [
      // Within the 64 KiB body limit (a deeper one is PAYLOAD_TOO_LARGE before anything else).
      [`/api/join/${meeting.joinCode}`, `{"displayName":${deepArray(20_000)}}`, undefined],
      ['/api/meetings', `{"details":${deepArray(20_000)}}`, http.sessionCookie],
      [`/api/meetings/${meeting.id}/commands`, deepObject(10_000), http.sessionCookie],
    ] as const) {
      const response = await fetch(`${server.baseUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body,
      });
      httpAnswers.push({
        status: response.status,
        code: ((await response.json()) as { error: { code: string } }).error.code,
      });
    }
    expect(httpAnswers).toEqual(Array(3).fill({ status: 400, code: 'VALIDATION_FAILED' }));
    const traces = stackTraces() - tracesBefore;
    figure('bad input', 'stack traces logged for 6 deeply nested payloads', traces);
    expect(traces).toBe(0);
  });

  it('objects with __proto__, constructor or prototype keys are refused, not stripped, and change nothing', async () => {
    const { meeting, connection, facilitator } = await liveMeetingWithParticipant();
    await facilitator.send({
      type: 'vote:open',
      kind: 'dots',
      title: 'Priorities',
      options: [{ label: 'A' }, { label: 'B' }],
    });
    const vote = (await facilitator.waitFor((s) => (s.view?.votes.length ?? 0) > 0)).view?.votes[0];
    if (!vote) throw new Error('no vote');
    const option = vote.options[0]?.id;
    // Each of these passes the schemas when the key is dropped or kept as data: only the key check stops them.
    const socketCases = [
      `{"type":"vote:cast","commandId":"proto-cast-0001","voteId":"${vote.id}","ballot":{"dots":{"__proto__":1,"${option}":1}}}`,
      `{"type":"vote:cast","commandId":"proto-cast-0002","voteId":"${vote.id}","ballot":{"dots":{"${option}":1},"__proto__":{"dots":{}}}}`,
      `{"type":"member:set-categories","commandId":"proto-cats-0001","categories":{"constructor":"civil-society"}}`,
      `{"type":"member:set-categories","commandId":"proto-cats-0002","categories":{"prototype":"civil-society"}}`,
      `{"type":"point:submit","commandId":"proto-point-0001","text":"Poisoned point","__proto__":{"fromFloor":true}}`,
    ];
    const answers = [];
    for (const [i, json] of socketCases.entries()) answers.push(await rawCommand(connection, json, 920 + i));
    const httpCases = [
      '{"displayName":"Proto","__proto__":{"organisation":"Injected"}}',
      '{"displayName":"Proto","categories":{"constructor":"government"}}',
      '{"displayName":"Proto","categories":{"prototype":"government"}}',
    ];
    for (const body of httpCases) {
      const response = await fetch(`${server.baseUrl}/api/join/${meeting.joinCode}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      answers.push({ status: response.status, ...((await response.json()) as object) });
    }
    const refused = answers.filter((a) => (a as { error?: { code: string } }).error?.code === 'VALIDATION_FAILED');
    const ballots = countRows('select count(*) as n from ballots where vote_id = ?', vote.id);
    const stored = countRows('select count(*) as n from points where meeting_id = ?', meeting.id);
    const joined = countRows(
      "select count(*) as n from members where meeting_id = ? and display_name = 'Proto'",
      meeting.id,
    );
    figure('bad input', `prototype-key payloads refused (of ${answers.length})`, refused.length);
    figure('bad input', 'prototype-key payloads that changed something', ballots + stored + joined);
    expect(refused.length).toBe(answers.length);
    expect(ballots + stored + joined).toBe(0);
  });

  it('text of invisible characters only is refused; bidi controls are removed from what is stored', async () => {
    const { meeting, connection, facilitator } = await liveMeetingWithParticipant();
    const invisible = ['\u200B', '\u200C\u200D', '\u2060', '\uFEFF', ' \u200B\t', '\u202E\u200F'];
    const accepted: string[] = [];
    for (const text of invisible) {
      await connection.send({ type: 'point:submit', text }).then(
        () => accepted.push(JSON.stringify(text)),
        (err: { code: string }) => expect(err.code).toBe('VALIDATION_FAILED'),
      );
    }
    const names = await Promise.allSettled(invisible.map((name) => buildParticipant(server, meeting.joinCode, name)));
    const namesAccepted = names.filter((r) => r.status === 'fulfilled').length;
    await expect(
      facilitator.send({
        type: 'vote:open',
        kind: 'single',
        title: '\u200B',
        options: [{ label: 'A' }, { label: 'B' }],
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });

    // Trojan-source text: the override is removed before anything is stored, in the point and in a name.
    await connection.send({ type: 'point:submit', text: 'Fund \u202Eyticapac\u202C local groups \u2066first\u2069' });
    await buildParticipant(server, meeting.joinCode, 'Omar \u202Egpj.exe');
    const db = new Database(server.databaseFile, { readonly: true });
    const texts = db.prepare('select text from points where meeting_id = ?').all(meeting.id) as { text: string }[];
    const memberNames = db.prepare('select display_name as name from members where meeting_id = ?').all(meeting.id) as {
      name: string;
    }[];
    db.close();
    const bidi = /[\u202A-\u202E\u2066-\u2069]/;
    const storedWithBidi = [...texts.map((t) => t.text), ...memberNames.map((m) => m.name)].filter((t) => bidi.test(t));
    figure('bad input', 'invisible-only texts accepted (points, names)', accepted.length + namesAccepted);
    figure('bad input', 'stored texts with bidi controls', storedWithBidi.length);
    expect(accepted).toEqual([]);
    expect(namesAccepted).toBe(0);
    expect(texts.map((t) => t.text)).toEqual(['Fund yticapac local groups first']);
    expect(memberNames.map((m) => m.name)).toContain('Omar gpj.exe');
    expect(storedWithBidi).toEqual([]);
  });

  it('an ended meeting’s join code answers nothing, exactly like an unknown code', async () => {
    const { http, meeting } = await buildMeeting(server);
    await http.command(meeting.id, { type: 'meeting:start' });
    await http.command(meeting.id, { type: 'meeting:end' });
    const answers = [];
    for (const method of ['GET', 'POST']) {
      const response = await fetch(`${server.baseUrl}/api/join/${meeting.joinCode}`, {
        method,
        ...(method === 'POST'
          ? { headers: { 'content-type': 'application/json' }, body: '{"displayName":"Late"}' }
          : {}),
      });
      const text = await response.text();
      answers.push({ status: response.status, code: (JSON.parse(text) as { error: { code: string } }).error.code });
      expect(text).not.toContain(meeting.title);
      expect(text).not.toContain(meeting.hostOrganisation);
    }
    expect(answers).toEqual(Array(2).fill({ status: 404, code: 'JOIN_CODE_NOT_FOUND' }));
  });
});
