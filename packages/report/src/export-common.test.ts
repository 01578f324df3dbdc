import type { Inline } from '@hiwar/protocol';
import { isSafeHref } from '@hiwar/protocol';
import { describe, expect, it } from 'vitest';
import { directedRuns, escapeMarkup, publicSections } from './export-common.js';
import { englishReport } from './test/report-documents.js';

describe('publicSections', () => {
  it('leaves the internal annexes out unless they are asked for', () => {
    const doc = englishReport();
    expect(publicSections(doc, false).map((s) => s.key)).not.toContain('annex-agenda');
    expect(publicSections(doc, true).map((s) => s.key)).toEqual(doc.sections.map((s) => s.key));
  });
});

describe('directedRuns', () => {
  /** The groups as [direction, other, pieces as text with a * where a run ends]. */
  const shape = (runs: Inline[], base: 'ltr' | 'rtl') =>
    directedRuns(runs, base).map((g) => [g.dir, g.other, g.pieces.map((p) => `${p.text}${p.endsRun ? '*' : ''}`)]);

  it('isolates an Arabic sentence as one group across bold and plain runs, cutting runs where it starts and ends', () => {
    expect(
      shape([{ text: 'She said: المياه ' }, { text: 'شحيحة', bold: true }, { text: ' في الوادي. Then more.' }], 'ltr'),
    ).toEqual([
      ['ltr', false, ['She said: ']],
      ['rtl', true, ['المياه *', 'شحيحة*', ' في الوادي.']],
      ['ltr', false, [' Then more.*']],
    ]);
  });

  it('keeps an empty run (a footnote on nothing) in the group before it', () => {
    expect(shape([{ text: 'نص' }, { text: '', note: 'n' }, { text: ' more' }], 'ltr')).toEqual([
      ['rtl', true, ['نص*', '*']],
      ['ltr', false, [' more*']],
    ]);
    expect(shape([{ text: '', note: 'n' }], 'rtl')).toEqual([['rtl', false, ['*']]]);
  });
});

describe('isSafeHref', () => {
  it.each([
    ['https://example.org/a?b=1', true],
    ['http://example.org', true],
    ['mailto:desk@example.org', true],
    ['javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    [' https://example.org', false],
    ['data:text/html,<script>', false],
    ['https://example.org/"onmouseover="x', false],
    ['/relative/path', false],
    [undefined, false],
  ])('%s → %s', (href, safe) => {
    expect(isSafeHref(href)).toBe(safe);
  });
});

describe('escapeMarkup', () => {
  it('escapes the five markup characters and drops what XML forbids', () => {
    expect(escapeMarkup(`<a href="x">'&'</a>\u0000\uFFFE\uD800ok 😀`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;ok 😀',
    );
  });
});
