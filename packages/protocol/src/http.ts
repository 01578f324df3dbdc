import { z } from 'zod';
import { LIMITS, memberCategoriesSchema } from './model.js';
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
export const joinResultSchema = z.object({ meetingId: z.string(), memberId: z.string(), memberToken: z.string() });
export type JoinResult = z.infer<typeof joinResultSchema>;
