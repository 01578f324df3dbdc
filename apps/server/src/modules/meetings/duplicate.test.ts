import { HiwarHttp } from '@hiwar/client';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildFacilitator,
  buildMeeting,
  buildParticipant,
  startServer,
  type TestServer,
} from '../../../test/harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

/** Words said in the original meeting; none of them may turn up anywhere in the copy's rows. */
const SECRETS = ['Rania Haddad', 'Fund the shelters for three years', 'Which comes first', 'Wadi secret place'];

/** An ended meeting with people, points, supports, a vote with ballots, a queue and a report draft. */
async function usedMeeting() {
  const owner = await buildMeeting(server);
  const { http, meeting } = owner;
  await http.command(meeting.id, {
    type: 'theme:add',
    themes: [
      { name: 'Funding', colour: '#1f6f5c', description: 'Money and its strings' },
      { name: 'الحماية', colour: '#2f5da8' },
    ],
  });
  await http.command(meeting.id, {
    type: 'meeting:set-categories',
    categories: [{ id: 'sector', name: 'Sector', options: [{ id: 'civil', label: 'Civil society' }] }],
  });
  await http.command(meeting.id, {
    type: 'queue:set-settings',
    settings: { policy: 'first-come', allowPriority: false, speakingLimitSeconds: 120 },
  });
  await http.command(meeting.id, {
    type: 'points:set-settings',
    settings: { participantsMaySubmit: false, premoderate: false, maxPerMinute: 3 },
  });
  await http.command(meeting.id, {
    type: 'meeting:set-report-settings',
    settings: { themeOrder: 'weight', digits: 'arabic-indic', sensitiveTerms: ['Wadi secret place'] },
  });
  await http.command(meeting.id, { type: 'meeting:set-lobby', waitingRoom: false });
  await http.command(meeting.id, { type: 'meeting:set-retention', retentionDays: 14 });
  await http.command(meeting.id, { type: 'meeting:start' });
  const guest = await buildParticipant(server, meeting.joinCode, 'Rania Haddad');
  await http.command(meeting.id, { type: 'points:set-settings', settings: { participantsMaySubmit: true } });
  const sent = await guest.http.command(meeting.id, {
    type: 'point:submit',
    text: 'Fund the shelters for three years',
    themeIds: [],
  });
  if (!sent.ok || !('createdId' in sent) || !sent.createdId) throw new Error('the point was not sent');
  await http.command(meeting.id, {
    type: 'point:moderate',
    pointId: sent.createdId,
    status: 'published',
    reason: null,
  });
  await guest.http.command(meeting.id, { type: 'queue:raise-hand', kind: 'new-point' });
  await http.command(meeting.id, {
    type: 'vote:open',
    kind: 'single',
    title: 'Which comes first?',
    options: [{ label: 'Data' }, { label: 'Funding' }],
  });
  await http.command(meeting.id, { type: 'meeting:end' });
  await http.generateReport(meeting.id);
  // The settings as they stand at the end, which the copy must carry.
  await http.command(meeting.id, { type: 'points:set-settings', settings: { participantsMaySubmit: false } });
  return { ...owner, guest };
}

/** Every row of every table that belongs to a meeting, as text, for looking for leaks. */
function rowsOf(meetingId: string): Record<string, string[]> {
  const db = new Database(server.databaseFile, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%meeting_id%'")
      .all() as { name: string }[];
    const found: Record<string, string[]> = {};
    for (const { name } of tables) {
      const rows = db.prepare(`SELECT * FROM "${name}" WHERE meeting_id = ?`).all(meetingId);
      found[name] = rows.map((row) => JSON.stringify(row));
    }
    found.meetings = (db.prepare('SELECT * FROM meetings WHERE id = ?').all(meetingId) as unknown[]).map((row) =>
      JSON.stringify(row),
    );
    return found;
  } finally {
    db.close();
  }
}

