import type { Inline, ReportBlock, ReportDocument } from '@hiwar/protocol';
import { publicSections } from './export-common.js';

/** Escapes text inside a line, without trimming, so spaces between runs survive. */
function escapeRun(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Nothing a person typed may open a heading, a list or a numbered item at the start of a line. */
function guardLineStart(line: string): string {
  return line.replace(/^([-+=#])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * User text as Markdown that shows exactly as typed: one line, HTML's &, < and > as entities, Markdown's
 * punctuation backslash-escaped, and nothing at the start that would open a heading, list or quote.
 */
export function escapeMarkdown(text: string): string {
  return guardLineStart(escapeRun(text).trim());
}

/** Collects footnotes in document order; each run's note becomes [^n]. */
class Notes {
  readonly texts: string[] = [];
  add(text: string): string {
    this.texts.push(text);
    return `[^${this.texts.length}]`;
  }
}

function runs(content: readonly Inline[], notes: Notes): string {
  const out = content
    .map((run) => {
      const escaped = escapeRun(run.text);
      const core = escaped.trim();
      if (!core) return run.note ? notes.add(run.note) : escaped;
      let styled = core;
      if (run.italic) styled = `_${styled}_`;
      if (run.bold) styled = `**${styled}**`;
      if (run.href && /^(https?:|mailto:)/i.test(run.href)) {
        styled = `[${styled}](<${run.href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
      }
      const lead = escaped.match(/^\s*/)?.[0] ? ' ' : '';
      const tail = escaped.match(/\s*$/)?.[0] ? ' ' : '';
      return `${lead}${styled}${run.note ? notes.add(run.note) : ''}${tail}`;
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return guardLineStart(out);
}

function block(b: ReportBlock, language: string, notes: Notes): string {
  switch (b.kind) {
    case 'heading':
      return `### ${runs(b.content, notes)}`;
    case 'paragraph':
      return runs(b.content, notes);
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${runs(item.content, notes)}`).join('\n');
    case 'chart': {
      const n = new Intl.NumberFormat(language);
      const rows = b.chart.bars.map((bar) => `| ${escapeMarkdown(bar.label)} | ${n.format(bar.value)} |`);
      return [`**${escapeMarkdown(b.chart.title)}**`, '', '| | |', '|---|---:|', ...rows].join('\n');
    }
  }
}

/**
 * The report as Markdown: the title as #, sections as ##, sub-headings as ###, footnotes as [^n] with their
 * texts at the end. Internal sections (annexes) only when asked for.
 */
export function renderMarkdown(doc: ReportDocument, options: { includeInternal?: boolean } = {}): string {
  const notes = new Notes();
  const parts: string[] = [];
  for (const section of publicSections(doc, options.includeInternal ?? true)) {
    parts.push(`${section.key === 'header' ? '#' : '##'} ${escapeMarkdown(section.heading)}`);
    for (const b of section.blocks) {
      const out = block(b, doc.language, notes);
      if (out) parts.push(out);
    }
  }
  notes.texts.forEach((text, i) => {
    parts.push(`[^${i + 1}]: ${escapeMarkdown(text)}`);
  });
  return `${parts.join('\n\n')}\n`;
}
