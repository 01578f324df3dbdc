import { type ErrorCode, type WireError, wireError } from '@hiwar/protocol';

const STATUS: Partial<Record<ErrorCode, number>> = {
  VALIDATION_FAILED: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  MEMBER_REMOVED: 403,
  MEETING_OWNER_ONLY: 403,
  MEMBER_LEFT: 403,
  MEMBER_WAITING: 403,
  MEMBER_TOKEN_EXPIRED: 401,
  OWNER_ONLY: 403,
  MEETING_LOCKED: 403,
  PASSWORD_TOO_WEAK: 400,
  SESSION_NOT_FOUND: 404,
  ORIGIN_NOT_ALLOWED: 403,
  NOT_FOUND: 404,
  MEETING_NOT_FOUND: 404,
  JOIN_CODE_NOT_FOUND: 404,
  AGENDA_ITEM_NOT_FOUND: 404,
  MEMBER_NOT_FOUND: 404,
  POINT_NOT_FOUND: 404,
  THEME_NOT_FOUND: 404,
  REPORT_NOT_FOUND: 404,
  REPORT_VERSION_NOT_FOUND: 404,
  REPORT_NOT_PUBLISHED: 404,
  REVIEW_NOT_FOUND: 404,
  PDF_UNAVAILABLE: 501,
  EMAIL_TAKEN: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

/** The HTTP status that goes with an error code; rule refusals are 409 Conflict. */
export function statusOf(code: ErrorCode): number {
  return STATUS[code] ?? 409;
}

/** An error the server raises on purpose, with a code the client can translate. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: WireError['issues'];
  constructor(code: ErrorCode, issues?: WireError['issues']) {
    super(code);
    this.code = code;
    this.issues = issues;
  }
  toWire(): WireError {
    return wireError(this.code, this.issues);
  }
}
