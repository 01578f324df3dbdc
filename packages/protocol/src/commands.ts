import { z } from 'zod';
import {
  addresseeSchema,
  agendaItemInputSchema,
  agendaItemPatchSchema,
  assignableRoleSchema,
  balanceCategoriesSchema,
  ballotSchema,
  commandIdSchema,
  idSchema,
  interventionKindSchema,
  LIMITS,
  meetingDetailsPatchSchema,
  memberCategoriesSchema,
  parkingLotSchema,
  pointFormSchema,
  pointsSettingsSchema,
  pointTextSchema,
  queueSettingsSchema,
  queueStatusSchema,
  reportSettingsSchema,
  retentionDaysSchema,
  themeInputSchema,
  themePatchSchema,
  voteKindSchema,
} from './model.js';
import { freeText, requiredFreeText } from './text.js';

const command = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), commandId: commandIdSchema, ...shape });

/** Everything a client may ask of a meeting. The server parses each with this union. */
export const clientCommandSchema = z.discriminatedUnion('type', [
  command('meeting:update', { details: meetingDetailsPatchSchema }),
  command('meeting:start', {}),
  command('meeting:end', {}),
  command('agenda:add-item', { item: agendaItemInputSchema }),
  command('agenda:update-item', { itemId: idSchema, changes: agendaItemPatchSchema }),
  command('agenda:remove-item', { itemId: idSchema }),
  command('agenda:reorder', { itemIds: z.array(idSchema).max(LIMITS.agendaItems) }),
  // fromItemId: the item the sender saw as current, so two people pressing at once move the agenda once.
  command('agenda:next', { fromItemId: idSchema.optional() }),
  command('agenda:previous', { fromItemId: idSchema.optional() }),
  command('agenda:jump', { itemId: idSchema }),
  command('member:set-role', { memberId: idSchema, role: assignableRoleSchema }),
  command('member:remove', { memberId: idSchema }),
  /** A participant leaves and their name, organisation, categories and credential are erased. */
  command('member:leave', {}),
  // Lets people out of the waiting room: the ones named, or everyone waiting when memberIds is absent.
  command('member:admit', { memberIds: z.array(idSchema).min(1).max(LIMITS.queueEntries).optional() }),
  command('meeting:set-lobby', { locked: z.boolean().optional(), waitingRoom: z.boolean().optional() }),
  // A new join code; the old link stops working, people already in (or waiting) keep their place.
  command('meeting:rotate-code', {}),
  command('member:set-categories', { categories: memberCategoriesSchema }),
  command('meeting:set-categories', { categories: balanceCategoriesSchema }),
  /** Days after the end before the meeting's raw data is purged; null keeps it (a hold). */
  command('meeting:set-retention', { retentionDays: retentionDaysSchema }),
  /** The report's drafting settings: theme order, Arabic digits, sensitive terms for the name check. */
  command('meeting:set-report-settings', { settings: reportSettingsSchema.partial() }),
  command('queue:raise-hand', { kind: interventionKindSchema.default('new-point') }),
  command('queue:lower-hand', {}),
  command('queue:remove', { entryId: idSchema }),
  command('queue:add-person', {
    name: requiredFreeText(LIMITS.nameLength).nullable(),
    kind: interventionKindSchema.default('new-point'),
  }),
  // fromTurnId: the turn the sender saw (null: nobody had the floor), so two "next" presses move once.
  command('queue:give-floor', { entryId: idSchema.optional(), fromTurnId: idSchema.nullable().optional() }),
  command('queue:end-turn', { turnId: idSchema }),
  /** The speaker hands the floor back ("I'm done"): only the person who has it, only their own turn. */
  command('queue:yield-floor', { turnId: idSchema }),
  command('queue:reorder', { entryIds: z.array(idSchema).max(LIMITS.queueEntries) }),
  command('queue:set-status', { status: queueStatusSchema }),
  command('queue:clear', {}),
  command('queue:set-settings', { settings: queueSettingsSchema.partial() }),
  command('theme:add', { themes: z.array(themeInputSchema).min(1).max(LIMITS.themes) }),
  command('theme:update', { themeId: idSchema, changes: themePatchSchema }),
  command('theme:reorder', { themeIds: z.array(idSchema).max(LIMITS.themes) }),
  command('theme:merge', { sourceId: idSchema, targetId: idSchema }),
  command('theme:remove', { themeId: idSchema }),
  command('points:set-settings', { settings: pointsSettingsSchema.partial() }),
  // itemId defaults to the current item. fromFloor: a desk capture names the speaker who has the floor
  // as its source, which only an on-the-record item keeps.
  command('point:submit', {
    text: pointTextSchema,
    themeIds: z.array(idSchema).max(LIMITS.themes).default([]),
    itemId: idSchema.optional(),
    fromFloor: z.boolean().default(false),
  }),
  command('point:edit', {
    pointId: idSchema,
    text: pointTextSchema.optional(),
    themeIds: z.array(idSchema).max(LIMITS.themes).optional(),
  }),
  command('point:moderate', {
    pointId: idSchema,
    status: z.enum(['pending', 'published', 'hidden']),
    reason: freeText(LIMITS.reasonLength).nullable().default(null),
  }),
  command('point:support', { pointId: idSchema }),
  command('point:withdraw-support', { pointId: idSchema }),
  command('point:merge', { targetId: idSchema, sourceIds: z.array(idSchema).min(1).max(LIMITS.pointsPerMerge) }),
  command('point:mark', {
    pointId: idSchema,
    starred: z.boolean().optional(),
    recommendation: z.boolean().optional(),
    parkingLot: parkingLotSchema.nullable().optional(),
    /** The desk's choice of the point's form for the report; null goes back to reading it from the words. */
    form: pointFormSchema.nullable().optional(),
    addressee: addresseeSchema.nullable().optional(),
    identifying: z.boolean().optional(),
  }),
  command('vote:open', {
    kind: voteKindSchema,
    title: requiredFreeText(LIMITS.titleLength),
    /** Options by label, or by a point (a recommendation) whose text becomes the label. */
    options: z
      .array(
        z.strictObject({
          label: requiredFreeText(LIMITS.pointLength).optional(),
          pointId: idSchema.optional(),
        }),
      )
      .max(LIMITS.voteOptions)
      .default([]),
    dotsPerPerson: z.number().int().min(1).max(LIMITS.dotsMax).optional(),
    allowStacking: z.boolean().default(false),
    scaleMin: z.number().int().min(-10).max(10).default(1),
    scaleMax: z.number().int().min(-10).max(10).default(5),
    allowOther: z.boolean().default(false),
    liveResults: z.boolean().default(false),
    named: z.boolean().default(false),
    itemId: idSchema.optional(),
    /** A timer: the server closes the vote by itself this many seconds after it opens. */
    durationSeconds: z.number().int().min(1).max(LIMITS.voteSeconds).optional(),
  }),
  command('vote:cast', { voteId: idSchema, ballot: ballotSchema }),
  command('vote:close', { voteId: idSchema }),
  /** Takes a closed vote back to open: ballots cast stay, results are hidden again unless shown live. */
  command('vote:reopen', { voteId: idSchema }),
  /** Removes a vote and its ballots, e.g. one opened by mistake; also after the meeting has ended. */
  command('vote:delete', { voteId: idSchema }),
]);
export type ClientCommand = z.infer<typeof clientCommandSchema>;
export type ClientCommandInput = z.input<typeof clientCommandSchema>;
export type CommandType = ClientCommand['type'];
export const COMMAND_TYPES = clientCommandSchema.options.map((o) => o.shape.type.value) as CommandType[];
/** A command as the caller writes it, before a command id is attached. */
export type CommandBody<T extends CommandType = CommandType> = T extends CommandType
  ? Omit<Extract<ClientCommandInput, { type: T }>, 'commandId'>
  : never;

/** What a client sends after reconnecting or seeing a gap: the last sequence number it applied. */
export const syncRequestSchema = z.strictObject({ lastSeq: z.number().int().min(0) });
export type SyncRequest = z.infer<typeof syncRequestSchema>;
