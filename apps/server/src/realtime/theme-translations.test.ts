import type { MeetingConnection } from '@hiwar/client';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildMeeting, buildParticipant, connect, startServer, type TestServer } from '../../test/harness.js';

let server: TestServer;
const open: MeetingConnection[] = [];
beforeAll(async () => {
  server = await startServer();
});
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});
afterAll(async () => {
  await server.stop();
});

const live = async (meetingId: string, credential: { memberToken?: string; sessionCookie?: string }) => {
  const c = await connect(server, meetingId, credential);
  open.push(c);
  return c;
};

describe('translated theme and category names', () => {
  it('reach every participant, survive a restart, and refuse malformed translations without a change', async () => {
    const { http, meeting } = await buildMeeting(server);
    const facilitator = await live(meeting.id, { sessionCookie: http.sessionCookie });
    await facilitator.send({
      type: 'theme:add',
      themes: [{ name: 'Funding', colour: '#2a8170', translations: { ar: ' التمويل ', fr: 'Financement' } }],
    });
    await facilitator.send({
      type: 'meeting:set-categories',
      categories: [
        {
          id: 'sector',
          name: 'Sector',
          translations: { ar: 'القطاع' },
          options: [{ id: 'donor', label: 'Donor', translations: { ar: 'الجهات المانحة' } }],
        },
      ],
    });
    const guest = await buildParticipant(server, meeting.joinCode, 'Salma');
    const participant = await live(meeting.id, { memberToken: guest.memberToken });
    const seen = participant.state.view?.meeting;
    expect(seen?.themes[0]?.translations).toEqual({ ar: 'التمويل', fr: 'Financement' });
    expect(seen?.balanceCategories[0]?.translations).toEqual({ ar: 'القطاع' });
    expect(seen?.balanceCategories[0]?.options[0]?.translations).toEqual({ ar: 'الجهات المانحة' });

    const themeId = seen?.themes[0]?.id ?? '';
    for (const translations of [{ de: 'Finanzierung' }, { ar: '   ' }, { fr: 'x'.repeat(81) }]) {
      await expect(
        facilitator.send({ type: 'theme:update', themeId, changes: { translations } as never }),
      ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    }
    expect(facilitator.state.view?.meeting.themes[0]?.translations).toEqual({ ar: 'التمويل', fr: 'Financement' });
    await facilitator.send({ type: 'theme:update', themeId, changes: { translations: { sv: 'Finansiering' } } });
    await participant.waitFor((s) => s.view?.meeting.themes[0]?.translations?.sv === 'Finansiering');

    await server.restart();
    const reloaded = await http.getMeeting(meeting.id);
    expect(reloaded.meeting.themes[0]).toMatchObject({ name: 'Funding', translations: { sv: 'Finansiering' } });
    expect(reloaded.meeting.themes[0]?.translations).not.toHaveProperty('ar');
  });

  it('loads themes and categories stored before translations existed', async () => {
    const { http, meeting } = await buildMeeting(server);
    const db = new Database(server.databaseFile);
    db.prepare('update meetings set themes = ?, balance_categories = ? where id = ?').run(
      JSON.stringify([{ id: 'theme-old-0001', name: 'Protection', description: '', colour: '#2f5da8' }]),
      JSON.stringify([{ id: 'region', name: 'Region', options: [{ id: 'mena', label: 'MENA' }] }]),
      meeting.id,
    );
    db.close();
    await server.restart();
    const loaded = await http.getMeeting(meeting.id);
    expect(loaded.meeting.themes).toEqual([
      { id: 'theme-old-0001', name: 'Protection', description: '', colour: '#2f5da8' },
    ]);
    expect(loaded.meeting.balanceCategories[0]?.options[0]).toEqual({ id: 'mena', label: 'MENA' });
    const facilitator = await live(meeting.id, { sessionCookie: http.sessionCookie });
    await facilitator.send({
      type: 'theme:update',
      themeId: 'theme-old-0001',
      changes: { translations: { ar: 'الحماية' } },
    });
    expect(facilitator.state.view?.meeting.themes[0]?.translations).toEqual({ ar: 'الحماية' });
  });
});
