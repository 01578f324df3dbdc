import { spawn } from 'node:child_process';
import path from 'node:path';
import { HiwarHttp, type MeetingConnection } from '@hiwar/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { connect, startServer, type TestServer } from '../test/harness.js';
import { hitsInFile, hitsInTables, total } from './canaries.js';
import { figure } from './figures.js';

/**
 * Issue 12, item 4: what is erased is gone from the file's bytes. A removed person, a deleted agenda item
 * and a cleared queue name leave nothing at once; the purge at the end of the retention period leaves no
 * name, credential, unpublished point text or log, also when SIGKILL interrupts it; deleting a meeting
 * leaves nothing of it.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

const DAY = 24 * 3600 * 1000;
const bytesHits = (canaries: string[]) =>
  total(hitsInFile(server.databaseFile, canaries)) + total(hitsInFile(`${server.databaseFile}-wal`, canaries));

async function canaryMeeting(tag: string) {
  const owner = new HiwarHttp({ baseUrl: server.baseUrl });
  await owner.signUp({
    email: `owner-${tag}-${Date.now()}@example.org`,
    password: 'correct horse battery',
    name: 'Owner',
  });
  const c = {
    title: `Meeting title ${tag}Qz`,
    removedItem: `Deleted item ${tag}Kx`,
    removedName: `Removed person ${tag}Wv`,
    removedOrg: `Removed org ${tag}Wv`,
    queueName: `Queue guest ${tag}Jy`,
    participant: `Participant ${tag}Pq`,
    organisation: `Organisation ${tag}Oq`,
    hiddenText: `Hidden point ${tag}Hx`,
    oldText: `Old wording ${tag}Ow`,
    publishedText: `Published point about wells ${tag}`,
    presenter: `Presenter ${tag}Pr`,
  };
  const meeting = await owner.createMeeting(
    {
      title: c.title,
      hostOrganisation: 'Test Institute',
      startsAt: '2026-12-03T09:30',
      timeZone: 'Asia/Amman',
      format: 'online',
      contentLanguage: 'en',
    },
    [
      {
        title: 'Talk',
        kind: 'presentation',
        plannedMinutes: 10,
        presenters: [{ name: c.presenter, title: 'Lead', organisation: 'Org' }],
        confidentiality: 'on-record',
      },
      { title: 'Discussion', kind: 'discussion', plannedMinutes: 30, presenters: [], confidentiality: 'chatham-house' },
      { title: c.removedItem, kind: 'other', plannedMinutes: 5, presenters: [], confidentiality: 'on-record' },
    ],
  );
  const open: MeetingConnection[] = [];
  const facilitator = await connect(server, meeting.id, { sessionCookie: owner.sessionCookie });
  open.push(facilitator);
  const join = async (displayName: string, organisation: string | null) => {
    const joined = await new HiwarHttp({ baseUrl: server.baseUrl }).join(meeting.joinCode, {
      displayName,
      organisation,
    });
    const connection = await connect(server, meeting.id, { memberToken: joined.memberToken });
    open.push(connection);
    return { ...joined, connection };
  };
  const person = await join(c.participant, c.organisation);
  const removed = await join(c.removedName, c.removedOrg);
  await facilitator.send({ type: 'meeting:start' });
  const [talk, discussion, extra] = facilitator.state.view?.agenda ?? [];
  await facilitator.send({ type: 'agenda:jump', itemId: discussion?.id ?? '' });
  // Points: one published and edited (its old wording in the history), one hidden.
  const published = await person.connection.send({ type: 'point:submit', text: c.oldText });
  await facilitator.send({ type: 'point:edit', pointId: published.createdId ?? '', text: c.publishedText });
  await facilitator.send({ type: 'point:moderate', pointId: published.createdId ?? '', status: 'published' });
  const hidden = await removed.connection.send({ type: 'point:submit', text: c.hiddenText });
  await facilitator.send({ type: 'point:moderate', pointId: hidden.createdId ?? '', status: 'hidden', reason: null });
  await person.connection.send({ type: 'point:support', pointId: published.createdId ?? '' });
  // A named vote on the record.
  await facilitator.send({ type: 'agenda:jump', itemId: talk?.id ?? '' });
  await facilitator.send({
    type: 'vote:open',
    kind: 'single',
    title: 'Which?',
    options: [{ label: 'A' }, { label: 'B' }],
    named: true,
  });
  const vote = facilitator.state.view?.votes.at(-1);
  await person.connection.send({
    type: 'vote:cast',
    voteId: vote?.id ?? '',
    ballot: { optionIds: [vote?.options[0]?.id ?? ''] },
  });
  await facilitator.send({ type: 'vote:close', voteId: vote?.id ?? '' });
  // A queue name that is cleared, an item that is deleted, a person who is removed.
  await facilitator.send({ type: 'queue:add-person', name: c.queueName });
  await facilitator.send({ type: 'queue:clear' });
  await facilitator.send({ type: 'agenda:remove-item', itemId: extra?.id ?? '' });
  await facilitator.send({ type: 'member:remove', memberId: removed.memberId });
  return { owner, meeting, facilitator, person, removed, open, c, publishedId: published.createdId ?? '' };
}

describe('erasure', () => {
  it('leaves no byte of a removed person, a deleted item or a cleared queue name', async () => {
    const { open, c } = await canaryMeeting('erase');
    const leftovers = bytesHits([c.removedName, c.removedOrg, c.removedItem, c.queueName]);
    for (const conn of open) conn.close();
    figure('erasure', 'removed name, deleted item and cleared queue name left in db and -wal bytes', leftovers);
    expect(leftovers).toBe(0);
  });

  it('purges a meeting when its retention runs out, also when SIGKILL interrupts the purge', async () => {
    const { owner, meeting, facilitator, person, open, c, publishedId } = await canaryMeeting('purge');
    await facilitator.send({ type: 'meeting:end' });
    await facilitator.send({ type: 'meeting:set-retention', retentionDays: 7 });
    // The report is generated and published: it survives the purge, with the point it cites.
    const generated = await owner.generateReport(meeting.id);
    const publishedReport = (await owner.publishReport(meeting.id, generated.report?.version ?? 0)).report?.document;
    const retention = await owner.retention(meeting.id);
    expect(retention.retentionDays).toBe(7);
    expect(retention.purgeAt).toBeGreaterThan(Date.now() + 6 * DAY);
    for (const conn of open) conn.close();

    const everyCanary = Object.values(c);
    // The published report keeps the title, the point it cites and the presenter it names (on the record).
    const gone = everyCanary.filter((v) => v !== c.title && v !== c.publishedText && v !== c.presenter);
    expect(total(hitsInTables(server.databaseFile, [c.participant, c.hiddenText]))).toBeGreaterThan(0);

    const store = new SqliteStore(server.databaseFile);
    try {
      // Not due before the retention runs out, nor under a hold.
      expect(await store.retention.due(Date.now() + 6 * DAY)).not.toContain(meeting.id);
      const later = Date.now() + 8 * DAY;
      expect(await store.retention.due(later)).toContain(meeting.id);

      // A purge killed with SIGKILL after a few steps...
      const killedAfter = await new Promise<string[]>((resolve) => {
        const child = spawn(
          path.join(import.meta.dirname, '../node_modules/.bin/tsx'),
          [path.join(import.meta.dirname, 'purge-child.ts'), server.databaseFile, meeting.id, String(later)],
          { stdio: ['ignore', 'pipe', 'inherit'] },
        );
        const steps: string[] = [];
        child.stdout.on('data', (chunk: Buffer) => {
          for (const line of String(chunk).split('\n').filter(Boolean)) {
            steps.push(line);
            if (steps.length === 3) child.kill('SIGKILL');
          }
        });
        child.on('exit', () => resolve(steps));
      });
      expect(killedAfter).not.toContain('done');
      // ...leaves the meeting due, and the next run finishes the job.
      expect(await store.retention.due(later)).toContain(meeting.id);
      const finished = await store.retention.purge(meeting.id, later);
      expect(finished.complete).toBe(true);
      expect(finished.changed).toBeGreaterThan(0);
      const again = await store.retention.purge(meeting.id, later);
      figure('purge', 'rows changed by a second run', again.changed);
      expect(again.changed).toBe(0);
      expect(await store.retention.due(later)).not.toContain(meeting.id);
    } finally {
      await store.close();
    }

    const leftovers = bytesHits(gone);
    const inTables = total(hitsInTables(server.databaseFile, gone));
    figure('purge', 'purge leftovers (canaries in db and -wal bytes)', leftovers);
    figure('purge', 'canaries in tables after the purge', inTables);
    expect({ leftovers, inTables }).toEqual({ leftovers: 0, inTables: 0 });
    // The participant's credential is gone; the owner still has the meeting and the published report.
    await expect(
      new HiwarHttp({ baseUrl: server.baseUrl, memberToken: person.memberToken }).getMeeting(meeting.id),
    ).rejects.toMatchObject({ status: 401 });
    const after = await owner.getMeeting(meeting.id);
    expect(after.meeting.title).toBe(c.title);
    const report = await owner.reportState(meeting.id);
    expect(report.report?.status).toBe('published');
    expect(report.report?.document).toEqual(publishedReport);
    expect(after.points.map((p) => p.id)).toEqual(
      JSON.stringify(report.report?.document).includes(publishedId) ? [publishedId] : [],
    );
    expect((await owner.retention(meeting.id)).purgedAt).not.toBeNull();
  });

  it('deletes a meeting now for its owner only, leaving nothing of it', async () => {
    const { owner, meeting, facilitator, person, open, c } = await canaryMeeting('delete');
    await facilitator.send({ type: 'member:set-role', memberId: person.memberId, role: 'co-facilitator' });
    const co = new HiwarHttp({ baseUrl: server.baseUrl, memberToken: person.memberToken });
    await expect(co.deleteMeeting(meeting.id)).rejects.toMatchObject({ status: 403 });
    await expect(co.retention(meeting.id)).resolves.toMatchObject({ retentionDays: 90 });
    const ended = facilitator.waitFor((s) => s.fatal?.code === 'MEETING_NOT_FOUND', 5000);
    await owner.deleteMeeting(meeting.id);
    await ended;
    for (const conn of open) conn.close();
    const leftovers = bytesHits(Object.values(c));
    figure('delete meeting', 'canaries in db and -wal bytes after deleting', leftovers);
    expect(leftovers).toBe(0);
    await expect(owner.getMeeting(meeting.id)).rejects.toMatchObject({ status: 404 });
  });
});
