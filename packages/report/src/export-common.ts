import type { Chart, Inline, Language, ReportDocument, ReportSection } from '@hiwar/protocol';
import { directionSpans } from './bidi.js';
import { phrases } from './phrases.js';

/** The sections an export shows: the internal annexes only when the caller asks for them. */
export function publicSections(doc: ReportDocument, includeInternal: boolean): ReportSection[] {
  return doc.sections.filter((section) => includeInternal || !section.internal);
}

/** The report's title: the header section's heading, or the first section's when there is no header. */
export function reportTitle(sections: readonly ReportSection[]): string {
  return (sections.find((s) => s.key === 'header') ?? sections[0])?.heading ?? '';
}

export interface Footnotes {
  /** Registers a note met while rendering and returns its number (1, 2, …). */
  add(text: string): number;
  /** The notes in the order they were met. */
  readonly texts: readonly string[];
}

/**
 * Footnote numbering for one export. Renderers walk the sections in document order and call `add` as they
 * meet each note, so the numbers run in reading order across the whole report, not per section.
 */
export function footnotes(): Footnotes {
  const texts: string[] = [];
  return {
    add(text) {
      texts.push(text);
      return texts.length;
    },
    texts,
  };
}

/** A run's footnote, or undefined when it has none (a blank note counts as none). */
export function noteOf(run: Inline): string | undefined {
  return run.note?.trim() ? run.note : undefined;
}

/** Characters XML 1.0 allows; anything else (control characters, lone surrogates) cannot be written. */
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text with the characters XML 1.0 forbids removed, so every export stays well-formed. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '');
}

/** Text safe inside an element or a quoted attribute of HTML or XML. */
export function escapeMarkup(text: string): string {
  return stripInvalidXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A number as the report's own text writes it: Intl for the language, as the generator formats counts. */
export function formatNumber(language: Language, value: number): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
}

/** The chart's title with its unit, as the caption above the bars. */
export function chartCaption(language: Language, chart: Chart): string {
  const unit = phrases.unit[language][chart.unit];
  return chart.title ? `${chart.title} (${unit})` : unit;
}

/** The largest value, so bars can be drawn in proportion to it; never zero. */
export function chartScale(chart: Chart): number {
  return Math.max(0, ...chart.bars.map((bar) => bar.value)) || 1;
}

/** Part of one run that lies in one direction span; `endsRun` when the run's footnote goes after it. */
export interface DirectedPiece {
  run: Inline;
  text: string;
  endsRun: boolean;
}

/** Consecutive pieces in one direction: the block's own (`other` false) or the other one, to isolate. */
export interface DirectedGroup {
  dir: 'ltr' | 'rtl';
  other: boolean;
  pieces: DirectedPiece[];
}

/**
 * A block's runs grouped by direction, cut across the runs' formatting, so that an Arabic sentence with a
 * bold word in an English paragraph is isolated as one sentence, not word by word. The texts keep whatever
 * isolate controls they had; each format drops or rewrites them. Empty runs still come through, for their
 * footnotes.
 */
export function directedRuns(runs: readonly Inline[], base: 'ltr' | 'rtl'): DirectedGroup[] {
  const full = runs.map((run) => run.text).join('');
  const spans = directionSpans(full, base);
  const groups: DirectedGroup[] = [];
  let offset = 0;
  for (const run of runs) {
    const start = offset;
    const end = offset + run.text.length;
    offset = end;
    const overlapping = spans.filter((s) => s.start < end && s.end > start);
    if (overlapping.length === 0) {
      // An empty run: it joins the group before it, or starts one in the block's direction.
      const last = groups.at(-1);
      const piece = { run, text: '', endsRun: true };
      if (last) last.pieces.push(piece);
      else groups.push({ dir: base, other: false, pieces: [piece] });
      continue;
    }
    overlapping.forEach((span, i) => {
      const piece = {
        run,
        text: full.slice(Math.max(span.start, start), Math.min(span.end, end)),
        endsRun: i === overlapping.length - 1,
      };
      const last = groups.at(-1);
      // A new group where a span starts; a span that runs on from the previous run continues its group.
      if (last && span.start < start) last.pieces.push(piece);
      else groups.push({ dir: span.dir, other: span.other, pieces: [piece] });
    });
  }
  return groups;
}
