// Typography each language expects, applied by code rather than typed into every string (issue 21).
// French: a narrow no-break space (U+202F) before ; ? ! and a no-break space (U+00A0) before : and inside
// « », so a line never starts with the punctuation. Translators may type a plain space, a no-break space or
// none: the result is the same, and applying it twice changes nothing.

/** U+00A0 NO-BREAK SPACE. */
export const NBSP = '\u00A0';
/** U+202F NARROW NO-BREAK SPACE. */
export const NNBSP = '\u202F';

// Spaces a translator may have typed where the rule puts its own.
const SPACES = '[ \\u00A0\\u202F\\t]*';
// Addresses keep their punctuation (https://, mailto:, ?query).
const ADDRESS = /\b(?:[a-z][a-z0-9+.-]*:\/\/|mailto:)[^\s«»]*/gi;

function frenchRun(text: string): string {
  return (
    text
      .replace(new RegExp(`«${SPACES}`, 'g'), `«${NBSP}`)
      .replace(new RegExp(`${SPACES}»`, 'g'), `${NBSP}»`)
      // Not a run of the same marks ("?!" takes one space, before the first) and not after an opening bracket.
      .replace(new RegExp(`([^\\s;?!:(\\[«])${SPACES}([;?!]+)`, 'g'), `$1${NNBSP}$2`)
      // Not a clock or a ratio (12:30).
      .replace(new RegExp(`([^\\s;?!:(\\[«])${SPACES}:(?!\\d)`, 'g'), `$1${NBSP}:`)
      // A separator phrase that starts with its space (" ; " between presenters).
      .replace(/^[ \u00A0\u202F]+([;?!])/, `${NNBSP}$1`)
      .replace(/^[ \u00A0\u202F]+:/, `${NBSP}:`)
  );
}

/** French text with the no-break spaces French typography puts before ; ? ! : and inside « ». Idempotent. */
export function frenchTypography(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(ADDRESS)) {
    out += frenchRun(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + frenchRun(text.slice(last));
}

/** The typography function for a language code ("fr", "fr-CH"): French rules for French, unchanged otherwise. */
export function typographyFor(language: string): (text: string) => string {
  return language.split('-')[0] === 'fr' ? frenchTypography : (text) => text;
}

/** Every string of a nested translation tree passed through a language's typography; other values kept. */
export function withTypography<T>(language: string, tree: T): T {
  const apply = typographyFor(language);
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return apply(value);
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    }
    return value;
  };
  return walk(tree) as T;
}
