import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../lib/app-error.js';
import { hashSecret } from '../lib/ids.js';
import type { AccountRecord, MemberRecord, Store } from '../store/store.js';

export const SESSION_COOKIE = 'hiwar_session';
export const SESSION_DAYS = 30;

/**
 * Tells live connections which sessions just ended (sign-out, "sign out everywhere", a revoked session,
 * a password change), so a facilitator's open console closes with them instead of outliving them.
 */
export class SessionsEnded {
  private readonly subscribers = new Set<(tokenHashes: ReadonlySet<string>) => void>();

  subscribe(subscriber: (tokenHashes: ReadonlySet<string>) => void): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  publish(tokenHashes: Iterable<string>): void {
    const ended = new Set(tokenHashes);
    if (ended.size === 0) return;
    for (const subscriber of this.subscribers) subscriber(ended);
  }
}

/** Reads a cookie from a raw Cookie header (the socket handshake has no cookie parser). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** Finds the signed-in account from a session cookie's value, or null. */
export async function accountFromSession(store: Store, token: string | undefined, now: number) {
  if (!token) return null;
  return store.accounts.findSessionAccount(hashSecret(token), now);
}

/**
 * How long a member token outlives its meeting's end when the meeting names no retention period of its
 * own: a participant's link is a key to the meeting's data, and it ends with that data's retention.
 */
export const MEMBER_TOKEN_RETENTION_DAYS = 90;
const DAY_MS = 24 * 3600 * 1000;

/** Whether a member token of this meeting has outlived the meeting's retention. */
export function memberTokenExpired(
  meeting: { endedAt: number | null },
  /** The meeting's retention period in days; null is a hold (kept until released); undefined, the default. */
  retentionDays: number | null | undefined,
  now: number,
): boolean {
  if (meeting.endedAt === null || retentionDays === null) return false;
  return now > meeting.endedAt + (retentionDays ?? MEMBER_TOKEN_RETENTION_DAYS) * DAY_MS;
}

/**
 * The one way every route and socket learns who is acting in a meeting: a participant by their
 * meeting-scoped token, or a signed-in facilitator by their account's membership, never from anything
 * in the payload. Refuses removed members on both paths, member tokens past the meeting's retention,
 * and (unless the caller serves the waiting screen) people still in the waiting room.
 */
export async function memberFor(
  store: Store,
  meetingId: string,
  credentials: { memberToken?: string; sessionToken?: string },
  now: number,
  options: { allowWaiting?: boolean } = {},
): Promise<MemberRecord> {
  let member: MemberRecord | null;
  if (credentials.memberToken) {
    member = await store.findMemberByToken(hashSecret(credentials.memberToken));
    if (!member) throw new AppError('UNAUTHENTICATED');
    if (member.meetingId !== meetingId) throw new AppError('FORBIDDEN');
    const meeting = await store.findMeeting(meetingId);
    if (!meeting) throw new AppError('MEETING_NOT_FOUND');
    const retention = meeting.endedAt === null ? null : await store.retention.find(meetingId);
    if (memberTokenExpired(meeting, retention?.retentionDays, now)) throw new AppError('MEMBER_TOKEN_EXPIRED');
  } else {
    const account = await accountFromSession(store, credentials.sessionToken, now);
    if (!account) throw new AppError('UNAUTHENTICATED');
    const meeting = await store.findMeeting(meetingId);
    if (!meeting) throw new AppError('MEETING_NOT_FOUND');
    member = await store.findMemberForAccount(meetingId, account.id);
    if (!member) throw new AppError('FORBIDDEN');
  }
  if (member.removedAt !== null) throw new AppError('MEMBER_REMOVED');
  if (member.waiting && !options.allowWaiting) throw new AppError('MEMBER_WAITING');
  return member;
}

/** The bearer token of an HTTP request, if it has one. */
export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7) : undefined;
}

/** The signed-in account of an HTTP request, or an UNAUTHENTICATED error. */
export async function requireAccount(store: Store, request: FastifyRequest): Promise<AccountRecord> {
  const account = await accountFromSession(store, request.cookies[SESSION_COOKIE], Date.now());
  if (!account) throw new AppError('UNAUTHENTICATED');
  return account;
}

/** Sets or clears the session cookie: httpOnly, SameSite=Lax, Secure over https. */
export function setSessionCookie(reply: FastifyReply, token: string | null, secure: boolean) {
  const options = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure };
  if (token === null) reply.clearCookie(SESSION_COOKIE, options);
  else reply.setCookie(SESSION_COOKIE, token, { ...options, maxAge: SESSION_DAYS * 24 * 3600 });
}
