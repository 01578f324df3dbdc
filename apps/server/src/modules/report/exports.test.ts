import type { ReportDocument, ReportState } from '@hiwar/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzip } from '../../../../../packages/report/src/test/unzip.js';
import { buildFacilitator, sampleAgenda, sampleDetails, startServer, type TestServer } from '../../../test/harness.js';
import { exportFileName } from './file-name.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

async function call(cookie: string | null, method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (cookie) headers.cookie = cookie;
  const response = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes, text: new TextDecoder().decode(bytes) };
}

const paragraph = (id: string, text: string, note?: string) => ({
  id,
  kind: 'paragraph' as const,
  content: [{ text, ...(note ? { note } : {}) }],
  sources: [],
  reviewItemId: null,
});

/** A report shaped as the generator now writes it: the Notes section and the themes annex internal. */
const REPORT: ReportDocument = {
  language: 'en',
  dir: 'ltr',
  sections: [
    { key: 'header', heading: 'حوار المياه: Jordan Valley', internal: false, edited: true, blocks: [] },
    {
      key: 'summary',
      heading: 'Summary',
      internal: false,
      edited: true,
      blocks: [paragraph('s1', 'Participants met online.', 'PUBLIC-FOOTNOTE')],
    },
    {
      key: 'notes',
      heading: 'Notes',
      internal: true,
      edited: true,
      blocks: [paragraph('n1', 'INTERNAL-NOTES: "several" means three or more.')],
    },
    {
      key: 'disclaimer',
      heading: 'Disclaimer',
      internal: false,
      edited: true,
      blocks: [paragraph('d1', 'DISCLAIMER')],
    },
    {
      key: 'annex-themes',
      heading: 'Annex: points per theme',
      internal: true,
      edited: true,
      blocks: [paragraph('t1', 'INTERNAL-THEMES: water 12, land 3.', 'INTERNAL-FOOTNOTE')],
    },
  ],
};

/** The text a reader of a file sees: the Word package's document and footnotes, or the file itself. */
function readable(format: string, bytes: Uint8Array, text: string): string {
  if (format !== 'docx') return text;
  const parts = unzip(bytes);
  return ['word/document.xml', 'word/footnotes.xml'].map((p) => parts.get(p)?.toString('utf8') ?? '').join('\n');
}

describe('report exports', () => {
  it('leave internal sections out of the published page and its files, name files after the meeting, and put footnotes last', async () => {
    const { http } = await buildFacilitator(server);
    const title = 'حوار المياه: Jordan Valley';
    const meeting = await http.createMeeting(sampleDetails({ title, startsAt: '2026-03-14T10:00' }), sampleAgenda());
    const cookie = http.sessionCookie ?? '';
    const base = `/api/meetings/${meeting.id}/report`;
    expect((await call(cookie, 'POST', `${base}/generate`, {})).status).toBe(200);
    expect((await call(cookie, 'PUT', base, { baseVersion: 1, document: REPORT })).status).toBe(200);
    const published = await call(cookie, 'POST', `${base}/publish`, { baseVersion: 2 });
    expect(published.status).toBe(200);
    const link = (JSON.parse(published.text) as ReportState).report?.publishedPath ?? '';

    const page = await call(null, 'GET', link);
    expect(page.status).toBe(200);
    expect(page.text).not.toContain('INTERNAL');
    expect(page.text).toContain('PUBLIC-FOOTNOTE');
    expect(page.text.indexOf('PUBLIC-FOOTNOTE')).toBeGreaterThan(page.text.indexOf('DISCLAIMER'));
    expect(page.headers.get('content-disposition')).toBe(
      `inline; filename="jordan-valley-2026-03-14.html"; filename*=UTF-8''${encodeURIComponent('حوار-المياه-jordan-valley-2026-03-14.html')}`,
    );

    const formats = ['md', 'html', 'json', 'docx'] as const;
    for (const format of formats) {
      const file = await call(null, 'GET', `${link}/export/${format}`);
      expect(file.status, format).toBe(200);
      const seen = readable(format, file.bytes, file.text);
      expect(seen, format).not.toContain('INTERNAL');
      expect(seen, format).toContain('PUBLIC-FOOTNOTE');
      const name = exportFileName(title, '2026-03-14T10:00', format);
      expect(name.utf8).toBe(`حوار-المياه-jordan-valley-2026-03-14.${format}`);
      expect(file.headers.get('content-disposition'), format).toBe(
        `attachment; filename="${name.ascii}"; filename*=UTF-8''${encodeURIComponent(name.utf8)}`,
      );
      if (format !== 'docx' && format !== 'json') {
        expect(seen.indexOf('PUBLIC-FOOTNOTE'), format).toBeGreaterThan(seen.lastIndexOf('DISCLAIMER'));
      }
    }

    // The typed client hands the desk a file with that name, for its download link.
    const file = await http.exportReport(meeting.id, 'docx');
    expect(file.name).toBe(exportFileName(title, '2026-03-14T10:00', 'docx').utf8);

    // The desk's own copy has the annexes when asked for them, and their notes last of all.
    for (const format of formats) {
      const bare = await call(cookie, 'GET', `${base}/export/${format}`);
      expect(readable(format, bare.bytes, bare.text), format).not.toContain('INTERNAL');
      const desk = await call(cookie, 'GET', `${base}/export/${format}?annexes=1`);
      const seen = readable(format, desk.bytes, desk.text);
      expect(seen, format).toContain('INTERNAL-NOTES');
      expect(seen, format).toContain('INTERNAL-THEMES');
      if (format === 'md' || format === 'html') {
        expect(seen.indexOf('INTERNAL-FOOTNOTE'), format).toBeGreaterThan(seen.indexOf('INTERNAL-THEMES'));
      }
    }
  });
});
