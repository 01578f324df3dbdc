import { describe, expect, it } from 'vitest';
import { dispositionFileName } from './http.js';

describe('dispositionFileName', () => {
  it.each([
    [
      `attachment; filename="meeting-2026-03-14.docx"; filename*=UTF-8''${encodeURIComponent('حوار-المياه-2026-03-14.docx')}`,
      'حوار-المياه-2026-03-14.docx',
    ],
    ['attachment; filename="water-2026-03-14.pdf"', 'water-2026-03-14.pdf'],
    ['attachment; filename=water.md', 'water.md'],
    [`inline; filename*=utf-8''r%C3%A9union.html`, 'réunion.html'],
    // A broken filename* falls back to the plain name; a path never gets through.
    [`attachment; filename="ok.md"; filename*=UTF-8''%E0%A4%A`, 'ok.md'],
    ['attachment; filename="../../etc/passwd"', 'passwd'],
    ['attachment', null],
    [null, null],
  ])('%s → %s', (header, name) => {
    expect(dispositionFileName(header)).toBe(name);
  });
});
