import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, newJoinCode } from '../src/lib/ids.js';
import { buildMeeting, startServer, type TestServer } from '../test/harness.js';
import { figure } from './figures.js';

/**
 * Issue 12, item 9: a crowd behind one address (a venue's Wi-Fi) all get in during the first minute, while
 * guessing join codes stays hopeless. Figures come from the configuration the server actually runs with.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

/** One request from a chosen local address (127.0.0.x), so tests can play several addresses. */
function request(method: string, path: string, body?: unknown, localAddress = '127.0.0.1') {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const url = new URL(path, server.baseUrl);
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      {
        host: '127.0.0.1',
        port: url.port,
        path: url.pathname,
        method,
        localAddress,
        headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {},
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** Runs tasks with at most `width` at once, like a crowd arriving over a few seconds. */
async function inParallel<T>(count: number, width: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await task(i);
      }
    }),
  );
  return results;
}

describe('joins at a venue', () => {
  it('keeps code guessing hopeless: expected successful guesses per day per live meeting under 1e-4', () => {
    const limits = server.config.joinLimits;
    if (!limits) throw new Error('the server runs without join limits');
    const codes = JOIN_CODE_ALPHABET.length ** JOIN_CODE_LENGTH;
    const perDay = (bucket: { burst: number; perSecond: number }) => bucket.burst + bucket.perSecond * 86_400;
    const fromOneAddress = perDay(limits.failuresPerAddress) / codes;
    const fromEverywhere = perDay(limits.failuresTotal) / codes;
    figure('joins', 'join codes possible', codes.toExponential(3));
    figure('joins', 'failed lookups a day, one address', perDay(limits.failuresPerAddress));
    figure('joins', 'failed lookups a day, all addresses together', perDay(limits.failuresTotal));
    figure(
      'joins',
      'expected successful guesses per day per live meeting, one address',
      fromOneAddress.toExponential(2),
    );
    figure(
      'joins',
      'expected successful guesses per day per live meeting, any number of addresses',
      fromEverywhere.toExponential(2),
    );
    expect(fromEverywhere).toBeLessThan(1e-4);
  });

  it('500 people behind one address all join in the first minute; a guessing burst from it is held back', async () => {
    const { meeting } = await buildMeeting(server);
    const started = Date.now();
    const crowd = await inParallel(500, 10, async (i) => {
      const page = await request('GET', `/api/join/${meeting.joinCode}`);
      const joined = await request('POST', `/api/join/${meeting.joinCode}`, { displayName: `Guest ${i + 1}` });
      return page.status === 200 && joined.status === 201;
    });
    const seconds = (Date.now() - started) / 1000;
    const joined = crowd.filter(Boolean).length;
    figure('joins', 'people joined from one address', `${joined} of 500 in ${seconds.toFixed(1)} s`);
    expect(joined).toBe(500);
    expect(seconds).toBeLessThan(60);

    // The same address now guesses: a few misses are answered, then everything is held back.
    const guesses = await inParallel(200, 10, () => request('GET', `/api/join/${newJoinCode()}`));
    const answered = guesses.filter((g) => g.status === 404).length;
    const heldBack = guesses.filter((g) => g.status === 429).length;
    figure('joins', 'guesses answered of 200 from one address', answered);
    figure('joins', 'guesses refused (RATE_LIMITED) of 200', heldBack);
    const limits = server.config.joinLimits;
    expect(answered).toBeLessThanOrEqual((limits?.failuresPerAddress.burst ?? 0) + 1);
    expect(heldBack).toBe(200 - answered);
    expect(JSON.parse(guesses.find((g) => g.status === 429)?.text ?? '{}')).toMatchObject({
      error: { code: 'RATE_LIMITED', retryAfterMs: expect.any(Number) },
    });
    // A held-back guesser learns nothing, not even that a real code is real.
    expect((await request('GET', `/api/join/${meeting.joinCode}`)).status).toBe(429);
    // Another address (someone else at the venue on another network) is not affected.
    expect((await request('GET', `/api/join/${meeting.joinCode}`, undefined, '127.0.0.2')).status).toBe(200);
  }, 120_000);
});
