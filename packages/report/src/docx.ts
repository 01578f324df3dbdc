import {
  type Chart,
  type Inline,
  isSafeHref,
  type Language,
  type ReportBlock,
  type ReportDocument,
  type ReportSection,
} from '@hiwar/protocol';
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeightRule,
  LevelFormat,
  LineRuleType,
  Packer,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { withoutIsolates } from './bidi.js';
import {
  chartCaption,
  chartScale,
  directedRuns,
  escapeMarkup,
  type Footnotes,
  footnotes,
  formatNumber,
  noteOf,
  publicSections,
  reportTitle,
  stripInvalidXmlChars,
} from './export-common.js';
import { phrases } from './phrases.js';

export interface DocxOptions {
  /** Whether the internal annexes are included (marked as internal). */
  includeInternal: boolean;
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A4 in twentieths of a point, with the text width the margins leave. */
const PAGE = { width: 11906, height: 16838, margin: 1247, textWidth: 11906 - 2 * 1247 };
/** The chart table's columns: label, bar, value. */
const CHART_COLUMNS = { label: 3000, bar: 5200, value: PAGE.textWidth - 3000 - 5200 };
/** The longest bar leaves room for the bar cell's own margins. */
const BAR_MAX = CHART_COLUMNS.bar - 260;
const BAR_COLOUR = '2F5597';
const RULE_COLOUR = 'D0D7DE';

/** The language Word should assume for Latin text; complex-script text is always Arabic. */
const LATIN_LANGUAGE: Record<Language, string> = { en: 'en-GB', ar: 'en-GB', fr: 'fr-FR', sv: 'sv-SE' };

/** Numbering references: one bullet list, and ordered lists that each start at 1 (an instance each). */
const BULLETS = 'bullets';
const ORDERED = 'ordered';

/** Marks that end a stretch of the other direction, so Word puts its stop and what follows on the right side. */
const MARK = { ltr: '\u200E', rtl: '\u200F' } as const;

/** Every archive carries the same date, so no time of export leaks out (DOS dates start in 1980). */
const ZIP_DATE = new Date(1980, 0, 1);

interface Context {
  language: Language;
  dir: 'ltr' | 'rtl';
  rtl: boolean;
  notes: Footnotes;
  /** The next ordered list's instance: each ordered list is numbered from 1. */
  orderedLists: number;
}

interface RunFormat {
  bold?: boolean;
  italic?: boolean;
  style?: string;
}

/**
 * The report as a Word document (.docx), written with the `docx` library: real Title and Heading styles,
 * numbered and bulleted lists, footnotes, links, charts drawn as tables, right to left for Arabic, every
 * stretch of the other direction in runs of its own, and no author or date in the properties.
 */
export async function renderDocx(doc: ReportDocument, options: DocxOptions): Promise<Uint8Array> {
  const sections = publicSections(doc, options.includeInternal);
  const ctx: Context = {
    language: doc.language,
    dir: doc.dir === 'rtl' ? 'rtl' : 'ltr',
    rtl: doc.dir === 'rtl',
    notes: footnotes(),
    orderedLists: 0,
  };
  const body = renderBody(sections, ctx);
  const document = new Document({
    title: reportTitle(sections),
    numbering: {
      config: [
        { reference: BULLETS, levels: [listLevel(LevelFormat.BULLET, '•')] },
        { reference: ORDERED, levels: [listLevel(LevelFormat.DECIMAL, '%1.')] },
      ],
    },
    footnotes: Object.fromEntries(
      ctx.notes.texts.map((text, i) => [i + 1, { children: [footnoteParagraph(text, ctx)] }]),
    ),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: 1440,
              right: PAGE.margin,
              bottom: 1440,
              left: PAGE.margin,
              header: 708,
              footer: 708,
              gutter: 0,
            },
          },
        },
        children: body,
      },
    ],
  });
  // The styles, settings and core properties are the house's own parts, given whole: the library's defaults
  // would add its own heading styles, and dates and a revision count to the properties.
  const packed = await Packer.toBuffer(document, false, [
    { path: 'word/styles.xml', data: stylesXml(doc.language) },
    { path: 'word/settings.xml', data: settingsXml(doc.language) },
    { path: 'docProps/core.xml', data: coreXml(reportTitle(sections), doc.language) },
  ]);
  const files = unzipSync(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength));
  if (ctx.rtl) rightToLeft(files);
  // The content types first, as Word writes them: some readers look for them there.
  const { '[Content_Types].xml': contentTypes, ...rest } = files;
  return zipSync({ '[Content_Types].xml': contentTypes ?? new Uint8Array(), ...rest }, { level: 9, mtime: ZIP_DATE });
}

