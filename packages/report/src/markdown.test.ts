import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.js';
import { arabicReport, englishReport, MIXED_DIRECTIONS } from './test/report-documents.js';

const FSI = '\u2068';
const PDI = '\u2069';

describe('renderMarkdown', () => {
  it('puts the footnotes last, after the Disclaimer and any annex, numbered in reading order', () => {
    const md = renderMarkdown(englishReport(), { includeInternal: true });
    const lines = md.trimEnd().split('\n\n');
    expect(lines.slice(-3)).toEqual([
      '[^1]: Published in 2025.',
      '[^2]: Counted from 15 of 28 participants.',
      '[^3]: Internal annex note.',
    ]);
    expect(md.indexOf('[^1]:')).toBeGreaterThan(md.indexOf('## Disclaimer'));
    expect(md.indexOf('[^1]:')).toBeGreaterThan(md.indexOf('## Annex (internal): Agenda'));
    expect(md).toContain('[the background paper](<https://example.org/paper?lang=en&v=2>)[^1].');
  });

  it('leaves the internal sections and their notes out when asked', () => {
    const md = renderMarkdown(englishReport(), { includeInternal: false });
    expect(md).not.toContain('Secret side meeting');
    expect(md).not.toContain('Internal annex note');
    expect(md.trimEnd().endsWith('[^2]: Counted from 15 of 28 participants.')).toBe(true);
  });

  it('isolates Latin words in an Arabic report, notes included', () => {
    const md = renderMarkdown(arabicReport(), { includeInternal: false });
    expect(md).toContain(`على أن برنامج ${FSI}UN Women${PDI} (هيئة الأمم المتحدة للمرأة)`);
    expect(md).toContain(`2. إشراك النساء في لجان الوساطة ${FSI}Track II${PDI}.`);
    expect(md).toContain(`[^1]: انظر تقرير ${FSI}UN Women${PDI} لعام 2025.`);
  });
});

describe('renderMarkdown with mixed directions', () => {
  it.each(MIXED_DIRECTIONS.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const md = renderMarkdown(c.doc, { includeInternal: false });
    // Each stretch of the other direction, with its own stop, inside one isolate.
    for (const stretch of c.isolated) expect(md).toContain(`${FSI}${stretch}${PDI}`);
    if (c.after) expect(md).toContain(`${PDI}${c.after}`);
    // No isolate is left open and none is closed twice.
    expect(md.split(FSI).length).toBe(md.split(PDI).length);
    if (c.kind === 'list') expect(md).toContain(`1. Publish river data (2 dots)\n2. ${FSI}`);
    if (c.kind === 'heading') expect(md).toContain(`### ${FSI}${c.isolated[0]}${PDI}`);
  });
});
