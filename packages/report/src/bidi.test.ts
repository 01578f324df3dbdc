import { describe, expect, it } from 'vitest';
import { directionSpans } from './bidi.js';

/** The spans as [text, other] pairs, easier to read in a table. */
function cut(text: string, base: 'ltr' | 'rtl'): [string, boolean][] {
  return directionSpans(text, base).map((s) => [text.slice(s.start, s.end), s.other]);
}

describe('directionSpans', () => {
  it.each<[string, 'ltr' | 'rtl', [string, boolean][]]>([
    ['عربي فقط', 'rtl', [['عربي فقط', false]]],
    ['plain English', 'ltr', [['plain English', false]]],
    [
      'قال (UNDP) إن',
      'rtl',
      [
        ['قال ', false],
        ['(UNDP)', true],
        [' إن', false],
      ],
    ],
    // A name at the end of an Arabic sentence does not take the sentence's full stop.
    [
      'العام 2025 World Bank.',
      'rtl',
      [
        ['العام 2025 ', false],
        ['World Bank', true],
        ['.', false],
      ],
    ],
    [
      'Cairo (القاهرة) today',
      'ltr',
      [
        ['Cairo (', false],
        ['القاهرة', true],
        [') today', false],
      ],
    ],
    // A sentence of its own keeps its stop; the brackets and digits after it stay in the report's order.
    [
      'One said: المياه شحيحة في الوادي. Others agreed (0 dots).',
      'ltr',
      [
        ['One said: ', false],
        ['المياه شحيحة في الوادي.', true],
        [' Others agreed (0 dots).', false],
      ],
    ],
    [
      'تمويل اللجان المشتركة (0 dots)',
      'ltr',
      [
        ['تمويل اللجان المشتركة', true],
        [' (0 dots)', false],
      ],
    ],
    [
      'قال: Fund the committees. ووافق آخرون.',
      'rtl',
      [
        ['قال: ', false],
        ['Fund the committees.', true],
        [' ووافق آخرون.', false],
      ],
    ],
    // Arabic punctuation always goes with the Arabic words before it.
    [
      'Asked: ما العمل؟',
      'ltr',
      [
        ['Asked: ', false],
        ['ما العمل؟', true],
      ],
    ],
    // An isolate the draft put in is one stretch, whatever scripts it mixes.
    [
      'Participants urged \u2068نشر بيانات النهر via SMS.\u2069 Then',
      'ltr',
      [
        ['Participants urged ', false],
        ['\u2068نشر بيانات النهر via SMS.\u2069', true],
        [' Then', false],
      ],
    ],
    // An isolate in the report's own direction changes nothing.
    ['Said \u2068yes\u2069.', 'ltr', [['Said \u2068yes\u2069.', false]]],
  ])('%s (%s)', (text, base, expected) => {
    expect(cut(text, base)).toEqual(expected);
  });

  it('covers the whole text, in order, whatever it holds', () => {
    const text = 'a \u2068ب\u2069 c (د) 1 \u2069 e \u2067f';
    const spans = directionSpans(text, 'ltr');
    expect(spans.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    for (let i = 1; i < spans.length; i++) expect(spans[i]?.start).toBe(spans[i - 1]?.end);
  });
});
