import { HiwarHttp } from '@hiwar/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMeeting, startServer, type TestServer } from '../test/harness.js';
import { figure } from './figures.js';

/**
 * Issue 12, item 6: no state-changing HTTP route acts on a request from another site. What a page on
 * evil.example can send with the visitor's cookie, without asking: a form or text/plain post, with
 * Origin: https://evil.example (or, in older browsers, only Sec-Fetch-Site: cross-site).
 */
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

const EVIL = 'https://evil.example';
const crossSite = (cookie: string | undefined, extra: Record<string, string> = {}) => ({
  origin: EVIL,
  'sec-fetch-site': 'cross-site',
  'content-type': 'text/plain;charset=UTF-8',
  ...(cookie ? { cookie } : {}),
  ...extra,
});

async function post(path: string, headers: Record<string, string>, body?: string, method = 'POST') {
  const response = await fetch(`${server.baseUrl}${path}`, { method, headers, body });
  const text = await response.text();
  return {
    status: response.status,
    code: text ? (JSON.parse(text) as { error?: { code: string } }).error?.code : undefined,
  };
}

/** A meeting with a report draft whose presenter paragraph would get a review link. */
async function meetingWithDraft() {
  const built = await buildMeeting(server);
  await built.http.generateReport(built.meeting.id);
  return built;
}

describe('cross-site requests', () => {
  it('a cross-site text/plain post to report reviews is refused and creates no review link', async () => {
    const { http, meeting } = await meetingWithDraft();
    const path = `/api/meetings/${meeting.id}/report/reviews`;
    const answers = [
      await post(path, crossSite(http.sessionCookie), '{"x":1}'),
      await post(path, crossSite(http.sessionCookie, { 'content-type': 'application/x-www-form-urlencoded' }), 'a=1'),
      // An older browser sends no Origin on a form post, but does say cross-site.
      await post(path, { 'sec-fetch-site': 'cross-site', cookie: http.sessionCookie ?? '' }),
      await post(
        path,
        crossSite(http.sessionCookie, { 'sec-fetch-site': 'same-site', origin: 'https://app.evil.example' }),
      ),
    ];
    expect(answers).toEqual(Array(4).fill({ status: 403, code: 'ORIGIN_NOT_ALLOWED' }));
    expect((await http.reportState(meeting.id)).reviews).toEqual([]);
  });

  it('a same-origin post that is not JSON is refused too (forms and text/plain are never read)', async () => {
    const { http, meeting } = await meetingWithDraft();
    const path = `/api/meetings/${meeting.id}/report/reviews`;
    const sameOrigin = { origin: server.baseUrl, 'sec-fetch-site': 'same-origin', cookie: http.sessionCookie ?? '' };
    expect(await post(path, { ...sameOrigin, 'content-type': 'text/plain' }, '{}')).toEqual({
      status: 415,
      code: 'JSON_REQUIRED',
    });
    expect(await post(path, { ...sameOrigin, 'content-type': 'application/x-www-form-urlencoded' }, 'a=1')).toEqual({
      status: 415,
      code: 'JSON_REQUIRED',
    });
    expect(await post(path, { ...sameOrigin, 'content-type': 'multipart/form-data; boundary=x' }, '--x--')).toEqual({
      status: 415,
      code: 'JSON_REQUIRED',
    });
    expect((await http.reportState(meeting.id)).reviews).toEqual([]);
    // The web app (same origin, JSON or no body) still works.
    expect(await post(path, sameOrigin)).toMatchObject({ status: 200 });
    expect((await http.reportState(meeting.id)).reviews.length).toBeGreaterThan(0);
  });

  it('a cross-site post to sign-out is refused and the session stays; the same-origin one signs out', async () => {
    const { http } = await buildMeeting(server);
    expect(await post('/api/auth/sign-out', crossSite(http.sessionCookie), '')).toEqual({
      status: 403,
      code: 'ORIGIN_NOT_ALLOWED',
    });
    expect(await http.me()).not.toBeNull();
    const sameOrigin = { origin: server.baseUrl, 'sec-fetch-site': 'same-origin', cookie: http.sessionCookie ?? '' };
    expect(await post('/api/auth/sign-out', { ...sameOrigin, 'content-type': 'application/json' }, '{}')).toMatchObject(
      {
        status: 200,
      },
    );
    expect(await http.me()).toBeNull();
  });

  it('non-browser clients (no Origin, no Sec-Fetch-Site) keep working: the typed client signs in, creates, joins', async () => {
    const { http, meeting } = await buildMeeting(server);
    const guest = new HiwarHttp({ baseUrl: server.baseUrl });
    await guest.join(meeting.joinCode, { displayName: 'Script' });
    await http.command(meeting.id, { type: 'meeting:start' });
    expect((await http.listMeetings()).length).toBe(1);
  });

  it('every state-changing route in the API refuses a cross-site request before it runs', async () => {
    const { http } = await buildMeeting(server);
    const spec = (await (await fetch(`${server.baseUrl}/api/docs/json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const routes = Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.keys(methods)
        .map((m) => m.toUpperCase())
        .filter((m) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(m))
        .map((method) => ({ method, path: path.replace(/\{[^}]+\}/g, 'abcdefgh12') })),
    );
    const actedOn: string[] = [];
    for (const route of routes) {
      const answer = await post(route.path, crossSite(http.sessionCookie), '{}', route.method);
      if (answer.status !== 403 || answer.code !== 'ORIGIN_NOT_ALLOWED') actedOn.push(`${route.method} ${route.path}`);
    }
    figure('cross-site', 'state-changing routes tried', routes.length);
    figure('cross-site', 'routes that did not refuse a cross-site post', actedOn.length);
    expect(routes.length).toBeGreaterThan(10);
    expect(actedOn).toEqual([]);
  });
});