/**
 * What the library has no option for in an Arabic document, added where the schema wants it: the section
 * laid out right to left (w:bidi and w:rtlGutter in w:sectPr, before w:docGrid), and footnote numbers in
 * right-to-left runs, in the text and in the notes, as Word writes them.
 */
function rightToLeft(files: Record<string, Uint8Array>): void {
  const patch = (path: string, edit: (xml: string) => string) => {
    const xml = strFromU8(files[path] ?? new Uint8Array());
    const edited = edit(xml);
    if (edited === xml) throw new Error(`Nothing to lay out right to left in ${path}.`);
    files[path] = new Uint8Array(strToU8(edited));
  };
  const noteNumbers = (xml: string) =>
    xml.replace(
      /<w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr>(<w:footnote(?:Reference w:id="\d+"|Ref)\/>)/g,
      '<w:rPr><w:rStyle w:val="FootnoteReference"/><w:rtl/></w:rPr>$1',
    );
  patch('word/document.xml', (xml) =>
    noteNumbers(
      xml.replace(
        /(<w:sectPr\b[^>]*>(?:(?!<\/w:sectPr>).)*?)(<w:docGrid\b|<\/w:sectPr>)/s,
        '$1<w:bidi/><w:rtlGutter/>$2',
      ),
    ),
  );
  if (files['word/footnotes.xml'])
    files['word/footnotes.xml'] = strToU8(noteNumbers(strFromU8(files['word/footnotes.xml'])));
}

function listLevel(format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) {
  return {
    level: 0,
    format,
    text,
    start: 1,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720, hanging: 360 } } },
  };
}

// --- Runs -------------------------------------------------------------------------------------------------

/** Text as runs: line breaks become w:br, isolate controls are dropped (runs and marks isolate instead). */
function textRuns(text: string, format: RunFormat, rtl: boolean): TextRun[] {
  return stripInvalidXmlChars(withoutIsolates(text))
    .split(/\r\n?|\n/)
    .map(
      (line, i) =>
        new TextRun({
          text: line,
          break: i > 0 ? 1 : undefined,
          style: format.style,
          bold: format.bold || undefined,
          boldComplexScript: format.bold || undefined,
          italics: format.italic || undefined,
          italicsComplexScript: format.italic || undefined,
          rightToLeft: rtl || undefined,
        }),
    );
}

/**
 * A block's runs for Word. Text in the report's direction keeps it; a stretch in the other direction gets
 * runs of its own (w:rtl for Arabic), and ends with a mark of its own direction then one of the report's, so
 * an Arabic sentence's full stop stays at its end and "(0 dots)" after it stays in the English order.
 */
function renderRuns(runs: readonly Inline[], ctx: Context): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  for (const group of directedRuns(runs, ctx.dir)) {
    const rtl = group.dir === 'rtl';
    group.pieces.forEach((piece, i) => {
      const { run } = piece;
      const link = isSafeHref(run.href) ? run.href : undefined;
      const closing = group.other && i === group.pieces.length - 1 ? MARK[group.dir] + MARK[ctx.dir] : '';
      const format: RunFormat = { bold: run.bold, italic: run.italic, style: link ? 'Hyperlink' : undefined };
      const text = piece.text + (link ? '' : closing);
      const textChildren = text ? textRuns(text, format, rtl) : [];
      if (link && piece.text) children.push(new ExternalHyperlink({ link, children: textChildren }));
      else children.push(...textChildren);
      if (link && closing) children.push(...textRuns(closing, {}, rtl));
      const note = piece.endsRun ? noteOf(run) : undefined;
      if (note !== undefined) children.push(new FootnoteReferenceRun(ctx.notes.add(note)));
    });
  }
  return children;
}

/** A plain text (a heading, a label) as runs, isolated the same way. */
function plainRuns(text: string, ctx: Context): ParagraphChild[] {
  return renderRuns([{ text }], ctx);
}

// --- Paragraphs, sections, charts -------------------------------------------------------------------------

interface ParagraphProps {
  style?: string;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  /** A list: bullets, or one ordered list's instance. */
  list?: { reference: string; instance?: number };
  /** Little space above and below, for table cells. */
  compact?: boolean;
}

