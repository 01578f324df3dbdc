import type { Language } from '@hiwar/protocol';

/** Letters of the right-to-left scripts, as a regular-expression class body (with the `u` flag). */
export const RTL_SCRIPT = '\\p{Script=Arabic}\\p{Script=Hebrew}\\p{Script=Syriac}\\p{Script=Thaana}';
/** Letters of the left-to-right scripts a report meets, likewise. */
export const LTR_LETTER = '\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}';
const RTL_LETTER = new RegExp(`[${RTL_SCRIPT}]`, 'u');

/** The writing direction of a report language. */
export function languageDirection(language: Language): 'ltr' | 'rtl' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/** The direction of a text's first letter, or null when it has none (digits, punctuation). */
export function firstStrongDirection(text: string): 'ltr' | 'rtl' | null {
  const letter = text.match(/\p{L}/u)?.[0];
  if (!letter) return null;
  return RTL_LETTER.test(letter) ? 'rtl' : 'ltr';
}

/**
 * Someone's words put into a sentence of the report's language. When their direction differs (an English
 * point quoted in an Arabic sentence, an Arabic name in an English one) they are wrapped in Unicode
 * isolates (U+2068 … U+2069), so every export keeps the quoted sentence's full stop and brackets with it
 * instead of moving them to the other end of the line. Same-direction text is left exactly as it is.
 */
export function embed(text: string, language: Language): string {
  const theirs = firstStrongDirection(text);
  return theirs && theirs !== languageDirection(language) ? `\u2068${text}\u2069` : text;
}
