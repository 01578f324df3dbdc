import type { AgendaItem, MeetingEvent, Member, Point, VoteResults } from '@hiwar/protocol';
import { and, eq, inArray } from 'drizzle-orm';
import type { SqliteDb } from '../db/open.js';
import { agendaItems, members, points, votes } from '../db/schema.js';

type Reader = Pick<SqliteDb, 'select'>;

/**
 * Fills the personal fields that the log leaves out (see log-policy.ts) from the current tables, so a
 * catch-up shows exactly what a fresh snapshot would: a name erased since the event was recorded (an
 * item that left the record, a person who was removed or left, a purge) is not in it either.
 */
export function hydrateLogged(db: Reader, meetingId: string, logged: MeetingEvent[]): MeetingEvent[] {
  const memberIds = new Set<string>();
  const itemIds = new Set<string>();
  const pointIds = new Set<string>();
  const voteIds = new Set<string>();
  for (const e of logged) {
    if (e.type === 'member:joined') memberIds.add(e.member.id);
    if (e.type === 'member:categories-changed') memberIds.add(e.memberId);
    if (e.type === 'agenda:item-added' || e.type === 'agenda:item-updated') itemIds.add(e.item.id);
    if (e.type === 'point:moderated' && e.point) pointIds.add(e.pointId);
    if (e.type === 'vote:results-updated' || e.type === 'vote:closed') voteIds.add(e.voteId);
  }
  const member = new Map<string, Pick<Member, 'displayName' | 'organisation' | 'categories'>>();
  if (memberIds.size > 0) {
    for (const row of db
      .select()
      .from(members)
      .where(and(eq(members.meetingId, meetingId), inArray(members.id, [...memberIds])))
      .all()) {
      member.set(row.id, {
        displayName: row.displayName,
        organisation: row.organisation,
        categories: JSON.parse(row.categories),
      });
    }
  }
  const item = new Map<string, Pick<AgendaItem, 'title' | 'presenters'>>();
  if (itemIds.size > 0) {
    for (const row of db
      .select({ id: agendaItems.id, title: agendaItems.title, presenters: agendaItems.presenters })
      .from(agendaItems)
      .where(and(eq(agendaItems.meetingId, meetingId), inArray(agendaItems.id, [...itemIds])))
      .all()) {
      item.set(row.id, { title: row.title, presenters: JSON.parse(row.presenters) });
    }
  }
  const source = new Map<string, Point['source']>();
  if (pointIds.size > 0) {
    for (const row of db
      .select({ id: points.id, source: points.source })
      .from(points)
      .where(and(eq(points.meetingId, meetingId), inArray(points.id, [...pointIds])))
      .all()) {
      source.set(row.id, row.source ? JSON.parse(row.source) : null);
    }
  }
  const voters = new Map<string, VoteResults['voters']>();
  if (voteIds.size > 0) {
    for (const row of db
      .select({ id: votes.id, results: votes.results })
      .from(votes)
      .where(and(eq(votes.meetingId, meetingId), inArray(votes.id, [...voteIds])))
      .all()) {
      voters.set(row.id, row.results ? (JSON.parse(row.results) as VoteResults).voters : null);
    }
  }
  // Named voters go only into each vote's last results event of the batch: earlier ones carry counts
  // from before later ballots, and the current list of names belongs with the current counts.
  const lastResults = new Map<string, number>();
  for (const e of logged) {
    if (e.type === 'vote:results-updated' || e.type === 'vote:closed') lastResults.set(e.voteId, e.seq);
  }
  return logged.map((e): MeetingEvent => {
    switch (e.type) {
      case 'member:joined': {
        const now = member.get(e.member.id);
        return now ? { ...e, member: { ...e.member, ...now } } : e;
      }
      case 'member:categories-changed':
        return { ...e, categories: member.get(e.memberId)?.categories ?? {} };
      case 'agenda:item-added':
      case 'agenda:item-updated': {
        const now = item.get(e.item.id);
        return now ? { ...e, item: { ...e.item, ...now } } : e;
      }
      case 'point:moderated':
        return e.point ? { ...e, point: { ...e.point, source: source.get(e.pointId) ?? null } } : e;
      case 'vote:results-updated':
      case 'vote:closed':
        return lastResults.get(e.voteId) === e.seq
          ? { ...e, results: { ...e.results, voters: voters.get(e.voteId) ?? null } }
          : e;
      default:
        return e;
    }
  });
}
