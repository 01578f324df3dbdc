// Lists in the reader's language (issue 21): never a hard-coded ", " or "; " between names.

// The comma that separates the parts of one description (name, title, organisation). CLDR's list patterns
// always add a word such as "et" or "و" before the last part, which a description must not have, so the
// comma itself comes from this table: the Arabic comma for Arabic-script languages, else the Latin one.
const ARABIC_COMMA_LANGUAGES = new Set(['ar', 'fa', 'ur', 'ps', 'ckb']);

/** "A, B and C" in the language's own words and separators ("A, B et C", "A وB وC"). */
export function formatList(language: string, items: string[]): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
}

/** The parts of one description joined by the language's comma: "Maryam Haddad, Programme Lead, Forum". */
export function formatDetails(language: string, parts: Array<string | null | undefined>): string {
  const comma = ARABIC_COMMA_LANGUAGES.has(language.split('-')[0] ?? '') ? '، ' : ', ';
  return parts.filter((p): p is string => Boolean(p?.trim())).join(comma);
}
