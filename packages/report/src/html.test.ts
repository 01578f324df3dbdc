import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderHtml } from './html.js';
import {
  ATTACKS,
  arabicReport,
  chart,
  englishReport,
  hostileReport,
  MIXED_DIRECTIONS,
  section,
} from './test/report-documents.js';

const OUTPUT = fileURLToPath(new URL('../../../.test-output/report/', import.meta.url));

const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

/** Every start tag's attribute names, read the way a browser would (text is escaped, so `<` opens a tag). */
function attributeNames(html: string): string[] {
  const tags = html.match(/<[a-zA-Z][^>]*>/g) ?? [];
  return tags.flatMap((tag) =>
    [...tag.replace(/^<[a-zA-Z][\w-]*/, '').matchAll(ATTRIBUTE)].map((m) => (m[1] ?? '').toLowerCase()),
  );
}

describe('renderHtml', () => {
  const english = renderHtml(englishReport(), { includeInternal: false });

  it('writes a standalone page with the language, direction and a script-free policy', () => {
    expect(english.startsWith('<!doctype html>\n<html lang="en" dir="ltr">')).toBe(true);
    expect(english).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    expect(english).toContain('<title>Water &amp; climate: &quot;Sahel&quot; dialogue no. 4</title>');
    expect(english).toMatch(/@page \{ size: A4; margin: [^}]+\}/);
    expect(english).toContain('break-after: avoid');
    expect(english.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('uses logical properties only, so the sheet turns for Arabic', () => {
    const css = english.slice(english.indexOf('<style>'), english.indexOf('</style>'));
    expect(css).toContain('margin-inline');
    expect(css).not.toMatch(/(margin|padding|border)-(left|right)|text-align: (left|right)|float:/);
  });

  it('renders the header as the title block, sections as h2 and heading blocks as h3', () => {
    expect(english).toContain('<h1>Water &amp; climate: &quot;Sahel&quot; dialogue no. 4</h1>');
    expect(english).toMatch(/<header class="report-header"[^>]*>\n<h1>[^<]*<\/h1>\n<p dir="auto">Host organisation/);
    expect(english).toContain('<h2 id="heading-summary">Summary</h2>');
    expect(english).toContain('<h3>Breaking out of the silo</h3>');
    expect(english).toContain('<ul><li>Water is a security issue.</li>');
    expect(english.match(/<ol>/g)).toHaveLength(2);
    expect(english).toContain('<strong>civil society</strong>');
    expect(english).toContain('<em>government</em>');
  });

  it('keeps web links, escaped, with rel="noopener noreferrer"', () => {
    expect(english).toContain(
      '<a href="https://example.org/paper?lang=en&amp;v=2" rel="noopener noreferrer">the background paper</a>',
    );
  });

  it('numbers footnotes in reading order and lists them last, after the Disclaimer', () => {
    expect(english).toContain('<sup class="note-ref"><a id="note-ref-1" href="#note-1">1</a></sup>');
    expect(english).toContain('<sup class="note-ref"><a id="note-ref-2" href="#note-2">2</a></sup>');
    const footnotes = english.slice(english.indexOf('id="footnotes"'));
    expect(english.indexOf('id="footnotes"')).toBeGreaterThan(english.indexOf('id="section-disclaimer"'));
    expect(footnotes).toMatch(/<li id="note-1">Published in 2025\. <a class="back" href="#note-ref-1"/);
    expect(footnotes).toContain('<li id="note-2">Counted from 15 of 28 participants.');
    // Nothing of the report comes after them.
    expect(footnotes).not.toContain('<section class="section"');
    expect(footnotes).toMatch(/<\/ol>\n<\/section>\n<\/article>/);
    // The genre's Notes section (the quantifiers' meaning) no longer holds them.
    const notesSection = english.slice(
      english.indexOf('id="section-notes"'),
      english.indexOf('id="section-disclaimer"'),
    );
    expect(notesSection).not.toContain('class="footnotes"');
  });

  it('leaves internal sections out unless asked, and marks them when included', () => {
    expect(english).not.toContain('Secret side meeting');
    expect(english).not.toContain('Internal annex note');
    expect(english).not.toContain('class="internal-mark"');

    const desk = renderHtml(englishReport(), { includeInternal: true });
    expect(desk).toContain('Secret side meeting with the minister');
    expect(desk).toMatch(
      /<section class="section internal" id="section-annex-agenda"[^>]*>\n<p class="internal-mark">Internal: not for publication<\/p>/,
    );
    // The annex's note comes after the public ones and is listed with them.
    expect(desk).toContain('<li id="note-3">Internal annex note.');
    expect(desk.indexOf('id="footnotes"')).toBeGreaterThan(desk.indexOf('id="section-annex-agenda"'));
  });

  it('draws charts as labelled SVG bars in proportion to the values', () => {
    expect(english).toContain('<figure class="chart">\n<figcaption>Points per theme (points)</figcaption>');
    const arabicTitle = renderHtml(
      {
        ...englishReport(),
        sections: [section('discussion', 'D', [chart('c', { title: 'المحاور', unit: 'points', bars: [] })])],
      },
      { includeInternal: false },
    );
    expect(arabicTitle).toContain('<figcaption><bdi dir="rtl">المحاور</bdi> (points)</figcaption>');
    expect(english).toMatch(
      /<svg [^>]*role="img" aria-label="Points per theme \(points\): Governance: 12; Data sharing: 6; Funding: 0">/,
    );
    const widths = [...english.matchAll(/<rect class="bar" x="0" [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toEqual([550, 275, 0]);
    expect(english).toContain('>Data sharing</text>');
  });

  it('shows the download links only when given, and never a script link among them', () => {
    expect(english).not.toContain('class="downloads"');
    const page = renderHtml(englishReport(), {
      includeInternal: false,
      downloads: [
        { label: 'Word (.docx)', href: '/r/abc123/report.docx' },
        { label: 'PDF', href: 'report.pdf' },
        { label: 'Bad', href: ATTACKS.href },
      ],
    });
    expect(page).toContain(
      '<nav class="downloads" aria-label="Download"><ul><li><a href="/r/abc123/report.docx" rel="noopener noreferrer">Word (.docx)</a></li><li><a href="report.pdf" rel="noopener noreferrer">PDF</a></li><li>Bad</li></ul></nav>',
    );
    expect(page).toMatch(/@media print \{[^@]*\.downloads[^{]*\{ display: none; \}/);
  });
});

describe('renderHtml with Arabic', () => {
  const html = renderHtml(arabicReport(), { includeInternal: false });

  it('sets the language and direction and isolates Latin words in <bdi dir="ltr">', () => {
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain(
      '<p dir="auto">شدّد عدد من المشاركين على أن برنامج <bdi dir="ltr">UN Women</bdi> (هيئة الأمم المتحدة للمرأة) ',
    );
    expect(html).toContain('<li>إشراك النساء في لجان الوساطة <bdi dir="ltr">Track II</bdi>.</li>');
  });

  it('lists the footnotes at the end under an Arabic heading', () => {
    expect(html).toMatch(
      /<h2 id="heading-footnotes">الملاحظات<\/h2>\n<ol class="footnotes">\n<li id="note-1">انظر تقرير <bdi dir="ltr">UN Women<\/bdi> لعام 2025\./,
    );
    expect(html).toContain('<a id="note-ref-1" href="#note-1">1</a>');
    expect(html.indexOf('heading-footnotes')).toBeGreaterThan(html.indexOf('section-disclaimer'));
  });

  it('grows chart bars from the right and formats the numbers for Arabic', () => {
    expect(html).toMatch(/<svg [^>]*direction="rtl"/);
    expect(html).toContain('aria-label="النقاط حسب المحور (نقاط): الحوكمة: 14؛ التمويل Funding: 7؛ الحماية: 3"');
    // The longest bar ends at the right edge (x + width = 640); labels are anchored at the right edge too.
    expect(html).toContain('<rect class="bar" x="90" y="22" width="550"');
    expect(html).toContain('<text class="label" x="640" y="15">الحوكمة</text>');
    expect(html).toContain(`>${new Intl.NumberFormat('ar').format(14)}</text>`);
  });

  it('is written to .test-output for a person to open', () => {
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(`${OUTPUT}wps.ar.html`, html);
    writeFileSync(`${OUTPUT}wps.ar.desk.html`, renderHtml(arabicReport(), { includeInternal: true }));
    const downloads = [{ label: 'Word', href: 'climate-water.en.docx' }];
    writeFileSync(`${OUTPUT}climate-water.en.html`, renderHtml(englishReport(), { includeInternal: true, downloads }));
  });
});

describe('renderHtml with mixed directions', () => {
  it.each(MIXED_DIRECTIONS.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const html = renderHtml(c.doc, { includeInternal: false });
    const theirs = c.doc.dir === 'rtl' ? 'ltr' : 'rtl';
    for (const stretch of c.isolated) {
      // The stretch, its own stop included, is one isolate in its direction.
      expect(html).toContain(`<bdi dir="${theirs}">${stretch}</bdi>`);
    }
    if (c.after) expect(html).toContain(`</bdi>${c.after}`);
    // Blocks keep the report's direction: no item or heading turns to the other side.
    expect(html).not.toMatch(/<(li|h\d)[^>]* dir=/);
    if (c.kind === 'list') expect(html).toMatch(/<ol><li>[^<]*<\/li><li><bdi dir="rtl">/);
    if (c.kind === 'heading') expect(html).toContain(`<h3><bdi dir="rtl">${c.isolated[0]}</bdi></h3>`);
  });

  it('writes each case to .test-output for a person to open', () => {
    mkdirSync(OUTPUT, { recursive: true });
    MIXED_DIRECTIONS.forEach((c, i) => {
      writeFileSync(`${OUTPUT}mixed-${i + 1}.${c.doc.language}.html`, renderHtml(c.doc, { includeInternal: false }));
    });
  });
});

describe('renderHtml with hostile text', () => {
  const html = renderHtml(hostileReport(), { includeInternal: true });

  it('contains no script, no event handler and no script URL, whatever the texts held', () => {
    expect(html.toLowerCase()).not.toContain('<script');
    expect(html.toLowerCase()).not.toContain('javascript:');
    // As an attribute scanner would look: a name starting with "on" after a space, then "=".
    expect(html).not.toMatch(/\son\w+\s*=/i);
    const names = attributeNames(html);
    expect(names).toContain('aria-label');
    expect(attributeNames('<img src=x onerror=alert(1)>')).toEqual(['src', 'onerror']);
    expect(names.filter((name) => name.startsWith('on'))).toEqual([]);
    expect(html).not.toContain('<img');
  });

  it('shows the hostile texts as text', () => {
    expect(html).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror&#61;alert(1)&gt;');
    expect(html).toContain('&quot;quoted&quot; &amp; &#39;single&#39;');
    expect(html).toContain('<h2 id="heading-custom-attack">&lt;img src=x onerror&#61;alert(1)&gt;&lt;/h2&gt;</h2>');
  });

  it('refuses a script link even when it bypassed the schema', () => {
    expect(html).toContain('<p dir="auto">click me and ');
    expect(html).not.toMatch(/<a href="[^"]*alert/);
  });

  it('drops characters that have no place in a document', () => {
    expect(html).toContain('badchars');
    expect(html).not.toContain('\u0001');
    expect(html).not.toContain('\uD800');
  });
});
