import { HiwarHttp, type MeetingConnection } from '@hiwar/client';
import type { ReportDocument, ReportState, ReviewPage } from '@hiwar/protocol';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildMeeting, connect, startServer, type TestServer } from '../../../test/harness.js';

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

interface Answer<T> {
  status: number;
  headers: Headers;
  body: T;
  bytes: Uint8Array;
}

/** A raw HTTP call with a person's credential, so status codes and headers can be checked. */
async function call<T = ReportState>(
  who: { cookie?: string; memberToken?: string } | null,
  method: string,
  path: string,
  body?: unknown,
): Promise<Answer<T>> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (who?.cookie) headers.cookie = who.cookie;
  if (who?.memberToken) headers.authorization = `Bearer ${who.memberToken}`;
  const response = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  let parsed: unknown = text;
  if ((response.headers.get('content-type') ?? '').includes('application/json') && text) parsed = JSON.parse(text);
  return { status: response.status, headers: response.headers, body: parsed as T, bytes };
}

const must = <T>(value: T | null | undefined): T => {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
};

const textOfDoc = (doc: ReportDocument) => JSON.stringify(doc.sections);

/**
 * A meeting with an on-the-record presentation by Amal Nasser and a Chatham House discussion: points from
 * the floor and from participants, one supported, one recommendation, three participants of whom one agreed
 * to be listed, and a rapporteur who joined by link.
 */
async function meetingWithPoints() {
  const { http, meeting } = await buildMeeting(server);
  const facilitator = await connect(server, meeting.id, { sessionCookie: http.sessionCookie });
  open.push(facilitator);
  const guests = [];
  for (const [displayName, organisation, listedInReport] of [
    ['Hiba Khoury', 'Beirut Women Network', true],
    ['Issam Darwish', null, false],
    ['Jana Saleh', 'Aleppo Relief', false],
  ] as const) {
    const guest = new HiwarHttp({ baseUrl: server.baseUrl });
    const joined = await guest.join(meeting.joinCode, { displayName, organisation, listedInReport });
    guests.push({ ...joined, displayName });
  }
  const [hiba, issam, jana] = guests as [(typeof guests)[0], (typeof guests)[0], (typeof guests)[0]];
  await facilitator.send({ type: 'member:set-role', memberId: jana.memberId, role: 'rapporteur' });
  await facilitator.send({ type: 'meeting:start' });
  const agenda = must(facilitator.state.view).agenda;
  await facilitator.send({ type: 'agenda:jump', itemId: must(agenda[1]).id });
  await facilitator.send({
    type: 'point:submit',
    text: 'Local mediators resolved most water disputes before they escalated',
  });
  await facilitator.send({ type: 'agenda:jump', itemId: must(agenda[2]).id });
  const funding = await facilitator.send({
    type: 'point:submit',
    text: 'Women mediators need multi-year core funding',
  });
  const earlyWarning = await facilitator.send({
    type: 'point:submit',
    text: 'Early warning data should be shared with local committees',
  });
  await facilitator.send({
    type: 'point:submit',
    text: 'Markup stays text: <img src=x onerror=alert(1)> <script>alert(2)</script>',
  });
  await facilitator.send({ type: 'point:mark', pointId: must(funding.createdId), recommendation: true });
  const hibaLive = await connect(server, meeting.id, { memberToken: hiba.memberToken });
  open.push(hibaLive);
  await hibaLive.send({ type: 'point:support', pointId: must(funding.createdId) });
  return {
    meeting,
    live: facilitator,
    earlyWarningId: must(earlyWarning.createdId),
    facilitator: { cookie: must(http.sessionCookie) },
    rapporteur: { memberToken: jana.memberToken },
    participant: { memberToken: issam.memberToken },
  };
}

