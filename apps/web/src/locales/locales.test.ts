import { ERROR_CODES } from '@hiwar/protocol';
import { describe, expect, it } from 'vitest';
import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';
import sv from './sv.json';

const LOCALES: Record<string, unknown> = { en, ar, fr, sv };
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every leaf key of a nested translation object, dotted. */
function leafKeys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) => leafKeys(value, prefix ? `${prefix}.${key}` : key));
}

/** Keys with plural suffixes folded to their base, since each language has its own set of plural forms. */
const baseKeys = (keys: string[]) => new Set(keys.map((k) => k.replace(PLURAL_SUFFIX, '')));

describe('locales', () => {
  const keysOf = Object.fromEntries(Object.entries(LOCALES).map(([lng, tree]) => [lng, leafKeys(tree)]));
  const all = new Set(Object.values(keysOf).flatMap((keys) => [...baseKeys(keys)]));

  for (const [lng, keys] of Object.entries(keysOf)) {
    it(`${lng} has every key that another locale has`, () => {
      const own = baseKeys(keys);
      expect([...all].filter((k) => !own.has(k))).toEqual([]);
    });

    it(`${lng} has every plural form its language needs`, () => {
      const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
      const plurals = [...new Set(keys.filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')))];
      const missing = plurals.flatMap((base) =>
        categories.filter((c) => !keys.includes(`${base}_${c}`)).map((c) => `${base}_${c}`),
      );
      expect(missing).toEqual([]);
    });

    it(`${lng} translates every server error code`, () => {
      expect(ERROR_CODES.filter((code) => !keys.includes(`errors.${code}`))).toEqual([]);
    });

    it(`${lng} has no empty strings`, () => {
      const tree = LOCALES[lng];
      const empty = keys.filter(
        (k) => k.split('.').reduce<unknown>((v, p) => (v as Record<string, unknown>)[p], tree) === '',
      );
      expect(empty).toEqual([]);
    });
  }
});