function paragraph(children: ParagraphChild[], props: ParagraphProps, ctx: Context): Paragraph {
  return new Paragraph({
    children,
    style: props.style,
    keepNext: props.keepNext,
    pageBreakBefore: props.pageBreakBefore,
    numbering: props.list ? { reference: props.list.reference, level: 0, instance: props.list.instance } : undefined,
    bidirectional: ctx.rtl || undefined,
    spacing: props.compact ? { before: 40, after: 40 } : undefined,
  });
}

function renderBlock(block: ReportBlock, inHeader: boolean, ctx: Context): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'paragraph':
      return [paragraph(renderRuns(block.content, ctx), { style: inHeader ? 'ReportHeader' : undefined }, ctx)];
    case 'heading':
      return [paragraph(renderRuns(block.content, ctx), { style: 'Heading2' }, ctx)];
    case 'list': {
      const list = block.ordered ? { reference: ORDERED, instance: ++ctx.orderedLists } : { reference: BULLETS };
      // An item keeps the list's direction, so its number stays with the others; its words are isolated.
      return block.items.map((item) => paragraph(renderRuns(item.content, ctx), { style: 'ListParagraph', list }, ctx));
    }
    case 'chart':
      return renderChart(block.chart, ctx);
  }
}

function renderBody(sections: readonly ReportSection[], ctx: Context): (Paragraph | Table)[] {
  return sections.flatMap((section, i) => {
    const previous = sections[i - 1];
    // The annexes start on a page of their own, after the public part.
    const annexStart = section.internal && previous !== undefined && !previous.internal;
    const mark = section.internal
      ? [
          paragraph(
            plainRuns(phrases.internalMark[ctx.language], ctx),
            { style: 'InternalMark', pageBreakBefore: annexStart },
            ctx,
          ),
        ]
      : [];
    const heading = paragraph(
      plainRuns(section.heading, ctx),
      {
        style: section.key === 'header' ? 'Title' : 'Heading1',
      },
      ctx,
    );
    const blocks = section.blocks.flatMap((block) => renderBlock(block, section.key === 'header', ctx));
    return [...mark, heading, ...blocks];
  });
}

function footnoteParagraph(text: string, ctx: Context): Paragraph {
  // The library puts the note's number first; a space keeps it off the text.
  return paragraph([...textRuns(' ', {}, ctx.rtl), ...plainRuns(text, ctx)], { style: 'FootnoteText' }, ctx);
}

/** A paragraph that takes no room: Word needs one to close a cell, even one that only holds a table. */
function emptyParagraph(ctx: Context): Paragraph {
  return new Paragraph({
    bidirectional: ctx.rtl || undefined,
    spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    run: { size: 1 },
  });
}

const NO_MARGINS = { top: 0, left: 0, bottom: 0, right: 0, marginUnitType: WidthType.DXA };

/** The bar itself: a one-cell table, shaded, as wide as the value asks; right-aligned in Arabic. */
function bar(width: number, ctx: Context): (Paragraph | Table)[] {
  if (width <= 0) return [emptyParagraph(ctx)];
  const table = new Table({
    width: { size: width, type: WidthType.DXA },
    indent: { size: 0, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    margins: NO_MARGINS,
    borders: TableBorders.NONE,
    visuallyRightToLeft: ctx.rtl || undefined,
    columnWidths: [width],
    rows: [
      new TableRow({
        height: { value: 240, rule: HeightRule.EXACT },
        children: [
          new TableCell({
            width: { size: width, type: WidthType.DXA },
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: BAR_COLOUR },
            children: [emptyParagraph(ctx)],
          }),
        ],
      }),
    ],
  });
  return [table, emptyParagraph(ctx)];
}

function cell(width: number, children: (Paragraph | Table)[]): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlign.CENTER, children });
}

/**
 * A bar chart made of a table, so it needs no image and stays editable: one row per bar with its label,
 * the bar and the value. The caption above keeps with the table.
 */
