import { z } from 'zod';
import { freeText, requiredFreeText } from './text.js';

/** Bumped whenever a message changes shape; checked at every socket handshake. */
export const PROTOCOL_VERSION = 1;

export const LIMITS = {
  titleLength: 200,
  nameLength: 80,
  organisationLength: 120,
  descriptionLength: 4000,
  agendaItems: 100,
  presentersPerItem: 10,
  sensitiveTerms: 100,
  plannedMinutesMax: 600,
  passwordMin: 10,
  passwordMax: 200,
  /** Events kept per meeting for catch-up; a client further behind gets a snapshot. */
  catchUpEvents: 1000,
  speakingLimitMaxSeconds: 3600,
  themes: 40,
  themeNameLength: 80,
  themeDescriptionLength: 300,
  /** A point is a paragraph, not an essay: longer text is refused with a clear error. */
  pointLength: 2000,
  /** Highest per-person cap on points a minute a facilitator may set. */
  pointsPerMinuteMax: 60,
  reasonLength: 300,
  pointsPerMerge: 50,
  voteOptions: 50,
  /** The longest timer a vote may run on: an hour; longer votes are closed by hand. */
  voteSeconds: 3600,
  dotsMax: 20,
  otherAnswerLength: 200,
  scaleSteps: 11,
  queueEntries: 1000,
  balanceCategories: 5,
  balanceOptions: 12,
  /** Largest socket message or HTTP body the server reads, in bytes. */
  payloadBytes: 64 * 1024,
  /** Longest retention a facilitator may set before a purge (ten years); a hold has no end. */
  retentionDaysMax: 3650,
  /** Deepest nesting of objects and arrays in a message; the deepest valid one (a report) nests about 8. */
  payloadDepth: 32,
} as const;

export const ROLES = ['facilitator', 'co-facilitator', 'rapporteur', 'presenter', 'participant', 'observer'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;
/** Roles a facilitator may hand out; the owner's role is fixed. */
export const ASSIGNABLE_ROLES = ROLES.filter((r) => r !== 'facilitator') as Exclude<Role, 'facilitator'>[];
export const assignableRoleSchema = z.enum(
  ASSIGNABLE_ROLES as [Exclude<Role, 'facilitator'>, ...Exclude<Role, 'facilitator'>[]],
);

export const LANGUAGES = ['en', 'ar', 'fr', 'sv'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

export const MEETING_FORMATS = ['online', 'in-person', 'hybrid'] as const;
export const meetingFormatSchema = z.enum(MEETING_FORMATS);
export type MeetingFormat = z.infer<typeof meetingFormatSchema>;

export const CONFIDENTIALITY_MODES = ['on-record', 'chatham-house', 'off-record'] as const;
export const confidentialitySchema = z.enum(CONFIDENTIALITY_MODES);
export type Confidentiality = z.infer<typeof confidentialitySchema>;

export const AGENDA_ITEM_KINDS = ['opening', 'presentation', 'discussion', 'break', 'closing', 'other'] as const;
export const agendaItemKindSchema = z.enum(AGENDA_ITEM_KINDS);
export type AgendaItemKind = z.infer<typeof agendaItemKindSchema>;

export const MEETING_STATUSES = ['draft', 'live', 'ended'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{8,40}$/, 'not an id');
/** A command id the client makes up, so that a retried command is applied once. */
export const commandIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'not a command id');
export const joinCodeSchema = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[A-Z2-9]{8}$/, 'a join code has 8 letters and digits'));

// Every free text field goes through the shared text schemas: bidi controls removed, invisible-only refused.
const text = freeText;
const requiredText = requiredFreeText;

/** Checks an IANA time zone name against the runtime's own list. */
export const timeZoneSchema = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'not a known time zone');

/** Whether a YYYY-MM-DD string names a day that exists (no 30 February). */
function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** A wall-clock date and time in the meeting's own time zone, as typed in the setup form. */
export const localDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'expected YYYY-MM-DDTHH:MM')
  .refine((s) => {
    // A real calendar date and time: Date.UTC rolls 30 February over, so compare what comes back.
    const [y, mo, d, h, mi] = s.split(/[-T:]/).map(Number) as [number, number, number, number, number];
    const t = new Date(Date.UTC(y, mo - 1, d, h, mi));
    return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && h < 24 && mi < 60;
  }, 'not a real date and time');

