import type { Point } from '@hiwar/protocol';

// Arabic short vowels and other marks, and the tatweel used to stretch words.
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/**
 * Text reduced to what matters for spotting duplicates, for Arabic as for Latin scripts: case, accents,
 * Arabic diacritics and letter variants (alef forms, alef maqsura, teh marbuta) and punctuation go.
 */
export function normalizeForComparison(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(ARABIC_MARKS, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u0629/g, '\u0647')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
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
