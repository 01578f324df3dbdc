import {
  type Chart,
  type Inline,
  isSafeHref,
  type Language,
  type ReportBlock,
  type ReportDocument,
  type ReportSection,
} from '@hiwar/protocol';
import { LTR_LETTER, RTL_SCRIPT } from './bidi.js';
import {
  chartCaption,
  chartScale,
  escapeMarkup,
  type Footnotes,
  footnotes,
  formatNumber,
  noteOf,
  publicSections,
  reportTitle,
} from './export-common.js';
import { phrases } from './phrases.js';
import { zip } from './zip.js';

export interface DocxOptions {
  /** Whether the internal annexes are included (marked as internal). */
  includeInternal: boolean;
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument';

/** A4 in twentieths of a point, with the text width the margins leave. */
const PAGE = { width: 11906, height: 16838, margin: 1247, textWidth: 11906 - 2 * 1247 };
/** The chart table's columns: label, bar, value. */
const CHART_COLUMNS = { label: 3000, bar: 5200, value: PAGE.textWidth - 3000 - 5200 };
/** The longest bar leaves room for the bar cell's own margins. */
const BAR_MAX = CHART_COLUMNS.bar - 260;
const BAR_COLOUR = '2F5597';

/** The language Word should assume for Latin text; complex-script text is always Arabic. */
const LATIN_LANGUAGE: Record<Language, string> = { en: 'en-GB', ar: 'en-GB', fr: 'fr-FR', sv: 'sv-SE' };

/** Numbering instance for bullets; each ordered list gets its own instance after it, so it starts at 1. */
const BULLET_NUM_ID = 1;

interface Links {
  /** The relationship id for a link target, the same id for the same target. */
  idFor(href: string): string;
  readonly targets: ReadonlyMap<string, string>;
}

interface Context {
  language: Language;
  rtl: boolean;
  notes: Footnotes;
  links: Links;
  /** Allocates a numbering instance for one ordered list. */
  orderedList(): number;
  readonly orderedNumIds: readonly number[];
}

interface RunFormat {
  bold?: boolean;
  italic?: boolean;
  style?: string;
}

interface ParagraphProps {
  style?: string;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  numId?: number;
  /** Little space above and below, for table cells. */
  compact?: boolean;
}

/**
 * The report as a Word document (.docx): real Title and Heading styles, numbered and bulleted lists,
 * footnotes, links, charts drawn as tables, right to left for Arabic, and no author in the properties.
 */
export function renderDocx(doc: ReportDocument, options: DocxOptions): Uint8Array {
  const sections = publicSections(doc, options.includeInternal);
  const ctx = createContext(doc);
  const body = renderBody(sections, ctx);
  return zip([
    { path: '[Content_Types].xml', data: contentTypes() },
    { path: '_rels/.rels', data: packageRelationships() },
    { path: 'word/document.xml', data: documentXml(body, ctx) },
    { path: 'word/_rels/document.xml.rels', data: documentRelationships(ctx.links) },
    { path: 'word/styles.xml', data: stylesXml(doc.language) },
    { path: 'word/numbering.xml', data: numberingXml(ctx.orderedNumIds) },
    { path: 'word/footnotes.xml', data: footnotesXml(ctx) },
    { path: 'word/settings.xml', data: settingsXml(doc.language) },
    { path: 'docProps/core.xml', data: coreXml(reportTitle(sections), doc.language) },
    { path: 'docProps/app.xml', data: appXml() },
  ]);
}

function createContext(doc: ReportDocument): Context {
  const targets = new Map<string, string>();
  const orderedNumIds: number[] = [];
  return {
    language: doc.language,
    rtl: doc.dir === 'rtl',
    notes: footnotes(),
    links: {
      idFor(href) {
        const known = targets.get(href);
        if (known !== undefined) return known;
        const id = `rIdLink${targets.size + 1}`;
        targets.set(href, id);
        return id;
      },
      targets,
    },
    orderedList() {
      const numId = BULLET_NUM_ID + orderedNumIds.length + 1;
      orderedNumIds.push(numId);
      return numId;
    },
    orderedNumIds,
  };
}

// --- Runs -------------------------------------------------------------------------------------------------

/** In right-to-left text: a stretch of Latin words, with the brackets and digits that close it. */
const LTR_STRETCH = new RegExp(`[(\\[]?[${LTR_LETTER}](?:[^${RTL_SCRIPT}]*[${LTR_LETTER}\\p{Nd})\\]%])?`, 'gu');
/** In left-to-right text: a stretch of Arabic (or Hebrew…) words. */
const RTL_STRETCH = new RegExp(`[${RTL_SCRIPT}](?:[^${LTR_LETTER}]*[${RTL_SCRIPT}])?`, 'gu');

interface Segment {
  text: string;
  rtl: boolean;
}

/**
 * Text cut where the script changes direction, as Word itself writes mixed text: in an Arabic paragraph the
 * Latin words are runs of their own without w:rtl, so they keep Latin fonts, bold and spell-checking.
 */
export function directionSegments(text: string, baseRtl: boolean): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(baseRtl ? LTR_STRETCH : RTL_STRETCH)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index), rtl: baseRtl });
    segments.push({ text: match[0], rtl: !baseRtl });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), rtl: baseRtl });
  return segments;
}

