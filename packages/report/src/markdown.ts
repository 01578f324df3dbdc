import type { Block, ReportDraft } from './index.js';

/**
 * User text as Markdown that shows exactly as typed: one line, HTML's &, < and > as entities, Markdown's
 * punctuation backslash-escaped, and nothing at the start that would open a heading, list or quote.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/^([-+=#])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

function block(b: Block): string {
  if (b.kind === 'heading') return `### ${escapeMarkdown(b.text ?? '')}`;
  if (b.kind === 'list') {
    return (b.items ?? []).map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${escapeMarkdown(item)}`).join('\n');
  }
  return escapeMarkdown(b.text ?? '');
}

/** The draft as Markdown: the title as #, sections as ##, theme and presenter headings as ###. */
export function renderMarkdown(draft: ReportDraft): string {
  const parts: string[] = [];
  for (const section of draft.sections) {
    parts.push(`${section.id === 'header' ? '#' : '##'} ${escapeMarkdown(section.heading)}`);
    for (const b of section.blocks) {
      const out = block(b);
      if (out) parts.push(out);
    }
  }
  return `${parts.join('\n\n')}\n`;
}