const httpUrlSchema = z
  .string()
  .trim()
  .max(500)
  .refine((s) => /^https:\/\/|^http:\/\//i.test(s) && URL.canParse(s), 'must be an http(s) link');

const meetingDetailsFields = {
  title: requiredText(LIMITS.titleLength),
  hostOrganisation: requiredText(LIMITS.organisationLength),
  startsAt: localDateTimeSchema,
  timeZone: timeZoneSchema,
  format: meetingFormatSchema,
  contentLanguage: languageSchema,
  videoCallUrl: httpUrlSchema.nullable(),
  description: text(LIMITS.descriptionLength),
};
/** A change to some details: absent fields stay as they are (no defaults are filled in). */
export const meetingDetailsPatchSchema = z.strictObject(meetingDetailsFields).partial();
export const meetingDetailsSchema = z.strictObject({
  ...meetingDetailsFields,
  videoCallUrl: meetingDetailsFields.videoCallUrl.default(null),
  description: meetingDetailsFields.description.default(''),
});
export type MeetingDetails = z.infer<typeof meetingDetailsSchema>;
export type MeetingDetailsInput = z.input<typeof meetingDetailsSchema>;

/** How the report refers to a presenter after the first mention; null repeats the family name. */
export const PRONOUNS = ['she', 'he', 'they'] as const;
export const pronounSchema = z.enum(PRONOUNS);
export type Pronoun = z.infer<typeof pronounSchema>;

export const presenterSchema = z.strictObject({
  name: requiredText(LIMITS.nameLength),
  title: text(LIMITS.titleLength).default(''),
  organisation: text(LIMITS.organisationLength).default(''),
  /** Optional: the report repeats the family name when it is not given. */
  pronoun: pronounSchema.nullable().default(null),
  /** The title of this presenter's talk, when it has one of its own. */
  talkTitle: text(LIMITS.titleLength).default(''),
});
export type Presenter = z.infer<typeof presenterSchema>;

const agendaItemFields = {
  title: requiredText(LIMITS.titleLength),
  kind: agendaItemKindSchema,
  plannedMinutes: z.number().int().min(0).max(LIMITS.plannedMinutesMax),
  presenters: z.array(presenterSchema).max(LIMITS.presentersPerItem),
  confidentiality: confidentialitySchema,
  /** This item's limit per speaking turn, overriding the meeting's; null means the meeting's. */
  speakingLimitSeconds: z.number().int().min(0).max(LIMITS.speakingLimitMaxSeconds).nullable(),
};
/** A change to an agenda item: absent fields stay as they are. */
export const agendaItemPatchSchema = z.strictObject(agendaItemFields).partial();
export const agendaItemInputSchema = z.strictObject({
  ...agendaItemFields,
  presenters: agendaItemFields.presenters.default([]),
  speakingLimitSeconds: agendaItemFields.speakingLimitSeconds.default(null),
});
export type AgendaItemInput = z.infer<typeof agendaItemInputSchema>;
/** An agenda item as a caller writes it, before defaults are filled in. */
export type AgendaItemDraft = z.input<typeof agendaItemInputSchema>;

export const agendaItemSchema = agendaItemInputSchema.extend({
  id: idSchema,
  /** Time already spent on this item before the current visit, in milliseconds. */
  spentMs: z.number().int().min(0),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const INTERVENTION_KINDS = ['new-point', 'direct-reply', 'clarification', 'point-of-order'] as const;
export const interventionKindSchema = z.enum(INTERVENTION_KINDS);
export type InterventionKind = z.infer<typeof interventionKindSchema>;

export const QUEUE_POLICIES = ['first-come', 'progressive'] as const;
export const queuePolicySchema = z.enum(QUEUE_POLICIES);
export type QueuePolicy = z.infer<typeof queuePolicySchema>;

export const QUEUE_STATUSES = ['open', 'paused', 'closed'] as const;
export const queueStatusSchema = z.enum(QUEUE_STATUSES);
export type QueueStatus = z.infer<typeof queueStatusSchema>;

/** How the meeting's floor is run; changeable live. */
export const queueSettingsSchema = z.strictObject({
  policy: queuePolicySchema,
  /** Whether points of order, clarifications and direct replies go ahead of new points. */
  allowPriority: z.boolean(),
  /** Limit per speaking turn; 0 means none. An agenda item may override it. */
  speakingLimitSeconds: z.number().int().min(0).max(LIMITS.speakingLimitMaxSeconds),
});
export type QueueSettings = z.infer<typeof queueSettingsSchema>;
export const DEFAULT_QUEUE_SETTINGS: QueueSettings = {
  policy: 'progressive',
  allowPriority: true,
  speakingLimitSeconds: 180,
};

const keySchema = z.string().regex(/^[a-z0-9-]{1,24}$/, 'a key of lowercase letters, digits and dashes');

/**
 * A facilitator's name for a theme, a balance category or an option, in other UI languages, so that each
 * person reads it in theirs (an Arabic participant does not see English tags). Only the four UI languages
 * are keys; each name is cleaned, not empty and as long as the original may be. Optional everywhere, so
 * rows stored before translations existed still load.
 */
export const nameTranslationsSchema = (max: number) => z.partialRecord(languageSchema, requiredText(max));
export type NameTranslations = Partial<Record<Language, string>>;

/** Longest name of a balance category or option. */
const BALANCE_NAME_LENGTH = 60;

/** A dimension of speaking balance (sector, region, gender…), defined by the facilitator. */
export const balanceCategorySchema = z.strictObject({
  id: keySchema,
  name: requiredText(BALANCE_NAME_LENGTH),
  translations: nameTranslationsSchema(BALANCE_NAME_LENGTH).optional(),
  options: z
    .array(
      z.strictObject({
        id: keySchema,
        label: requiredText(BALANCE_NAME_LENGTH),
        translations: nameTranslationsSchema(BALANCE_NAME_LENGTH).optional(),
      }),
    )
    .min(1)
    .max(LIMITS.balanceOptions)
    .refine((options) => new Set(options.map((o) => o.id)).size === options.length, 'option ids must differ'),
});
export type BalanceCategory = z.infer<typeof balanceCategorySchema>;
export const balanceCategoriesSchema = z
  .array(balanceCategorySchema)
  .max(LIMITS.balanceCategories)
  .refine((categories) => new Set(categories.map((c) => c.id)).size === categories.length, 'category ids must differ');

/** Days after a meeting ends before its raw data is purged; null is a hold that keeps it until released. */
export const retentionDaysSchema = z.number().int().min(1).max(LIMITS.retentionDaysMax).nullable();
export const DEFAULT_RETENTION_DAYS = 90;

/** A person's own, optional answers: category id to option id. */
export const memberCategoriesSchema = z.record(keySchema, keySchema);
export type MemberCategories = z.infer<typeof memberCategoriesSchema>;

export const queueEntrySchema = z.object({
  id: idSchema,
  /** Null for someone in the room without a Hiwar membership. */
  memberId: idSchema.nullable(),
  /** The name shown; null for an unnamed "participant in the room". */
  name: z.string().nullable(),
  kind: interventionKindSchema,
  raisedAt: z.number(),
  /** Turns this person had had when raising the hand (for the progressive stack). */
  priorTurns: z.number().int().min(0),
});
export type QueueEntry = z.infer<typeof queueEntrySchema>;

export const floorSchema = z.object({
  turnId: idSchema,
  memberId: idSchema.nullable(),
  name: z.string().nullable(),
  kind: interventionKindSchema,
  /** Server time the turn started; every countdown is computed from it. */
  startedAt: z.number(),
  /** The turn's limit in ms, or null for none. */
  limitMs: z.number().int().nullable(),
});
export type Floor = z.infer<typeof floorSchema>;

export const queueSchema = z.object({
  status: queueStatusSchema,
  entries: z.array(queueEntrySchema),
  floor: floorSchema.nullable(),
});
export type Queue = z.infer<typeof queueSchema>;

export const colourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #1f6f5c');

const themeFields = {
  name: requiredText(LIMITS.themeNameLength),
  description: text(LIMITS.themeDescriptionLength),
  colour: colourSchema,
  /** The name in other UI languages; a patch replaces the whole map ({} removes them all). */
  translations: nameTranslationsSchema(LIMITS.themeNameLength).optional(),
};
/** A theme of the discussion. Themes are data: any subject works, not only the presets. */
export const themeSchema = z.strictObject({ id: idSchema, ...themeFields });
export type Theme = z.infer<typeof themeSchema>;
export const themeInputSchema = z.strictObject({ ...themeFields, description: themeFields.description.default('') });
export type ThemeDraft = z.input<typeof themeInputSchema>;
export const themePatchSchema = z.strictObject(themeFields).partial();

/** Whether participants may send points, and whether theirs wait for moderation. */
export const pointsSettingsSchema = z.strictObject({
  participantsMaySubmit: z.boolean(),
  premoderate: z.boolean(),
  /** The most points one participant may send in any minute; 0 means no cap. The desk is never capped. */
  maxPerMinute: z.number().int().min(0).max(LIMITS.pointsPerMinuteMax),
});
export type PointsSettings = z.infer<typeof pointsSettingsSchema>;
export const DEFAULT_POINTS_SETTINGS: PointsSettings = {
  participantsMaySubmit: true,
  premoderate: true,
  maxPerMinute: 0,
};

export const POINT_STATUSES = ['pending', 'published', 'hidden', 'merged'] as const;
export const pointStatusSchema = z.enum(POINT_STATUSES);
export type PointStatus = z.infer<typeof pointStatusSchema>;

/** Point text: trimmed, not empty, at most LIMITS.pointLength characters. Shown as text, never as markup. */
export const pointTextSchema = requiredText(LIMITS.pointLength);

export const parkingLotSchema = z.strictObject({
  owner: requiredText(LIMITS.nameLength),
  /** A calendar date, YYYY-MM-DD. */
  dueDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
    .refine((s) => isRealDate(s), 'not a real date')
    .nullable(),
});
export type ParkingLot = z.infer<typeof parkingLotSchema>;

/**
 * A point's grammatical form, which decides the sentence the report frames it in: a clause takes "noted
 * that …", an imperative "called for …", a noun phrase "pointed to …", a question "asked whether …".
 */
export const POINT_FORMS = ['clause', 'imperative', 'noun-phrase', 'question'] as const;
export const pointFormSchema = z.enum(POINT_FORMS);
export type PointForm = z.infer<typeof pointFormSchema>;

/** Whom a recommendation is addressed to; the report groups recommendations under these. */
export const ADDRESSEES = [
  'governments',
  'donors',
  'international-organisations',
  'civil-society',
  'private-sector',
  'researchers',
] as const;
export const addresseeSchema = z.enum(ADDRESSEES);
export type Addressee = z.infer<typeof addresseeSchema>;

/**
 * One contribution to the discussion. It never says who sent it; only on an on-the-record item may a
 * captured point carry the speaker as its source.
 */
export const pointSchema = z.object({
  id: idSchema,
  itemId: idSchema,
  text: z.string(),
  themeIds: z.array(idSchema),
  status: pointStatusSchema,
  /** Why a point is held or hidden, told to the person who sent it. */
  reason: z.string().nullable(),
  source: z.object({ name: z.string(), organisation: z.string() }).nullable(),
  /** Captured by the desk, or sent by a participant. */
  origin: z.enum(['capture', 'participant']),
  createdAt: z.number(),
  editedAt: z.number().nullable(),
  supportCount: z.number().int().min(0),
  starred: z.boolean(),
  recommendation: z.boolean(),
  parkingLot: parkingLotSchema.nullable(),
  mergedInto: idSchema.nullable(),
  /** The desk's choice of form; null lets the report read it from the words. */
  form: pointFormSchema.nullable(),
  /** For a recommendation: whom it is addressed to, or null for no one in particular. */
  addressee: addresseeSchema.nullable(),
  /** Marked by the desk as identifying someone: it stays out of every public section of the report. */
  identifying: z.boolean(),
});
export type Point = z.infer<typeof pointSchema>;

export const VOTE_KINDS = ['dots', 'single', 'multiple', 'scale'] as const;
export const voteKindSchema = z.enum(VOTE_KINDS);
export type VoteKind = z.infer<typeof voteKindSchema>;

export const voteOptionSchema = z.object({ id: idSchema, label: z.string(), pointId: idSchema.nullable() });
export type VoteOption = z.infer<typeof voteOptionSchema>;

export const voteResultsSchema = z.object({
  /** How many people cast a ballot. */
  ballots: z.number().int().min(0),
  /** Per option (for a scale, per value), most first; equal counts share a rank. */
  tallies: z.array(z.object({ optionId: z.string(), count: z.number().int().min(0), rank: z.number().int().min(1) })),
  /** Free "other" answers, shown as a word list. */
  other: z.array(z.string()),
  average: z.number().nullable(),
  /** Only in a named vote on an on-the-record item: who chose what. */
  voters: z.array(z.object({ optionId: z.string(), names: z.array(z.string()) })).nullable(),
});
export type VoteResults = z.infer<typeof voteResultsSchema>;

/** A dot vote or a quick poll. Its results stay null until it closes, unless it shows live results. */
export const voteSchema = z.object({
  id: idSchema,
  itemId: idSchema,
  kind: voteKindSchema,
  title: z.string(),
  options: z.array(voteOptionSchema),
  dotsPerPerson: z.number().int().min(1),
  allowStacking: z.boolean(),
  scaleMin: z.number().int(),
  scaleMax: z.number().int(),
  allowOther: z.boolean(),
  liveResults: z.boolean(),
  named: z.boolean(),
  status: z.enum(['open', 'closed']),
  openedAt: z.number(),
  closedAt: z.number().nullable(),
  results: voteResultsSchema.nullable(),
  /** How many people have cast a ballot so far: shown while the results stay hidden ("12 have voted"). */
  turnout: z.number().int().min(0),
  /** Server time (ms) at which the server closes the vote by itself; null when only a person closes it. */
  closesAt: z.number().nullable(),
});
export type Vote = z.infer<typeof voteSchema>;

/** One person's ballot. Which fields count depends on the kind of vote. */
export const ballotSchema = z.strictObject({
  /** Dot vote: dots per option. */
  dots: z.record(idSchema, z.number().int().min(1).max(LIMITS.dotsMax)).optional(),
  /** Single or multiple choice: the chosen options. */
  optionIds: z.array(idSchema).max(LIMITS.voteOptions).optional(),
  /** Scale: the value chosen. */
  value: z.number().int().optional(),
  /** A free answer, where the poll allows one. */
  other: requiredFreeText(LIMITS.otherAnswerLength).optional(),
});
export type Ballot = z.infer<typeof ballotSchema>;

/** Who may come in: a locked meeting takes no new joins; with a waiting room, newcomers wait to be admitted. */
export const lobbySchema = z.strictObject({ locked: z.boolean(), waitingRoom: z.boolean() });

/** How the report is drafted for this meeting. */
export const reportSettingsSchema = z.strictObject({
  /** Discussion themes in the facilitator's order (the narrative order) or by weight of support. */
  themeOrder: z.enum(['agenda', 'weight']),
  /** Digits in an Arabic report: Western (0-9) or Arabic-Indic (٠-٩). Other languages use Western digits. */
  digits: z.enum(['latin', 'arabic-indic']),
  /** Places, projects and other words the name check treats like a participant's name. */
  sensitiveTerms: z.array(requiredText(LIMITS.nameLength)).max(LIMITS.sensitiveTerms),
});
export type ReportSettings = z.infer<typeof reportSettingsSchema>;
export const DEFAULT_REPORT_SETTINGS: ReportSettings = { themeOrder: 'agenda', digits: 'latin', sensitiveTerms: [] };
export type Lobby = z.infer<typeof lobbySchema>;

export const meetingSchema = meetingDetailsSchema.extend({
  id: idSchema,
  joinCode: z.string(),
  lobby: lobbySchema,
  status: z.enum(MEETING_STATUSES),
  currentItemId: idSchema.nullable(),
  /** Server time (ms) at which the current item was entered. */
  itemStartedAt: z.number().nullable(),
  startedAt: z.number().nullable(),
  endedAt: z.number().nullable(),
  seq: z.number().int().min(0),
  queueSettings: queueSettingsSchema,
  balanceCategories: balanceCategoriesSchema,
  themes: z.array(themeSchema),
  pointsSettings: pointsSettingsSchema,
  reportSettings: reportSettingsSchema,
});
export type Meeting = z.infer<typeof meetingSchema>;

export const memberSchema = z.strictObject({
  id: idSchema,
  displayName: z.string(),
  organisation: z.string().nullable(),
  role: roleSchema,
  joinedAt: z.number(),
  categories: memberCategoriesSchema,
  /** Totals only: how many turns and how much floor time this person has had in the meeting. */
  turns: z.number().int().min(0),
  floorMs: z.number().int().min(0),
  /** In the waiting room: joined, not yet admitted. Absent or false once admitted. */
  waiting: z.boolean().optional(),
});
export type Member = z.infer<typeof memberSchema>;

/** What a connecting client receives to start from, shaped for the viewer's role. */
export const snapshotSchema = z.object({
  meeting: meetingSchema,
  agenda: z.array(agendaItemSchema),
  self: memberSchema,
  /** The member list is shown to facilitators only; other roles get null. */
  members: z.array(memberSchema).nullable(),
  queue: queueSchema,
  /** The points this viewer may see: all for the desk; published ones and their own for others. */
  points: z.array(pointSchema),
  /** The viewer's own points and supports, recognised by a one-way token, never stored by name. */
  myPointIds: z.array(idSchema),
  mySupportIds: z.array(idSchema),
  votes: z.array(voteSchema),
  /** The viewer's own ballots, recognised by the same one-way token. */
  myBallots: z.array(z.object({ voteId: idSchema, ballot: ballotSchema })),
  serverNow: z.number(),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

export const presenceSchema = z.object({
  /** How many people are connected now. */
  count: z.number().int().min(0),
  /** Ids of connected members; sent to facilitators only. */
  memberIds: z.array(idSchema).optional(),
});
export type Presence = z.infer<typeof presenceSchema>;

/** Told to a member who sent too many requests: sending is paused for this long. Not logged. */
export const sessionMutedSchema = z.object({ retryAfterMs: z.number().int().min(0) });
export type SessionMuted = z.infer<typeof sessionMutedSchema>;

/** Told to the staff when a member was muted for flooding, so the console can show who and for how long. */
export const memberMutedSchema = z.object({ memberId: idSchema, retryAfterMs: z.number().int().min(0) });
export type MemberMuted = z.infer<typeof memberMutedSchema>;

export const meetingSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  hostOrganisation: z.string(),
  startsAt: z.string(),
  timeZone: z.string(),
  format: meetingFormatSchema,
  status: z.enum(MEETING_STATUSES),
  /** Server times (ms) the meeting was started and ended: the dashboard dates past meetings by these. */
  startedAt: z.number().nullable(),
  endedAt: z.number().nullable(),
  joinCode: z.string(),
  role: roleSchema,
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

/** What the join page shows before someone enters: nothing about who else is there. */
export const joinInfoSchema = z.object({
  meetingId: idSchema,
  title: z.string(),
  hostOrganisation: z.string(),
  startsAt: z.string(),
  timeZone: z.string(),
  format: meetingFormatSchema,
  contentLanguage: languageSchema,
  status: z.enum(MEETING_STATUSES),
  /** Locked: the join page says that no one new can enter. */
  locked: z.boolean(),
  /** Newcomers wait until the facilitator admits them. */
  waitingRoom: z.boolean(),
  /** The balance categories a person may (optionally) answer when joining. */
  balanceCategories: balanceCategoriesSchema,
});
export type JoinInfo = z.infer<typeof joinInfoSchema>;
