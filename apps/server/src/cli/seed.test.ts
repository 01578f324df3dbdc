import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { verifyPassword } from '../lib/password.js';
import { DEMO_ACCOUNT, demoDiscussion } from './demo-meeting.js';

const run = promisify(execFile);
const serverDir = path.resolve(import.meta.dirname, '../..');

/** Everything the demo adds, counted straight from the SQLite file. */
function census(file: string) {
  const db = new Database(file, { readonly: true });
  const all = <T>(sql: string) => db.prepare(sql).all() as T[];
  const result = {
    meetings: all<{ id: string; status: string; seq: number; ended_at: number | null }>(
      "select id, status, seq, ended_at from meetings where id in (select id from meetings where title <> 'Sandbox: try Hiwar from your phone')",
    ),
    items: all<{ kind: string; confidentiality: string }>(
      "select kind, confidentiality from agenda_items where meeting_id in (select id from meetings where title <> 'Sandbox: try Hiwar from your phone') order by position",
    ),
    members: all<{
      id: string;
      display_name: string;
      organisation: string | null;
      role: string;
      categories: string;
      turns: number;
      floor_ms: number;
    }>(
      "select id, display_name, organisation, role, categories, turns, floor_ms from members where meeting_id in (select id from meetings where title <> 'Sandbox: try Hiwar from your phone')",
    ),
    points: all<{
      status: string;
      theme_ids: string;
      support_count: number;
      recommendation: number;
      parking_lot: string | null;
      merged_into: string | null;
    }>(
      "select status, theme_ids, support_count, recommendation, parking_lot, merged_into from points where meeting_id in (select id from meetings where title <> 'Sandbox: try Hiwar from your phone')",
    ),
    // Every row that concerns a point, a support or a ballot, as text to search for names.
    pointRows: JSON.stringify([
      ...all(
        "select * from points where meeting_id in (select id from meetings where title <> 'Sandbox: try Hiwar from your phone')",
      ),
      ...all('select * from point_supports'),
      ...all('select * from ballots'),
      ...all(
        "select * from command_receipts where meeting_id in (select id from meetings where title <> 'Sandbox: try Hiwar from your phone')",
      ),
    ]),
    votes: all<{ status: string; results: string | null }>(
      "select status, results from votes where meeting_id in (select id from meetings where title <> 'Sandbox: try Hiwar from your phone')",
    ),
    ballots: all<{ voter_name: string | null }>('select voter_name from ballots'),
    events: (
      db
        .prepare(
          "select count(*) as n from events where meeting_id in (select id from meetings where title <> 'Sandbox: try Hiwar from your phone')",
        )
        .get() as { n: number }
    ).n,
    reports: all<{ version: number; status: string; document: string }>(
      "select version, status, document from reports where meeting_id in (select id from meetings where title <> 'Sandbox: try Hiwar from your phone')",
    ),
    accounts: all<{ email: string }>('select email from accounts'),
    sandboxes: all<{ id: string; status: string; join_code: string }>(
      "select id, status, join_code from meetings where title = 'Sandbox: try Hiwar from your phone'",
    ),
    demoPasswordHash:
      all<{ password_hash: string }>("select password_hash from accounts where email like '%@demo.hiwar.local'")[0]
        ?.password_hash ?? '',
  };
  db.close();
  return result;
}

