import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { directionSegments, renderDocx } from './docx.js';
import { ATTACKS, arabicReport, englishReport, hostileReport } from './test/report-documents.js';
import { unzip } from './test/unzip.js';
import { assertWellFormedXml } from './test/well-formed.js';

const OUTPUT = fileURLToPath(new URL('../../../.test-output/report/', import.meta.url));

const PARTS = [
  '[Content_Types].xml',
  '_rels/.rels',
  'word/document.xml',
  'word/_rels/document.xml.rels',
  'word/styles.xml',
  'word/numbering.xml',
  'word/footnotes.xml',
  'word/settings.xml',
  'docProps/core.xml',
  'docProps/app.xml',
];

/** The package's parts as text. */
function parts(docx: Uint8Array): Record<string, string> {
  return Object.fromEntries([...unzip(docx)].map(([name, data]) => [name, data.toString('utf8')]));
}

/** The paragraphs of a part, each from <w:p> or <w:p …> to its </w:p> (the exporter never nests them). */
function paragraphs(xml: string): string[] {
  return xml.match(/<w:p>.*?<\/w:p>|<w:p\s.*?<\/w:p>/gs) ?? [];
}

/** The text a reader sees in a piece of document XML, entities still escaped. */
function text(xml: string): string {
  return [...xml.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

function styleIdsUsed(xml: string): Set<string> {
  return new Set([...xml.matchAll(/<w:[pr]Style w:val="([^"]+)"\/>/g)].map((m) => m[1] ?? ''));
}

describe('renderDocx', () => {
  const english = parts(renderDocx(englishReport(), { includeInternal: false }));
  const document = english['word/document.xml'] ?? '';

  it('writes every part of a Word package, each well-formed, with the content types first', () => {
    expect(Object.keys(english)).toEqual(PARTS);
    for (const name of PARTS) expect(() => assertWellFormedXml(english[name] ?? ''), name).not.toThrow();
    expect(english['[Content_Types].xml']).toContain(
      '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>',
    );
    expect(english['_rels/.rels']).toContain('Target="word/document.xml"');
  });

  it('uses the Title, Heading1 and Heading2 styles, and defines every style it uses', () => {
    const styles = english['word/styles.xml'] ?? '';
    const used = styleIdsUsed(document);
    for (const id of ['Title', 'Heading1', 'Heading2', 'ListParagraph', 'Caption', 'FootnoteReference', 'Hyperlink']) {
      expect(used.has(id), id).toBe(true);
    }
    for (const id of [...used, ...styleIdsUsed(english['word/footnotes.xml'] ?? ''), 'Normal']) {
      expect(styles, id).toContain(`w:styleId="${id}"`);
    }
    expect(styles).toContain('<w:name w:val="heading 1"/>');
    expect(document).toMatch(/<w:pStyle w:val="Title"\/><\/w:pPr><w:r><w:t xml:space="preserve">Water &amp; climate/);
    expect(document).toMatch(/<w:pStyle w:val="Heading1"\/><\/w:pPr><w:r><w:t xml:space="preserve">Summary</);
    expect(document).toMatch(/<w:pStyle w:val="Heading2"\/><\/w:pPr><w:r><w:t xml:space="preserve">Breaking out/);
  });

  it('writes real footnotes in reading order, each referenced once from the text', () => {
    const notes = english['word/footnotes.xml'] ?? '';
    expect(notes).toContain('<w:footnote w:type="separator" w:id="-1">');
    expect(notes).toContain('<w:footnote w:type="continuationSeparator" w:id="0">');
    expect(notes).toMatch(/<w:footnote w:id="1">.*<w:footnoteRef\/>.*Published in 2025\..*<\/w:footnote>/);
    expect(notes).toMatch(/<w:footnote w:id="2">.*Counted from 15 of 28 participants\./);
    expect(notes).not.toContain('w:id="3"');
    const references = [...document.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1]);
    expect(references).toEqual(['1', '2']);
    expect(document).toContain(
      '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>',
    );
    expect(english['word/settings.xml']).toContain('<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/>');
  });

  it('links web addresses through external relationships', () => {
    const link = document.match(/<w:hyperlink r:id="([^"]+)" w:history="1">(.*?)<\/w:hyperlink>/);
    expect(text(link?.[2] ?? '')).toBe('the background paper');
    expect(english['word/_rels/document.xml.rels']).toContain(
      `<Relationship Id="${link?.[1]}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/paper?lang=en&amp;v=2" TargetMode="External"/>`,
    );
  });

  it('numbers each ordered list from 1 and bullets the others', () => {
    const numbering = english['word/numbering.xml'] ?? '';
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
    const listNumIds = [...document.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    // Two bullets, then two ordered lists of two and one items, each its own instance.
    expect(listNumIds).toEqual(['1', '1', '2', '2', '3', '1']);
    for (const numId of ['2', '3']) {
      expect(numbering).toContain(
        `<w:num w:numId="${numId}"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`,
      );
    }
  });

  it('draws a chart as a table of labels, shaded bars in proportion, and values', () => {
    expect(text(document)).toContain('Points per theme (points)');
    for (const label of ['Governance', 'Data sharing', 'Funding']) expect(document).toContain(`>${label}</w:t>`);
    const bars = [
      ...document.matchAll(/<w:tcW w:w="(\d+)" w:type="dxa"\/><w:shd w:val="clear" w:color="auto" w:fill="2F5597"\/>/g),
    ];
    const widths = bars.map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    expect(widths[0]).toBe(2 * (widths[1] ?? 0));
  });

  it('leaves internal sections out unless asked, and marks them when included', () => {
    expect(document).not.toContain('Secret side meeting');
    expect(english['word/footnotes.xml']).not.toContain('Internal annex note');
    const desk = parts(renderDocx(englishReport(), { includeInternal: true }));
    expect(desk['word/document.xml']).toContain('Secret side meeting with the minister');
    expect(desk['word/document.xml']).toMatch(
      /<w:pStyle w:val="InternalMark"\/><w:pageBreakBefore\/><\/w:pPr><w:r><w:t xml:space="preserve">Internal: not for publication/,
    );
    expect(desk['word/footnotes.xml']).toContain('Internal annex note.');
  });

  it('names no author: core properties hold the title and nothing about who wrote it', () => {
    const core = english['docProps/core.xml'] ?? '';
    expect(core).toContain('<dc:title>Water &amp; climate: &quot;Sahel&quot; dialogue no. 4</dc:title>');
    expect(core).not.toMatch(/creator|lastModifiedBy|<cp:revision|dcterms:created/);
    expect(english['docProps/app.xml']).not.toMatch(/Company|Manager|Author/);
  });
});

describe('renderDocx with Arabic', () => {
  const docx = renderDocx(arabicReport(), { includeInternal: false });
  const arabic = parts(docx);
  const document = arabic['word/document.xml'] ?? '';

  it('lays every paragraph out right to left and marks Arabic runs w:rtl', () => {
    const all = paragraphs(document);
    expect(all.length).toBeGreaterThan(10);
    for (const p of all) expect(p).toContain('<w:bidi/>');
    expect(document).toContain(
      '<w:r><w:rPr><w:rtl/></w:rPr><w:t xml:space="preserve">شدّد عدد من المشاركين على أن برنامج </w:t></w:r>',
    );
    expect(document).toMatch(/<w:sectPr>.*<w:bidi\/><w:rtlGutter\/>.*<\/w:sectPr>/);
    expect(arabic['word/styles.xml']).toContain('w:bidi="ar-SA"');
    for (const p of paragraphs(arabic['word/footnotes.xml'] ?? '').slice(2)) expect(p).toContain('<w:bidi/>');
  });

  it('keeps Latin words inside Arabic text in runs of their own, without w:rtl', () => {
    expect(document).toContain(
      '<w:r><w:t xml:space="preserve">UN Women</w:t></w:r><w:r><w:rPr><w:rtl/></w:rPr><w:t xml:space="preserve"> (هيئة',
    );
    expect(document).toContain('<w:r><w:t xml:space="preserve">Track II</w:t></w:r>');
    expect(document).toContain(
      '<w:r><w:rPr><w:b/><w:bCs/><w:rtl/></w:rPr><w:t xml:space="preserve">يدعم القرار 1325</w:t></w:r>',
    );
    expect(arabic['word/footnotes.xml']).toContain('<w:r><w:t xml:space="preserve">UN Women</w:t></w:r>');
  });

  it('puts the chart table and its bars right to left, with the Arabic labels', () => {
    expect(document).toContain('<w:tbl><w:tblPr><w:bidiVisual/>');
    expect(document).toContain('>الحوكمة</w:t>');
    expect(document).toContain('>التمويل </w:t></w:r><w:r><w:t xml:space="preserve">Funding</w:t>');
    expect(text(document)).toContain('النقاط حسب المحور (نقاط)');
  });

  it('is written to .test-output for a person to open', () => {
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(`${OUTPUT}wps.ar.docx`, docx);
    writeFileSync(`${OUTPUT}wps.ar.desk.docx`, renderDocx(arabicReport(), { includeInternal: true }));
    writeFileSync(`${OUTPUT}climate-water.en.docx`, renderDocx(englishReport(), { includeInternal: true }));
  });
});

describe('renderDocx with hostile text', () => {
  const hostile = parts(renderDocx(hostileReport(), { includeInternal: true }));
  const document = hostile['word/document.xml'] ?? '';

  it('escapes every text and stays well-formed, even with characters XML forbids', () => {
    for (const name of PARTS) expect(() => assertWellFormedXml(hostile[name] ?? ''), name).not.toThrow();
    expect(document).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;');
    expect(document).toContain('&quot;quoted&quot; &amp; &#39;single&#39;');
    expect(document).toContain('badchars');
    expect(document).not.toContain('\u0001');
    expect(document).not.toContain('\uD800');
    expect(hostile['word/footnotes.xml']).toContain('&lt;img src=x onerror=alert(1)&gt;&lt;/w:t&gt;&lt;/w:r&gt;');
    expect(hostile['docProps/core.xml']).toContain('<dc:title>&lt;script&gt;');
  });

  it('refuses a script link even when it bypassed the schema', () => {
    expect(document).not.toContain('w:hyperlink');
    expect(hostile['word/_rels/document.xml.rels']).not.toContain(ATTACKS.href);
    expect(document).toContain('>click me</w:t>');
  });
});

describe('directionSegments', () => {
  it.each([
    ['عربي فقط', true, [['عربي فقط', true]]],
    ['plain English', false, [['plain English', false]]],
    [
      'قال (UNDP) إن',
      true,
      [
        ['قال ', true],
        ['(UNDP)', false],
        [' إن', true],
      ],
    ],
    [
      'العام 2025 World Bank.',
      true,
      [
        ['العام 2025 ', true],
        ['World Bank', false],
        ['.', true],
      ],
    ],
    [
      'Cairo (القاهرة) today',
      false,
      [
        ['Cairo (', false],
        ['القاهرة', true],
        [') today', false],
      ],
    ],
  ])('%s', (input, rtl, expected) => {
    expect(directionSegments(input, rtl).map((s) => [s.text, s.rtl])).toEqual(expected);
  });
});
