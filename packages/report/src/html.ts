import {
  type Chart,
  type Inline,
  isSafeHref,
  type Language,
  type ReportBlock,
  type ReportDocument,
  type ReportSection,
} from '@hiwar/protocol';
import { withoutIsolates } from './bidi.js';
import {
  chartCaption,
  chartScale,
  type DirectedPiece,
  directedRuns,
  escapeMarkup,
  type Footnotes,
  footnotes,
  formatNumber,
  noteOf,
  publicSections,
  reportTitle,
} from './export-common.js';
import { phrases } from './phrases.js';

export interface HtmlOptions {
  /** Whether the internal annexes are shown (marked as internal). */
  includeInternal: boolean;
  /** Links to the other formats, shown at the top on screen and left out of print. */
  downloads?: { label: string; href: string }[];
}

interface Context {
  language: Language;
  dir: 'ltr' | 'rtl';
  notes: Footnotes;
}

/**
 * The report as one standalone HTML5 page: inline styles for screen and A4 print, no scripts, and a
 * Content-Security-Policy that would block one anyway. Every text from the document is escaped.
 */
export function renderHtml(doc: ReportDocument, options: HtmlOptions): string {
  const sections = publicSections(doc, options.includeInternal);
  const dir = doc.dir === 'rtl' ? 'rtl' : 'ltr';
  const ctx: Context = { language: doc.language, dir, notes: footnotes() };
  const body = sections.map((section) => renderSection(section, ctx)).join('\n');
  // Footnotes come last, after the Disclaimer (and after the annexes when they are shown).
  const trailingNotes = renderNotesSection(ctx);
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(doc.language)}" dir="${dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(withoutIsolates(reportTitle(sections)))}</title>`,
    `<style>${STYLESHEET}</style>`,
    '</head>',
    '<body>',
    renderDownloads(options.downloads ?? [], ctx.language),
    '<article class="report">',
    body,
    trailingNotes,
    '</article>',
    '</body>',
    '</html>',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}

/**
 * User text for HTML. Beyond the five escapes, "script:" and "on…=" in the text are written with a
 * character reference: the page reads the same, but nothing scanning the file can take the text for a
 * script URL or an event handler.
 */
function escapeHtml(text: string): string {
  return escapeMarkup(text)
    .replace(/(script)(\s*):/gi, '$1$2&#58;')
    .replace(/(on\w+)(\s*)=/gi, '$1$2&#61;');
}

/** Text for HTML: escaped, line breaks as <br>, isolate controls dropped (a <bdi> isolates instead). */
function textHtml(text: string): string {
  return escapeHtml(withoutIsolates(text)).replace(/\r\n?|\n/g, '<br>');
}

function renderPiece(piece: DirectedPiece, ctx: Context): string {
  const { run } = piece;
  let html = textHtml(piece.text);
  if (html !== '') {
    if (run.italic) html = `<em>${html}</em>`;
    if (run.bold) html = `<strong>${html}</strong>`;
    if (isSafeHref(run.href)) html = `<a href="${escapeHtml(run.href)}" rel="noopener noreferrer">${html}</a>`;
  }
  const note = piece.endsRun ? noteOf(run) : undefined;
  if (note !== undefined) html += renderNoteReference(ctx.notes.add(note), ctx.language);
  return html;
}

/**
 * A block's runs, with every stretch in the other direction (an Arabic sentence in English, an English one in
 * Arabic) in a <bdi> of its direction: its full stop stays at its own end, and brackets and digits after it
 * stay in the report's order. The block itself keeps the report's direction, so a list keeps its numbers.
 */
function renderRuns(runs: readonly Inline[], ctx: Context): string {
  return directedRuns(runs, ctx.dir)
    .map((group) => {
      const html = group.pieces.map((piece) => renderPiece(piece, ctx)).join('');
      return group.other && html !== '' ? `<bdi dir="${group.dir}">${html}</bdi>` : html;
    })
    .join('');
}

/** A plain text (a section heading, a note), isolated the same way. */
function plainHtml(text: string, ctx: Context): string {
  return renderRuns([{ text }], ctx);
}

function renderNoteReference(n: number, language: Language): string {
  return `<sup class="note-ref"><a id="note-ref-${n}" href="#note-${n}">${formatNumber(language, n)}</a></sup>`;
}

function renderBlock(block: ReportBlock, headingLevel: 2 | 3, ctx: Context): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p dir="auto">${renderRuns(block.content, ctx)}</p>`;
    case 'heading':
      return `<h${headingLevel}>${renderRuns(block.content, ctx)}</h${headingLevel}>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      // No dir="auto" on an item: an Arabic item in an English list would take its number to the far side.
      const items = block.items.map((item) => `<li>${renderRuns(item.content, ctx)}</li>`);
      return `<${tag}>${items.join('')}</${tag}>`;
    }
    case 'chart':
      return renderChart(block.chart, ctx);
  }
}

function renderSection(section: ReportSection, ctx: Context): string {
  const id = escapeHtml(section.key);
  if (section.key === 'header') {
    const blocks = section.blocks.map((block) => renderBlock(block, 2, ctx));
    return `<header class="report-header" id="section-${id}">\n<h1>${plainHtml(section.heading, ctx)}</h1>\n${blocks.join('\n')}\n</header>`;
  }
  const parts = [
    `<section class="section${section.internal ? ' internal' : ''}" id="section-${id}" aria-labelledby="heading-${id}">`,
    section.internal ? `<p class="internal-mark">${escapeHtml(phrases.internalMark[ctx.language])}</p>` : '',
    `<h2 id="heading-${id}">${plainHtml(section.heading, ctx)}</h2>`,
    ...section.blocks.map((block) => renderBlock(block, 3, ctx)),
    '</section>',
  ];
  return parts.filter((part) => part !== '').join('\n');
}

/** The footnotes, numbered as referenced, at the very end of the report. */
function renderNotesSection(ctx: Context): string {
  if (ctx.notes.texts.length === 0) return '';
  const back = escapeHtml(phrases.backToText[ctx.language]);
  const items = ctx.notes.texts.map(
    (text, i) =>
      `<li id="note-${i + 1}">${plainHtml(text, ctx)} <a class="back" href="#note-ref-${i + 1}" aria-label="${back}">↩</a></li>`,
  );
  const heading = escapeHtml(phrases.notes[ctx.language]);
  return `<section class="section footnotes-section" id="footnotes" aria-labelledby="heading-footnotes">\n<h2 id="heading-footnotes">${heading}</h2>\n<ol class="footnotes">\n${items.join('\n')}\n</ol>\n</section>`;
}

function renderDownloads(downloads: readonly { label: string; href: string }[], language: Language): string {
  if (downloads.length === 0) return '';
  const label = escapeHtml(phrases.downloads[language]);
  const items = downloads.map(({ label, href }) =>
    isSafeDownloadHref(href)
      ? `<li><a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(label)}</a></li>`
      : `<li>${escapeHtml(label)}</li>`,
  );
  return `<nav class="downloads" aria-label="${label}"><ul>${items.join('')}</ul></nav>`;
}

/** Download links point at the published page's own files, so a path is allowed besides http(s). */
function isSafeDownloadHref(href: string): boolean {
  return isSafeHref(href) || /^(\/(?!\/)|\.\/)?[\w.~%/-]+(\?[\w.~%=&-]*)?$/.test(href);
}

/** Geometry of a chart in SVG units; one row per bar: its label, then the bar with its value after it. */
const CHART = { width: 640, row: 46, labelY: 15, barY: 22, barHeight: 16, valueRoom: 90, gap: 6, labelChars: 90 };

const round = (n: number): number => Math.round(n * 10) / 10;

function shorten(label: string): string {
  const chars = [...label];
  return chars.length > CHART.labelChars ? `${chars.slice(0, CHART.labelChars - 1).join('')}…` : label;
}

/**
 * A horizontal bar chart as inline SVG. Bars grow from the inline-start side: from the right in Arabic,
 * where the SVG's direction also anchors the texts at their right edge.
 */
function renderChart(chart: Chart, ctx: Context): string {
  const scale = chartScale(chart);
  const rtl = ctx.dir === 'rtl';
  const x = (inline: number) => round(rtl ? CHART.width - inline : inline);
  const rows = chart.bars.map((bar, i) => {
    const top = i * CHART.row;
    const length = bar.value > 0 ? Math.max(2, (bar.value / scale) * (CHART.width - CHART.valueRoom)) : 0;
    const shown = shorten(bar.label);
    const title = shown === bar.label ? '' : `<title>${escapeHtml(bar.label)}</title>`;
    return [
      `<g>${title}`,
      `<text class="label" x="${x(0)}" y="${top + CHART.labelY}">${escapeHtml(shown)}</text>`,
      `<rect class="bar" x="${rtl ? round(CHART.width - length) : 0}" y="${top + CHART.barY}" width="${round(length)}" height="${CHART.barHeight}" rx="2"></rect>`,
      `<text class="value" x="${x(length + CHART.gap)}" y="${top + CHART.barY + CHART.barHeight - 3}">${formatNumber(ctx.language, bar.value)}</text>`,
      '</g>',
    ].join('');
  });
  const caption = chartCaption(ctx.language, chart);
  const height = Math.max(1, chart.bars.length) * CHART.row;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CHART.width} ${height}" width="${CHART.width}" height="${height}" direction="${ctx.dir}" role="img" aria-label="${escapeHtml(chartSummary(chart, caption, ctx.language))}">`,
    ...rows,
    '</svg>',
  ].join('\n');
  // The caption keeps the report's direction: an Arabic title in an English report is isolated, so the
  // unit in brackets after it stays in English order.
  return `<figure class="chart">\n<figcaption>${plainHtml(caption, ctx)}</figcaption>\n${svg}\n</figure>`;
}

