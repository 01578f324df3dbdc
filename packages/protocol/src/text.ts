import { z } from 'zod';

/**
 * Bidi embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069). Typed into a name or a point
 * they reverse or reorder the text around them in every view and export ("Trojan Source" style), and an
 * unclosed one spills into the next sentence of a report. The views and exports isolate people's text
 * themselves, so stored text never needs them.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** Left-to-right and right-to-left marks at either end of the text, where they do nothing but hide. */
const STRAY_MARKS_AT_ENDS = /^[\u200E\u200F\s]+|[\u200E\u200F\s]+$/g;
/** Two or more marks in a row: one mark does all a mark can do. */
const REPEATED_MARKS = /[\u200E\u200F]{2,}/g;
/**
 * Characters that show nothing: whitespace, zero-width space and joiners, word joiner and invisible
 * operators, byte order mark, soft hyphen, combining grapheme joiner, Mongolian vowel separator, Hangul
 * fillers, and the marks above. A text made only of these looks empty to everyone who reads it.
 */
const INVISIBLE = /^(?:[\s\u00AD\u115F\u1160\u180E\u200B-\u200F\u2060-\u2064\u3164\uFEFF\uFFA0]|\u034F)*$/;

/** Removes bidi controls, and marks that stand alone at the ends or in a row; then trims. */
export function cleanText(value: string): string {
  return value
    .replace(BIDI_CONTROLS, '')
    .replace(REPEATED_MARKS, (marks) => marks.slice(-1))
    .replace(STRAY_MARKS_AT_ENDS, '')
    .trim();
}

/** Removes only the bidi overrides and embeddings (U+202A–U+202E), for rich report text that keeps isolates. */
export function withoutBidiOverrides(value: string): string {
  return value.replace(/[\u202A-\u202E]/g, '');
}

/** Whether a text shows nothing at all (empty, or only invisible characters). */
export function isInvisible(value: string): boolean {
  return INVISIBLE.test(value);
}

/**
 * Free text a person types (a point, a name, a title, an option): cleaned of bidi controls, trimmed, at
 * most `max` characters, and refused when it is not empty but shows nothing. The cleaning is an overwrite
 * (like trim), so the same schema also serialises responses.
 */
export const freeText = (max: number) =>
  z
    .string()
    .overwrite(cleanText)
    .max(max)
    .refine((s) => s === '' || !isInvisible(s), 'must contain visible text');

/** Free text that must say something: as freeText, and not empty. */
export const requiredFreeText = (max: number) =>
  z
    .string()
    .overwrite(cleanText)
    .min(1)
    .max(max)
    .refine((s) => !isInvisible(s), 'must contain visible text');
