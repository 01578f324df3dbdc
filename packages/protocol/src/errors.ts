/**
 * Every error the server can answer with. Clients translate by code; the English text is a fallback
 * for logs and for clients that have no translation.
 */
export const ERROR_MESSAGES = {
  VALIDATION_FAILED: 'The request is not valid.',
  PAYLOAD_TOO_LARGE: 'The request is too large.',
  UNAUTHENTICATED: 'You need to sign in or join the meeting first.',
  FORBIDDEN: 'Your role does not allow this.',
  NOT_FOUND: 'Not found.',
  RATE_LIMITED: 'Too many requests. Wait a moment and try again.',
  MEMBER_MUTED: 'You sent too many requests at once, so sending is paused for a while.',
  JSON_REQUIRED: 'This request must send its data as JSON (application/json).',
  PROTOCOL_VERSION_MISMATCH: 'This page is out of date. Reload it to continue.',
  ORIGIN_NOT_ALLOWED: 'Connections from this address are not allowed.',
  INTERNAL: 'Something went wrong on the server.',
  EMAIL_TAKEN: 'An account with this e-mail address already exists.',
  INVALID_CREDENTIALS: 'The e-mail address or password is wrong.',
  PASSWORD_TOO_WEAK: 'This password is too easy to guess. Use a few unrelated words or a longer phrase.',
  SESSION_NOT_FOUND: 'This session does not exist or has already ended.',
  JOIN_CODE_NOT_FOUND: 'No meeting has this join code.',
  MEETING_NOT_FOUND: 'The meeting does not exist.',
  MEETING_ALREADY_STARTED: 'The meeting has already started.',
  MEETING_NOT_LIVE: 'The meeting is not running.',
  MEETING_ENDED: 'The meeting has ended.',
  MEETING_LOCKED: 'The meeting is locked: no one new can join. Ask the facilitator.',
  AGENDA_EMPTY: 'Add at least one agenda item first.',
  AGENDA_AT_END: 'This is the last agenda item.',
  AGENDA_AT_START: 'This is the first agenda item.',
  AGENDA_ALREADY_MOVED: 'Someone else has already moved the agenda on.',
  AGENDA_ITEM_NOT_FOUND: 'The agenda item does not exist in this meeting.',
  AGENDA_ITEM_IS_CURRENT: 'The current agenda item cannot be deleted.',
  AGENDA_ORDER_MISMATCH: 'The new order must list every agenda item exactly once.',
  AGENDA_TOO_LONG: 'The agenda has too many items.',
  MEMBER_NOT_FOUND: 'The person is not in this meeting.',
  MEMBER_IS_OWNER: "The meeting's facilitator cannot be changed or removed.",
  MEMBER_IS_SELF: 'You cannot change your own role or remove yourself.',
  MEMBER_REMOVED: 'You have been removed from this meeting.',
  MEMBER_LEFT: 'You have left this meeting, and your name was removed from it.',
  MEETING_OWNER_ONLY: 'Only the meeting’s owner can do this.',
  MEMBER_WAITING: 'You are in the waiting room until the facilitator admits you.',
  MEMBER_NOT_WAITING: 'This person is not in the waiting room.',
  MEMBER_TOKEN_EXPIRED: 'Your access to this meeting has ended with its retention period.',
  OWNER_ONLY: "Only the meeting's owner can make or remove co-facilitators.",
  CATEGORY_UNKNOWN: 'This category or option is not one of the meeting’s.',
  QUEUE_CLOSED: 'The speaker queue is closed.',
  QUEUE_PAUSED: 'The speaker queue is paused.',
  QUEUE_ALREADY_RAISED: 'Your hand is already raised.',
  QUEUE_NOT_RAISED: 'Your hand is not raised.',
  QUEUE_EMPTY: 'Nobody is waiting in the queue.',
  QUEUE_ENTRY_NOT_FOUND: 'This person is no longer in the queue.',
  QUEUE_ALREADY_ADVANCED: 'Someone else has already given the floor.',
  QUEUE_TURN_NOT_CURRENT: 'This turn has already ended.',
  QUEUE_ORDER_MISMATCH: 'The queue changed in the meantime. Try again.',
  QUEUE_FULL: 'The speaker queue is full.',
  THEME_NOT_FOUND: 'The theme does not exist in this meeting.',
  THEME_ORDER_MISMATCH: 'The themes changed in the meantime. Try again.',
  THEMES_TOO_MANY: 'The meeting has too many themes.',
  POINT_NOT_FOUND: 'The point does not exist in this meeting.',
  POINTS_PER_MINUTE_EXCEEDED: 'You have sent as many points as the facilitator allows per minute. Wait a moment.',
  POINTS_OFF_RECORD: 'This agenda item is off the record: no points are noted.',
  POINTS_NOT_OPEN: 'Participants cannot send points in this meeting.',
  POINT_NOT_PUBLISHED: 'Only published points can be supported.',
  POINT_ALREADY_SUPPORTED: 'You already support this point.',
  POINT_NOT_SUPPORTED: 'You do not support this point.',
  POINT_MERGE_INVALID: 'These points cannot be merged.',
  VOTE_NOT_FOUND: 'The vote does not exist in this meeting.',
  VOTE_CLOSED: 'This vote is closed.',
  VOTE_ALREADY_CAST: 'You have already voted in this poll.',
  VOTE_ALLOWANCE_EXCEEDED: 'You have placed more dots than you have.',
  VOTE_STACKING_NOT_ALLOWED: 'This vote allows one dot per option.',
  VOTE_OPTION_UNKNOWN: 'This option is not part of the vote.',
  VOTE_CHOICE_INVALID: 'This answer does not fit the question.',
  VOTE_OPTIONS_INVALID: 'A vote needs at least two distinct options, each with a label or a point.',
  QUEUE_NOT_YOUR_TURN: 'Only the person who has the floor can hand it back.',
  VOTE_ALREADY_OPEN: 'The same vote is already open.',
  VOTE_NAMED_NOT_ALLOWED: 'Named votes are only possible on an on-the-record item.',
  REPORT_NOT_FOUND: 'There is no report draft for this meeting yet.',
  REPORT_VERSION_CONFLICT: 'The report was changed elsewhere in the meantime. Reload it to continue.',
  REPORT_NAMES_IN_CHATHAM_HOUSE:
    'A section under the Chatham House Rule names a participant or their organisation. Remove the names first.',
  REPORT_SECTION_NOT_GENERATED: 'This section was written by hand; there is nothing to regenerate.',
  REPORT_VERSION_NOT_FOUND: 'This version of the report does not exist.',
  REPORT_NOT_PUBLISHED: 'This report is not published.',
  REVIEW_NOT_FOUND: 'This review link is not valid.',
  PDF_UNAVAILABLE: 'PDF export needs Chromium on the server. Export HTML and print it to PDF instead.',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
export const ERROR_CODES = Object.keys(ERROR_MESSAGES) as ErrorCode[];

/** The shape of every error on the wire, HTTP and socket alike. */
export interface WireError {
  code: ErrorCode;
  message: string;
  /** Which input field was wrong, when one was. */
  issues?: { path: string; message: string }[];
  /** With RATE_LIMITED or MEMBER_MUTED: how long to wait before trying again, in ms. */
  retryAfterMs?: number;
}

/** Builds the wire form of an error from its code. */
export function wireError(code: ErrorCode, issues?: WireError['issues']): WireError {
  return issues ? { code, message: ERROR_MESSAGES[code], issues } : { code, message: ERROR_MESSAGES[code] };
}

/** A refusal that tells the client when to try again (RATE_LIMITED, MEMBER_MUTED). */
export function retryLaterError(code: 'RATE_LIMITED' | 'MEMBER_MUTED', retryAfterMs: number): WireError {
  return { code, message: ERROR_MESSAGES[code], retryAfterMs: Math.max(0, Math.ceil(retryAfterMs)) };
}
