import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderDocx } from './docx.js';
import { ATTACKS, arabicReport, englishReport, hostileReport, MIXED_DIRECTIONS } from './test/report-documents.js';
import { unzip } from './test/unzip.js';
import { assertWellFormedXml } from './test/well-formed.js';

const OUTPUT = fileURLToPath(new URL('../../../.test-output/report/', import.meta.url));

/** The parts Hiwar's reports rely on; the library writes a few more (theme, fonts, endnotes). */
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
const LRM = '\u200E';
const RLM = '\u200F';

/** The package's parts as text. */
function parts(docx: Uint8Array): Record<string, string> {
  return Object.fromEntries([...unzip(docx)].map(([name, data]) => [name, data.toString('utf8')]));
}

/** The paragraphs of a part, each from <w:p> or <w:p …> to its </w:p> (the exporter never nests them). */
function paragraphs(xml: string): string[] {
  return xml.match(/<w:p>.*?<\/w:p>|<w:p\s[^/>]*>.*?<\/w:p>/gs) ?? [];
}

/** Each run of a piece of document XML: whether it is right to left, and its text. */
function runs(xml: string): { rtl: boolean; text: string }[] {
  return [...xml.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map((m) => ({
    rtl: (m[1] ?? '').includes('<w:rtl/>'),
    text: text(m[1] ?? ''),
  }));
}

/** The text a reader sees in a piece of document XML, entities still escaped. */
function text(xml: string): string {
  return [...xml.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

function styleIdsUsed(xml: string): Set<string> {
  return new Set([...xml.matchAll(/<w:[pr]Style w:val="([^"]+)"\/>/g)].map((m) => m[1] ?? ''));
}

describe('renderDocx', async () => {
  const english = parts(await renderDocx(englishReport(), { includeInternal: false }));
  const document = english['word/document.xml'] ?? '';

  it('writes every part of a Word package, each well-formed, with the content types first', () => {
    expect(Object.keys(english)[0]).toBe('[Content_Types].xml');
    expect(Object.keys(english)).toEqual(expect.arrayContaining(PARTS));
    for (const [name, xml] of Object.entries(english)) expect(() => assertWellFormedXml(xml), name).not.toThrow();
    expect(english['[Content_Types].xml']).toContain(
      '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml" PartName="/word/footnotes.xml"/>',
    );
    expect(english['_rels/.rels']).toContain('Target="word/document.xml"');
    expect(english['word/_rels/document.xml.rels']).toContain('Target="footnotes.xml"');
  });

  it('carries no time of export: every entry of the archive is dated 1 January 1980', async () => {
    const archive = Buffer.from(await renderDocx(englishReport(), { includeInternal: false }));
    const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    let at = archive.readUInt32LE(end + 16);
    const dates = new Set<string>();
    for (let i = 0; i < archive.readUInt16LE(end + 10); i++) {
      dates.add(`${archive.readUInt16LE(at + 14)}/${archive.readUInt16LE(at + 12)}`);
      at += 46 + archive.readUInt16LE(at + 28) + archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
    }
    // DOS date 1980-01-01 (day 1, month 1, year 0), time 00:00.
    expect([...dates]).toEqual([`${(1 << 5) | 1}/0`]);
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
    const link = document.match(/<w:hyperlink w:history="1" r:id="([^"]+)">(.*?)<\/w:hyperlink>/);
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
    // Two bullets, then two ordered lists of two and one items, each its own instance, then a bullet.
    const [bullet, first, , second] = [listNumIds[0], listNumIds[2], listNumIds[3], listNumIds[4]];
    expect(listNumIds).toEqual([bullet, bullet, first, first, second, bullet]);
    expect(new Set([bullet, first, second]).size).toBe(3);
    const decimal = numbering.match(
      /<w:abstractNum w:abstractNumId="(\d+)"[^>]*>(?:(?!<\/w:abstractNum>).)*<w:numFmt w:val="decimal"\/>/s,
    );
    for (const numId of [first, second]) {
      expect(numbering).toContain(
        `<w:num w:numId="${numId}"><w:abstractNumId w:val="${decimal?.[1]}"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`,
      );
    }
  });

  it('draws a chart as a table of labels, shaded bars in proportion, and values', () => {
    expect(text(document)).toContain('Points per theme (points)');
    for (const label of ['Governance', 'Data sharing', 'Funding']) expect(document).toContain(`>${label}</w:t>`);
    const bars = [
      ...document.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/><w:shd w:fill="2F5597" w:color="auto" w:val="clear"\/>/g),
    ];
    const widths = bars.map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    expect(widths[0]).toBe(2 * (widths[1] ?? 0));
  });

  it('leaves internal sections out unless asked, and marks them when included', async () => {
    expect(document).not.toContain('Secret side meeting');
    expect(english['word/footnotes.xml']).not.toContain('Internal annex note');
    const desk = parts(await renderDocx(englishReport(), { includeInternal: true }));
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
    expect(english['docProps/custom.xml'] ?? '').not.toMatch(/<property/);
  });
});

describe('renderDocx with Arabic', async () => {
  const docx = await renderDocx(arabicReport(), { includeInternal: false });
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
    // Footnote numbers are right-to-left runs too, in the text and in the note.
    expect(document).toContain(
      '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:rtl/></w:rPr><w:footnoteReference w:id="1"/></w:r>',
    );
    expect(arabic['word/footnotes.xml']).toMatch(
      /<w:footnote w:id="1">.*<w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><w:rtl\/><\/w:rPr><w:footnoteRef\/><\/w:r>/,
    );
  });

  it('keeps Latin words inside Arabic text in runs of their own, without w:rtl, closed by marks', () => {
    expect(document).toContain(
      `<w:r><w:t xml:space="preserve">UN Women${LRM}${RLM}</w:t></w:r><w:r><w:rPr><w:rtl/></w:rPr><w:t xml:space="preserve"> (هيئة`,
    );
    expect(document).toContain(`<w:r><w:t xml:space="preserve">Track II${LRM}${RLM}</w:t></w:r>`);
    expect(document).toContain(
      '<w:r><w:rPr><w:b/><w:bCs/><w:rtl/></w:rPr><w:t xml:space="preserve">يدعم القرار 1325</w:t></w:r>',
    );
    expect(arabic['word/footnotes.xml']).toContain(`<w:r><w:t xml:space="preserve">UN Women${LRM}${RLM}</w:t></w:r>`);
  });

  it('puts the chart table and its bars right to left, with the Arabic labels', () => {
    expect(document).toContain('<w:tbl><w:tblPr><w:bidiVisual/>');
    expect(document).toContain('>الحوكمة</w:t>');
    expect(document).toContain(`>التمويل </w:t></w:r><w:r><w:t xml:space="preserve">Funding${LRM}${RLM}</w:t>`);
    expect(text(document)).toContain('النقاط حسب المحور (نقاط)');
  });

  it('is written to .test-output for a person to open', async () => {
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(`${OUTPUT}wps.ar.docx`, docx);
    writeFileSync(`${OUTPUT}wps.ar.desk.docx`, await renderDocx(arabicReport(), { includeInternal: true }));
    writeFileSync(`${OUTPUT}climate-water.en.docx`, await renderDocx(englishReport(), { includeInternal: true }));
  });
});

