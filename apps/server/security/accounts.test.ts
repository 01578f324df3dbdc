import { HiwarHttp } from '@hiwar/client';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, sampleDetails, startServer, type TestServer } from '../test/harness.js';
import { figure } from './figures.js';

/**
 * Issue 12, item 5: password strength, a per-account sign-in throttle, equal work for known and unknown
 * e-mails, a sign-up that does not reveal taken addresses, sessions one can see and end, idle expiry.
 */

const PASSPHRASE = 'correct horse battery';
let server: TestServer;
let n = 0;
const email = (what: string) => `${what}-${Date.now()}-${n++}@example.org`;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

const post = async (path: string, body: unknown, cookie?: string) => {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.baseUrl, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

describe('accounts', () => {
  it('refuses common and patterned passwords on sign-up and on a password change, and takes a passphrase', async () => {
    const weak = ['1234567890', 'aaaaaaaaaa', 'password12', '          '];
    let accepted = 0;
    for (const password of weak) {
      const answer = await post('/api/auth/sign-up', { email: email('weak'), password, name: 'Weak' });
      if (answer.status < 300) accepted += 1;
      else expect(answer.body.error.code).toBe('PASSWORD_TOO_WEAK');
    }
    figure('accounts', 'weak passwords accepted at sign-up (of 4)', accepted);
    expect(accepted).toBe(0);
    const http = new HiwarHttp({ baseUrl: server.baseUrl });
    await http.signUp({ email: email('strong'), password: PASSPHRASE, name: 'Strong' });
    for (const password of weak) {
      await expect(http.changePassword({ currentPassword: PASSPHRASE, newPassword: password })).rejects.toMatchObject({
        code: 'PASSWORD_TOO_WEAK',
      });
    }
    await http.changePassword({ currentPassword: PASSPHRASE, newPassword: 'lantern orchard quietly 9' });
    expect(await http.me()).not.toBeNull();
  });

  it('spends the same work on known and unknown e-mails, and a taken e-mail looks like a fresh sign-up', async () => {
    const known = email('known');
    const owner = new HiwarHttp({ baseUrl: server.baseUrl });
    await owner.signUp({ email: known, password: PASSPHRASE, name: 'Known' });
    const time = async (address: string) => {
      const start = performance.now();
      const answer = await post('/api/auth/sign-in', { email: address, password: 'not the password at all' });
      expect(answer.body.error.code).toBe('INVALID_CREDENTIALS');
      return performance.now() - start;
    };
    const knownTimes: number[] = [];
    const unknownTimes: number[] = [];
    // Four each: the fifth wrong password for one account would start its back-off.
    for (let i = 0; i < 4; i++) {
      knownTimes.push(await time(known));
      unknownTimes.push(await time(email('unknown')));
    }
    const ratio = median(knownTimes) / median(unknownTimes);
    figure('accounts', 'sign-in median, known e-mail', median(knownTimes).toFixed(1), 'ms');
    figure('accounts', 'sign-in median, unknown e-mail', median(unknownTimes).toFixed(1), 'ms');
    figure('accounts', 'known / unknown sign-in time', ratio.toFixed(2));
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);

    const fresh = await post('/api/auth/sign-up', { email: email('fresh'), password: PASSPHRASE, name: 'Someone' });
    const taken = await post('/api/auth/sign-up', {
      email: known,
      password: 'another passphrase for me',
      name: 'Someone',
    });
    const shape = (a: typeof fresh) => ({
      status: a.status,
      keys: Object.keys(a.body.account ?? {}).sort(),
      cookie: /^hiwar_session=[^;]+;/.test(a.headers.get('set-cookie') ?? ''),
    });
    const differs = JSON.stringify(shape(fresh)) !== JSON.stringify(shape(taken));
    figure('accounts', 'sign-up answers that tell a taken e-mail apart', differs ? 1 : 0);
    expect(shape(taken)).toEqual(shape(fresh));
    // The cookie handed out for a taken address opens nothing.
    const decoy = (taken.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const me = await fetch(`${server.baseUrl}/api/auth/me`, { headers: { cookie: decoy } });
    expect(await me.json()).toEqual({ account: null });
  });

  it('slows down guessing one account with a growing wait, even with the right password', async () => {
    const target = email('target');
    await new HiwarHttp({ baseUrl: server.baseUrl }).signUp({ email: target, password: PASSPHRASE, name: 'Target' });
    let throughBeforeWait = 0;
    for (let i = 0; i < 5; i++) {
      const answer = await post('/api/auth/sign-in', { email: target, password: `guess number ${i}` });
      if (answer.body.error.code === 'INVALID_CREDENTIALS') throughBeforeWait += 1;
    }
    const blocked = await post('/api/auth/sign-in', { email: target, password: PASSPHRASE });
    figure('accounts', 'wrong passwords tried before the back-off', throughBeforeWait);
    expect(throughBeforeWait).toBe(5);
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('RATE_LIMITED');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await post('/api/auth/sign-in', { email: target, password: PASSPHRASE })).status).toBe(200);
  });

  it('lists sessions without addresses, ends one, ends all, and ends idle ones', async () => {
    const address = email('sessions');
    const laptop = new HiwarHttp({ baseUrl: server.baseUrl });
    await laptop.signUp({ email: address, password: PASSPHRASE, name: 'Sessions' });
    const phone = new HiwarHttp({ baseUrl: server.baseUrl });
    await phone.signIn({ email: address, password: PASSPHRASE });
    const tablet = new HiwarHttp({ baseUrl: server.baseUrl });
    await tablet.signIn({ email: address, password: PASSPHRASE });
    const list = await laptop.sessions();
    expect(list).toHaveLength(3);
    expect(list.filter((s) => s.current)).toHaveLength(1);
    expect(Object.keys(list[0] ?? {}).sort()).toEqual(['createdAt', 'current', 'id', 'lastUsedAt']);

    const phoneId = (await phone.sessions()).find((s) => s.current)?.id as string;
    await laptop.revokeSession(phoneId);
    expect(await phone.me()).toBeNull();
    expect(await laptop.me()).not.toBeNull();

    // Idle expiry: the tablet has not been used for 15 days.
    const db = new Database(server.databaseFile);
    const columns = (db.prepare('pragma table_info(sessions)').all() as { name: string }[]).map((c) => c.name);
    const old = Date.now() - 15 * 24 * 3600 * 1000;
    const tabletToken = (tablet.sessionCookie ?? '').split('=')[1] as string;
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(tabletToken).digest('base64url');
    const changed = db
      .prepare('update sessions set created_at = ?, last_used_at = ? where token_hash = ?')
      .run(old, old, hash).changes;
    db.close();
    expect(columns).not.toEqual(expect.arrayContaining(['ip', 'ip_address', 'user_agent']));
    expect(changed).toBe(1);
    expect(await tablet.me()).toBeNull();

    const second = new HiwarHttp({ baseUrl: server.baseUrl });
    await second.signIn({ email: address, password: PASSPHRASE });
    // A console left open on the second browser closes with its session.
    const meeting = await second.createMeeting(sampleDetails());
    const console_ = await connect(server, meeting.id, { sessionCookie: second.sessionCookie });
    const { ended } = await laptop.signOutEverywhere();
    await console_.waitFor((state) => state.fatal !== null).catch(() => undefined);
    const stillValid = [await laptop.me(), await second.me()].filter(Boolean).length;
    const openConnections = console_.state.fatal ? 0 : 1;
    console_.close();
    figure('accounts', 'sessions still valid after "sign out everywhere"', stillValid);
    figure('accounts', 'live connections still open after "sign out everywhere"', openConnections);
    expect(ended).toBe(2);
    expect(stillValid).toBe(0);
    expect(openConnections).toBe(0);
  });
});
