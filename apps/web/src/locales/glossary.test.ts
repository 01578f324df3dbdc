import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findAvoided,
  flatten,
  type Glossary,
  keyMatches,
  placeholderMismatches,
  placeholdersIn,
  variantPattern,
} from './terminology';

// Every glossary present (glossary/<lang>.json) is checked against that language's UI strings and report
// phrases; every locale's placeholders against English's. Translators run this file alone:
//   npx -y pnpm@10.34.9 exec vitest run --project web apps/web/src/locales

const here = import.meta.dirname;
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown;
const uiLocale = (lng: string) => flatten(readJson(path.join(here, `${lng}.json`)));
const reportUrl = (lng: string) => path.join(here, `../../../../packages/report/src/locales/${lng}.json`);
/** Report phrases, keyed "report:<key>" so that glossary exceptions and messages say which file. */
const reportLocale = (lng: string) =>
  new Map([...flatten(readJson(reportUrl(lng)))].map(([k, v]) => [`report:${k}`, v] as const));

const glossaries = readdirSync(path.join(here, 'glossary'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => readJson(path.join(here, 'glossary', f)) as Glossary);

const UI_LANGUAGES = readdirSync(here)
  .filter((f) => /^[a-z]{2,3}\.json$/.test(f))
  .map((f) => f.replace('.json', ''));

/**
 * Avoided variants tolerated in the report phrases, as "lang report:key variant"; a finding outside this list
 * fails. Empty: the report phrases were fixed after the report rewrite (docs/translation-notes.md). Keep it
 * empty; an entry is only for a phrase another change is rewriting at the same time (the test below lists
 * stale ones).
 */
const REPORT_PHRASES_PENDING = new Set<string>([]);

describe('glossaries', () => {
  it('are present for the languages that have one, each in the shared shape', () => {
    expect(glossaries.length).toBeGreaterThan(0);
    for (const g of glossaries) {
      expect(UI_LANGUAGES).toContain(g.language);
      for (const t of g.terms) {
        expect(Object.keys(t).filter((k) => !['en', 'term', 'definition', 'avoid', 'allowInKeys'].includes(k))).toEqual(
          [],
        );
        expect([t.en, t.term, t.definition].every((s) => typeof s === 'string' && s.trim() !== '')).toBe(true);
        expect(Array.isArray(t.avoid)).toBe(true);
      }
    }
  });

  for (const glossary of glossaries) {
    const lng = glossary.language;

    it(`${lng}: the UI uses no variant the glossary avoids`, () => {
      const found = findAvoided(glossary, uiLocale(lng)).map((f) => `${f.key}: "${f.variant}" (use "${f.term}")`);
      expect(found).toEqual([]);
    });

    it(`${lng}: the report phrases use no variant the glossary avoids`, () => {
      if (!existsSync(reportUrl(lng))) return;
      const found = findAvoided(glossary, reportLocale(lng))
        .filter((f) => !REPORT_PHRASES_PENDING.has(`${lng} ${f.key} ${f.variant}`))
        .map((f) => `${f.key}: "${f.variant}" (use "${f.term}")`);
      expect(found).toEqual([]);
    });

    it(`${lng}: lists pending report phrases that are already fixed`, () => {
      if (!existsSync(reportUrl(lng))) return;
      const still = new Set(findAvoided(glossary, reportLocale(lng)).map((f) => `${lng} ${f.key} ${f.variant}`));
      const stale = [...REPORT_PHRASES_PENDING].filter((e) => e.startsWith(`${lng} `) && !still.has(e));
      // Not a failure: the report rewrite lands separately; this only says which entries to delete.
      if (stale.length) console.warn(`REPORT_PHRASES_PENDING entries no longer needed:\n  ${stale.join('\n  ')}`);
    });
  }
});

/**
 * The word for a discussion point, in each language where it could also be read as a vote's dot (the options
 * of a dot vote are often points, so one word for both makes "3 points" ambiguous). Wildcards catch plurals
 * and attached prepositions (Arabic بالنقاط).
 */
const DISCUSSION_POINT_WORDS: Record<string, string[]> = {
  fr: ['point*'],
  ar: ['نقطة', 'نقطت*', 'نقاط', 'النقاط', 'بالنقاط', 'نقطتان', 'نقطتين'],
  sv: ['synpunkt*', 'punkt*'],
};

describe('a vote’s dot is not a discussion point', () => {
  const english = uiLocale('en');
  const aboutDots = [...english].filter(([, v]) => /\bdots?\b/i.test(v)).map(([k]) => k);
  const reportAboutDots = [...reportLocale('en')].filter(([, v]) => /\bdots?\b/i.test(v)).map(([k]) => k);

  it('finds the strings that speak of dots (so the check below has something to check)', () => {
    expect(aboutDots).toEqual(expect.arrayContaining(['votes.kind.dots', 'votes.dotsLeft_other', 'votes.addDot']));
    expect(reportAboutDots).toEqual(expect.arrayContaining(['report:dotsNote']));
  });

  for (const [lng, words] of Object.entries(DISCUSSION_POINT_WORDS)) {
    it(`${lng}: no string about dots uses the word for a discussion point`, () => {
      const ui = uiLocale(lng);
      const report = existsSync(reportUrl(lng)) ? reportLocale(lng) : new Map<string, string>();
      const texts = [
        ...aboutDots.map((k) => [k, ui.get(k) ?? ''] as const),
        ...reportAboutDots.map((k) => [k, report.get(k) ?? ''] as const),
      ];
      const clashes = texts.flatMap(([key, text]) =>
        words.filter((w) => variantPattern(w).test(text)).map((w) => `${key}: "${text}" has "${w}"`),
      );
      expect(clashes).toEqual([]);
    });
  }

  it('would catch the old Arabic name of the method', () => {
    const ar = DISCUSSION_POINT_WORDS.ar ?? [];
    expect(ar.some((w) => variantPattern(w).test('فتح التصويت بالنقاط'))).toBe(true);
    expect(ar.some((w) => variantPattern(w).test('فتح التصويت بتوزيع الأصوات'))).toBe(false);
  });
});

describe('placeholders', () => {
  const englishUi = uiLocale('en');
  const englishReport = reportLocale('en');
  const FRAME_VARIABLES = [['text', 'clause', 'que', 'body', 'de']];

  for (const lng of UI_LANGUAGES.filter((l) => l !== 'en')) {
    it(`${lng}: every UI string keeps English's {{placeholders}} and <tags>`, () => {
      expect(placeholderMismatches(englishUi, uiLocale(lng))).toEqual([]);
    });

    it(`${lng}: every report phrase keeps English's {{placeholders}} and <tags>`, () => {
      if (!existsSync(reportUrl(lng))) return;
      expect(placeholderMismatches(englishReport, reportLocale(lng), FRAME_VARIABLES)).toEqual([]);
    });
  }
});

// The checks above must be able to fail: the same functions on strings made to break them.
describe('the checks themselves', () => {
  const glossary: Glossary = {
    language: 'xx',
    terms: [
      { en: 'console', term: 'mötespanel', definition: 'd', avoid: ['konsol*'] },
      { en: 'held', term: 'vilande', definition: 'd', avoid: ['pausad'], allowInKeys: ['queue.*'] },
      { en: 'off', term: 'hors compte rendu', definition: 'd', avoid: ['officieux', 'point d’ordre'] },
    ],
  };

  it('finds a variant as a whole word, in any case, with any ending where the variant ends in *', () => {
    const strings = new Map([
      ['a', 'Tillbaka till KONSOLEN'],
      ['b', 'Mode : Officieux.'],
      ['c', 'Le mot officieusement ne compte pas'],
      ['d', "Un point d'ordre"],
      ['e', 'Un point\u00a0d’ordre'],
    ]);
    expect(findAvoided(glossary, strings).map((f) => f.key)).toEqual(['a', 'b', 'd', 'e']);
  });

  it('leaves keys that the term allows', () => {
    const strings = new Map([
      ['queue.status.paused', 'Talarlistan är pausad'],
      ['pointStatus.held', 'Pausad'],
    ]);
    expect(findAvoided(glossary, strings).map((f) => f.key)).toEqual(['pointStatus.held']);
    expect(keyMatches('report:quantifier.strong', 'report:quantifier.*')).toBe(true);
    expect(keyMatches('queue', 'queue.*')).toBe(false);
  });

  it('does not find a variant inside another word (Unicode letters count as letters)', () => {
    expect(variantPattern('paus').test('pausad')).toBe(false);
    expect(variantPattern('ré').test('réunion')).toBe(false);
    expect(variantPattern('حد').test('حداد')).toBe(false);
  });

  it('reads placeholders and tags', () => {
    expect(placeholdersIn('{{count, number}} <b>x</b> <1/> {{ name }}')).toEqual([
      '</b>',
      '<1/>',
      '<b>',
      '{{count}}',
      '{{name}}',
    ]);
  });

  it('reports a missing, renamed or extra placeholder, and lets a plural form drop {{count}}', () => {
    const en = new Map([
      ['a', 'Hello {{name}}'],
      ['b', 'Bye {{name}}'],
      ['c', 'No tags'],
      ['n_one', 'One point'],
      ['n_other', '{{count}} points'],
      ['f', 'Agreed that {{clause}}'],
    ]);
    const xx = new Map([
      ['a', 'Bonjour {{name}}'],
      ['b', 'Au revoir {{nom}}'],
      ['c', 'Des <b>balises</b>'],
      ['n_one', 'Un seul point'],
      ['n_many', '{{count}} points'],
      ['n_other', '{{count}} points de {{who}}'],
      ['f', 'Ont convenu {{que}}'],
    ]);
    expect(placeholderMismatches(en, xx).map((m) => m.key)).toEqual(['b', 'c', 'n_other', 'f']);
    expect(placeholderMismatches(en, xx, [['clause', 'que']]).map((m) => m.key)).toEqual(['b', 'c', 'n_other']);
  });
});