/** What a screen reader hears for a chart: the caption, then each label with its value. */
function chartSummary(chart: Chart, caption: string, language: Language): string {
  const values = chart.bars.map((bar) => `${bar.label}: ${formatNumber(language, bar.value)}`);
  return values.length > 0 ? `${caption}: ${values.join(phrases.semicolon[language])}` : caption;
}

/** Logical properties throughout, so the same sheet lays out Arabic right to left. */
const STYLESHEET = `
:root { --ink: #1f2328; --muted: #57606a; --accent: #1f4e79; --rule: #d0d7de; --bar: #2f5597; --internal: #a4262c; }
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font-family: Charter, "Bitstream Charter", "Iowan Old Style", Georgia, Cambria, serif; font-size: 1.0625rem; line-height: 1.65; font-kerning: normal; overflow-wrap: break-word; hyphens: auto; }
html[lang="ar"] body { font-family: "Noto Naskh Arabic", Amiri, "Geeza Pro", "Traditional Arabic", "Times New Roman", serif; font-size: 1.125rem; line-height: 1.9; hyphens: manual; }
.report { max-inline-size: 44rem; margin-inline: auto; padding-block: 3rem 4rem; padding-inline: 1.5rem; }
h1, h2, h3, figcaption, .downloads, .internal-mark { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Arabic", Tahoma, sans-serif; }
h1, h2, h3 { color: var(--accent); line-height: 1.25; text-wrap: balance; }
h1 { font-size: 2rem; margin-block: 0 1rem; }
h2 { font-size: 1.375rem; margin-block: 2.5rem 0.75rem; padding-block-end: 0.3rem; border-block-end: 1px solid var(--rule); }
h3 { font-size: 1.125rem; margin-block: 1.75rem 0.5rem; }
p { margin-block: 0 1rem; }
ul, ol { margin-block: 0 1rem; padding-inline-start: 1.75rem; }
li { margin-block-end: 0.4rem; }
a { color: var(--accent); text-decoration-thickness: 1px; text-underline-offset: 0.15em; }
.report-header { margin-block-end: 2.5rem; padding-block-end: 1.25rem; border-block-end: 3px solid var(--accent); }
.report-header p { margin-block-end: 0.35rem; color: var(--muted); }
.note-ref { font-size: 0.75em; line-height: 0; }
.note-ref a { padding-inline: 0.1em; text-decoration: none; }
.footnotes { font-size: 0.9375rem; }
.footnotes li:target { background: #fff8c5; }
.back { margin-inline-start: 0.25em; text-decoration: none; display: inline-block; }
[dir="rtl"] .back { transform: scaleX(-1); }
.internal { margin-block-start: 3rem; padding-inline-start: 1rem; border-inline-start: 4px solid var(--internal); }
.internal > h2 { margin-block-start: 0.5rem; }
.internal-mark { display: inline-block; margin-block: 0; padding-block: 0.1rem; padding-inline: 0.5rem; border: 1px solid currentColor; border-radius: 0.25rem; color: var(--internal); font-size: 0.8125rem; font-weight: 600; }
.chart { margin-block: 1.5rem; margin-inline: 0; }
.chart figcaption { margin-block-end: 0.5rem; font-weight: 600; font-size: 0.9375rem; }
.chart svg { display: block; inline-size: 100%; max-inline-size: 40rem; block-size: auto; }
.chart text { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Arabic", Tahoma, sans-serif; font-size: 14px; fill: var(--ink); }
.chart .value { fill: var(--muted); font-variant-numeric: tabular-nums; }
.chart .bar { fill: var(--bar); }
.downloads { max-inline-size: 44rem; margin-inline: auto; margin-block-start: 1.5rem; padding-inline: 1.5rem; font-size: 0.9375rem; }
.downloads ul { display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; margin: 0; padding-block: 0.6rem; padding-inline: 1rem; list-style: none; background: #f6f8fa; border-radius: 0.5rem; }
@page { size: A4; margin: 20mm 18mm 22mm; }
@media print {
  body { font-size: 10.5pt; }
  html[lang="ar"] body { font-size: 11.5pt; }
  .report { max-inline-size: none; padding: 0; }
  .downloads, .back { display: none; }
  a { color: inherit; text-decoration: none; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; break-inside: avoid; page-break-inside: avoid; }
  h2::after, h3::after { content: ""; display: block; block-size: 4rem; margin-block-end: -4rem; }
  p, li { orphans: 3; widows: 3; }
  figure, .chart, .internal-mark { break-inside: avoid; page-break-inside: avoid; }
  .section:not(.internal) + .internal { break-before: page; page-break-before: always; }
  .footnotes { font-size: 9pt; }
}
`
  .trim()
  .replace(/\n\s*/g, '\n');
