import { isSafeHref } from '@hiwar/protocol';
import { describe, expect, it } from 'vitest';
import { escapeMarkup, noteTexts, publicSections } from './export-common.js';
import { englishReport, list, paragraph, section } from './test/report-documents.js';

describe('publicSections', () => {
  it('leaves the internal annexes out unless they are asked for', () => {
    const doc = englishReport();
    expect(publicSections(doc, false).map((s) => s.key)).not.toContain('annex-agenda');
    expect(publicSections(doc, true).map((s) => s.key)).toEqual(doc.sections.map((s) => s.key));
  });
});

describe('noteTexts', () => {
  it('lists the notes in reading order across sections, paragraphs and list items, skipping blank ones', () => {
    const withNote = list('b', false, 'item');
    if (withNote.kind === 'list' && withNote.items[0]) withNote.items[0].content[0] = { text: 'item', note: 'second' };
    const sections = [
      section('summary', 'S', [paragraph('a', { text: 'x', note: 'first' }, { text: 'y', note: '  ' })]),
      section('discussion', 'D', [withNote, paragraph('c', { text: 'z', note: 'third' })]),
    ];
    expect(noteTexts(sections)).toEqual(['first', 'second', 'third']);
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