describe('renderDocx with hostile text', async () => {
  const hostile = parts(await renderDocx(hostileReport(), { includeInternal: true }));
  const document = hostile['word/document.xml'] ?? '';

  it('escapes every text and stays well-formed, even with characters XML forbids', () => {
    for (const [name, xml] of Object.entries(hostile)) expect(() => assertWellFormedXml(xml), name).not.toThrow();
    expect(document).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;');
    expect(document).toContain('&quot;quoted&quot; &amp; &apos;single&apos;');
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

describe('renderDocx with mixed directions', async () => {
  const rendered = await Promise.all(
    MIXED_DIRECTIONS.map(
      async (c) => parts(await renderDocx(c.doc, { includeInternal: false }))['word/document.xml'] ?? '',
    ),
  );

  it.each(MIXED_DIRECTIONS.map((c, i) => [c.name, c, rendered[i] ?? ''] as const))('%s', (_name, c, document) => {
    const rtlReport = c.doc.dir === 'rtl';
    const own = rtlReport ? RLM : LRM;
    const theirs = rtlReport ? LRM : RLM;
    const all = paragraphs(document).filter((p) => p.includes('<w:t'));
    const block = all.find((p) => c.isolated.some((s) => text(p).includes(s))) ?? '';
    // Every paragraph keeps the report's direction: an Arabic item keeps its place in the English list.
    for (const p of all) expect(p.includes('<w:bidi/>'), p).toBe(rtlReport);
    for (const stretch of c.isolated) {
      // The stretch, its stop included, is one run in its own direction, closed by its own mark then the report's.
      const run = runs(block).find((r) => r.text.startsWith(stretch));
      expect(run, stretch).toEqual({ rtl: !rtlReport, text: `${stretch}${theirs}${own}` });
    }
    if (c.after) expect(runs(block).find((r) => r.text === c.after)).toEqual({ rtl: rtlReport, text: c.after });
    if (c.kind === 'list') {
      for (const item of all.filter((p) => p.includes('ListParagraph'))) expect(item).toContain('<w:numPr>');
    }
    if (c.kind === 'heading') expect(block).toContain('<w:pStyle w:val="Heading2"/>');
  });
});
