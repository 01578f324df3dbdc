import { HiwarHttp, type MeetingConnection } from '@hiwar/client';
import type { Point } from '@hiwar/protocol';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildMeeting, connect, startServer, type TestServer } from '../../test/harness.js';

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

/**
 * A live meeting on its Chatham House discussion (item 3 of the sample agenda), with a rapporteur and
 * three participants whose names are unique strings that must never end up next to their points.
 */
async function discussion(names = ['Amira', 'Bassel', 'Chadia']) {
  const { http, meeting } = await buildMeeting(server);
  const facilitator = await live(meeting.id, { sessionCookie: http.sessionCookie });
  await facilitator.send({
    type: 'theme:add',
    themes: [
      { name: 'Funding', colour: '#1f6f5c' },
      { name: 'Protection', colour: '#2f5da8' },
    ],
  });
  await facilitator.send({ type: 'meeting:start' });
  const discussionItem = facilitator.state.view?.agenda[2]?.id ?? '';
  await facilitator.send({ type: 'agenda:jump', itemId: discussionItem });
  const joinAs = async (displayName: string) => {
    const guest = new HiwarHttp({ baseUrl: server.baseUrl });
    const joined = await guest.join(meeting.joinCode, { displayName });
    return { ...joined, displayName, connection: await live(meeting.id, { memberToken: joined.memberToken }) };
  };
  const rapporteur = await joinAs('Rapporteur Rana');
  await facilitator.send({ type: 'member:set-role', memberId: rapporteur.memberId, role: 'rapporteur' });
  await rapporteur.connection.waitFor((s) => s.view?.self.role === 'rapporteur');
  const people = [];
  for (const name of names) people.push(await joinAs(name));
  const themes = facilitator.state.view?.meeting.themes ?? [];
  return { http, meeting, facilitator, rapporteur, people, themes, discussionItem };
}

const pointsOf = (c: MeetingConnection) => c.state.view?.points ?? [];
const textsOf = (c: MeetingConnection) => pointsOf(c).map((p) => `${p.text}:${p.status}`);

