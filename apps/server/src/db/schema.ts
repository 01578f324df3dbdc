import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** Facilitators' accounts. Participants have no account. */
export const accounts = sqliteTable('accounts', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  createdAt: integer('created_at').notNull(),
});

/** Signed-in sessions. Only a hash of the cookie's token is kept, never the token. */
export const sessions = sqliteTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
    /** When the session was last used, touched at most every few minutes; an idle session ends. */
    lastUsedAt: integer('last_used_at'),
  },
  (t) => [index('sessions_account_idx').on(t.accountId)],
);

export const meetings = sqliteTable('meetings', {
  id: text('id').primaryKey(),
  ownerAccountId: text('owner_account_id')
    .notNull()
    .references(() => accounts.id),
  joinCode: text('join_code').notNull().unique(),
  /** No new joins while locked. */
  locked: integer('locked', { mode: 'boolean' }).notNull().default(false),
  /** Newcomers wait until someone who runs the meeting admits them. */
  waitingRoom: integer('waiting_room', { mode: 'boolean' }).notNull().default(false),
  title: text('title').notNull(),
  hostOrganisation: text('host_organisation').notNull(),
  startsAt: text('starts_at').notNull(),
  timeZone: text('time_zone').notNull(),
  format: text('format', { enum: ['online', 'in-person', 'hybrid'] }).notNull(),
  contentLanguage: text('content_language', { enum: ['en', 'ar', 'fr', 'sv'] }).notNull(),
  videoCallUrl: text('video_call_url'),
  description: text('description').notNull().default(''),
  status: text('status', { enum: ['draft', 'live', 'ended'] })
    .notNull()
    .default('draft'),
  currentItemId: text('current_item_id'),
  itemStartedAt: integer('item_started_at'),
  startedAt: integer('started_at'),
  endedAt: integer('ended_at'),
  /** The last sequence number given to an event of this meeting; bumped inside each command's transaction. */
  seq: integer('seq').notNull().default(0),
  /** JSON: { policy, allowPriority, speakingLimitSeconds }. */
  queueSettings: text('queue_settings')
    .notNull()
    .default('{"policy":"progressive","allowPriority":true,"speakingLimitSeconds":180}'),
  /** JSON array of the facilitator's balance categories. */
  balanceCategories: text('balance_categories').notNull().default('[]'),
  queueStatus: text('queue_status', { enum: ['open', 'paused', 'closed'] })
    .notNull()
    .default('open'),
  /** JSON of who has the floor now, or null. Only the current turn is kept, never past ones. */
  floor: text('floor'),
  /** JSON array of the meeting's themes, in order. */
  themes: text('themes').notNull().default('[]'),
  pointsSettings: text('points_settings').notNull().default('{"participantsMaySubmit":true,"premoderate":true}'),
  /** JSON of the report's drafting settings (theme order, Arabic digits, sensitive terms). */
  reportSettings: text('report_settings').notNull().default('{}'),
  /**
   * Key for the one-way tokens that recognise a person's own points and supports without naming them.
   * Destroyed with the meeting's points when they are purged, after which nothing can link them.
   */
  pointKey: text('point_key'),
  /**
   * Days after the meeting ends before its raw data is purged; null is a hold ("keep"). The published
   * report outlives the purge.
   */
  retentionDays: integer('retention_days').default(90),
  /** When the purge finished; set again by a rerun, which finds nothing left to erase. */
  purgedAt: integer('purged_at'),
  createdAt: integer('created_at').notNull(),
});

export const agendaItems = sqliteTable(
  'agenda_items',
  {
    id: text('id').primaryKey(),
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    kind: text('kind', {
      enum: ['opening', 'presentation', 'discussion', 'break', 'closing', 'other'],
    }).notNull(),
    plannedMinutes: integer('planned_minutes').notNull(),
    /** JSON array of { name, title, organisation }. */
    presenters: text('presenters').notNull().default('[]'),
    confidentiality: text('confidentiality', { enum: ['on-record', 'chatham-house', 'off-record'] }).notNull(),
    spentMs: integer('spent_ms').notNull().default(0),
    speakingLimitSeconds: integer('speaking_limit_seconds'),
  },
  (t) => [index('agenda_items_meeting_idx').on(t.meetingId, t.position)],
);

