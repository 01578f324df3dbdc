import type { Point } from '@hiwar/protocol';

// Arabic short vowels and other marks, and the tatweel used to stretch words.
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/;

/**
 * One character reduced to what matters when comparing words, for Arabic as for Latin scripts: accents,
 * Arabic diacritics and tatweel vanish (''), alef forms become alef, alef maqsura yeh, teh marbuta heh,
 * Arabic-Indic digits ASCII digits, and case goes. Duplicate detection and the report's name check both
 * read text through this one function, so a name is "the same" in both.
 */
export function foldCharacter(ch: string): string {
  let out = '';
  for (const c of ch.normalize('NFKD')) {
    if (/\p{M}/u.test(c) || ARABIC_MARKS.test(c)) continue;
    const code = c.charCodeAt(0);
    if (ALEF_FORMS.test(c)) out += '\u0627';
    else if (c === '\u0649') out += '\u064A';
    else if (c === '\u0629') out += '\u0647';
    else if (code >= 0x0660 && code <= 0x0669) out += String(code - 0x0660);
    else if (code >= 0x06f0 && code <= 0x06f9) out += String(code - 0x06f0);
    else out += c.toLocaleLowerCase('en');
  }
  return out;
}

/**
 * Text reduced to what matters for spotting duplicates: each character folded (see foldCharacter), and
 * punctuation and spacing collapsed to single spaces.
 */
export function normalizeForComparison(text: string): string {
  let folded = '';
  for (const ch of text) folded += foldCharacter(ch);
  return folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function trigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const word of text.split(' ')) {
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  }
  return grams;
}

/** How alike two texts are, from 0 to 1: the overlap of their character trigrams (script-neutral). */
export function similarity(a: string, b: string): number {
  const ga = trigrams(normalizeForComparison(a));
  const gb = trigrams(normalizeForComparison(b));
  if (ga.size === 0 || gb.size === 0) return 0;
  let shared = 0;
  for (const gram of ga) if (gb.has(gram)) shared++;
  return shared / (ga.size + gb.size - shared);
}

export interface DuplicateSuggestion {
  a: string;
  b: string;
  score: number;
}

/** Pairs of visible points that are likely the same, most alike first. */
export function suggestDuplicates(points: Point[], threshold = 0.45): DuplicateSuggestion[] {
  const candidates = points.filter((p) => p.status === 'published' || p.status === 'pending');
  const suggestions: DuplicateSuggestion[] = [];
  for (let i = 0; i < candidates.length; i++) {
    for (let j = i + 1; j < candidates.length; j++) {
      const a = candidates[i];
      const b = candidates[j];
      if (!a || !b) continue;
      const score = similarity(a.text, b.text);
      if (score >= threshold) suggestions.push({ a: a.id, b: b.id, score });
    }
  }
  return suggestions.sort((x, y) => y.score - x.score);
}
