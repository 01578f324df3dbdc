import type { Inline, ReportBlock } from '@hiwar/protocol';
import { describe, expect, it } from 'vitest';
import { buildDraft, type ReportDraft, renderMarkdown } from './index.js';
import { climateWater, pointForms } from './test/fixtures.js';
import { goldenMeeting } from './test/golden-meeting.js';
import { draftTypography } from './typography.js';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

/** Every text a draft shows, one entry per run, heading, chart title or footnote. */
function textsOf(draft: ReportDraft): string[] {
  const runs = (content: Inline[]) => content.flatMap((r) => [r.text, ...(r.note === undefined ? [] : [r.note])]);
  const block = (b: ReportBlock): string[] =>
    b.kind === 'paragraph' || b.kind === 'heading'
      ? runs(b.content)
      : b.kind === 'list'
        ? b.items.flatMap((i) => runs(i.content))
        : [b.chart.title];
  return draft.sections.flatMap((s) => [s.heading, ...s.blocks.flatMap(block)]);
}

/** Places where French typography is missing: an ordinary space before ; : ? ! or inside « ». */
const PLAIN_SPACE = /[ \t](?=[;:?!»])|«[ \t]/u;
/** Punctuation that needs a space before it and has none (a clock such as 12:30 and an address excepted). */
const GLUED =
  /[^\s\u00A0\u202F«([;:?!'’"/](?=[;?!»])|[^\s\u00A0\u202F«([;:?!'’"/\d](?=:(?![\d/]))|«(?=[^\s\u00A0\u202F])/u;

/** A French meeting whose own words bring French punctuation with plain spaces or none. */
function punctuated() {
  const input = goldenMeeting('fr');
  input.meeting.title = 'L’eau : un enjeu de paix ?';
  input.votes = input.votes.map((v) => (v.kind === 'dots' ? { ...v, title: 'Par où commencer ?' } : v));
  // The recommendation the vote ranks first.
  input.points = input.points.map((p) =>
    p.id === 'pt-disc-07' ? { ...p, text: 'Il faut agir vite ; les puits s’assèchent !' } : p,
  );
  return input;
}

describe('French typography in the draft', () => {
  const drafts = {
    'the golden meeting': buildDraft(goldenMeeting('fr'), 'fr'),
    'points in every form': buildDraft(pointForms('fr'), 'fr'),
    'the climate meeting': buildDraft(climateWater(), 'fr'),
    'French punctuation in people’s own words': buildDraft(punctuated(), 'fr'),
  };

  for (const [name, draft] of Object.entries(drafts)) {
    it(`${name}: no plain space before ; : ? ! nor inside « », and no punctuation glued to a word`, () => {
      const texts = textsOf(draft).filter((t) => !/^https?:/.test(t));
      expect(texts.filter((t) => PLAIN_SPACE.test(t))).toEqual([]);
      expect(texts.filter((t) => GLUED.test(t.replace(/https?:\/\/\S+/gu, '')))).toEqual([]);
    });

    it(`${name}: the Markdown export keeps the no-break spaces`, () => {
      const md = renderMarkdown(draft);
      expect(md).toContain(`${NBSP}:`);
      expect(md).not.toMatch(/ [;:?!»]|« /u);
    });

    it(`${name}: applying the typography again changes nothing`, () => {
      expect(draftTypography(draft)).toEqual(draft);
    });
  }

  it('puts a narrow no-break space before ; ? ! and a no-break space before : and inside « »', () => {
    const all = textsOf(drafts['French punctuation in people’s own words']).join('\n');
    expect(all).toContain(`«${NBSP}L’eau${NBSP}: un enjeu de paix${NNBSP}?${NBSP}»`);
    expect(all).toContain(`agir vite${NNBSP}; les puits s’assèchent${NNBSP}!`);
    // No full stop after a vote title that ends with its own question mark.
    expect(all).toContain(`vote par pastilles «${NBSP}Par où commencer${NNBSP}?${NBSP}»`);
    expect(all).not.toContain(`commencer${NNBSP}?${NBSP}».`);
  });

  it('leaves other languages as they are', () => {
    const draft = buildDraft(goldenMeeting('en'), 'en');
    expect(textsOf(draft).join('\n')).not.toMatch(/[\u00A0\u202F]/u);
    expect(draftTypography(draft)).toEqual(draft);
  });
});
