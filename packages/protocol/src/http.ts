import { z } from 'zod';
import { LIMITS, meetingDetailsPatchSchema, memberCategoriesSchema, retentionDaysSchema } from './model.js';
import { freeText, requiredFreeText } from './text.js';

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));

export const signUpBodySchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(LIMITS.passwordMin).max(LIMITS.passwordMax),
  name: requiredFreeText(LIMITS.nameLength),
});
export type SignUpBody = z.infer<typeof signUpBodySchema>;

export const signInBodySchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1).max(LIMITS.passwordMax),
});
export type SignInBody = z.infer<typeof signInBodySchema>;

export const accountSchema = z.object({ id: z.string(), email: z.string(), name: z.string() });
export type Account = z.infer<typeof accountSchema>;

export const changePasswordBodySchema = z.strictObject({
  currentPassword: z.string().min(1).max(LIMITS.passwordMax),
  newPassword: z.string().min(LIMITS.passwordMin).max(LIMITS.passwordMax),
});
export type ChangePasswordBody = z.infer<typeof changePasswordBodySchema>;

/** One signed-in session of an account, as its owner sees it: no address, no device fingerprint. */
export const sessionInfoSchema = z.object({
  /** Stands for the session; not its token, and no way to one. */
  id: z.string(),
  createdAt: z.number(),
  lastUsedAt: z.number(),
  /** The session this request came from. */
  current: z.boolean(),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

/**
 * "Use as template": what the copy may change at once. Absent fields keep the original's, so an empty
 * body copies the meeting as it is (its title included; the client usually offers an edited one).
 */
export const duplicateMeetingBodySchema = meetingDetailsPatchSchema.pick({ title: true, startsAt: true });
export type DuplicateMeetingBody = z.input<typeof duplicateMeetingBodySchema>;

export const joinBodySchema = z.strictObject({
  displayName: requiredFreeText(LIMITS.nameLength),
  organisation: freeText(LIMITS.organisationLength).nullable().default(null),
  /** Optional answers to the meeting's balance categories. */
  categories: memberCategoriesSchema.default({}),
  /** Whether the person agrees to be named in the report's internal participant list. Off unless chosen. */
  listedInReport: z.boolean().default(false),
});
export type JoinBody = z.input<typeof joinBodySchema>;

/** A participant's credential for one meeting. Kept by the client, shown to nobody. */
export const joinResultSchema = z.object({
  meetingId: z.string(),
  memberId: z.string(),
  memberToken: z.string(),
  /** The person entered the waiting room and sees the meeting once admitted. */
  waiting: z.boolean().optional(),
});
export type JoinResult = z.infer<typeof joinResultSchema>;

/** Where a meeting's data stands: its retention period, when the purge is due, and whether it ran. */
export const retentionSchema = z.object({
  retentionDays: retentionDaysSchema,
  /** When the raw data is purged (ms since the epoch); null under a hold or before the meeting ends. */
  purgeAt: z.number().nullable(),
  purgedAt: z.number().nullable(),
});
export type Retention = z.infer<typeof retentionSchema>;