function renderChart(chart: Chart, ctx: Context): (Paragraph | Table)[] {
  const scale = chartScale(chart);
  const caption = paragraph(plainRuns(chartCaption(ctx.language, chart), ctx), { style: 'Caption' }, ctx);
  if (chart.bars.length === 0) return [caption];
  const rule = { style: BorderStyle.SINGLE, size: 4, space: 0, color: RULE_COLOUR };
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  const rows = chart.bars.map((b) => {
    const width = b.value > 0 ? Math.max(40, Math.round((b.value / scale) * BAR_MAX)) : 0;
    return new TableRow({
      cantSplit: true,
      children: [
        cell(CHART_COLUMNS.label, [paragraph(plainRuns(b.label, ctx), { compact: true }, ctx)]),
        cell(CHART_COLUMNS.bar, bar(width, ctx)),
        cell(CHART_COLUMNS.value, [
          paragraph(plainRuns(formatNumber(ctx.language, b.value), ctx), { compact: true }, ctx),
        ]),
      ],
    });
  });
  const table = new Table({
    width: { size: PAGE.textWidth, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    visuallyRightToLeft: ctx.rtl || undefined,
    borders: { top: rule, bottom: rule, insideHorizontal: rule, left: none, right: none, insideVertical: none },
    columnWidths: [CHART_COLUMNS.label, CHART_COLUMNS.bar, CHART_COLUMNS.value],
    rows,
  });
  // Two tables in a row would merge into one: a paragraph after each keeps charts apart and gives them room.
  return [caption, table, paragraph([], {}, ctx)];
}

// --- The house's own parts ----------------------------------------------------------------------------------

/** A paragraph style on top of Normal; headings name Normal as the style of the paragraph after them. */
function paragraphStyle(id: string, name: string, pPr: string, rPr: string, next = ''): string {
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/>${next}<w:qFormat/><w:pPr>${pPr}</w:pPr><w:rPr>${rPr}</w:rPr></w:style>`;
}

function stylesXml(language: Language): string {
  const accent = '<w:color w:val="1F4E79"/>';
  const size = (halfPoints: number) => `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;
  const next = '<w:next w:val="Normal"/>';
  return [
    `${XML_DECLARATION}<w:styles xmlns:w="${W}">`,
    '<w:docDefaults><w:rPrDefault><w:rPr>',
    '<w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri" w:cs="Arial"/>',
    `<w:sz w:val="22"/><w:szCs w:val="24"/><w:lang w:val="${LATIN_LANGUAGE[language]}" w:eastAsia="en-GB" w:bidi="ar-SA"/>`,
    '</w:rPr></w:rPrDefault>',
    '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>',
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>',
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
    '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
    paragraphStyle(
      'Title',
      'Title',
      '<w:keepNext/><w:spacing w:after="240" w:line="240" w:lineRule="auto"/>',
      `<w:b/><w:bCs/>${accent}<w:kern w:val="28"/>${size(44)}`,
      next,
    ),
    paragraphStyle(
      'Heading1',
      'heading 1',
      '<w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/>',
      `<w:b/><w:bCs/>${accent}${size(32)}`,
      next,
    ),
    paragraphStyle(
      'Heading2',
      'heading 2',
      '<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/>',
      `<w:b/><w:bCs/>${accent}${size(26)}`,
      next,
    ),
    paragraphStyle('ReportHeader', 'Report header', '<w:spacing w:after="60"/>', '<w:color w:val="57606A"/>'),
    paragraphStyle(
      'InternalMark',
      'Internal mark',
      '<w:keepNext/><w:spacing w:before="240" w:after="0"/>',
      `<w:b/><w:bCs/><w:color w:val="A4262C"/>${size(18)}`,
    ),
    paragraphStyle('ListParagraph', 'List Paragraph', '<w:spacing w:after="80"/><w:ind w:left="720"/>', ''),
    paragraphStyle(
      'Caption',
      'caption',
      '<w:keepNext/><w:spacing w:before="160" w:after="80"/>',
      `<w:b/><w:bCs/>${accent}${size(20)}`,
    ),
    paragraphStyle(
      'FootnoteText',
      'footnote text',
      '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
      size(18),
    ),
    '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>',
    '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>',
    '</w:styles>',
  ].join('\n');
}

function settingsXml(language: Language): string {
  return [
    `${XML_DECLARATION}<w:settings xmlns:w="${W}">`,
    // Word then strips the name of whoever edits and saves the file, as Hiwar did.
    '<w:removePersonalInformation/><w:removeDateAndTime/>',
    '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>',
    '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>',
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>',
    `<w:themeFontLang w:val="${LATIN_LANGUAGE[language]}" w:bidi="ar-SA"/>`,
    '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>',
    '</w:settings>',
  ].join('\n');
}

/** Title and language only: no creator, no last editor, no dates, so nothing says who wrote the report. */
function coreXml(title: string, language: Language): string {
  return [
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">`,
    `<dc:title>${escapeMarkup(title)}</dc:title>`,
    `<dc:language>${escapeMarkup(language)}</dc:language>`,
    '</cp:coreProperties>',
  ].join('\n');
}
