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

/** The Unicode isolate controls: LRI, RLI, FSI and PDI. */
const ISOLATE_CONTROLS = /[\u2066-\u2069]/g;
/** An isolate the draft put around someone's words, closed by PDI or by the end of the text. */
const ISOLATE_SPAN = /([\u2066-\u2068])([^\u2066-\u2069]*)(?:\u2069|$)/gu;
/** In left-to-right text: a stretch of right-to-left words (digits and punctuation between them included). */
const RTL_STRETCH = new RegExp(`[${RTL_SCRIPT}](?:[^${LTR_LETTER}\\u2066-\\u2069]*[${RTL_SCRIPT}])?`, 'gu');
/** In right-to-left text: a stretch of Latin words, with the brackets, digits and percent sign that close it. */
const LTR_STRETCH = new RegExp(
  `[(\\[]?[${LTR_LETTER}](?:[^${RTL_SCRIPT}\\u2066-\\u2069]*[${LTR_LETTER}\\p{Nd})\\]%])?`,
  'gu',
);
/** Arabic punctuation always belongs to the Arabic words it follows. */
const ARABIC_PUNCTUATION = /^[\u060C\u061B\u061F]+/u;
/** A sentence's last stop, when the sentence ends there (space or end of the text after it). */
const SENTENCE_STOP = /^[.!?…\u061F]+(?=[\s\u2066-\u2069]|$)/u;
/** What may stand before a sentence of its own: nothing, or the end of a sentence, a colon or a quote. */
const SENTENCE_BEFORE = /(^|[.!?…:;\u061F\u061B"“«(—–\u2069])$/u;

/** Text with the isolate controls removed, for formats that isolate with their own means (bdi, w:rtl). */
export function withoutIsolates(text: string): string {
  return text.replace(ISOLATE_CONTROLS, '');
}

/** A stretch of a text, [start, end), in one direction; `other` when that is not the block's own direction. */
export interface DirectionSpan {
  start: number;
  end: number;
  dir: 'ltr' | 'rtl';
  other: boolean;
}

/**
 * A text cut where its direction changes, so every format can isolate what is written in the other
 * direction: an Arabic sentence in an English paragraph, an English quote or name in an Arabic one.
 * Isolates already in the text (the draft puts them around people's words) are kept as one stretch each;
 * elsewhere the script decides. A sentence of the other direction keeps its own full stop, so the stop is
 * drawn at that sentence's end and not at the other end of the line; a name inside a sentence does not take
 * the sentence's stop. The spans cover the whole text, in order.
 */
export function directionSpans(text: string, base: 'ltr' | 'rtl'): DirectionSpan[] {
  const spans: DirectionSpan[] = [];
  const push = (start: number, end: number, dir: 'ltr' | 'rtl') => {
    if (end <= start) return;
    const other = dir !== base;
    const last = spans.at(-1);
    if (last && last.dir === dir && last.end === start) last.end = end;
    else spans.push({ start, end, dir, other });
  };
  const otherDir = base === 'ltr' ? 'rtl' : 'ltr';
  const byScript = (from: number, to: number) => {
    const stretch = base === 'ltr' ? RTL_STRETCH : LTR_STRETCH;
    stretch.lastIndex = 0;
    const slice = text.slice(from, to);
    let at = 0;
    for (const match of slice.matchAll(stretch)) {
      let end = match.index + match[0].length;
      const rest = slice.slice(end);
      const arabic = base === 'ltr' ? rest.match(ARABIC_PUNCTUATION) : null;
      if (arabic) end += arabic[0].length;
      else {
        const before = text.slice(0, from + match.index).replace(/[\s\u2066-\u2068]+$/u, '');
        const stop = rest.match(SENTENCE_STOP);
        if (stop && SENTENCE_BEFORE.test(before)) end += stop[0].length;
      }
      push(from + at, from + match.index, base);
      push(from + match.index, from + end, otherDir);
      at = end;
    }
    push(from + at, to, base);
  };
  let at = 0;
  for (const match of text.matchAll(ISOLATE_SPAN)) {
    byScript(at, match.index);
    const end = match.index + match[0].length;
    const opener = match[1];
    const dir =
      opener === '\u2066' ? 'ltr' : opener === '\u2067' ? 'rtl' : (firstStrongDirection(match[2] ?? '') ?? base);
    if (dir === base) byScript(match.index, end);
    else push(match.index, end, dir);
    at = end;
  }
  byScript(at, text.length);
  return spans;
}