/** A raw request with the caller's session, for bodies and ids the typed client would not send. */
async function raw(http: HiwarHttp, method: string, path: string, body?: unknown) {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers: {
      cookie: http.sessionCookie ?? '',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

describe('use a meeting as a template (POST /api/meetings/:id/duplicate)', () => {
  it('copies agenda, themes, categories and settings into a new draft, and nothing said in the meeting', async () => {
    const { http, meeting } = await usedMeeting();
    const before = await http.getMeeting(meeting.id);
    const copy = await http.duplicateMeeting(meeting.id, { title: 'Sahel dialogue (second round)' });

    expect(copy.id).not.toBe(meeting.id);
    expect(copy.joinCode).not.toBe(meeting.joinCode);
    expect(copy).toMatchObject({
      title: 'Sahel dialogue (second round)',
      hostOrganisation: meeting.hostOrganisation,
      startsAt: meeting.startsAt,
      timeZone: meeting.timeZone,
      status: 'draft',
      startedAt: null,
      endedAt: null,
      currentItemId: null,
      queueSettings: { policy: 'first-come', allowPriority: false, speakingLimitSeconds: 120 },
      pointsSettings: { participantsMaySubmit: false, premoderate: false, maxPerMinute: 3 },
      reportSettings: { themeOrder: 'weight', digits: 'arabic-indic', sensitiveTerms: ['Wadi secret place'] },
      balanceCategories: before.meeting.balanceCategories,
      lobby: { locked: false, waitingRoom: false },
    });
    // The same themes under new ids: no point of the original can refer to a theme of the copy.
    expect(copy.themes.map(({ name, colour, description }) => ({ name, colour, description }))).toEqual(
      before.meeting.themes.map(({ name, colour, description }) => ({ name, colour, description })),
    );
    const oldThemeIds = new Set(before.meeting.themes.map((t) => t.id));
    expect(copy.themes.some((t) => oldThemeIds.has(t.id))).toBe(false);

    const snapshot = await http.getMeeting(copy.id);
    expect(snapshot.agenda.map(({ id: _id, ...item }) => item)).toEqual(
      before.agenda.map(({ id: _id, ...item }) => ({ ...item, spentMs: 0 })),
    );
    expect(snapshot.agenda.some((item) => before.agenda.some((old) => old.id === item.id))).toBe(false);
    expect(snapshot.members?.map((m) => [m.role, m.turns, m.floorMs])).toEqual([['facilitator', 0, 0]]);
    expect(snapshot.points).toEqual([]);
    expect(snapshot.votes).toEqual([]);
    expect(snapshot.queue.entries).toEqual([]);
    expect((await http.retention(copy.id)).retentionDays).toBe(14);

    // Straight from the SQLite file: the copy's rows hold nothing that was said, and no people but its owner.
    const rows = rowsOf(copy.id);
    for (const table of ['points', 'point_supports', 'votes', 'queue_entries', 'reports', 'report_versions']) {
      expect(rows[table] ?? [], table).toEqual([]);
    }
    expect(rows.members).toHaveLength(1);
    const everything = Object.values(rows).flat().join('\n');
    for (const secret of SECRETS.slice(0, 3)) expect(everything).not.toContain(secret);
    // The original is untouched.
    const original = rowsOf(meeting.id);
    expect(original.points).toHaveLength(1);
    expect(original.members?.length).toBeGreaterThan(1);

    expect((await http.listMeetings()).map((m) => m.id).sort()).toEqual([meeting.id, copy.id].sort());
  });

  it('keeps the title and date when the body is empty, and takes a new date when given', async () => {
    const { http, meeting } = await buildMeeting(server);
    const same = await http.duplicateMeeting(meeting.id);
    expect(same).toMatchObject({ title: meeting.title, startsAt: meeting.startsAt, status: 'draft' });
    const later = await http.duplicateMeeting(meeting.id, { startsAt: '2027-01-14T14:00' });
    expect(later.startsAt).toBe('2027-01-14T14:00');
    const noBody = await raw(http, 'POST', `/api/meetings/${meeting.id}/duplicate`);
    expect([noBody.status, noBody.body?.error]).toEqual([201, undefined]);
    expect(noBody.body.meeting.title).toBe(meeting.title);
  });

  it('lets only the owner copy: not another facilitator, a participant or someone signed out', async () => {
    const { http, meeting } = await buildMeeting(server);
    const other = await buildFacilitator(server, 'Other');
    await expect(other.http.duplicateMeeting(meeting.id)).rejects.toMatchObject({ code: 'FORBIDDEN', status: 403 });
    const guest = await buildParticipant(server, meeting.joinCode, 'Guest');
    await expect(guest.http.duplicateMeeting(meeting.id)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      status: 401,
    });
    const anonymous = new HiwarHttp({ baseUrl: server.baseUrl });
    await expect(anonymous.duplicateMeeting(meeting.id)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await other.http.listMeetings()).toEqual([]);
    expect(await http.listMeetings()).toHaveLength(1);
  });

  it('refuses bad ids and bodies with clear codes and creates nothing', async () => {
    const { http, meeting } = await buildMeeting(server);
    const path = `/api/meetings/${meeting.id}/duplicate`;
    const cases: [string, string, unknown, number, string][] = [
      ['unknown meeting', '/api/meetings/no-such-meeting/duplicate', {}, 404, 'MEETING_NOT_FOUND'],
      ['overlong id', `/api/meetings/${'x'.repeat(41)}/duplicate`, {}, 400, 'VALIDATION_FAILED'],
      ['blank title', path, { title: '   ' }, 400, 'VALIDATION_FAILED'],
      ['bad date', path, { startsAt: 'next Tuesday' }, 400, 'VALIDATION_FAILED'],
      ['unknown field', path, { joinCode: 'AAAAAAAA' }, 400, 'VALIDATION_FAILED'],
      ['details it may not change', path, { timeZone: 'UTC' }, 400, 'VALIDATION_FAILED'],
      ['not an object', path, ['copy'], 400, 'VALIDATION_FAILED'],
    ];
    for (const [name, url, body, status, code] of cases) {
      const answer = await raw(http, 'POST', url, body);
      expect([name, answer.status, answer.body?.error?.code]).toEqual([name, status, code]);
    }
    expect(await http.listMeetings()).toHaveLength(1);
  });
});

describe('delete a meeting (DELETE /api/meetings/:id), as the dashboard uses it', () => {
  it('lets the owner delete, and nobody else', async () => {
    const { http, meeting } = await buildMeeting(server);
    const other = await buildFacilitator(server, 'Other');
    await expect(other.http.deleteMeeting(meeting.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const guest = await buildParticipant(server, meeting.joinCode, 'Guest');
    await expect(guest.http.deleteMeeting(meeting.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await raw(http, 'DELETE', '/api/meetings/no-such-meeting')).body.error.code).toBe('MEETING_NOT_FOUND');
    expect((await http.listMeetings()).map((m) => m.id)).toEqual([meeting.id]);

    await http.deleteMeeting(meeting.id);
    expect(await http.listMeetings()).toEqual([]);
    await expect(http.getMeeting(meeting.id)).rejects.toMatchObject({ code: 'MEETING_NOT_FOUND' });
    expect(Object.values(rowsOf(meeting.id)).flat()).toEqual([]);
  });

  it('deleting a copy leaves its original as it was', async () => {
    const { http, meeting } = await buildMeeting(server);
    const copy = await http.duplicateMeeting(meeting.id, { title: 'Throwaway copy' });
    await http.deleteMeeting(copy.id);
    const left = await http.getMeeting(meeting.id);
    expect(left.meeting.title).toBe(meeting.title);
    expect(left.agenda).toHaveLength((await http.getMeeting(meeting.id)).agenda.length);
    expect((await http.listMeetings()).map((m) => m.id)).toEqual([meeting.id]);
  });
});
