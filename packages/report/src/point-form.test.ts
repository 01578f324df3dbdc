import { LANGUAGES, type Language } from '@hiwar/protocol';
import { describe, expect, it } from 'vitest';
import { type PresenterRef, type PresenterTurn, phrases, type Quantifier, REPORT_LOCALES } from './phrases.js';
import { bare, classifyPoint, POINT_FORMS, type PointForm } from './point-form.js';
import { FORM_CORPUS } from './test/forms/index.js';
import { FORM_SENTENCES } from './test/forms/sentences.js';

const QUANTIFIERS: Quantifier[] = ['strong', 'several', 'some', 'one'];

describe('point forms, on a corpus of points as people type them', () => {
  it('has at least 50 points per language in each form', () => {
    for (const language of LANGUAGES)
      for (const form of POINT_FORMS)
        expect([language, form, FORM_CORPUS[language][form].length >= 50]).toEqual([language, form, true]);
  });

  it('classifies every corpus point as expected, and reports accuracy per language and form', () => {
    const wrong: string[] = [];
    const rows: string[] = [];
    for (const language of LANGUAGES) {
      for (const form of POINT_FORMS) {
        const points = FORM_CORPUS[language][form];
        const misses = points.filter((p) => classifyPoint(p, language) !== form);
        for (const p of misses) wrong.push(`${language} ${form} → ${classifyPoint(p, language)}: ${p}`);
        rows.push(
          `${language} ${form.padEnd(11)} ${points.length - misses.length}/${points.length} (${((100 * (points.length - misses.length)) / points.length).toFixed(1)}%)`,
        );
      }
    }
    console.log(`Point-form accuracy:\n${rows.join('\n')}`);
    expect(wrong).toEqual([]);
  });

  it('classifies thousands of points quickly', () => {
    const all = LANGUAGES.flatMap((l) => POINT_FORMS.flatMap((f) => FORM_CORPUS[l][f].map((p) => [p, l] as const)));
    const started = performance.now();
    let n = 0;
    while (n < 4000) for (const [p, l] of all) if (n++ < 4000) classifyPoint(p, l);
    const ms = performance.now() - started;
    console.log(`Classified 4000 points in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(10_000);
  });
});

describe('sentences framed by the point form', () => {
  it('has at least 10 expected sentences per language and form', () => {
    for (const language of LANGUAGES)
      for (const form of POINT_FORMS)
        expect([
          language,
          form,
          FORM_SENTENCES.filter((s) => s.language === language && s.form === form).length >= 10,
        ]).toEqual([language, form, true]);
  });

  it.each(FORM_SENTENCES.map((s) => [s.language, s.form, s.point, s] as const))('%s %s: %s', (_l, _f, _p, s) => {
    expect(classifyPoint(s.point, s.language)).toBe(s.form);
    expect(phrases.told[s.language](s.quantifier, s.turn, s.form, s.point, s.language)).toBe(s.expected);
  });

  const TURNS = ['base', 'also'] as const;
  const PRESENTER_REFS: PresenterRef[] = ['she', 'he', 'they', 'named', 'unnamed'];
  const PRESENTER_TURNS: PresenterTurn[] = ['first', 'also', 'added'];
  const NAMES = { who: 'Amal Haddad, hydrologist at the Water Authority,', ref: 'Haddad' };
  /** A locale string by its dotted key. */
  const frameAt = (language: Language, key: string) =>
    key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], REPORT_LOCALES[language]) as string;
  /** The statement frames the draft uses: the discussion's (`said`) and the presenters' (`presenter`). */
  const clauseFrames = (language: Language) => [
    ...TURNS.flatMap((turn) => QUANTIFIERS.map((q) => frameAt(language, `said.${turn}.clause.${q}`))),
    ...PRESENTER_REFS.flatMap((ref) =>
      PRESENTER_TURNS.map((turn) => frameAt(language, `presenter.${ref}.${turn}.clause`)),
    ),
  ];
  /** The words of a statement's frame before the point: "One participant noted that", "Elle a ajouté". */
  const clauseLeads = (language: Language) =>
    clauseFrames(language).map((frame) => {
      const named = frame.replace('{{who}}', NAMES.who).replace('{{ref}}', NAMES.ref);
      return named.slice(0, named.indexOf('{{')).trim();
    });
  /** Swedish: the words right before "att {{clause}}" in those frames ("noterade", "också", "tillades"). */
  const swedishBeforeAtt = () =>
    new Set(
      clauseFrames('sv')
        .map((f) => f.match(/(\p{L}+) att \{\{clause\}\}/u)?.[1] ?? '')
        .filter(Boolean),
    );
  /** The verb that opens each call in the corpus, in the form people type it. */
  const callVerbs = (language: Language) =>
    new Set(
      FORM_CORPUS[language].imperative
        .map((p) =>
          bare(p)
            .toLocaleLowerCase()
            .replace(
              /^(please|let['’]s|let us|il faut|il faudrait|il est urgent de|il convient d['’]|يجب|ينبغي|لا بد من|من الضروري|do not|don['’]t|ne pas|ne jamais)\s*/u,
              '',
            ),
        )
        .map((p) => p.split(/\s+/u)[0] ?? '')
        .filter((w) => w.length > 1),
    );

  it.each(LANGUAGES)('%s: no "that"/"que"/"att"/"أنّ" before a bare verb of the corpus, in any frame', (language) => {
    const verbs = callVerbs(language);
    const leads = clauseLeads(language);
    const conj = {
      en: /\bthat ([\p{L}’']+)/gu,
      fr: /\b(?:que |qu['’])([\p{L}’']+)/gu,
      sv: new RegExp(`(?:${[...swedishBeforeAtt()].join('|')}) att (\\p{L}+)`, 'gu'),
      ar: /أنّ (\p{L}+)/gu,
    }[language];
    const bad: string[] = [];
    const check = (sentence: string) => {
      const lower = sentence.toLocaleLowerCase();
      for (const lead of leads) {
        if (!lower.startsWith(lead.toLocaleLowerCase())) continue;
        const next = lower
          .slice(lead.length)
          .replace(/^\s*(qu['’]|que\s|ما يلي:\s*|أنّ\s*)/u, '')
          .split(/[\s.]+/u)[0];
        if (next && verbs.has(next)) bad.push(sentence);
      }
      // The plain checks, whatever the frame: "that set up", "qu’élargir", "att skapa" after "noterade", "أنّ إنشاء".
      for (const m of lower.matchAll(conj)) if (verbs.has(m[1] ?? '')) bad.push(sentence);
    };
    let sentences = 0;
    for (const form of POINT_FORMS)
      for (const point of FORM_CORPUS[language][form]) {
        const classified = classifyPoint(point, language);
        for (const q of QUANTIFIERS)
          for (const turn of TURNS) {
            check(phrases.told[language](q, turn, classified, point, language));
            sentences++;
          }
        for (const ref of PRESENTER_REFS)
          for (const turn of PRESENTER_TURNS) {
            check(phrases.presenterSaid[language](ref, turn, classified, point, language, NAMES));
            sentences++;
          }
      }
    expect(sentences).toBeGreaterThan(0);
    expect(bad).toEqual([]);
  });

  it('takes the desk’s form over the classifier’s', () => {
    const form: PointForm = 'noun-phrase';
    expect(phrases.told.en('one', 'base', form, 'Water theft', 'en')).toBe('One participant pointed to water theft.');
    expect(phrases.told.en('one', 'base', 'clause', 'Water theft', 'en')).toBe(
      'One participant noted that water theft.',
    );
  });
});
