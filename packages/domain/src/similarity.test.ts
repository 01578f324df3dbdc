import { describe, expect, it } from 'vitest';
import { normalizeForComparison, similarity, suggestDuplicates } from './similarity.js';
import { buildPoint, pointId } from './test/factories.js';

describe('normalizeForComparison', () => {
  it.each([
    ['Arabic short vowels and shadda', 'المَدْرَسَةُ', 'المدرسه'],
    ['alef with hamza below', 'إصلاح', 'اصلاح'],
    ['alef with hamza above and teh marbuta', 'أزمة', 'ازمه'],
    ['alef with madda', 'آمنة', 'امنه'],
    ['alef wasla', 'ٱلماء', 'الماء'],
    ['alef maqsura becomes yeh', 'مستشفى', 'مستشفي'],
    ['tatweel', 'الـــمـــاء', 'الماء'],
    ['case, accents and punctuation', 'Négociations — À LA Table!', 'negociations a la table'],
    ['Swedish letters lose their rings and dots', 'Vårt samhälle', 'vart samhalle'],
    ['runs of spaces and punctuation become one space', '  a,\t b...\nc  ', 'a b c'],
    ['digits are kept', 'UNSCR 1325', 'unscr 1325'],
    ['only punctuation', '!!! ???', ''],
  ])('%s: %o → %o', (_name, input, expected) => {
    expect(normalizeForComparison(input)).toBe(expected);
  });
});

describe('similarity', () => {
  it.each([
    ['Arabic with and without diacritics', 'المَدْرَسَةُ مُغْلَقَةٌ', 'المدرسة مغلقة'],
    ['Arabic alef variants and teh marbuta', 'أزمة المياه في المنطقة', 'ازمه المياه في المنطقه'],
    ['Arabic hamza below and madda', 'إصلاح آمن', 'اصلاح امن'],
    [
      'English with different case and punctuation',
      'Women must be at the negotiating table',
      'women MUST be at the negotiating table!',
    ],
    ['French with and without accents', 'Les femmes doivent être à la table', 'les femmes doivent etre a la table'],
    ['mixed script, Arabic variants only', 'UNSCR 1325 الأمن والسلام', 'unscr 1325 الامن والسلام'],
  ])('%s ≈ 1', (_name, a, b) => {
    expect(similarity(a, b)).toBeCloseTo(1, 6);
  });

  it.each([
    ['English rewording', 'Women must be at the negotiating table', 'Women should be at the negotiation table'],
    [
      'English, a word dropped',
      'Funding for local women’s organisations is too short-term',
      'Funding for local women organisations is short term',
    ],
    [
      'French rewording',
      'Les femmes doivent être à la table des négociations',
      'Les femmes devraient être à la table de négociation',
    ],
    [
      'French, a word changed',
      'Le financement des organisations locales est trop court',
      'Le financement des organisations locales reste trop court',
    ],
  ])('near-duplicates: %s ≥ 0.45', (_name, a, b) => {
    expect(similarity(a, b)).toBeGreaterThanOrEqual(0.45);
    expect(similarity(a, b)).toBeLessThan(1);
  });

  it.each([
    ['English', 'Women must be at the negotiating table', 'Water tariffs rose sharply last year'],
    ['French', 'Les femmes doivent être à la table des négociations', 'Le prix du pain a doublé'],
    ['Arabic', 'أزمة المياه في المنطقة', 'التعليم حق للجميع'],
    ['Arabic against English', 'أزمة المياه في المنطقة', 'Women must be at the negotiating table'],
    ['mixed script, same code, other words', 'UNSCR 1325 الأمن والسلام', 'Budget lines for 2026'],
  ])('unrelated: %s < 0.2', (_name, a, b) => {
    expect(similarity(a, b)).toBeLessThan(0.2);
  });

  it('mixed script: the shared Latin part counts, the other script does not', () => {
    const score = similarity('UNSCR 1325 الأمن والسلام', 'UNSCR 1325 peace and security');
    expect(score).toBeGreaterThan(0.15);
    expect(score).toBeLessThan(0.45);
  });

  it.each([
    ['', 'Water'],
    ['!!!', '???'],
    ['', ''],
  ])('text with nothing to compare (%o, %o) → 0', (a, b) => {
    expect(similarity(a, b)).toBe(0);
  });

  it('is symmetric', () => {
    const a = 'Women must be at the negotiating table';
    const b = 'Women should be at the negotiation table';
    expect(similarity(a, b)).toBe(similarity(b, a));
  });
});

describe('suggestDuplicates', () => {
  const table = 'Women must be at the negotiating table';

  it('pairs published and pending points, most alike first, and ignores hidden and merged ones', () => {
    const points = [
      buildPoint(1, { text: table }),
      buildPoint(2, { text: 'Women should be at the negotiation table' }),
      buildPoint(3, { text: 'women MUST be at the negotiating table!', status: 'pending' }),
      buildPoint(4, { text: table, status: 'hidden', reason: 'Names a person' }),
      buildPoint(5, { text: table, status: 'merged', mergedInto: pointId(1) }),
      buildPoint(6, { text: 'Water tariffs rose sharply last year' }),
    ];
    const suggestions = suggestDuplicates(points);
    expect(suggestions.map(({ a, b }) => [a, b])).toEqual([
      [pointId(1), pointId(3)],
      [pointId(1), pointId(2)],
      [pointId(2), pointId(3)],
    ]);
    expect(suggestions[0]?.score).toBeCloseTo(1, 6);
    const scores = suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    expect(scores.every((s) => s >= 0.45)).toBe(true);
  });

  it('finds Arabic duplicates written with different letter forms', () => {
    const points = [
      buildPoint(1, { text: 'أزمة المياه في المنطقة' }),
      buildPoint(2, { text: 'التعليم حق للجميع' }),
      buildPoint(3, { text: 'ازمه المياه في المنطقه' }),
    ];
    expect(suggestDuplicates(points)).toEqual([{ a: pointId(1), b: pointId(3), score: 1 }]);
  });

  it('takes a threshold: a higher one keeps only the closest pair', () => {
    const points = [
      buildPoint(1, { text: table }),
      buildPoint(2, { text: 'Women should be at the negotiation table' }),
      buildPoint(3, { text: 'women MUST be at the negotiating table!' }),
    ];
    expect(suggestDuplicates(points, 0.99).map(({ a, b }) => [a, b])).toEqual([[pointId(1), pointId(3)]]);
  });

  it('suggests nothing for fewer than two candidates', () => {
    expect(suggestDuplicates([])).toEqual([]);
    expect(
      suggestDuplicates([buildPoint(1, { text: table }), buildPoint(2, { text: table, status: 'hidden' })]),
    ).toEqual([]);
  });
});
