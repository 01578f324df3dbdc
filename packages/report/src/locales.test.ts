import { LANGUAGES } from '@hiwar/protocol';
import { describe, expect, it } from 'vitest';
import { phrases, REPORT_LOCALES } from './phrases.js';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every leaf key of a nested translation object, dotted, with its text. */
function leaves(tree: unknown, prefix = ''): [string, string][] {
  if (typeof tree !== 'object' || tree === null) return [[prefix, String(tree)]];
  return Object.entries(tree).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
/** The quantifier sentences choose one of these forms of the point, by the language's grammar. */
const POINT_FORMS = new Set(['text', 'clause', 'que', 'body', 'de']);

describe('report phrases in every language', () => {
  const base = (key: string) => key.replace(PLURAL_SUFFIX, '');
  const keys = new Set(LANGUAGES.flatMap((l) => leaves(REPORT_LOCALES[l]).map(([k]) => base(k))));

  for (const language of LANGUAGES) {
    const own = new Map(leaves(REPORT_LOCALES[language]));

    it(`${language} has every phrase, each plural form its language needs, and the same placeholders`, () => {
      const ownBases = new Set([...own.keys()].map(base));
      expect([...keys].filter((k) => !ownBases.has(k))).toEqual([]);

      const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      const plurals = new Set([...own.keys()].filter((k) => PLURAL_SUFFIX.test(k)).map(base));
      for (const key of plurals) {
        expect(needed.filter((form) => !own.has(`${key}_${form}`)).map((f) => `${key}_${f}`)).toEqual([]);
      }

      const english = new Map(leaves(REPORT_LOCALES.en));
      for (const [key, value] of own) {
        const theirs = english.get(key) ?? english.get(`${base(key)}_other`) ?? '';
        const expected = new Set(placeholders(theirs).filter((p) => p && !POINT_FORMS.has(p) && p !== 'n'));
        const got = new Set(placeholders(value).filter((p) => p && !POINT_FORMS.has(p) && p !== 'n'));
        expect([key, got]).toEqual([key, expected]);
      }
    });
  }

  it('renders plural forms through i18next, with Arabic dual and numeral-free singular', () => {
    expect(phrases.minutes.ar(1, '1')).toBe('دقيقة واحدة');
    expect(phrases.minutes.ar(2, '2')).toBe('دقيقتان');
    expect(phrases.minutes.ar(5, '5')).toBe('5 دقائق');
    expect(phrases.minutes.ar(11, '11')).toBe('11 دقيقةً');
    expect(phrases.minutes.ar(100, '100')).toBe('100 دقيقة');
    expect(phrases.minutes.en(1, '1')).toBe('1 minute');
    expect(phrases.participants.fr(3, '3', 'la société civile')).toBe(
      '3 participants ont pris part à la réunion (la société civile).',
    );
    expect(phrases.told.fr('one', 'base', 'clause', 'Il faut agir.', 'fr')).toBe(
      'Un participant a fait observer qu’il faut agir.',
    );
  });
});
