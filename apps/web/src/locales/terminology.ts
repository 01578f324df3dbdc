// The rules behind the locale checks (glossary.test.ts): which variants a glossary forbids, where a string
// uses one, and whether a translation keeps English's placeholders. Pure functions, so their own tests can
// show that each check fails when it should.

/** One term of a language's glossary (apps/web/src/locales/glossary/<lang>.json). */
export interface GlossaryTerm {
  /** The English term, as the UI and the product brief use it. */
  en: string;
  /** The one translation to use. */
  term: string;
  /** What the term means in Hiwar, in the glossary's language. */
  definition: string;
  /** Variants not to use. Matched as whole words, case-insensitively; a trailing * matches any word ending. */
  avoid: string[];
  /** Globs of keys where a variant is legitimately used ("queue.*"); report keys are written "report:<key>". */
  allowInKeys?: string[];
}

/** A language's glossary file. */
export interface Glossary {
  language: string;
  terms: GlossaryTerm[];
}

/** A place where a locale string uses a variant its glossary says to avoid. */
export interface TermFinding {
  key: string;
  variant: string;
  term: string;
  text: string;
}

const WORD = '[\\p{L}\\p{M}\\p{N}_]';

/** A whole-word, case-insensitive, Unicode pattern for an avoided variant ("konsol*" also finds "konsolen"). */
export function variantPattern(variant: string): RegExp {
  const wildcard = variant.endsWith('*');
  const body = (wildcard ? variant.slice(0, -1) : variant)
    .trim()
    .split(/\s+/)
    .map((word) =>
      word
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        // A glossary written with ’ also finds ' and the reverse.
        .replace(/['’]/g, "['’]"),
    )
    // Any space, including the no-break spaces French typography puts in.
    .join('[\\s\\u00A0\\u202F]+');
  return new RegExp(`(?<!${WORD})${body}${wildcard ? `${WORD}*` : ''}(?!${WORD})`, 'iu');
}

/** Whether a key matches a glob such as "queue.*" or "report:quantifier.*" (* matches anything). */
export function keyMatches(key: string, glob: string): boolean {
  const pattern = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${pattern}$`).test(key);
}

/** Every string of a nested translation object, by dotted key. */
export function flatten(tree: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof tree === 'string') out.set(prefix, tree);
  else if (typeof tree === 'object' && tree !== null) {
    for (const [key, value] of Object.entries(tree)) {
      for (const [k, v] of flatten(value, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  }
  return out;
}

/** Every string that uses a variant the glossary avoids, except in the keys its term allows. */
export function findAvoided(glossary: Glossary, strings: Map<string, string>): TermFinding[] {
  const findings: TermFinding[] = [];
  for (const term of glossary.terms) {
    for (const variant of term.avoid) {
      const pattern = variantPattern(variant);
      for (const [key, text] of strings) {
        if (term.allowInKeys?.some((glob) => keyMatches(key, glob))) continue;
        if (pattern.test(text)) findings.push({ key, variant, term: term.term, text });
      }
    }
  }
  return findings;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
/** The number a plural form is chosen by (the UI passes {{count}}, the report {{n}}). */
const COUNTS = ['{{count}}', '{{n}}'];

/** The placeholders ({{name}}, {{name, format}}) and tags (<b>, </b>, <1/>) a string uses, as a sorted list. */
export function placeholdersIn(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/\{\{\s*([^,}\s]+)[^}]*\}\}/g)) found.add(`{{${m[1]}}}`);
  for (const m of text.matchAll(/<(\/?)([A-Za-z0-9][\w-]*)[^<>]*?(\/?)>/g)) found.add(`<${m[1]}${m[2]}${m[3]}>`);
  return [...found].sort();
}

/** A key whose placeholders differ from English's, with both sets. */
export interface PlaceholderMismatch {
  key: string;
  expected: string[];
  actual: string[];
}

/**
 * Keys of a translation whose placeholders are not English's. A plural form is compared with every English
 * form of its base key together, and may leave out its count ({{count}}, {{n}}) ("une seule", "لا شيء"); keys English lacks are
 * left to the key-set check.
 */
export function placeholderMismatches(
  english: Map<string, string>,
  translation: Map<string, string>,
  /** Groups of placeholders the code fills with the same text in forms for each language (the report's
   * sentence frames get {{text}}, {{clause}}, {{que}}, {{body}} and {{de}}): any one of a group will do. */
  equivalent: string[][] = [],
): PlaceholderMismatch[] {
  const canonical = new Map(equivalent.flatMap((group) => group.map((name) => [`{{${name}}}`, `{{${group[0]}}}`])));
  const placeholdersOf = (text: string) => [...new Set(placeholdersIn(text).map((p) => canonical.get(p) ?? p))].sort();
  const englishByBase = new Map<string, Set<string>>();
  for (const [key, text] of english) {
    const base = key.replace(PLURAL_SUFFIX, '');
    const set = englishByBase.get(base) ?? new Set<string>();
    for (const p of placeholdersOf(text)) set.add(p);
    englishByBase.set(base, set);
  }
  const mismatches: PlaceholderMismatch[] = [];
  for (const [key, text] of translation) {
    const plural = PLURAL_SUFFIX.test(key);
    const base = key.replace(PLURAL_SUFFIX, '');
    const expectedSet =
      english.has(key) && !plural ? new Set(placeholdersOf(english.get(key) ?? '')) : englishByBase.get(base);
    if (!expectedSet) continue;
    const actual = placeholdersOf(text);
    const expected = [...expectedSet].sort();
    const missing = expected.filter((p) => !actual.includes(p) && !(plural && COUNTS.includes(p)));
    const extra = actual.filter((p) => !expectedSet.has(p));
    if (missing.length || extra.length) mismatches.push({ key, expected, actual });
  }
  return mismatches;
}
