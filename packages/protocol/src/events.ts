import { z } from 'zod';
import {
  addresseeSchema,
  agendaItemSchema,
  balanceCategoriesSchema,
  floorSchema,
  idSchema,
  lobbySchema,
  meetingDetailsPatchSchema,
  memberCategoriesSchema,
  memberSchema,
  parkingLotSchema,
  pointFormSchema,
  pointSchema,
  pointStatusSchema,
  pointsSettingsSchema,
  queueEntrySchema,
  queueSettingsSchema,
  queueStatusSchema,
  reportSettingsSchema,
  retentionDaysSchema,
  roleSchema,
  themeSchema,
  voteResultsSchema,
  voteSchema,
} from './model.js';

const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), ...shape });

/** The facts the server records. Each is stamped with the meeting's sequence number and server time. */
export const meetingEventBodySchema = z.discriminatedUnion('type', [
  event('meeting:updated', { details: meetingDetailsPatchSchema }),
  event('meeting:started', { currentItemId: idSchema, itemStartedAt: z.number() }),
  event('meeting:ended', { lastItemId: idSchema.nullable(), lastItemSpentMs: z.number() }),
  event('agenda:item-added', { item: agendaItemSchema }),
  event('agenda:item-updated', { item: agendaItemSchema }),
  event('agenda:item-removed', { itemId: idSchema }),
  event('agenda:reordered', { itemIds: z.array(idSchema) }),
  event('agenda:advanced', {
    fromItemId: idSchema,
    fromItemSpentMs: z.number(),
    currentItemId: idSchema,
    itemStartedAt: z.number(),
  }),
  event('member:joined', { member: memberSchema }),
  event('member:role-changed', { memberId: idSchema, role: roleSchema }),
  /** `left`: the person left by choice (and had their name removed), rather than being removed. */
  event('member:removed', { memberId: idSchema, left: z.boolean().optional() }),
  event('member:admitted', { memberIds: z.array(idSchema) }),
  event('meeting:lobby-changed', { lobby: lobbySchema }),
  /** Staff only: the new code is for those who invite, not for everyone in the room. */
  event('meeting:join-code-rotated', { joinCode: z.string() }),
  event('member:categories-changed', { memberId: idSchema, categories: memberCategoriesSchema }),
  event('meeting:categories-changed', { categories: balanceCategoriesSchema }),
  event('meeting:retention-changed', { retentionDays: retentionDaysSchema }),
  /** The desk only: the sensitive terms are themselves sensitive. */
  event('meeting:report-settings-changed', { settings: reportSettingsSchema }),
  event('queue:hand-raised', { entry: queueEntrySchema, position: z.number().int().min(0) }),
  event('queue:entry-removed', { entryId: idSchema, reason: z.enum(['lowered', 'removed']) }),
  event('queue:reordered', { entryIds: z.array(idSchema) }),
  event('queue:floor-given', { floor: floorSchema, entryId: idSchema.nullable() }),
  /** A turn ended: the only record kept is the speaker's totals, never a timeline. */
  event('queue:turn-ended', { turnId: idSchema, memberId: idSchema.nullable(), floorMs: z.number().int().min(0) }),
  event('queue:status-changed', { status: queueStatusSchema }),
  event('queue:cleared', {}),
  event('queue:settings-changed', { settings: queueSettingsSchema, entryIds: z.array(idSchema) }),
  event('theme:added', { themes: z.array(themeSchema) }),
  event('theme:updated', { theme: themeSchema }),
  event('theme:reordered', { themeIds: z.array(idSchema) }),
  /** The source theme's points now carry the target theme; the source is gone. */
  event('theme:merged', { sourceId: idSchema, targetId: idSchema }),
  event('theme:removed', { themeId: idSchema }),
  event('points:settings-changed', { settings: pointsSettingsSchema }),
  event('point:submitted', { point: pointSchema }),
  event('point:edited', { point: pointSchema }),
  /** Public, without text: the sender of a held or hidden point learns it, and why. */
  event('point:moderated', {
    pointId: idSchema,
    status: pointStatusSchema,
    reason: z.string().nullable(),
    /** The whole point when it becomes visible to everyone. */
    point: pointSchema.nullable(),
  }),
  event('point:support-changed', { pointId: idSchema, supportCount: z.number().int().min(0) }),
  event('point:merged', { targetId: idSchema, sourceIds: z.array(idSchema), supportCount: z.number().int().min(0) }),
  event('vote:opened', { vote: voteSchema }),
  /** Only for a poll with live results. */
  event('vote:results-updated', { voteId: idSchema, results: voteResultsSchema }),
  event('vote:closed', { voteId: idSchema, results: voteResultsSchema }),
  /** One more person has voted: a count only, never what they chose. */
  event('vote:turnout', { voteId: idSchema, turnout: z.number().int().min(0) }),
  /** Open again; `results` are the live tally of a vote with live results, else null. */
  event('vote:reopened', { voteId: idSchema, results: voteResultsSchema.nullable() }),
  event('vote:deleted', { voteId: idSchema }),
  event('point:marked', {
    pointId: idSchema,
    starred: z.boolean(),
    recommendation: z.boolean(),
    parkingLot: parkingLotSchema.nullable(),
    form: pointFormSchema.nullable(),
    addressee: addresseeSchema.nullable(),
    identifying: z.boolean(),
  }),
  /** Stands in for an event this viewer may not see, so that sequence numbers stay gapless. */
  event('sequence:withheld', {}),
]);
export type MeetingEventBody = z.infer<typeof meetingEventBodySchema>;
export type MeetingEventType = MeetingEventBody['type'];

export const stampSchema = z.object({ seq: z.number().int().min(1), at: z.number() });
export type MeetingEvent = MeetingEventBody & z.infer<typeof stampSchema>;

/**
 * Who may see an event as it is: everyone; the desk (facilitators and rapporteurs, who see every point);
 * or the staff (facilitators, who also see who is in the meeting) and the member it concerns. (A ballot
 * is no event at all: even a stand-in would let people count ballots before the close.)
 */
export function eventAudience(body: MeetingEventBody): {
  scope: 'all' | 'desk' | 'staff';
  memberId?: string;
} {
  switch (body.type) {
    case 'member:joined':
      return { scope: 'staff', memberId: body.member.id };
    case 'meeting:join-code-rotated':
    case 'member:admitted':
      return { scope: 'staff' };
    case 'member:role-changed':
    case 'member:removed':
    case 'member:categories-changed':
      return { scope: 'staff', memberId: body.memberId };
    case 'meeting:retention-changed':
      return { scope: 'staff' };
    case 'meeting:report-settings-changed':
      return { scope: 'desk' };
    case 'point:submitted':
    case 'point:edited':
      return { scope: body.point.status === 'published' ? 'all' : 'desk' };
    default:
      return { scope: 'all' };
  }
}