it('seeds the demo facilitator and an ended demo meeting with its discussion, once, through the real rules', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hiwar-seed-'));
  const env = { ...process.env, HIWAR_DATA_DIR: dataDir, PORT: '3456', HIWAR_DEMO: '1', HIWAR_DEMO_PASSWORD: '' };
  const tsx = path.join(serverDir, 'node_modules/.bin/tsx');
  const file = path.join(dataDir, 'hiwar.sqlite');
  const first = await run(tsx, ['src/cli/seed.ts'], { cwd: serverDir, env });
  const before = census(file);
  const second = await run(tsx, ['src/cli/seed.ts'], { cwd: serverDir, env });
  const after = census(file);

  expect(first.stdout).toContain(DEMO_ACCOUNT.email);
  // A random password at each seed, printed and left (owner-only) for `npm run simulate`; the older one stops working.
  const passwordOf = (stdout: string) => stdout.match(/password:\s+(\S+)/)?.[1] ?? '';
  const [firstPassword, secondPassword] = [passwordOf(first.stdout), passwordOf(second.stdout)];
  expect(firstPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
  expect(secondPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
  expect(secondPassword).not.toBe(firstPassword);
  const passwordFile = path.join(dataDir, 'demo-password');
  expect(fs.readFileSync(passwordFile, 'utf8').trim()).toBe(secondPassword);
  expect(fs.statSync(passwordFile).mode & 0o077).toBe(0);
  expect(await verifyPassword(secondPassword, after.demoPasswordHash)).toBe(true);
  expect(await verifyPassword(firstPassword, after.demoPasswordHash)).toBe(false);
  const consoleLink = first.stdout.match(/http:\/\/localhost:3456\/meetings\/[A-Za-z0-9_-]+\/live/);
  expect(consoleLink).not.toBeNull();
  expect(second.stdout).toContain(consoleLink?.[0]);
  expect(first.stdout).toContain('npm run simulate');

  // A live sandbox to join from a phone at once: its join link and a QR code of it are printed, and a
  // second start reuses it.
  expect(before.sandboxes).toHaveLength(1);
  expect(after.sandboxes).toEqual(before.sandboxes);
  const [sandbox] = before.sandboxes;
  expect(sandbox?.status).toBe('live');
  expect(first.stdout).toContain(`http://localhost:3456/join/${sandbox?.join_code}`);
  expect(first.stdout).toMatch(/[▀▄█]{20,}/);

  // The agenda as before: three presentations and a Chatham House discussion.
  expect(before.meetings).toHaveLength(1);
  expect(before.items.filter((i) => i.kind === 'presentation')).toHaveLength(3);
  expect(before.items.some((i) => i.kind === 'discussion' && i.confidentiality === 'chatham-house')).toBe(true);

  // The meeting took place and ended, in the past.
  const [meeting] = before.meetings;
  expect(meeting?.status).toBe('ended');
  expect(meeting?.ended_at).toBeLessThan(Date.now());

  // People joined with balance answers, a few with an organisation; one of them is the rapporteur.
  const script = demoDiscussion();
  const participants = before.members.filter((m) => m.role === 'participant');
  expect(participants).toHaveLength(script.people.length - 1);
  expect(before.members.filter((m) => m.role === 'rapporteur')).toHaveLength(1);
  expect(participants.filter((m) => m.organisation).length).toBeGreaterThanOrEqual(3);
  expect(participants.filter((m) => m.categories !== '{}').length).toBeGreaterThanOrEqual(6);

  // Speaking turns reached the balance totals.
  const turns = before.members.reduce((sum, m) => sum + m.turns, 0);
  expect(turns).toBe(script.turns.length);
  expect(before.members.reduce((sum, m) => sum + m.floor_ms, 0)).toBeGreaterThan(0);

  // Points: all published and tagged but one merged duplicate, support that varies, the marks.
  expect(before.points).toHaveLength(script.points.length);
  const published = before.points.filter((p) => p.status === 'published');
  expect(published).toHaveLength(script.points.length - 1);
  expect(published.every((p) => JSON.parse(p.theme_ids).length > 0)).toBe(true);
  expect(before.points.filter((p) => p.status === 'merged' && p.merged_into)).toHaveLength(1);
  expect(new Set(published.map((p) => p.support_count)).size).toBeGreaterThanOrEqual(4);
  expect(Math.max(...published.map((p) => p.support_count))).toBeGreaterThanOrEqual(5);
  expect(before.points.filter((p) => p.recommendation)).toHaveLength(3);
  const parked = before.points.filter((p) => p.parking_lot);
  expect(parked).toHaveLength(1);
  expect(JSON.parse(parked[0]?.parking_lot ?? '{}')).toMatchObject({
    owner: expect.any(String),
    dueDate: expect.any(String),
  });

  // A closed dot vote over the recommendations, with its results, and ballots that name nobody.
  expect(before.votes).toHaveLength(1);
  expect(before.votes[0]?.status).toBe('closed');
  const results = JSON.parse(before.votes[0]?.results ?? 'null');
  expect(results.ballots).toBe(Object.keys(script.vote.ballots).length);
  expect(results.tallies.map((t: { rank: number }) => t.rank)).toEqual([1, 2, 3]);
  expect(before.ballots.every((b) => b.voter_name === null)).toBe(true);

  // Nothing about a point, a support or a ballot names or identifies a participant.
  for (const member of participants) {
    expect(before.pointRows).not.toContain(member.id);
    expect(before.pointRows).not.toContain(member.display_name);
  }

  // A draft report is ready to open, generated from those points and the vote.
  expect(before.reports).toHaveLength(1);
  const report = before.reports[0];
  if (!report) throw new Error('no report');
  expect(report).toMatchObject({ version: 1, status: 'draft' });
  const document = JSON.parse(report.document) as { sections: { key: string }[] };
  expect(document.sections.map((s) => s.key)).toEqual(
    expect.arrayContaining(['header', 'summary', 'discussion', 'recommendations', 'annex-balance']),
  );
  for (const member of participants) expect(report.document).not.toContain(member.id);

  // Seeding again added nothing at all.
  expect(after.reports).toEqual(before.reports);
  expect(after.meetings).toEqual(before.meetings);
  expect(after.members).toHaveLength(before.members.length);
  expect(after.points).toEqual(before.points);
  expect(after.votes).toEqual(before.votes);
  expect(after.events).toBe(before.events);
}, 60_000);

it('creates no demo unless HIWAR_DEMO=1, and removes it with --remove', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hiwar-seed-'));
  const file = path.join(dataDir, 'hiwar.sqlite');
  const tsx = path.join(serverDir, 'node_modules/.bin/tsx');
  const env = { ...process.env, HIWAR_DATA_DIR: dataDir, HIWAR_DEMO: '', HIWAR_DEMO_PASSWORD: '' };
  const refused = await run(tsx, ['src/cli/seed.ts'], { cwd: serverDir, env }).catch((err) => err);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain('HIWAR_DEMO=1');
  expect(fs.existsSync(file)).toBe(false);

  await run(tsx, ['src/cli/seed.ts'], { cwd: serverDir, env: { ...env, HIWAR_DEMO: '1' } });
  expect(census(file).accounts).toEqual([{ email: DEMO_ACCOUNT.email }]);
  const removed = await run(tsx, ['src/cli/seed.ts', '--remove'], { cwd: serverDir, env });
  expect(removed.stdout).toContain('Removed the demo facilitator');
  const left = census(file);
  expect(left.accounts).toEqual([]);
  expect(left.meetings).toEqual([]);
  expect(left.events).toBe(0);
  expect(fs.existsSync(path.join(dataDir, 'demo-password'))).toBe(false);
}, 60_000);
