import { HiwarHttp } from '@hiwar/client';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../../../test/harness.js';

type ErrorBody = { error: { code: string; issues: { path: string }[] } };

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('accounts and sessions', () => {
  it('signs up with an httpOnly SameSite cookie and stores only a scrypt hash of the password', async () => {
    const response = await post('/api/auth/sign-up', {
      email: 'Nour@Example.org',
      password: 'a long enough secret',
      name: 'Nour',
    });
    expect(response.status).toBe(201);
    const cookie = response.headers.getSetCookie()[0] ?? '';
    expect(cookie).toMatch(/^hiwar_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const token = cookie.split(';')[0]?.split('=')[1] ?? '';
    const db = new Database(server.databaseFile, { readonly: true });
    const account = db.prepare('select email, password_hash from accounts where email = ?').get('nour@example.org') as {
      password_hash: string;
    };
    const sessionRows = db.prepare('select token_hash from sessions').all() as { token_hash: string }[];
    db.close();
    expect(account.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(account.password_hash).not.toContain('a long enough secret');
    expect(sessionRows.length).toBeGreaterThan(0);
    expect(sessionRows.some((r) => r.token_hash === token)).toBe(false);
  });

  it('signs in, says who is signed in, and signs out', async () => {
    const http = new HiwarHttp({ baseUrl: server.baseUrl });
    await http.signUp({ email: 'karim@example.org', password: 'another long secret', name: 'Karim' });
    await http.signOut();
    expect(await http.me()).toBeNull();
    const { account } = await http.signIn({ email: 'KARIM@example.org', password: 'another long secret' });
    expect(account.name).toBe('Karim');
    expect((await http.me())?.email).toBe('karim@example.org');
    await http.signOut();
    expect(await http.me()).toBeNull();
  });

  it('refuses a wrong password and a short password with clear codes; a taken e-mail is not revealed', async () => {
    const http = new HiwarHttp({ baseUrl: server.baseUrl });
    await http.signUp({ email: 'lina@example.org', password: 'lina has a secret', name: 'Lina' });
    await expect(http.signIn({ email: 'lina@example.org', password: 'wrong guess here' })).rejects.toMatchObject({
      code: 'INVALID_CREDENTIALS',
      status: 401,
    });
    // Signing up again answers like a success (issue 12, item 5); only the real owner's password opens anything.
    const again = new HiwarHttp({ baseUrl: server.baseUrl });
    const { account } = await again.signUp({ email: 'lina@example.org', password: 'somebody else trying', name: 'L' });
    expect(account.email).toBe('lina@example.org');
    expect(await again.me()).toBeNull();
    const short = await post('/api/auth/sign-up', { email: 'x@example.org', password: 'short', name: 'X' });
    expect(short.status).toBe(400);
    const body = (await short.json()) as ErrorBody;
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.issues[0]?.path).toContain('password');
  });

  it('answers malformed JSON, unknown fields and oversized bodies with error codes', async () => {
    const malformed = await post('/api/auth/sign-in', '{"email":');
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as ErrorBody).error.code).toBe('VALIDATION_FAILED');
    const unknown = await post('/api/auth/sign-in', { email: 'a@example.org', password: 'x', admin: true });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as ErrorBody).error.issues.length).toBeGreaterThan(0);
    const huge = await post('/api/auth/sign-in', { email: 'a@example.org', password: 'x'.repeat(100_000) });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as ErrorBody).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('keeps IP addresses, cookies and passwords out of the logs', async () => {
    const http = new HiwarHttp({ baseUrl: server.baseUrl });
    await http.signUp({ email: 'logs@example.org', password: 'never in the logs', name: 'Logs' });
    // The server's own listening address is fine; what matters is nothing about the callers.
    const text = server.logs.filter((line) => line.includes('reqId')).join('');
    expect(text).toContain('/api/auth/sign-up');
    expect(text).not.toMatch(/127\.0\.0\.1|remoteAddress|never in the logs/);
    expect(text).not.toContain(http.sessionCookie?.split('=')[1] ?? 'no-cookie');
  });

  it('exposes health, readiness and the OpenAPI document', async () => {
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.baseUrl}/readyz`)).status).toBe(200);
    const doc = (await (await fetch(`${server.baseUrl}/api/docs/json`)).json()) as { paths: object };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/auth/sign-up', '/api/meetings/', '/api/join/{code}']),
    );
  });
});
