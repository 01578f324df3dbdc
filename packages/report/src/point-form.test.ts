import { LANGUAGES, type Language } from '@hiwar/protocol';
import { describe, expect, it } from 'vitest';
import { phrases, type Quantifier, REPORT_LOCALES } from './phrases.js';
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
    expect(phrases.framed[s.language](s.quantifier, s.again, s.form, s.point, s.language)).toBe(s.expected);
  });

  /** The words of a statement's frame before the point: "One participant noted that", "…a fait observer". */
  const clauseLeads = (language: Language) =>
    (['quantifier', 'quantifierAgain'] as const).flatMap((key) =>
      QUANTIFIERS.map((q) => {
        const frame = (REPORT_LOCALES[language][key] as Record<Quantifier, string>)[q];
        return frame.slice(0, frame.indexOf('{{')).trim();
      }),
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
    const bad: string[] = [];
    for (const form of POINT_FORMS)
      for (const point of FORM_CORPUS[language][form])
        for (const q of QUANTIFIERS)
          for (const again of [false, true]) {
            const sentence = phrases.framed[language](q, again, classifyPoint(point, language), point, language);
            const lower = sentence.toLocaleLowerCase();
            for (const lead of leads) {
              if (!lower.startsWith(lead.toLocaleLowerCase())) continue;
              const next = lower
                .slice(lead.length)
                .replace(/^\s*(qu['’]|que\s|ما يلي:\s*|أنّ\s*)/u, '')
                .split(/[\s.]+/u)[0];
              if (next && verbs.has(next)) bad.push(sentence);
            }
            // The plain checks, whatever the frame: "that set up", "qu’élargir", "أنّ إنشاء".
            const conj = {
              en: /\bthat ([\p{L}’']+)/gu,
              fr: /\b(?:que |qu['’])([\p{L}’']+)/gu,
              sv: /(?:noterade|betonade|påpekade|tillade|framhöll|underströk|eniga om|enighet om) att ([\p{L}]+)/gu,
              ar: /أنّ (\p{L}+)/gu,
            }[language];
            for (const m of lower.matchAll(conj)) if (verbs.has(m[1] ?? '')) bad.push(sentence);
          }
    expect(bad).toEqual([]);
  });

  it('takes the desk’s form over the classifier’s', () => {
    const form: PointForm = 'noun-phrase';
    expect(phrases.framed.en('one', false, form, 'Water theft', 'en')).toBe('One participant pointed to water theft.');
    expect(phrases.framed.en('one', false, 'clause', 'Water theft', 'en')).toBe(
      'One participant noted that water theft.',
    );
  });
});
