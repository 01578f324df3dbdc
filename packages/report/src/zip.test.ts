import { describe, expect, it } from 'vitest';
import { unzip } from './test/unzip.js';
import { crc32, zip } from './zip.js';

describe('zip', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('writes entries that a central-directory reader gets back byte for byte, stored or deflated', () => {
    const repetitive = 'تقرير الحوار '.repeat(500);
    const tiny = new Uint8Array([1, 2, 3]);
    const archive = zip([
      { path: '[Content_Types].xml', data: repetitive },
      { path: 'word/ملف.bin', data: tiny },
    ]);
    const entries = unzip(archive);
    expect([...entries.keys()]).toEqual(['[Content_Types].xml', 'word/ملف.bin']);
    expect(entries.get('[Content_Types].xml')?.toString('utf8')).toBe(repetitive);
    expect([...(entries.get('word/ملف.bin') ?? [])]).toEqual([1, 2, 3]);
    // The repetitive text was deflated: the archive is far smaller than it.
    expect(archive.length).toBeLessThan(Buffer.byteLength(repetitive) / 10);
  });

  it('carries no time of export: the same entries give the same bytes', () => {
    const entries = [{ path: 'a.txt', data: 'same' }];
    expect(Buffer.from(zip(entries)).equals(Buffer.from(zip(entries)))).toBe(true);
  });
});