function runProperties(format: RunFormat, rtl: boolean): string {
  const props = [
    format.style ? `<w:rStyle w:val="${format.style}"/>` : '',
    format.bold ? '<w:b/><w:bCs/>' : '',
    format.italic ? '<w:i/><w:iCs/>' : '',
    rtl ? '<w:rtl/>' : '',
  ].join('');
  return props ? `<w:rPr>${props}</w:rPr>` : '';
}

/** Text for w:t elements: line breaks become w:br, everything else escaped. */
function textContent(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => `<w:t xml:space="preserve">${escapeMarkup(line)}</w:t>`)
    .join('<w:br/>');
}

function textRuns(text: string, format: RunFormat, ctx: Context): string {
  return directionSegments(text, ctx.rtl)
    .map((segment) => `<w:r>${runProperties(format, segment.rtl)}${textContent(segment.text)}</w:r>`)
    .join('');
}

function footnoteReference(id: number, ctx: Context): string {
  return `<w:r>${runProperties({ style: 'FootnoteReference' }, ctx.rtl)}<w:footnoteReference w:id="${id}"/></w:r>`;
}

function renderRun(run: Inline, ctx: Context): string {
  const link = isSafeHref(run.href) ? run.href : undefined;
  const format: RunFormat = { bold: run.bold, italic: run.italic, style: link ? 'Hyperlink' : undefined };
  const runs = textRuns(run.text, format, ctx);
  const linked = link ? `<w:hyperlink r:id="${ctx.links.idFor(link)}" w:history="1">${runs}</w:hyperlink>` : runs;
  const note = noteOf(run);
  return note === undefined ? linked : linked + footnoteReference(ctx.notes.add(note), ctx);
}

function renderRuns(runs: readonly Inline[], ctx: Context): string {
  return runs.map((run) => renderRun(run, ctx)).join('');
}

// --- Paragraphs, sections, charts -------------------------------------------------------------------------

function paragraph(content: string, props: ParagraphProps, ctx: Context): string {
  const pPr = [
    props.style ? `<w:pStyle w:val="${props.style}"/>` : '',
    props.keepNext ? '<w:keepNext/>' : '',
    props.pageBreakBefore ? '<w:pageBreakBefore/>' : '',
    props.numId === undefined ? '' : `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${props.numId}"/></w:numPr>`,
    ctx.rtl ? '<w:bidi/>' : '',
    props.compact ? '<w:spacing w:before="40" w:after="40"/>' : '',
  ].join('');
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${content}</w:p>`;
}

function renderBlock(block: ReportBlock, inHeader: boolean, ctx: Context): string {
  switch (block.kind) {
    case 'paragraph':
      return paragraph(renderRuns(block.content, ctx), { style: inHeader ? 'ReportHeader' : undefined }, ctx);
    case 'heading':
      return paragraph(renderRuns(block.content, ctx), { style: 'Heading2' }, ctx);
    case 'list': {
      const numId = block.ordered ? ctx.orderedList() : BULLET_NUM_ID;
      return block.items
        .map((item) => paragraph(renderRuns(item.content, ctx), { style: 'ListParagraph', numId }, ctx))
        .join('');
    }
    case 'chart':
      return renderChart(block.chart, ctx);
  }
}

function renderBody(sections: readonly ReportSection[], ctx: Context): string {
  return sections
    .map((section, i) => {
      const previous = sections[i - 1];
      // The annexes start on a page of their own, after the public part.
      const annexStart = section.internal && previous !== undefined && !previous.internal;
      const heading =
        section.key === 'header'
          ? paragraph(textRuns(section.heading, {}, ctx), { style: 'Title' }, ctx)
          : paragraph(textRuns(section.heading, {}, ctx), { style: 'Heading1' }, ctx);
      const mark = section.internal
        ? paragraph(
            textRuns(phrases.internalMark[ctx.language], {}, ctx),
            { style: 'InternalMark', pageBreakBefore: annexStart },
            ctx,
          )
        : '';
      const blocks = section.blocks.map((block) => renderBlock(block, section.key === 'header', ctx));
      return [mark, heading, ...blocks].join('\n');
    })
    .join('\n');
}

function cell(width: number, content: string): string {
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>${content}</w:tc>`;
}

