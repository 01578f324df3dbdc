import { mkdirSync, writeFileSync } from 'node:fs';
import { plainText, type ReportBlock, type ReportDocument, type ReportState, type ReviewPage } from '@hiwar/protocol';
import { renderMarkdown } from '@hiwar/report';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRESENTERS, replayDialogue, THEMES } from '../../../test/dialogue-replay.js';
import { startServer, type TestServer } from '../../../test/harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

const textOf = (b: ReportBlock): string => {
  if (b.kind === 'paragraph' || b.kind === 'heading') return plainText(b.content);
  if (b.kind === 'list') return b.items.map((i) => plainText(i.content)).join('\n');
  return [b.chart.title, ...b.chart.bars.map((bar) => bar.label)].join('\n');
};
const publicText = (doc: ReportDocument) =>
  doc.sections
    .filter((s) => !s.internal)
    .flatMap((s) => [s.heading, ...s.blocks.map(textOf)])
    .join('\n');

describe('a dialogue replayed through the API', () => {
  it('drafts a report in the genre’s shape that the desk could publish', async () => {
    const replay = await replayDialogue(server);
    const base = `${server.baseUrl}/api/meetings/${replay.meeting.id}/report`;
    const auth = { authorization: `Bearer ${replay.rapporteur.memberToken}`, 'content-type': 'application/json' };
    const generated = await fetch(`${base}/generate`, { method: 'POST', headers: auth, body: '{}' });
    expect(generated.status).toBe(200);
    const state = (await generated.json()) as ReportState;
    const doc = state.report?.document as ReportDocument;
    mkdirSync('.test-output', { recursive: true });
    writeFileSync('.test-output/replayed-dialogue.en.md', renderMarkdown(doc));

    const shown = publicText(doc);
    // Nothing blocks publishing: no participant named, the identifying point and its place left out.
    expect(state.findings).toEqual([]);
    expect(shown).not.toContain('Ménaka');
    for (const name of replay.participantNames) {
      for (const word of name.split(' ').filter((w) => w.length >= 4)) expect(shown).not.toContain(word);
    }
    // One paragraph per presenter, each from that presenter's own points, named at first mention.
    const presentations = doc.sections.find((s) => s.key === 'presentations');
    const own = (presentations?.blocks ?? []).filter(
      (b): b is Extract<ReportBlock, { kind: 'paragraph' }> =>
        b.kind === 'paragraph' && b.reviewItemId !== null && b.sources.length > 0,
    );
    expect(own).toHaveLength(PRESENTERS.length);
    for (const [i, p] of PRESENTERS.entries()) expect(textOf(own[i] as ReportBlock)).toContain(p.name);
    // Themes as headings, in the facilitator's order.
    const discussion = doc.sections.find((s) => s.key === 'discussion');
    const headings = (discussion?.blocks ?? []).filter((b) => b.kind === 'heading').map(textOf);
    expect(headings.filter((h) => (THEMES as readonly string[]).includes(h))).toEqual([...THEMES]);
    // Every published point of the discussion but the identifying one is the source of some text.
    const sources = new Set(
      doc.sections.flatMap((s) =>
        s.blocks.flatMap((b) =>
          b.kind === 'paragraph' ? b.sources : b.kind === 'list' ? b.items.flatMap((i) => i.sources) : [],
        ),
      ),
    );
    expect(replay.pointIds.filter((id) => !sources.has(id))).toHaveLength(1);
    // Grammar: never "that" before a bare verb, whatever form the point was typed in.
    expect(shown).not.toMatch(
      /\bthat (send borehole|set up a|translate the|fund mediation|include young|agree a|give mediators)\b/i,
    );
    // The desk's own notes and the dot counts stay internal.
    expect(shown).not.toMatch(/This is a draft|\bdots?\b/);

    // Each presenter reviews their own paragraph, not the sentence that introduces them all.
    const reviews = await fetch(`${base}/reviews`, { method: 'POST', headers: auth, body: '{}' });
    const made = ((await reviews.json()) as ReportState).reviews;
    expect(made.map((r) => r.presenterName).sort()).toEqual(PRESENTERS.map((p) => p.name).sort());
    for (const review of made) {
      const page = (await (await fetch(`${server.baseUrl}/api${review.path}`)).json()) as ReviewPage;
      const words = page.paragraph.map((r) => r.text).join('');
      expect(words.startsWith(review.presenterName)).toBe(true);
      for (const other of PRESENTERS.filter((p) => p.name !== review.presenterName)) {
        expect(words).not.toContain(other.name);
      }
    }
  });
});
