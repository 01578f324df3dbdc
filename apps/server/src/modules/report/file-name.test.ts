import { describe, expect, it } from 'vitest';
import { contentDisposition, exportFileName } from './file-name.js';

describe('exportFileName', () => {
  it.each([
    ['Water & climate: Jordan Valley', '2026-03-14T10:00', 'docx', 'water-climate-jordan-valley-2026-03-14.docx', null],
    ['Water, drought & peace: 2027', '2027-01-05T09:30', 'md', 'water-drought-peace-2027-2027-01-05.md', null],
    [
      'Réunion à Tunis : l’eau',
      '2026-05-30T14:00',
      'pdf',
      'réunion-à-tunis-l-eau-2026-05-30.pdf',
      'reunion-a-tunis-l-eau-2026-05-30.pdf',
    ],
    [
      'المرأة والسلام والأمن',
      '2026-03-14T10:00',
      'docx',
      'المرأة-والسلام-والأمن-2026-03-14.docx',
      'meeting-2026-03-14.docx',
    ],
    ['حوار UN Women', '2026-03-14T10:00', 'html', 'حوار-un-women-2026-03-14.html', 'un-women-2026-03-14.html'],
    ['???', '2026-03-14T10:00', 'json', 'meeting-2026-03-14.json', null],
    ['Dialogue', null, 'docx', 'dialogue.docx', null],
  ] as const)('%s (%s) → %s', (title, startsAt, format, utf8, ascii) => {
    expect(exportFileName(title, startsAt, format)).toEqual({ utf8, ascii: ascii ?? utf8 });
  });

  it('is never report.* and keeps long titles to 80 characters before the date, cut at a word', () => {
    const long = exportFileName(`${'dialogue '.repeat(20)}end`, '2026-03-14T10:00', 'pdf');
    expect(long.utf8).toMatch(/^(dialogue-)+dialogue-2026-03-14\.pdf$/);
    expect(long.utf8.length).toBeLessThanOrEqual(80 + '-2026-03-14.pdf'.length);
    expect(exportFileName('', null, 'md').utf8).toBe('meeting.md');
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII filename and the UTF-8 one as RFC 5987 filename*', () => {
    const name = exportFileName('المرأة والسلام', '2026-03-14T10:00', 'docx');
    const header = contentDisposition('attachment', name);
    expect(header).toBe(
      `attachment; filename="meeting-2026-03-14.docx"; filename*=UTF-8''${encodeURIComponent('المرأة-والسلام-2026-03-14.docx')}`,
    );
    // What a browser reads back from filename*.
    const star = header.match(/filename\*=UTF-8''(.+)$/)?.[1] ?? '';
    expect(decodeURIComponent(star)).toBe('المرأة-والسلام-2026-03-14.docx');
  });

  it('escapes what RFC 5987 does not allow and keeps quotes out of the ASCII name', () => {
    const header = contentDisposition('inline', { utf8: "it's (a) *test*.md", ascii: 'a"b\\c.md' });
    expect(header).toBe(`inline; filename="a_b_c.md"; filename*=UTF-8''it%27s%20%28a%29%20%2Atest%2A.md`);
  });
});