/** A paragraph that takes no room: Word needs one to close a cell, even one that only holds a table. */
function emptyParagraph(ctx: Context): string {
  return `<w:p><w:pPr>${ctx.rtl ? '<w:bidi/>' : ''}<w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>`;
}

/** The bar itself: a one-cell table, shaded, as wide as the value asks; right-aligned in Arabic. */
function bar(width: number, ctx: Context): string {
  if (width <= 0) return emptyParagraph(ctx);
  const margins = ['top', 'left', 'bottom', 'right'].map((side) => `<w:${side} w:w="0" w:type="dxa"/>`).join('');
  return [
    '<w:tbl><w:tblPr>',
    ctx.rtl ? '<w:bidiVisual/>' : '',
    `<w:tblW w:w="${width}" w:type="dxa"/><w:tblInd w:w="0" w:type="dxa"/><w:tblLayout w:type="fixed"/>`,
    `<w:tblCellMar>${margins}</w:tblCellMar></w:tblPr>`,
    `<w:tblGrid><w:gridCol w:w="${width}"/></w:tblGrid>`,
    '<w:tr><w:trPr><w:trHeight w:val="240" w:hRule="exact"/></w:trPr>',
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="${BAR_COLOUR}"/></w:tcPr>`,
    `${emptyParagraph(ctx)}</w:tc></w:tr></w:tbl>`,
    emptyParagraph(ctx),
  ].join('');
}

/**
 * A bar chart made of a table, so it needs no image and stays editable: one row per bar with its label,
 * the bar and the value. The caption above keeps with the table.
 */
function renderChart(chart: Chart, ctx: Context): string {
  const scale = chartScale(chart);
  const rule = '<w:top w:val="single" w:sz="4" w:space="0" w:color="D0D7DE"/>';
  const borders = `<w:tblBorders>${rule}${rule.replace('top', 'bottom')}${rule.replace('top', 'insideH')}</w:tblBorders>`;
  const rows = chart.bars.map((b) => {
    const width = b.value > 0 ? Math.max(40, Math.round((b.value / scale) * BAR_MAX)) : 0;
    return [
      '<w:tr><w:trPr><w:cantSplit/></w:trPr>',
      cell(CHART_COLUMNS.label, paragraph(textRuns(b.label, {}, ctx), { compact: true }, ctx)),
      cell(CHART_COLUMNS.bar, bar(width, ctx)),
      cell(
        CHART_COLUMNS.value,
        paragraph(textRuns(formatNumber(ctx.language, b.value), {}, ctx), { compact: true }, ctx),
      ),
      '</w:tr>',
    ].join('');
  });
  const caption = paragraph(textRuns(chartCaption(ctx.language, chart), {}, ctx), { style: 'Caption' }, ctx);
  if (rows.length === 0) return caption;
  const table = [
    '<w:tbl><w:tblPr>',
    ctx.rtl ? '<w:bidiVisual/>' : '',
    `<w:tblW w:w="${PAGE.textWidth}" w:type="dxa"/>${borders}<w:tblLayout w:type="fixed"/></w:tblPr>`,
    `<w:tblGrid><w:gridCol w:w="${CHART_COLUMNS.label}"/><w:gridCol w:w="${CHART_COLUMNS.bar}"/><w:gridCol w:w="${CHART_COLUMNS.value}"/></w:tblGrid>`,
    ...rows,
    '</w:tbl>',
  ].join('');
  // Two tables in a row would merge into one: a paragraph after each keeps charts apart and gives them room.
  return `${caption}\n${table}\n${paragraph('', {}, ctx)}`;
}

// --- Parts ------------------------------------------------------------------------------------------------

function documentXml(body: string, ctx: Context): string {
  const sectPr = [
    `<w:sectPr><w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>`,
    `<w:pgMar w:top="1440" w:right="${PAGE.margin}" w:bottom="1440" w:left="${PAGE.margin}" w:header="708" w:footer="708" w:gutter="0"/>`,
    '<w:cols w:space="708"/>',
    ctx.rtl ? '<w:bidi/><w:rtlGutter/>' : '',
    '<w:docGrid w:linePitch="360"/></w:sectPr>',
  ].join('');
  return `${XML_DECLARATION}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>\n${body}\n${sectPr}</w:body></w:document>`;
}

function footnotesXml(ctx: Context): string {
  const spacing = '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>';
  const notes = ctx.notes.texts.map((text, i) => {
    const content = `<w:r>${runProperties({ style: 'FootnoteReference' }, ctx.rtl)}<w:footnoteRef/></w:r><w:r>${runProperties({}, ctx.rtl)}<w:t xml:space="preserve"> </w:t></w:r>${textRuns(text, {}, ctx)}`;
    return `<w:footnote w:id="${i + 1}">${paragraph(content, { style: 'FootnoteText' }, ctx)}</w:footnote>`;
  });
  return [
    `${XML_DECLARATION}<w:footnotes xmlns:w="${W}" xmlns:r="${R}">`,
    `<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr>${spacing}</w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>`,
    `<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr>${spacing}</w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>`,
    ...notes,
    '</w:footnotes>',
  ].join('\n');
}

function numberingLevel(format: 'bullet' | 'decimal', text: string): string {
  return `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>`;
}

function numberingXml(orderedNumIds: readonly number[]): string {
  const ordered = orderedNumIds.map(
    (numId) =>
      `<w:num w:numId="${numId}"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`,
  );
  return [
    `${XML_DECLARATION}<w:numbering xmlns:w="${W}">`,
    `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>${numberingLevel('bullet', '•')}</w:abstractNum>`,
    `<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>${numberingLevel('decimal', '%1.')}</w:abstractNum>`,
    `<w:num w:numId="${BULLET_NUM_ID}"><w:abstractNumId w:val="0"/></w:num>`,
    ...ordered,
    '</w:numbering>',
  ].join('\n');
}

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

function relationship(id: string, type: string, target: string, external = false): string {
  const mode = external ? ' TargetMode="External"' : '';
  return `<Relationship Id="${id}" Type="${type}" Target="${escapeMarkup(target)}"${mode}/>`;
}

function documentRelationships(links: Links): string {
  return [
    `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_REL}">`,
    relationship('rId1', `${REL}/styles`, 'styles.xml'),
    relationship('rId2', `${REL}/settings`, 'settings.xml'),
    relationship('rId3', `${REL}/numbering`, 'numbering.xml'),
    relationship('rId4', `${REL}/footnotes`, 'footnotes.xml'),
    ...[...links.targets].map(([href, id]) => relationship(id, `${REL}/hyperlink`, href, true)),
    '</Relationships>',
  ].join('\n');
}

function packageRelationships(): string {
  return [
    `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_REL}">`,
    relationship('rId1', `${REL}/officeDocument`, 'word/document.xml'),
    relationship('rId2', `${PACKAGE_REL}/metadata/core-properties`, 'docProps/core.xml'),
    relationship('rId3', `${REL}/extended-properties`, 'docProps/app.xml'),
    '</Relationships>',
  ].join('\n');
}

function contentTypes(): string {
  const wordPart = (name: string, type: string) =>
    `<Override PartName="/word/${name}.xml" ContentType="${CONTENT_TYPE}.wordprocessingml.${type}+xml"/>`;
  return [
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`,
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    '<Default Extension="xml" ContentType="application/xml"/>',
    wordPart('document', 'document.main'),
    wordPart('styles', 'styles'),
    wordPart('settings', 'settings'),
    wordPart('numbering', 'numbering'),
    wordPart('footnotes', 'footnotes'),
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
    `<Override PartName="/docProps/app.xml" ContentType="${CONTENT_TYPE}.extended-properties+xml"/>`,
    '</Types>',
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

function appXml(): string {
  return `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Hiwar</Application></Properties>`;
}