describe('discussion points', () => {
  it('holds each participant to the facilitator’s cap on points per minute, on the server; the desk is not capped', async () => {
    const { facilitator, rapporteur, people, meeting } = await discussion(['Dina', 'Elias']);
    const [dina, elias] = people as [(typeof people)[0], (typeof people)[0]];
    await facilitator.send({ type: 'points:set-settings', settings: { maxPerMinute: 2 } });
    await dina.connection.waitFor((s) => s.view?.meeting.pointsSettings.maxPerMinute === 2);
    const answers = [];
    for (const text of ['One', 'Two', 'Three']) {
      answers.push(
        await dina.connection.send({ type: 'point:submit', text }).then(
          () => 'ok',
          (err: { code: string }) => err.code,
        ),
      );
    }
    expect(answers).toEqual(['ok', 'ok', 'POINTS_PER_MINUTE_EXCEEDED']);
    // The cap is per person: another participant, and the desk, still send.
    await expect(elias.connection.send({ type: 'point:submit', text: 'Mine' })).resolves.toMatchObject({ ok: true });
    for (const text of ['Captured 1', 'Captured 2', 'Captured 3']) {
      await rapporteur.connection.send({ type: 'point:submit', text });
    }
    const db = new Database(server.databaseFile, { readonly: true });
    const stored = db.prepare('select count(*) as n from points where meeting_id = ?').get(meeting.id) as { n: number };
    db.close();
    expect(stored.n).toBe(2 + 1 + 3);
  });

  it('holds participants’ points for moderation, tells the sender, and publishes for everyone', async () => {
    const { rapporteur, people } = await discussion();
    const [amira, bassel] = people as [(typeof people)[0], (typeof people)[0]];
    const ack = await amira.connection.send({ type: 'point:submit', text: 'Core funding beats projects' });
    expect(ack.point?.status).toBe('pending');
    expect(textsOf(amira.connection)).toEqual(['Core funding beats projects:pending']);
    await rapporteur.connection.waitFor((s) => s.view?.points.length === 1);
    expect(pointsOf(bassel.connection)).toEqual([]);

    const pointId = ack.createdId ?? '';
    await rapporteur.connection.send({ type: 'point:moderate', pointId, status: 'hidden', reason: 'Off topic here' });
    const told = await amira.connection.waitFor((s) => s.view?.points[0]?.status === 'hidden');
    expect(told.view?.points[0]?.reason).toBe('Off topic here');
    await rapporteur.connection.send({ type: 'point:moderate', pointId, status: 'published' });
    await bassel.connection.waitFor((s) => s.view?.points[0]?.text === 'Core funding beats projects');
    expect(pointsOf(bassel.connection)[0]?.status).toBe('published');
    expect(bassel.connection.state.view?.myPointIds).toEqual([]);
    expect(amira.connection.state.view?.myPointIds).toEqual([pointId]);
  });

  it('counts each supporter once, live, and remembers one’s own supports after a reconnect', async () => {
    const { rapporteur, people, meeting } = await discussion();
    const [amira, bassel, chadia] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];
    const { createdId } = await rapporteur.connection.send({ type: 'point:submit', text: 'Funding is too short-term' });
    const pointId = createdId ?? '';
    await amira.connection.send({ type: 'point:support', pointId });
    await bassel.connection.send({ type: 'point:support', pointId });
    await expect(amira.connection.send({ type: 'point:support', pointId })).rejects.toMatchObject({
      code: 'POINT_ALREADY_SUPPORTED',
    });
    await chadia.connection.waitFor((s) => s.view?.points[0]?.supportCount === 2);
    await bassel.connection.send({ type: 'point:withdraw-support', pointId });
    await chadia.connection.waitFor((s) => s.view?.points[0]?.supportCount === 1);
    await expect(bassel.connection.send({ type: 'point:withdraw-support', pointId })).rejects.toMatchObject({
      code: 'POINT_NOT_SUPPORTED',
    });
    amira.connection.close();
    const again = await live(meeting.id, { memberToken: amira.memberToken });
    expect(again.state.view?.mySupportIds).toEqual([pointId]);
    expect(again.state.view?.points[0]?.supportCount).toBe(1);
  });

  it('merges duplicates keeping every supporter once, and keeps the originals', async () => {
    const { rapporteur, people, http, meeting } = await discussion();
    const [amira, bassel, chadia] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];
    const a = (await rapporteur.connection.send({ type: 'point:submit', text: 'Short grants hurt' })).createdId ?? '';
    const b =
      (await rapporteur.connection.send({ type: 'point:submit', text: 'Grants are too short' })).createdId ?? '';
    await amira.connection.send({ type: 'point:support', pointId: a });
    await amira.connection.send({ type: 'point:support', pointId: b });
    await bassel.connection.send({ type: 'point:support', pointId: b });
    await rapporteur.connection.send({ type: 'point:merge', targetId: a, sourceIds: [b] });
    const merged = await chadia.connection.waitFor((s) => s.view?.points.find((p) => p.id === b)?.status === 'merged');
    expect(merged.view?.points.find((p) => p.id === a)?.supportCount).toBe(2);
    const snapshot = await http.getMeeting(meeting.id);
    expect(snapshot.points.map((p) => [p.text, p.status, p.mergedInto])).toEqual([
      ['Short grants hurt', 'published', null],
      ['Grants are too short', 'merged', a],
    ]);
    await expect(bassel.connection.send({ type: 'point:support', pointId: a })).rejects.toMatchObject({
      code: 'POINT_ALREADY_SUPPORTED',
    });
  });

  it('keeps an open moderation log and the history of edits, for the desk only', async () => {
    const { rapporteur, people, http, meeting, themes } = await discussion();
    const [amira] = people as [(typeof people)[0]];
    const pointId = (await amira.connection.send({ type: 'point:submit', text: 'First wording' })).createdId ?? '';
    await rapporteur.connection.send({ type: 'point:moderate', pointId, status: 'pending', reason: 'Checking a name' });
    await rapporteur.connection.send({ type: 'point:edit', pointId, text: 'Second wording' });
    // Retagging keeps the words: it is not an earlier version.
    await rapporteur.connection.send({ type: 'point:edit', pointId, themeIds: [themes[0]?.id ?? ''] });
    await rapporteur.connection.send({ type: 'point:moderate', pointId, status: 'published' });
    const log = await http.moderationLog(meeting.id);
    expect(log.map((e) => [e.status, e.reason])).toEqual([
      ['pending', 'Checking a name'],
      ['published', null],
    ]);
    expect((await http.pointHistory(meeting.id, pointId)).map((r) => r.text)).toEqual(['First wording']);
    const guest = new HiwarHttp({ baseUrl: server.baseUrl, memberToken: amira.memberToken });
    await expect(guest.moderationLog(meeting.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses participants the desk’s actions, and changes nothing', async () => {
    const { rapporteur, people, themes } = await discussion();
    const [amira] = people as [(typeof people)[0]];
    const pointId = (await amira.connection.send({ type: 'point:submit', text: 'Mine' })).createdId ?? '';
    const other = (await rapporteur.connection.send({ type: 'point:submit', text: 'Theirs' })).createdId ?? '';
    const seq = rapporteur.connection.state.view?.meeting.seq;
    const attempts: [() => Promise<unknown>][] = [
      [() => amira.connection.send({ type: 'point:moderate', pointId, status: 'published' })],
      [() => amira.connection.send({ type: 'point:moderate', pointId: other, status: 'hidden' })],
      [() => amira.connection.send({ type: 'point:edit', pointId: other, text: 'Changed' })],
      [() => amira.connection.send({ type: 'point:merge', targetId: other, sourceIds: [pointId] })],
      [() => amira.connection.send({ type: 'point:mark', pointId: other, starred: true })],
      [() => amira.connection.send({ type: 'theme:remove', themeId: themes[0]?.id ?? '' })],
    ];
    for (const [attempt] of attempts) await expect(attempt()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(rapporteur.connection.state.view?.meeting.seq).toBe(seq);
    expect(textsOf(rapporteur.connection)).toEqual(['Mine:pending', 'Theirs:published']);
  });

  it('applies a point sent through a dropping connection exactly once', async () => {
    const { rapporteur, people } = await discussion();
    const [amira] = people as [(typeof people)[0]];
    amira.connection.dropTransport();
    const sent = amira.connection.send({ type: 'point:submit', text: 'Sent while reconnecting' }, 'point-retry-0001');
    const ack = await sent;
    const again = await amira.connection.send(
      { type: 'point:submit', text: 'Sent while reconnecting' },
      'point-retry-0001',
    );
    expect(again).toMatchObject({ duplicate: true, seq: ack.seq });
    // The retry's answer carries the point too, so its sender can follow its moderation.
    expect(again.point?.id).toBe(ack.point?.id);
    await rapporteur.connection.waitFor((s) => (s.view?.points.length ?? 0) >= 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(textsOf(rapporteur.connection)).toEqual(['Sent while reconnecting:pending']);
  });

  it('handles empty, oversized, marked-up and mixed-direction input', async () => {
    const { rapporteur, facilitator } = await discussion();
    const send = (text: string) => rapporteur.connection.send({ type: 'point:submit', text });
    await expect(send('   ')).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(send('x'.repeat(10_000))).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const markup = '<script>alert(1)</script><b onmouseover="x()">bold</b>';
    await send(markup);
    const mixed = 'التمويل الأساسي core funding للمنظمات المحلية';
    await send(mixed);
    await facilitator.send({ type: 'theme:add', themes: [{ name: 'الحماية Protection', colour: '#a83232' }] });
    await rapporteur.connection.waitFor((s) => s.view?.points.length === 2);
    expect(pointsOf(rapporteur.connection).map((p) => p.text)).toEqual([markup, mixed]);
    expect(facilitator.state.view?.meeting.themes.at(-1)?.name).toBe('الحماية Protection');
  });

  it('accepts no points on an off-the-record item and names no source under the Chatham House Rule', async () => {
    const { http, meeting, facilitator, rapporteur, people, discussionItem } = await discussion();
    const [amira] = people as [(typeof people)[0]];
    await facilitator.send({ type: 'queue:give-floor', fromTurnId: null }).catch(() => {});
    await amira.connection.send({ type: 'queue:raise-hand' });
    await facilitator.send({ type: 'queue:give-floor', fromTurnId: null });
    const captured = await rapporteur.connection.send({ type: 'point:submit', text: 'On the floor', fromFloor: true });
    expect(captured.point?.source).toBeNull();
    await facilitator.send({
      type: 'agenda:update-item',
      itemId: discussionItem,
      changes: { confidentiality: 'off-record' },
    });
    await expect(
      rapporteur.connection.send({ type: 'point:submit', text: 'Should not be noted' }),
    ).rejects.toMatchObject({ code: 'POINTS_OFF_RECORD' });
    const onRecord = (await http.getMeeting(meeting.id)).agenda[1]?.id ?? '';
    await facilitator.send({ type: 'agenda:jump', itemId: onRecord });
    const quoted = await rapporteur.connection.send({ type: 'point:submit', text: 'Named', fromFloor: true });
    expect(quoted.point?.source).toEqual({ name: 'Amira', organisation: '' });
    // When that item leaves the record, the source is forgotten everywhere, the event log included.
    await facilitator.send({
      type: 'agenda:update-item',
      itemId: onRecord,
      changes: { confidentiality: 'chatham-house' },
    });
    const named = (await http.getMeeting(meeting.id)).points.find((p) => p.text === 'Named');
    expect(named?.source).toBeNull();
    const db = new Database(server.databaseFile, { readonly: true });
    const rows = JSON.stringify(db.prepare('select * from events where meeting_id = ?').all(meeting.id));
    db.close();
    expect(rows).not.toContain('"name":"Amira"');
  });

  it('retags points when themes merge, and reorders themes', async () => {
    const { rapporteur, facilitator, themes, people } = await discussion();
    const [funding, protection] = themes;
    await rapporteur.connection.send({
      type: 'point:submit',
      text: 'Both',
      themeIds: [funding?.id ?? '', protection?.id ?? ''],
    });
    await facilitator.send({ type: 'theme:merge', sourceId: protection?.id ?? '', targetId: funding?.id ?? '' });
    const after = await people[0]?.connection.waitFor((s) => s.view?.meeting.themes.length === 1);
    expect(after?.view?.points[0]?.themeIds).toEqual([funding?.id]);
  });
});

describe('confidentiality under the Chatham House Rule', () => {
  it('stores, logs and sends no link between a point or a support and the person who made it', async () => {
    const names = ['Zubaida-QX71', 'Yusra-KP58', 'Walid-MT34'];
    const { meeting, facilitator, rapporteur, people } = await discussion(names);
    const observers = [facilitator, rapporteur.connection, ...people.map((p) => p.connection)];
    const payloads: unknown[] = [];
    for (const c of observers) c.subscribe((s) => payloads.push(s.view));

    const pointIds: string[] = [];
    for (const [i, person] of people.entries()) {
      const ack = await person.connection.send({
        type: 'point:submit',
        text: `Secret point number ${i} from the floor`,
      });
      pointIds.push(ack.createdId ?? '');
    }
    for (const id of pointIds)
      await rapporteur.connection.send({ type: 'point:moderate', pointId: id, status: 'published' });
    for (const person of people) {
      for (const id of pointIds) await person.connection.send({ type: 'point:support', pointId: id });
    }
    await rapporteur.connection.send({
      type: 'point:merge',
      targetId: pointIds[0] ?? '',
      sourceIds: [pointIds[1] ?? ''],
    });
    await people[0]?.connection.waitFor((s) => s.view?.points.some((p) => p.status === 'merged') ?? false);

    const identities = people.flatMap((p) => [p.memberId, p.displayName]);
    const leaks = (text: string) => identities.filter((id) => text.includes(id));

    // 1. The database: no row that holds a point, its text, a support or a moderation names a person.
    const db = new Database(server.databaseFile, { readonly: true });
    const tables = (db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map(
      (t) => t.name,
    );
    const hits: string[] = [];
    for (const table of tables) {
      for (const row of db.prepare(`select * from "${table}"`).all() as Record<string, unknown>[]) {
        const text = JSON.stringify(row);
        const aboutPoints = pointIds.some((id) => text.includes(id)) || text.includes('Secret point');
        if (aboutPoints && leaks(text).length > 0) hits.push(`${table}: ${text.slice(0, 160)}`);
      }
    }
    db.close();

    // 2. The logs: no line mentions a point and a person together.
    for (const line of server.logs) {
      if ((pointIds.some((id) => line.includes(id)) || line.includes('Secret point')) && leaks(line).length > 0) {
        hits.push(`log: ${line.slice(0, 160)}`);
      }
    }

    // 3. Every view every client received, the facilitator's included: no point carries a person.
    const pointObjects: Point[] = [];
    for (const view of payloads) {
      const points = (view as { points?: Point[] } | null)?.points ?? [];
      pointObjects.push(...points);
    }
    expect(pointObjects.length).toBeGreaterThan(0);
    for (const point of pointObjects) {
      const found = leaks(JSON.stringify(point));
      if (found.length > 0) hits.push(`payload: ${JSON.stringify(point).slice(0, 160)}`);
    }
    expect(hits).toEqual([]);

    // The planted names are really in the database (so the search could have found them).
    const check = new Database(server.databaseFile, { readonly: true });
    const planted = check
      .prepare('select count(*) as n from members where display_name like ?')
      .get('Zubaida-QX71') as {
      n: number;
    };
    check.close();
    expect(planted.n).toBe(1);
    expect(meeting.id).toBeTruthy();
  });

  it('keeps the desk’s form, addressee and identifying marks across a restart; the report settings reach the desk only', async () => {
    const { meeting, facilitator, rapporteur, people } = await discussion(['Dalia']);
    const [dalia] = people as [(typeof people)[0]];
    const ack = await rapporteur.connection.send({ type: 'point:submit', text: 'Fund the shelters for two years' });
    const pointId = ack.point?.id ?? '';
    await rapporteur.connection.send({
      type: 'point:mark',
      pointId,
      recommendation: true,
      form: 'imperative',
      addressee: 'donors',
      identifying: true,
    });
    await rapporteur.connection.send({
      type: 'meeting:set-report-settings',
      settings: { themeOrder: 'weight', sensitiveTerms: ['Wadi Araba', 'wadi araba', 'Project Nour'] },
    });
    // A participant may not change them, and sees the theme order but none of the terms.
    await expect(
      dalia.connection.send({ type: 'meeting:set-report-settings', settings: { sensitiveTerms: [] } }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // A bad form is refused by the schema and changes nothing.
    await expect(
      rapporteur.connection.send({ type: 'point:mark', pointId, form: 'poem' } as never),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });

    await server.restart();
    const desk = await live(meeting.id, { memberToken: rapporteur.memberToken });
    const seen = await desk.waitFor((s) => (s.view?.points.length ?? 0) >= 1);
    expect(seen.view?.points[0]).toMatchObject({ form: 'imperative', addressee: 'donors', identifying: true });
    // The same term in another case is kept once.
    expect(seen.view?.meeting.reportSettings).toEqual({
      themeOrder: 'weight',
      digits: 'latin',
      sensitiveTerms: ['Wadi Araba', 'Project Nour'],
    });
    const participant = await live(meeting.id, { memberToken: dalia.memberToken });
    const theirs = await participant.waitFor((s) => s.view !== null);
    expect(theirs.view?.meeting.reportSettings).toEqual({ themeOrder: 'weight', digits: 'latin', sensitiveTerms: [] });
    expect(JSON.stringify(theirs.view)).not.toContain('Wadi Araba');
    facilitator.close();
  });
});
