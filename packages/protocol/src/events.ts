import { z } from 'zod';
import { agendaItemSchema, idSchema, meetingDetailsPatchSchema, memberSchema, roleSchema } from './model.js';

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
  event('member:removed', { memberId: idSchema }),
  /** Stands in for an event this viewer may not see, so that sequence numbers stay gapless. */
  event('sequence:withheld', {}),
]);
export type MeetingEventBody = z.infer<typeof meetingEventBodySchema>;
export type MeetingEventType = MeetingEventBody['type'];

export const stampSchema = z.object({ seq: z.number().int().min(1), at: z.number() });
export type MeetingEvent = MeetingEventBody & z.infer<typeof stampSchema>;

/** Who may see an event as it is: everyone, or facilitators and the member it concerns. */
export function eventAudience(body: MeetingEventBody): { staffOnly: boolean; memberId?: string } {
  switch (body.type) {
    case 'member:joined':
      return { staffOnly: true, memberId: body.member.id };
    case 'member:role-changed':
    case 'member:removed':
      return { staffOnly: true, memberId: body.memberId };
    default:
      return { staffOnly: false };
  }
}
