import type { Inline, ReportBlock, ReportDocument } from '@hiwar/protocol';
import { withoutIsolates } from './bidi.js';
import { type DirectedPiece, directedRuns, publicSections } from './export-common.js';

/** First strong isolate and pop directional isolate: Markdown has no element for it, so the text carries them. */
const FSI = '\u2068';
const PDI = '\u2069';
/** Runs of white space, but not the no-break spaces typography puts before French punctuation (see draftTypography). */
const COLLAPSIBLE = /[^\S\u00A0\u202F]+/g;

/** Escapes text inside a line, without trimming, so spaces between runs survive. */
function escapeRun(text: string): string {
  return text
    .replace(COLLAPSIBLE, ' ')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Nothing a person typed may open a heading, a list or a numbered item at the start of a line. */
function guardLineStart(line: string): string {
  return line.replace(/^([-+=#])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Collects footnotes in document order; each run's note becomes [^n]. */
class Notes {
  readonly texts: string[] = [];
  add(text: string): string {
    this.texts.push(text);
    return `[^${this.texts.length}]`;
  }
}

function piece({ run, text, endsRun }: DirectedPiece, notes: Notes): string {
  const note = endsRun && run.note?.trim() ? notes.add(run.note) : '';
  const escaped = escapeRun(withoutIsolates(text));
  const core = escaped.trim();
  if (!core) return note || escaped;
  let styled = core;
  if (run.italic) styled = `_${styled}_`;
  if (run.bold) styled = `**${styled}**`;
  if (run.href && /^(https?:|mailto:)/i.test(run.href)) {
    styled = `[${styled}](<${run.href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
  }
  const lead = escaped.match(/^\s*/)?.[0] ? ' ' : '';
  const tail = escaped.match(/\s*$/)?.[0] ? ' ' : '';
  return `${lead}${styled}${note}${tail}`;
}

/**
 * A block's runs as one line. Every stretch in the other direction is wrapped in FSI … PDI, so its full stop
 * and the brackets after it stay where they belong in any viewer, and a viewer that sets a paragraph's
 * direction from its first letter (dir="auto") skips it and keeps the report's.
 */
function runs(content: readonly Inline[], direction: 'ltr' | 'rtl', notes: Notes): string {
  const out = directedRuns(content, direction)
    .map((group) => {
      const text = group.pieces.map((p) => piece(p, notes)).join('');
      if (!group.other || !text.trim()) return text;
      const lead = text.match(/^\s*/)?.[0] ?? '';
      const tail = text.match(/\s*$/)?.[0] ?? '';
      return `${lead}${FSI}${text.trim()}${PDI}${tail}`;
    })
    .join('')
    .replace(COLLAPSIBLE, ' ')
    .trim();
  return guardLineStart(out);
}

/** A plain text (a section title, a note) as one line, isolated the same way; it holds no footnotes. */
function plain(text: string, direction: 'ltr' | 'rtl'): string {
  return runs([{ text }], direction, new Notes());
}

function block(b: ReportBlock, language: string, direction: 'ltr' | 'rtl', notes: Notes): string {
  switch (b.kind) {
    case 'heading':
      return `### ${runs(b.content, direction, notes)}`;
    case 'paragraph':
      return runs(b.content, direction, notes);
    case 'list':
      return b.items
        .map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${runs(item.content, direction, notes)}`)
        .join('\n');
    case 'chart': {
      const n = new Intl.NumberFormat(language);
      const rows = b.chart.bars.map((bar) => `| ${plain(bar.label, direction)} | ${n.format(bar.value)} |`);
      return [`**${plain(b.chart.title, direction)}**`, '', '| | |', '|---|---:|', ...rows].join('\n');
    }
  }
}

/**
 * The report as Markdown: the title as #, sections as ##, sub-headings as ###, footnotes as [^n] with their
 * texts last, after the Disclaimer and any annex. Internal sections (annexes) only when asked for.
 */
export function renderMarkdown(doc: ReportDocument, options: { includeInternal?: boolean } = {}): string {
  const notes = new Notes();
  const parts: string[] = [];
  const direction = doc.dir === 'rtl' ? 'rtl' : 'ltr';
  for (const section of publicSections(doc, options.includeInternal ?? true)) {
    parts.push(`${section.key === 'header' ? '#' : '##'} ${plain(section.heading, direction)}`);
    for (const b of section.blocks) {
      const out = block(b, doc.language, direction, notes);
      if (out) parts.push(out);
    }
  }
  notes.texts.forEach((text, i) => {
    parts.push(`[^${i + 1}]: ${plain(text, direction)}`);
  });
  return `${parts.join('\n\n')}\n`;
}
