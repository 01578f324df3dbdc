import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

/**
 * zxcvbn's score 3 means about 10^8 guesses or more: out of reach of an online attacker and costly
 * offline against scrypt. Lower scores are common passwords, keyboard walks, repeats and sequences.
 */
export const MIN_PASSWORD_SCORE = 3;

// Built once: loading the common-password dictionaries takes a moment.
let checker: ZxcvbnFactory | null = null;
const zxcvbn = () => {
  checker ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return checker;
};

/**
 * Whether a password is strong enough for a facilitator's account: checked against zxcvbn's list of
 * common passwords, names and patterns, and against the person's own e-mail address and name.
 */
export function passwordStrongEnough(password: string, userInputs: string[] = []): boolean {
  // Spaces alone, or a long run of one character, never count as a passphrase.
  if (password.trim().length === 0) return false;
  const inputs = userInputs.flatMap((s) => [s, ...s.split(/[@.\s]+/)]).filter((s) => s.length > 2);
  return zxcvbn().check(password, inputs).score >= MIN_PASSWORD_SCORE;
}
