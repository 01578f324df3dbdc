import { createHash, randomBytes, randomInt } from 'node:crypto';

/** A random id for rows: 16 url-safe characters. */
export function newId(): string {
  return randomBytes(12).toString('base64url');
}

/** The characters of a join code: no look-alikes (no I, O, 0, 1). */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 8;

/** A join code people can read aloud and type: 8 characters without look-alikes, 32^8 (about 1.1e12) in all. */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** A secret for a cookie or a participant's credential. Only its hash is ever stored. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** The one-way hash under which a secret is stored and looked up. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}
