import type { ReportDocument, ReportSection } from '@hiwar/protocol';
import { describe, expect, it } from 'vitest';
import { mergeDraft } from './report-service.js';

const section = (key: string, heading: string, text: string, edited = false): ReportSection => ({
  key,
  heading,
  internal: key.startsWith('annex-'),
  edited,
  blocks: [{ id: `${key}-1`, kind: 'paragraph', content: [{ text }], sources: [], reviewItemId: null }],
});
const doc = (sections: ReportSection[], language: ReportDocument['language'] = 'en'): ReportDocument => ({
  language,
  dir: language === 'ar' ? 'rtl' : 'ltr',
  sections,
});
const summary = (d: ReportDocument) =>
  d.sections.map((s) => [s.key, s.heading, s.blocks[0]?.kind === 'paragraph' ? s.blocks[0].content[0]?.text : '']);

describe('mergeDraft', () => {
  const current = doc([
    section('header', 'Title', 'old header'),
    section('summary', 'My summary', 'rapporteur text', true),
    section('custom-thanks', 'Thanks', 'hand written', true),
    section('discussion', 'Discussion', 'old discussion'),
    section('recommendations', 'Recommendations', 'old recommendations'),
  ]);
  const draft = doc(
    [
      section('header', 'العنوان', 'new header'),
      section('summary', 'ملخّص', 'new summary'),
      section('presentations', 'العروض', 'new presentations'),
      section('discussion', 'المناقشة', 'new discussion'),
    ],
    'ar',
  );

  it('refreshes unedited sections with their new headings, keeps edited and hand-written ones where they are', () => {
    expect(summary(mergeDraft(current, draft))).toEqual([
      ['header', 'العنوان', 'new header'],
      ['summary', 'My summary', 'rapporteur text'],
      ['presentations', 'العروض', 'new presentations'],
      ['custom-thanks', 'Thanks', 'hand written'],
      ['discussion', 'المناقشة', 'new discussion'],
    ]);
  });

  it('regenerates one section by name, keeping the heading the rapporteur gave it', () => {
    const merged = mergeDraft(current, draft, 'summary');
    expect(summary(merged)).toEqual([
      ['header', 'Title', 'old header'],
      ['summary', 'My summary', 'new summary'],
      ['custom-thanks', 'Thanks', 'hand written'],
      ['discussion', 'Discussion', 'old discussion'],
      ['recommendations', 'Recommendations', 'old recommendations'],
    ]);
    expect(merged.sections[1]?.edited).toBe(false);
  });

  it('empties a section asked for by name that the meeting no longer fills', () => {
    const merged = mergeDraft(current, draft, 'recommendations');
    expect(merged.sections.find((s) => s.key === 'recommendations')?.blocks).toEqual([]);
  });
});
