import { HiwarHttp } from '@hiwar/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildFacilitator,
  buildMeeting,
  buildParticipant,
  sampleAgenda,
  sampleDetails,
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

describe('meetings over HTTP', () => {
  it('creates a meeting with its agenda and lists it for its facilitator only', async () => {
    const { http, meeting } = await buildMeeting(server);
    expect(meeting.joinCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(meeting.status).toBe('draft');
    const list = await http.listMeetings();
    expect(list.map((m) => [m.id, m.role])).toEqual([[meeting.id, 'facilitator']]);
    const other = await buildFacilitator(server);
    expect(await other.http.listMeetings()).toEqual([]);
    await expect(other.http.getMeeting(meeting.id)).rejects.toMatchObject({ code: 'FORBIDDEN', status: 403 });
    const snapshot = await http.getMeeting(meeting.id);
    expect(snapshot.agenda.map((i) => i.title)).toEqual(sampleAgenda().map((i) => i.title));
  });

  it('refuses a meeting with bad details and names the fields', async () => {
    const { http } = await buildFacilitator(server);
    const bad = { ...sampleDetails(), title: '  ', timeZone: 'Mars/Olympus', videoCallUrl: 'javascript:alert(1)' };
    const error = await http.createMeeting(bad).catch((e) => e);
    expect(error.code).toBe('VALIDATION_FAILED');
    const paths = error.issues.map((i: { path: string }) => i.path).join(' ');
    expect(paths).toContain('title');
    expect(paths).toContain('timeZone');
    expect(paths).toContain('videoCallUrl');
    expect(await http.listMeetings()).toEqual([]);
  });

  it('requires an account to create or list meetings', async () => {
    const anonymous = new HiwarHttp({ baseUrl: server.baseUrl });
    await expect(anonymous.listMeetings()).rejects.toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    await expect(anonymous.createMeeting(sampleDetails())).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('runs the same commands over HTTP, with the same permission check', async () => {
    const { http, meeting } = await buildMeeting(server);
    const guest = await buildParticipant(server, meeting.joinCode, 'Guest');
    await expect(guest.http.command(meeting.id, { type: 'meeting:start' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const ack = await http.command(meeting.id, { type: 'meeting:start' });
    expect(ack).toMatchObject({ ok: true, duplicate: false });
    const seen = await guest.http.getMeeting(meeting.id);
    expect(seen.meeting.status).toBe('live');
    expect(seen.members).toBeNull();
    expect(seen.self.displayName).toBe('Guest');
  });

  it('changes only the fields an update names, and keeps the rest', async () => {
    const { http } = await buildFacilitator(server);
    const meeting = await http.createMeeting(
      sampleDetails({ description: 'Why we meet', videoCallUrl: 'https://meet.example.org/abc' }),
      sampleAgenda(),
    );
    await http.command(meeting.id, { type: 'meeting:update', details: { title: 'Renamed dialogue' } });
    const item = (await http.getMeeting(meeting.id)).agenda[1];
    await http.command(meeting.id, {
      type: 'agenda:update-item',
      itemId: item?.id ?? '',
      changes: { plannedMinutes: 25 },
    });
    const after = await http.getMeeting(meeting.id);
    expect(after.meeting).toMatchObject({
      title: 'Renamed dialogue',
      description: 'Why we meet',
      videoCallUrl: 'https://meet.example.org/abc',
    });
    expect(after.agenda[1]).toMatchObject({ plannedMinutes: 25, presenters: item?.presenters });
    expect(after.agenda[1]?.presenters).toHaveLength(1);
  });

  it('shows the join page only what it needs and lets people in by code, typed loosely', async () => {
    const { meeting } = await buildMeeting(server);
    const anonymous = new HiwarHttp({ baseUrl: server.baseUrl });
    const loose = `${meeting.joinCode.slice(0, 4).toLowerCase()}-${meeting.joinCode.slice(4)}`;
    const info = await anonymous.joinInfo(loose);
    expect(info).toEqual({
      meetingId: meeting.id,
      title: meeting.title,
      hostOrganisation: meeting.hostOrganisation,
      startsAt: meeting.startsAt,
      timeZone: meeting.timeZone,
      format: meeting.format,
      contentLanguage: meeting.contentLanguage,
      status: 'draft',
      locked: false,
      waitingRoom: false,
      balanceCategories: [],
    });
    await expect(anonymous.joinInfo('ZZZZZZZZ')).rejects.toMatchObject({ code: 'JOIN_CODE_NOT_FOUND' });
    await expect(anonymous.join(meeting.joinCode, { displayName: '   ' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    const mixed = await anonymous.join(meeting.joinCode, { displayName: 'ليلى Layla', organisation: 'شبكة Network' });
    expect(mixed.memberToken.length).toBeGreaterThan(30);
  });

  it('does not let anyone join a meeting that has ended', async () => {
    const { http, meeting } = await buildMeeting(server);
    await http.command(meeting.id, { type: 'meeting:start' });
    await http.command(meeting.id, { type: 'meeting:end' });
    // An ended meeting's code answers as if it never existed: no title, host or date for whoever holds it.
    const late = new HiwarHttp({ baseUrl: server.baseUrl });
    await expect(late.join(meeting.joinCode, { displayName: 'Late' })).rejects.toMatchObject({
      code: 'JOIN_CODE_NOT_FOUND',
    });
    await expect(late.joinInfo(meeting.joinCode)).rejects.toMatchObject({ code: 'JOIN_CODE_NOT_FOUND' });
  });
});