/** Everyone in a meeting: the owner (linked to an account) and people who joined by link (not). */
export const members = sqliteTable(
  'members',
  {
    id: text('id').primaryKey(),
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    accountId: text('account_id').references(() => accounts.id),
    displayName: text('display_name').notNull(),
    organisation: text('organisation'),
    role: text('role', {
      enum: ['facilitator', 'co-facilitator', 'rapporteur', 'presenter', 'participant', 'observer'],
    }).notNull(),
    /** Hash of the meeting-scoped credential of someone who joined by link. */
    tokenHash: text('token_hash'),
    joinedAt: integer('joined_at').notNull(),
    removedAt: integer('removed_at'),
    /** Joined while the waiting room was on and not admitted yet: sees nothing of the meeting. */
    waiting: integer('waiting', { mode: 'boolean' }).notNull().default(false),
    /** JSON: the person's own optional answers to the balance categories. */
    categories: text('categories').notNull().default('{}'),
    /** Totals only, never a timeline of turns. */
    turns: integer('turns').notNull().default(0),
    floorMs: integer('floor_ms').notNull().default(0),
    /** The person agreed, when joining, to be named in the report's internal participant list. */
    listedInReport: integer('listed_in_report', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    index('members_meeting_idx').on(t.meetingId),
    uniqueIndex('members_token_idx').on(t.tokenHash),
    index('members_account_idx').on(t.accountId, t.meetingId),
  ],
);

/** The speaker queue: who is waiting, in order. */
export const queueEntries = sqliteTable(
  'queue_entries',
  {
    id: text('id').primaryKey(),
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    memberId: text('member_id'),
    name: text('name'),
    kind: text('kind', { enum: ['new-point', 'direct-reply', 'clarification', 'point-of-order'] }).notNull(),
    raisedAt: integer('raised_at').notNull(),
    priorTurns: integer('prior_turns').notNull(),
  },
  (t) => [index('queue_entries_meeting_idx').on(t.meetingId, t.position)],
);

/** Points of the discussion. No column names or identifies who sent a point. */
export const points = sqliteTable(
  'points',
  {
    id: text('id').primaryKey(),
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    itemId: text('item_id').notNull(),
    text: text('text').notNull(),
    themeIds: text('theme_ids').notNull().default('[]'),
    status: text('status', { enum: ['pending', 'published', 'hidden', 'merged'] }).notNull(),
    reason: text('reason'),
    /** JSON { name, organisation } of the speaker, only ever set on an on-the-record item. */
    source: text('source'),
    origin: text('origin', { enum: ['capture', 'participant'] }).notNull(),
    /** One-way token of the sender (keyed by the meeting's pointKey), so they see their own points. */
    authorToken: text('author_token'),
    createdAt: integer('created_at').notNull(),
    editedAt: integer('edited_at'),
    supportCount: integer('support_count').notNull().default(0),
    starred: integer('starred', { mode: 'boolean' }).notNull().default(false),
    recommendation: integer('recommendation', { mode: 'boolean' }).notNull().default(false),
    parkingLot: text('parking_lot'),
    mergedInto: text('merged_into'),
    /** The desk's choice of the point's grammatical form for the report; null reads it from the words. */
    form: text('form', { enum: ['clause', 'imperative', 'noun-phrase', 'question'] }),
    addressee: text('addressee', {
      enum: ['governments', 'donors', 'international-organisations', 'civil-society', 'private-sector', 'researchers'],
    }),
    identifying: integer('identifying', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('points_meeting_idx').on(t.meetingId, t.createdAt), index('points_author_idx').on(t.authorToken)],
);

/** Earlier versions of a point's text and themes: editing keeps a history. */
export const pointRevisions = sqliteTable(
  'point_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    pointId: text('point_id')
      .notNull()
      .references(() => points.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    themeIds: text('theme_ids').notNull(),
    replacedAt: integer('replaced_at').notNull(),
  },
  (t) => [index('point_revisions_point_idx').on(t.pointId)],
);

/** Who supports a point, known only by a one-way token: each person once, nobody by name. */
export const pointSupports = sqliteTable(
  'point_supports',
  {
    pointId: text('point_id')
      .notNull()
      .references(() => points.id, { onDelete: 'cascade' }),
    token: text('token').notNull(),
  },
  (t) => [primaryKey({ columns: [t.pointId, t.token] })],
);

/** The open moderation log: what was held, hidden or published, and why. */
export const moderationLog = sqliteTable(
  'moderation_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    pointId: text('point_id').notNull(),
    status: text('status').notNull(),
    reason: text('reason'),
    at: integer('at').notNull(),
  },
  (t) => [index('moderation_log_meeting_idx').on(t.meetingId)],
);

/** Dot votes and quick polls. Results are written only when shown: at the close, or live if chosen. */
export const votes = sqliteTable(
  'votes',
  {
    id: text('id').primaryKey(),
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    itemId: text('item_id').notNull(),
    kind: text('kind', { enum: ['dots', 'single', 'multiple', 'scale'] }).notNull(),
    title: text('title').notNull(),
    options: text('options').notNull(),
    dotsPerPerson: integer('dots_per_person').notNull(),
    allowStacking: integer('allow_stacking', { mode: 'boolean' }).notNull(),
    scaleMin: integer('scale_min').notNull(),
    scaleMax: integer('scale_max').notNull(),
    allowOther: integer('allow_other', { mode: 'boolean' }).notNull(),
    liveResults: integer('live_results', { mode: 'boolean' }).notNull(),
    named: integer('named', { mode: 'boolean' }).notNull(),
    status: text('status', { enum: ['open', 'closed'] }).notNull(),
    openedAt: integer('opened_at').notNull(),
    closedAt: integer('closed_at'),
    results: text('results'),
    /** How many people have cast a ballot (a count only). */
    turnout: integer('turnout').notNull().default(0),
    /** When the server closes the vote by itself (ms); null without a timer. */
    closesAt: integer('closes_at'),
  },
  (t) => [index('votes_meeting_idx').on(t.meetingId, t.openedAt)],
);

/**
 * Ballots, one per person and vote, keyed by the person's one-way token: nobody can vote twice, and
 * nothing names the voter unless the vote is a named one on an on-the-record item.
 */
export const ballots = sqliteTable(
  'ballots',
  {
    voteId: text('vote_id')
      .notNull()
      .references(() => votes.id, { onDelete: 'cascade' }),
    voterToken: text('voter_token').notNull(),
    ballot: text('ballot').notNull(),
    voterName: text('voter_name'),
  },
  (t) => [primaryKey({ columns: [t.voteId, t.voterToken] })],
);

/** The meeting's event log, for catching up clients that missed events. */
export const events = sqliteTable(
  'events',
  {
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    body: text('body').notNull(),
    at: integer('at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.seq] })],
);

/**
 * Command ids already applied, so that a retried command is applied once. Keyed by the sender too, so
 * one person's id never answers for another's command; the sender is known only by a one-way token of
 * its own purpose (not the points token), which dies with the meeting's key.
 */
export const commandReceipts = sqliteTable(
  'command_receipts',
  {
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    senderToken: text('sender_token').notNull(),
    commandId: text('command_id').notNull(),
    seq: integer('seq').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.senderToken, t.commandId] })],
);

