import { type Inline, type ReportBlock, type ReportDocument, typographyFor } from '@hiwar/protocol';

/**
 * A draft with its language's typography applied to every text it shows: headings, paragraphs, list items,
 * chart titles and footnotes (French: no-break spaces before ; ? ! : and inside « », see frenchTypography).
 * Applied once to the whole draft, so the spaces come from code and not from each phrase; idempotent.
 * Links, ids and sources are left as they are; chart bar labels are people's own category and theme names.
 */
export function draftTypography<T extends ReportDocument>(draft: T): T {
  const apply = typographyFor(draft.language);
  const run = (r: Inline): Inline => ({
    ...r,
    text: apply(r.text),
    ...(r.note === undefined ? {} : { note: apply(r.note) }),
  });
  const block = (b: ReportBlock): ReportBlock => {
    switch (b.kind) {
      case 'paragraph':
      case 'heading':
        return { ...b, content: b.content.map(run) };
      case 'list':
        return { ...b, items: b.items.map((item) => ({ ...item, content: item.content.map(run) })) };
      case 'chart':
        return { ...b, chart: { ...b.chart, title: apply(b.chart.title) } };
    }
  };
  return {
    ...draft,
    sections: draft.sections.map((s) => ({ ...s, heading: apply(s.heading), blocks: s.blocks.map(block) })),
  };
}