describe('report desk', () => {
  it('generates, edits with versions, checks names under the Chatham House Rule, reviews, publishes and exports', async () => {
    const { meeting, facilitator, rapporteur, participant } = await meetingWithPoints();
    const base = `/api/meetings/${meeting.id}/report`;

    // Only the desk reaches the report.
    expect((await call(participant, 'GET', base)).status).toBe(403);
    expect((await call(participant, 'POST', `${base}/generate`, {})).status).toBe(403);
    expect((await call(null, 'GET', base)).status).toBe(401);
    const empty = await call(rapporteur, 'GET', base);
    expect(empty.body).toEqual({ report: null, reviews: [], findings: [], warnings: [] });
    expect(empty.headers.get('cache-control')).toBe('no-store');

    // The rapporteur generates the draft.
    const generated = await call(rapporteur, 'POST', `${base}/generate`, {});
    expect(generated.status).toBe(200);
    const v1 = must(generated.body.report);
    expect(v1.version).toBe(1);
    expect(v1.status).toBe('draft');
    const keys = v1.document.sections.map((s) => s.key);
    expect(keys).toEqual([
      'header',
      'summary',
      'presentations',
      'discussion',
      'recommendations',
      'notes',
      'disclaimer',
      'annex-agenda',
      'annex-participants',
    ]);
    const text = textOfDoc(v1.document);
    expect(text).toContain('Amal Nasser, Director at Valley Mediators, said that');
    expect(text).toContain('Women mediators need multi-year core funding');
    // Only the person who agreed is listed, and only in the internal annex.
    const annex = must(v1.document.sections.find((s) => s.key === 'annex-participants'));
    expect(annex.internal).toBe(true);
    expect(JSON.stringify(annex)).toContain('Hiba Khoury, Beirut Women Network');
    expect(text).not.toContain('Issam Darwish');
    expect(generated.body.findings).toEqual([]);

    // An edit that names a participant in the Chatham House discussion is saved, and found.
    const discussionAt = v1.document.sections.findIndex((s) => s.key === 'discussion');
    const named = structuredClone(v1.document);
    const discussion = must(named.sections[discussionAt]);
    discussion.edited = true;
    discussion.blocks.push({
      id: 'custom-p1',
      kind: 'paragraph',
      content: [
        { text: 'As ' },
        { text: 'hiba  khoury', bold: true },
        { text: ' of Aleppo Relief put it, funding matters.' },
      ],
      sources: [],
      reviewItemId: null,
    });
    // The same person written in Arabic script: a warning for the desk, not a block.
    discussion.blocks.push({
      id: 'custom-p2',
      kind: 'paragraph',
      content: [{ text: 'وقالت هبة خوري إن التمويل مهم.' }],
      sources: [],
      reviewItemId: null,
    });
    const saved = await call(rapporteur, 'PUT', base, { baseVersion: 1, document: named });
    expect(saved.status).toBe(200);
    expect(must(saved.body.report).version).toBe(2);
    expect(saved.body.findings.map((f) => [f.sectionKey, f.blockId, f.kind, f.match])).toEqual([
      ['discussion', 'custom-p1', 'name', 'hiba  khoury'],
      ['discussion', 'custom-p1', 'organisation', 'Aleppo Relief'],
    ]);
    expect(saved.body.warnings.map((f) => [f.sectionKey, f.blockId, f.match])).toEqual([
      ['discussion', 'custom-p2', 'هبة خوري'],
    ]);

    // A save from a stale version is refused and changes nothing.
    const stale = await call(rapporteur, 'PUT', base, { baseVersion: 1, document: v1.document });
    expect(stale.status).toBe(409);
    expect((stale.body as unknown as { error: { code: string } }).error.code).toBe('REPORT_VERSION_CONFLICT');

    // Bad input is refused with a clear error and changes nothing: a javascript: link, an unknown key.
    const evil = structuredClone(named);
    must(evil.sections[0]).blocks.push({
      id: 'evil',
      kind: 'paragraph',
      content: [{ text: 'click', href: 'javascript:alert(1)' }],
      sources: [],
      reviewItemId: null,
    });
    const refused = await call(rapporteur, 'PUT', base, { baseVersion: 2, document: evil });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('http://, https:// or mailto:');
    expect((await call(rapporteur, 'POST', `${base}/sections/custom-x!/regenerate`, { baseVersion: 2 })).status).toBe(
      400,
    );
    expect((await call(rapporteur, 'GET', base)).body.report?.version).toBe(2);

    // Publishing and exporting are blocked while names are found.
    const blocked = await call(facilitator, 'POST', `${base}/publish`, { baseVersion: 2 });
    expect(blocked.status).toBe(409);
    expect(JSON.stringify(blocked.body)).toContain('REPORT_NAMES_IN_CHATHAM_HOUSE');
    expect((await call(rapporteur, 'GET', `${base}/export/md`)).status).toBe(409);

    // Regenerating one section, or all unedited ones, keeps the edited discussion.
    const regenerated = await call(rapporteur, 'POST', `${base}/sections/summary/regenerate`, { baseVersion: 2 });
    expect(regenerated.status).toBe(200);
    expect(textOfDoc(must(regenerated.body.report).document)).toContain('hiba  khoury');
    const all = await call(rapporteur, 'POST', `${base}/generate`, {});
    expect(must(all.body.report).version).toBe(4);
    expect(textOfDoc(must(all.body.report).document)).toContain('hiba  khoury');

    // The history has every version; restoring version 1 removes the names.
    const versions = await call<{ versions: { version: number; reason: string; savedBy: string }[] }>(
      rapporteur,
      'GET',
      `${base}/versions`,
    );
    expect(versions.body.versions.map((v) => [v.version, v.reason])).toEqual([
      [4, 'regenerate'],
      [3, 'regenerate'],
      [2, 'edit'],
      [1, 'generate'],
    ]);
    expect(versions.body.versions[0]?.savedBy).toBe('Jana Saleh');
    const restored = await call(rapporteur, 'POST', `${base}/versions/1/restore`, { baseVersion: 4 });
    expect(must(restored.body.report).version).toBe(5);
    expect(must(restored.body.report).document).toEqual(v1.document);
    expect(restored.body.findings).toEqual([]);

    // The presenter reviews their own paragraph through a link, without an account.
    const withReviews = await call(rapporteur, 'POST', `${base}/reviews`, undefined);
    expect(withReviews.body.reviews.map((r) => [r.presenterName, r.status])).toEqual([['Amal Nasser', 'pending']]);
    const again = await call(rapporteur, 'POST', `${base}/reviews`, undefined);
    expect(again.body.reviews.map((r) => r.path)).toEqual(withReviews.body.reviews.map((r) => r.path));
    const reviewPath = `/api${must(withReviews.body.reviews[0]).path}`;
    const page = await call<ReviewPage>(null, 'GET', reviewPath);
    expect(page.status).toBe(200);
    expect(page.body.presenterName).toBe('Amal Nasser');
    expect(page.body.paragraph.map((r) => r.text).join('')).toContain(
      'Amal Nasser, Director at Valley Mediators, said that local mediators resolved most water disputes',
    );
    expect(JSON.stringify(page.body)).not.toContain('multi-year core funding');
    const suggested = await call<ReviewPage>(null, 'POST', reviewPath, {
      decision: 'suggest',
      suggestion: 'Say "many", not "most".',
    });
    expect(suggested.body.status).toBe('changes-suggested');
    expect((await call(null, 'POST', reviewPath, { decision: 'maybe' })).status).toBe(400);
    expect((await call(null, 'GET', '/api/review/not-a-real-token-at-all')).status).toBe(404);
    const desk = await call(rapporteur, 'GET', base);
    expect(desk.body.reviews[0]).toMatchObject({ status: 'changes-suggested', suggestion: 'Say "many", not "most".' });

    // Only those who run the meeting publish.
    expect((await call(rapporteur, 'POST', `${base}/publish`, { baseVersion: 5 })).status).toBe(403);
    const published = await call(facilitator, 'POST', `${base}/publish`, { baseVersion: 5 });
    expect(published.status).toBe(200);
    const link = must(must(published.body.report).publishedPath);
    expect(link).toMatch(/^\/r\/[A-Za-z0-9_-]{20,}$/);

    // The read-only link: HTML without scripts or handlers, no internal annex, not cached.
    const publicPage = await call<string>(null, 'GET', link);
    expect(publicPage.status).toBe(200);
    expect(publicPage.headers.get('cache-control')).toBe('no-store');
    expect(publicPage.headers.get('content-type')).toContain('text/html');
    expect(publicPage.body).toContain('Women mediators need multi-year core funding');
    expect(publicPage.body).toContain('markup stays text: &lt;img src=x ');
    expect(publicPage.body).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(publicPage.body).not.toMatch(/<script|\son[a-z]+\s*=|javascript:/i);
    expect(publicPage.body).not.toContain('Hiba Khoury');

    // A later edit does not change what the link shows until it is published again.
    const later = structuredClone(must(published.body.report).document);
    must(later.sections[1]).blocks.unshift({
      id: 'later1',
      kind: 'paragraph',
      content: [{ text: 'Added after publication.' }],
      sources: [],
      reviewItemId: null,
    });
    expect((await call(rapporteur, 'PUT', base, { baseVersion: 6, document: later })).status).toBe(200);
    expect((await call<string>(null, 'GET', link)).body).not.toContain('Added after publication.');
    expect((await call(null, 'GET', '/r/0000000000000000000000')).status).toBe(404);

    // Every export format, served as a download that nothing caches.
    for (const [format, type] of [
      ['md', 'text/markdown'],
      ['html', 'text/html'],
      ['json', 'application/json'],
      ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ] as const) {
      const file = await call<string>(rapporteur, 'GET', `${base}/export/${format}`);
      expect(file.status, format).toBe(200);
      expect(file.headers.get('content-type'), format).toContain(type);
      expect(file.headers.get('cache-control'), format).toBe('no-store');
      // Named after the meeting and its date, never report.*.
      expect(file.headers.get('content-disposition'), format).toBe(
        `attachment; filename="sahel-water-and-peace-dialogue-2026-12-03.${format}"; filename*=UTF-8''sahel-water-and-peace-dialogue-2026-12-03.${format}`,
      );
    }
    const md = await call<string>(rapporteur, 'GET', `${base}/export/md`);
    expect(md.body).toContain('Added after publication.');
    expect(md.body).not.toContain('Hiba Khoury');
    expect((await call<string>(rapporteur, 'GET', `${base}/export/md?annexes=1`)).body).toContain('Hiba Khoury');
    const docx = await call(rapporteur, 'GET', `${base}/export/docx`);
    expect([...docx.bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    const json = await call<ReportDocument>(rapporteur, 'GET', `${base}/export/json`);
    expect(json.body.sections.some((s) => s.internal)).toBe(false);
    expect((await call(rapporteur, 'GET', `${base}/export/exe`)).status).toBe(400);
    expect((await call(participant, 'GET', `${base}/export/md`)).status).toBe(403);

    // What the desk saved survives a restart.
    await server.restart();
    const afterRestart = await call(rapporteur, 'GET', base);
    expect(must(afterRestart.body.report).version).toBe(7);
    expect(must(afterRestart.body.report).status).toBe('published');

    // The report tables hold no person tokens, and the versions are all there.
    const db = new Database(server.databaseFile, { readonly: true });
    try {
      const count = db.prepare('select count(*) as n from report_versions where meeting_id = ?').get(meeting.id) as {
        n: number;
      };
      expect(count.n).toBe(7);
      const stored = JSON.stringify([
        db.prepare('select * from reports where meeting_id = ?').all(meeting.id),
        db.prepare('select * from report_versions where meeting_id = ?').all(meeting.id),
        db.prepare('select * from report_reviews where meeting_id = ?').all(meeting.id),
      ]);
      const people = db.prepare('select id, token_hash from members where meeting_id = ?').all(meeting.id) as {
        id: string;
        token_hash: string | null;
      }[];
      expect(people.length).toBeGreaterThan(3);
      for (const person of people) {
        expect(stored).not.toContain(person.id);
        if (person.token_hash) expect(stored).not.toContain(person.token_hash);
      }
    } finally {
      db.close();
    }
  });

  it("blocks publishing and exports on a sensitive term and on an identifying point's words in a public section", async () => {
    const { meeting, live, earlyWarningId, facilitator, rapporteur } = await meetingWithPoints();
    const base = `/api/meetings/${meeting.id}/report`;
    expect(
      (await live.send({ type: 'meeting:set-report-settings', settings: { sensitiveTerms: ['Wadi Araba'] } })).ok,
    ).toBe(true);
    const v1 = must((await call(rapporteur, 'POST', `${base}/generate`, {})).body.report);
    const discussionAt = v1.document.sections.findIndex((s) => s.key === 'discussion');
    const withParagraph = (id: string, text: string) => {
      const doc = structuredClone(v1.document);
      const discussion = must(doc.sections[discussionAt]);
      discussion.edited = true;
      discussion.blocks.push({ id, kind: 'paragraph', content: [{ text }], sources: [], reviewItemId: null });
      return doc;
    };

    // A sensitive term in the Chatham House discussion, in any case.
    const termSaved = await call(rapporteur, 'PUT', base, {
      baseVersion: 1,
      document: withParagraph('custom-t1', 'Farmers near wadi araba lost their wells.'),
    });
    expect(termSaved.body.findings.map((f) => [f.sectionKey, f.blockId, f.kind, f.match])).toEqual([
      ['discussion', 'custom-t1', 'term', 'wadi araba'],
    ]);
    const blocked = await call(facilitator, 'POST', `${base}/publish`, { baseVersion: 2 });
    expect(blocked.status).toBe(409);
    expect(JSON.stringify(blocked.body)).toContain('REPORT_NAMES_IN_CHATHAM_HOUSE');
    expect((await call(rapporteur, 'GET', `${base}/export/md`)).status).toBe(409);

    // Without the term the draft is clear again.
    const clear = await call(rapporteur, 'PUT', base, { baseVersion: 2, document: v1.document });
    expect(clear.body.findings).toEqual([]);

    // The desk marks a point as identifying: a public paragraph repeating its words blocks the report.
    expect((await live.send({ type: 'point:mark', pointId: earlyWarningId, identifying: true })).ok).toBe(true);
    const pasted = await call(rapporteur, 'PUT', base, {
      baseVersion: 3,
      document: withParagraph('custom-i1', 'One said: early warning data should be shared with local committees.'),
    });
    expect(pasted.status).toBe(200);
    expect(pasted.body.findings.map((f) => [f.sectionKey, f.blockId, f.kind, f.match])).toContainEqual([
      'discussion',
      'custom-i1',
      'identifying',
      'Early warning data should be shared with local committees',
    ]);
    expect(pasted.body.findings.every((f) => f.kind === 'identifying')).toBe(true);
    expect((await call(facilitator, 'POST', `${base}/publish`, { baseVersion: 4 })).status).toBe(409);
    expect((await call(rapporteur, 'GET', `${base}/export/html`)).status).toBe(409);

    // Unmarking the point lifts the block (the words themselves name no one).
    expect((await live.send({ type: 'point:mark', pointId: earlyWarningId, identifying: false })).ok).toBe(true);
    expect((await call(rapporteur, 'GET', base)).body.findings).toEqual([]);
  });

  it('prints a PDF through Chromium where it is installed', async () => {
    const { meeting, rapporteur } = await meetingWithPoints();
    const base = `/api/meetings/${meeting.id}/report`;
    await call(rapporteur, 'POST', `${base}/generate`, {});
    const pdf = await call(rapporteur, 'GET', `${base}/export/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(new TextDecoder().decode(pdf.bytes.slice(0, 5))).toBe('%PDF-');
  }, 60_000);
});