/**
 * Credentials of people removed from (or who left) a meeting, known only by their hash and kept apart
 * from any name, so that a removed person who comes back is told why they cannot enter. Gone at the purge.
 */
export const revokedTokens = sqliteTable(
  'revoked_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    revokedAt: integer('revoked_at').notNull(),
  },
  (t) => [index('revoked_tokens_meeting_idx').on(t.meetingId)],
);

/** The meeting's report: the current document and where it stands. */
export const reports = sqliteTable('reports', {
  meetingId: text('meeting_id')
    .primaryKey()
    .references(() => meetings.id, { onDelete: 'cascade' }),
  status: text('status', { enum: ['draft', 'published'] }).notNull(),
  version: integer('version').notNull(),
  /** JSON: the report document, validated by the protocol's schema on every save. */
  document: text('document').notNull(),
  updatedAt: integer('updated_at').notNull(),
  publishedAt: integer('published_at'),
  /** The capability in the read-only link of a published report. */
  publishToken: text('publish_token').unique(),
});

/** Every saved version of a report, for the history and restore. */
export const reportVersions = sqliteTable(
  'report_versions',
  {
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    document: text('document').notNull(),
    savedAt: integer('saved_at').notNull(),
    /** The display name of who saved it (the desk is named; it is their work). */
    savedBy: text('saved_by').notNull(),
    reason: text('reason', { enum: ['generate', 'edit', 'regenerate', 'restore', 'publish'] }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.version] })],
);

/** A presenter's review of their own paragraph, reached by a link that carries the token. */
export const reportReviews = sqliteTable(
  'report_reviews',
  {
    id: text('id').primaryKey(),
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    itemId: text('item_id').notNull(),
    presenterName: text('presenter_name').notNull(),
    token: text('token').notNull().unique(),
    status: text('status', { enum: ['pending', 'approved', 'changes-suggested'] }).notNull(),
    suggestion: text('suggestion'),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [uniqueIndex('report_reviews_item_idx').on(t.meetingId, t.itemId, t.presenterName)],
);
