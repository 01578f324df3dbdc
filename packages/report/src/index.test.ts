import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { similarity } from '@hiwar/domain';
import { LANGUAGES, plainText, type ReportBlock, type Vote } from '@hiwar/protocol';
import { describe, expect, it } from 'vitest';
import { embed, firstStrongDirection } from './bidi.js';
import { buildDraft, DEFAULT_THRESHOLDS, quantifierFor, type ReportDraft, renderMarkdown } from './index.js';
import { phrases } from './phrases.js';
import { climateWater, item, meeting, point, pointForms, theme, wpsArabic } from './test/fixtures.js';

/** The value, or a failed test if it is missing. */
function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

const golden = (name: string) => new URL(`./__golden__/${name}`, import.meta.url);

/** Compares with the committed golden file; writes it when missing or when UPDATE_GOLDEN=1. */
function expectGolden(name: string, actual: string) {
  const file = golden(name);
  if (!existsSync(file) || process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

/** A block's text: a paragraph's or heading's runs, a list's items one per line. */
function textOf(b: ReportBlock): string {
  if (b.kind === 'paragraph' || b.kind === 'heading') return plainText(b.content);
  if (b.kind === 'list') return b.items.map((i) => plainText(i.content)).join('\n');
  return b.chart.title;
}

/** The points a block came from; a list's items' together. */
function sourcesOf(b: ReportBlock): string[] {
  if (b.kind === 'paragraph') return b.sources;
  if (b.kind === 'list') return b.items.flatMap((i) => i.sources);
  return [];
}

const allText = (draft: ReportDraft) => draft.sections.flatMap((s) => [s.heading, ...s.blocks.map(textOf)]).join('\n');

describe('quantifierFor', () => {
  it.each([
    // supporters, participants, expected
    [0, 28, 'one'],
    [1, 28, 'one'],
    [2, 28, 'some'],
    [3, 28, 'several'],
    [13, 28, 'several'],
    [14, 28, 'strong'],
    [28, 28, 'strong'],
    // A tiny meeting: half is one or two people, but "strongly agreed" still needs several.
    [1, 2, 'one'],
    [2, 2, 'some'],
    [2, 4, 'some'],
    [3, 4, 'strong'],
    [3, 7, 'several'],
    [4, 7, 'strong'],
    [0, 0, 'one'],
  ] as const)('%i of %i participants → %s', (supporters, participants, expected) => {
    expect(quantifierFor(supporters, participants)).toBe(expected);
  });

  it.each([
    [{ strong: 0.75, several: 4, some: 2 }, 20, 15, 'strong'],
    [{ strong: 0.75, several: 4, some: 2 }, 20, 14, 'several'],
    [{ strong: 0.75, several: 4, some: 2 }, 20, 3, 'some'],
    [{ strong: 0.1, several: 5, some: 3 }, 10, 4, 'some'],
    [{ strong: 0.1, several: 5, some: 3 }, 10, 5, 'strong'],
  ] as const)('custom thresholds %o, %i participants, %i supporters → %s', (t, participants, supporters, expected) => {
    expect(quantifierFor(supporters, participants, t)).toBe(expected);
  });

  it('the default thresholds are as documented', () => {
    expect(DEFAULT_THRESHOLDS).toEqual({ strong: 0.5, several: 3, some: 2 });
  });
});

describe('golden reports', () => {
  it('English, climate and water', () => {
    const draft = buildDraft(climateWater(), 'en');
    expect(draft.dir).toBe('ltr');
    expectGolden('climate-water.en.md', renderMarkdown(draft));
  });

  it('Arabic, women, peace and security, under the Chatham House Rule', () => {
    const draft = buildDraft(wpsArabic(), 'ar');
    expect(draft.dir).toBe('rtl');
    expectGolden('wps.ar.md', renderMarkdown(draft));
  });

  it('English, points in every form (statement, call, topic, question)', () => {
    expectGolden('point-forms.en.md', renderMarkdown(buildDraft(pointForms('en'), 'en')));
  });

  it('French, points in every form, some of them in Arabic', () => {
    expectGolden('point-forms.fr.md', renderMarkdown(buildDraft(pointForms('fr'), 'fr')));
  });

  it('takes the desk’s form for a point over the classifier’s', () => {
    const input = pointForms('en');
    input.points = input.points.map((p) => (p.id === 'pt-form-09' ? { ...p, form: 'clause' } : p));
    const text = allText(buildDraft(input, 'en'));
    expect(text).toContain('one participant observed that transparency in water allocation.');
    expect(allText(buildDraft(pointForms('en'), 'en'))).toContain(
      'one participant raised transparency in water allocation.',
    );
  });

  it.each(LANGUAGES)('the same meeting drafts in %s without gaps, deterministically', (language) => {
    const a = renderMarkdown(buildDraft(climateWater(), language));
    expect(a).toBe(renderMarkdown(buildDraft(climateWater(), language)));
    expect(a).not.toMatch(/undefined|NaN|\[object/);
    expect(buildDraft(climateWater(), language).dir).toBe(language === 'ar' ? 'rtl' : 'ltr');
  });
});

describe('buildDraft', () => {
  it('counts a merged duplicate once and never shows its text', () => {
    const input = climateWater();
    // pt-disc-07 was merged into pt-disc-06; its supporters are already in pt-disc-06's count.
    input.supportersByPoint['pt-disc-06'] = 2;
    input.supportersByPoint['pt-disc-07'] = 2;
    const draft = buildDraft(input, 'en');
    const discussion = must(draft.sections.find((s) => s.key === 'discussion'));
    const sentence = must(discussion.blocks.find((b) => sourcesOf(b).includes('pt-disc-06')));
    expect(textOf(sentence)).toBe('Some participants noted that climate finance rarely reaches municipal utilities.');
    expect(allText(draft)).not.toContain('climate money');
    expect(draft.sections.flatMap((s) => s.blocks.flatMap(sourcesOf))).not.toContain('pt-disc-07');
  });

  it('folds near-identical points into one sentence keeping both sources, without adding their supporters', () => {
    const input = climateWater();
    expect(similarity(must(input.points[2]).text, must(input.points[3]).text)).toBeGreaterThanOrEqual(0.8);
    input.supportersByPoint = { ...input.supportersByPoint, 'pt-disc-01': 8, 'pt-disc-02': 7 };
    const discussion = must(buildDraft(input, 'en').sections.find((s) => s.key === 'discussion'));
    const folded = discussion.blocks.filter(
      (b) => sourcesOf(b).includes('pt-disc-01') || sourcesOf(b).includes('pt-disc-02'),
    );
    expect(folded).toHaveLength(1);
    // The paragraph keeps both folded points, and the theme's other point, as its sources.
    expect(sourcesOf(must(folded[0]))).toEqual(['pt-disc-01', 'pt-disc-02', 'pt-disc-03']);
    const text = textOf(must(folded[0]));
    // 8 and 7 could be the same people: 8 of 28 is "several", not "many".
    expect(text).toMatch(/^Several participants emphasised that falling groundwater/);
    expect(text.match(/falling groundwater/gi)).toHaveLength(1);
  });

  it('leaves out off-the-record items, hidden points and their votes', () => {
    const text = allText(buildDraft(climateWater(), 'en'));
    expect(text).not.toContain('minister');
    expect(text).not.toContain('hidden by the moderator');
  });

  it('orders themes as the facilitator did, or by weight when asked', () => {
    const headings = (input: ReturnType<typeof climateWater>) =>
      must(buildDraft(input, 'en').sections.find((s) => s.key === 'discussion'))
        .blocks.filter((b) => b.kind === 'heading')
        .map(textOf);
    expect(headings(climateWater())).toEqual([
      'Financing adaptation',
      'Water scarcity and rural livelihoods',
      'Governance and shared data',
      'Other points raised',
    ]);
    const byWeight = climateWater();
    byWeight.meeting = {
      ...byWeight.meeting,
      reportSettings: { ...byWeight.meeting.reportSettings, themeOrder: 'weight' },
    };
    expect(headings(byWeight)).toEqual([
      'Water scarcity and rural livelihoods',
      'Governance and shared data',
      'Financing adaptation',
      'Other points raised',
    ]);
  });

  it('heads each theme with its name in the report’s language when the theme has a translation', () => {
    const input = climateWater();
    const [first, ...rest] = input.themes;
    input.themes = [{ ...must(first), translations: { fr: 'Financer l’adaptation', ar: 'تمويل التكيّف' } }, ...rest];
    const headingsIn = (language: 'en' | 'fr' | 'ar') => {
      const draft = buildDraft(input, language);
      return {
        headings: must(draft.sections.find((s) => s.key === 'discussion'))
          .blocks.filter((b) => b.kind === 'heading')
          .map(textOf),
        bars: draft.sections
          .flatMap((s) => s.blocks)
          .flatMap((b) => (b.kind === 'chart' ? b.chart.bars.map((bar) => bar.label) : [])),
      };
    };
    const fr = headingsIn('fr');
    expect(fr.headings[0]).toBe('Financer l’adaptation');
    // A theme without a French name keeps the name it was given.
    expect(fr.headings[1]).toBe('Water scarcity and rural livelihoods');
    expect(fr.bars).toContain('Financer l’adaptation');
    expect(headingsIn('ar').headings[0]).toBe('تمويل التكيّف');
    // English has no translation: the original name, as before.
    expect(headingsIn('en').headings[0]).toBe('Financing adaptation');
    expect(headingsIn('en').bars).not.toContain('Financer l’adaptation');
  });

  it('ranks recommendations by the closed dot vote and keeps the dots out of every public section', () => {
    const draft = buildDraft(climateWater(), 'en');
    const list = must(
      must(draft.sections.find((s) => s.key === 'recommendations')).blocks.find((b) => b.kind === 'list'),
    );
    expect(sourcesOf(list)).toEqual(['pt-disc-05', 'pt-disc-04']);
    const published = renderMarkdown(draft, { includeInternal: false });
    expect(published).not.toMatch(/\bdots?\b/);
    expect(published).not.toContain('18');
    const notes = must(draft.sections.find((s) => s.key === 'notes'));
    expect(notes.internal).toBe(true);
    expect(notes.blocks.map(textOf).join('\n')).toContain(
      'Local water user associations need a formal role in allocation decisions (18 dots)',
    );
  });

  it('ranks by the latest dot vote that anyone voted in: a later vote with no ballots ranks nothing', () => {
    const input = climateWater();
    const [held] = input.votes as [Vote];
    const empty: Vote = {
      ...held,
      id: 'vote-dots02',
      closedAt: (held.closedAt ?? 0) + 60_000,
      results: { ballots: 0, tallies: [], other: [], average: null, voters: null },
    };
    input.votes = [held, empty];
    const draft = buildDraft(input, 'en');
    const list = must(
      must(draft.sections.find((s) => s.key === 'recommendations')).blocks.find((b) => b.kind === 'list'),
    );
    expect(sourcesOf(list)).toEqual(['pt-disc-05', 'pt-disc-04']);
    expect(
      must(draft.sections.find((s) => s.key === 'notes'))
        .blocks.map(textOf)
        .join('\n'),
    ).toContain('(18 dots)');
  });

  it('ranks recommendations by support when no dot vote lists them', () => {
    const input = climateWater();
    input.votes = [];
    const section = must(buildDraft(input, 'en').sections.find((s) => s.key === 'recommendations'));
    const list = must(section.blocks.find((b) => b.kind === 'list'));
    expect(sourcesOf(list)).toEqual(['pt-disc-04', 'pt-disc-05']);
  });

  it('never names anyone on a Chatham House item', () => {
    for (const language of LANGUAGES) {
      const input = wpsArabic();
      const text = renderMarkdown(buildDraft(input, language));
      for (const name of ['سلمى الخطيب', 'ريم العلي', 'منى حداد', 'مركز دراسات السلام', 'شبكة المدافعات']) {
        expect(text).not.toContain(name);
      }
      const english = climateWater();
      english.agenda = english.agenda.map((i) => ({ ...i, confidentiality: 'chatham-house' }));
      const en = renderMarkdown(buildDraft(english, language));
      for (const name of ['Lina Haddad', 'Regional Water Centre', 'Omar Nasser']) expect(en).not.toContain(name);
    }
  });

  it('names an on-the-record presenter with title and organisation, in reported speech', () => {
    const draft = buildDraft(climateWater(), 'en');
    const presentations = must(draft.sections.find((s) => s.key === 'presentations'));
    expect(presentations.blocks.map(textOf)).toEqual([
      'The meeting opened with a presentation by Dr. Lina Haddad.',
      'Dr. Lina Haddad, Senior Hydrologist at the Regional Water Centre, said that aquifers in the valley have dropped by more than a metre a year since 2010. She also noted that hotter summers raise irrigation demand just as recharge falls.',
    ]);
    expect(presentations.blocks.some((b) => b.kind === 'heading')).toBe(false);
    expect(sourcesOf(must(presentations.blocks[1]))).toEqual(['pt-pres-01', 'pt-pres-02']);
    // The named presenter is asked to review this paragraph.
    expect(presentations.blocks[1]).toMatchObject({ reviewItemId: 'item-pres1' });
  });

  it('formats the date in the meeting time zone and language', () => {
    const input = climateWater();
    const header = (language: (typeof LANGUAGES)[number]) =>
      textOf(must(must(buildDraft(input, language).sections[0]).blocks[1]));
    expect(header('en')).toBe('Hosted by the Institute for Water Dialogue');
    const line = (language: (typeof LANGUAGES)[number]) =>
      textOf(must(must(buildDraft(input, language).sections[0]).blocks[0]));
    expect(line('en')).toBe('Hybrid meeting (in person and online), 14 March 2026');
    expect(line('fr')).toBe('Réunion hybride (en présentiel et en ligne), 14 mars 2026');
    expect(line('sv')).toBe('Hybridmöte (på plats och digitalt), 14 mars 2026');
    expect(line('ar')).toBe('اجتماع هجين (حضوري وعبر الإنترنت)، 14 مارس 2026');
    input.meeting = { ...input.meeting, reportSettings: { ...input.meeting.reportSettings, digits: 'arabic-indic' } };
    expect(line('ar')).toBe('اجتماع هجين (حضوري وعبر الإنترنت)، ١٤ مارس ٢٠٢٦');
    // Only Arabic has another set of digits.
    expect(line('en')).toBe('Hybrid meeting (in person and online), 14 March 2026');
    // Just before midnight local time is still that local day.
    input.meeting = { ...input.meeting, startsAt: '2026-03-14T23:50', timeZone: 'Pacific/Auckland' };
    expect(line('en')).toContain('14 March 2026');
  });
});

describe('wording', () => {
  it('varies a quantifier used again under one heading, deterministically', () => {
    const input = {
      ...climateWater(),
      points: [
        point('pt-var-001', 'item-disc1', 'Wells run dry in August', { themeIds: ['theme-water1'] }),
        point('pt-var-002', 'item-disc1', 'Herders move earlier each year', { themeIds: ['theme-water1'] }),
        point('pt-var-003', 'item-disc1', 'Councils rarely keep minutes', { themeIds: ['theme-water1'] }),
      ],
      themes: [theme('theme-water1', 'Water')],
      supportersByPoint: {},
    };
    const texts = (language: (typeof LANGUAGES)[number]) =>
      must(buildDraft(input, language).sections.find((s) => s.key === 'discussion'))
        .blocks.filter((b) => b.kind === 'paragraph' && b.sources.length > 0)
        .map(textOf);
    // One paragraph, woven with "in addition" and "at the same time", keeping every source.
    expect(texts('en')).toEqual([
      'One participant noted that wells run dry in August. In addition, one participant observed that herders move earlier each year. At the same time, one participant noted that councils rarely keep minutes.',
    ]);
    // The English point is isolated inside the Arabic sentence, so its full stop stays with it.
    expect(texts('ar')[0]).toContain('كما لاحظ أحد المشاركين ما يلي: \u2068Herders move earlier each year.\u2069');
    expect(texts('fr')[0]).toContain('Par ailleurs, un participant a noté qu’herders move earlier each year.');
    expect(texts('sv')[0]).toContain('En deltagare framhöll dessutom att herders move earlier each year.');
  });
});

describe('organisations in a sentence', () => {
  it.each([
    ['Sahel Dialogue Institute', 'Hosted by the Sahel Dialogue Institute'],
    ['Institute for Regional Dialogue', 'Hosted by the Institute for Regional Dialogue'],
    ['Pastoral Network of Mali', 'Hosted by the Pastoral Network of Mali'],
    ['Nordic Resilience Fund', 'Hosted by the Nordic Resilience Fund'],
    ['The Carter Center', 'Hosted by The Carter Center'],
    ['Birzeit University', 'Hosted by Birzeit University'],
    ['University of Jordan', 'Hosted by the University of Jordan'],
    ['Chatham House', 'Hosted by Chatham House'],
    ['Oxfam', 'Hosted by Oxfam'],
  ])('English: %s → “%s”', (host, line) => {
    const draft = buildDraft({ ...climateWater(), meeting: meeting({ hostOrganisation: host }) }, 'en');
    const header = must(draft.sections.find((s) => s.key === 'header'));
    expect(header.blocks.map(textOf)).toContain(line);
  });
});

describe('renderMarkdown', () => {
  it('shows markup in a point as text', () => {
    const input = {
      ...climateWater(),
      points: [
        point('pt-evil-01', 'item-disc1', '<script>alert(1)</script> **bold** [link](https://x.example) `code` _em_', {
          themeIds: ['theme-water1'],
        }),
        point('pt-evil-02', 'item-disc1', '# Not a heading\n\n- not a list', { themeIds: [] }),
      ],
      themes: [theme('theme-water1', '<b>Water</b> & *stuff*')],
    };
    const md = renderMarkdown(buildDraft(input, 'en'));
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('<b>');
    expect(md).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt; \\*\\*bold\\*\\* \\[link\\](https://x.example) \\`code\\` \\_em\\_',
    );
    expect(md).toContain('### &lt;b&gt;Water&lt;/b&gt; &amp; \\*stuff\\*');
    expect(md).toContain('One participant pointed to # Not a heading - not a list.');
    expect(md).not.toMatch(/^# Not a heading/m);
  });

  it('escapes what would start a block at the beginning of a line', () => {
    const input = climateWater();
    input.meeting = { ...input.meeting, title: '# 1. Title', hostOrganisation: '- Host' };
    const md = renderMarkdown(buildDraft(input, 'en'));
    expect(md.startsWith('# \\# 1. Title\n')).toBe(true);
    const agendaOnly = { ...input, agenda: [item('item-x00001', { title: '1. First' })], points: [], votes: [] };
    expect(renderMarkdown(buildDraft(agendaOnly, 'en'))).toContain('1. 1\\. First (discussion, 30 minutes)');
  });

  it('uses #, ## and ### for title, sections and sub-headings', () => {
    const md = renderMarkdown(buildDraft(climateWater(), 'en'));
    expect(md).toMatch(/^# Water, Climate and Livelihoods in the Jordan Valley$/m);
    expect(md).toMatch(/^## Discussion$/m);
    expect(md).toMatch(/^### Water scarcity and rural livelihoods$/m);
  });
});

describe('phrases', () => {
  it.each(Object.entries(phrases))('%s exists in all four languages', (_key, texts) => {
    expect(Object.keys(texts).sort()).toEqual([...LANGUAGES].sort());
    for (const language of LANGUAGES) {
      const value: unknown = (texts as Record<string, unknown>)[language];
      expect(value, language).toBeDefined();
      if (typeof value === 'string') expect(value.trim(), language).not.toBe('');
      else if (typeof value === 'object' && value !== null) {
        const english = must((texts as Record<string, object>).en);
        expect(Object.keys(value).sort(), language).toEqual(Object.keys(english).sort());
      } else expect(typeof value, language).toBe('function');
    }
  });

  it('agrees Arabic numbers and nouns', () => {
    const people = (count: number) => phrases.participants.ar(count, String(count), null);
    expect(people(1)).toBe('حضر الاجتماع مشارك واحد.');
    expect(people(2)).toBe('حضر الاجتماع مشاركان.');
    expect(people(5)).toBe('حضر الاجتماع 5 مشاركين.');
    expect(people(28)).toBe('حضر الاجتماع 28 مشاركًا.');
    expect(people(100)).toBe('حضر الاجتماع 100 مشارك.');
  });

  it('has an English sentence for one participant', () => {
    expect(phrases.participants.en(1, 'One', null)).toBe('One participant took part.');
    const m = meeting();
    expect(m.title).toBe('Meeting');
  });
});

describe('mixed directions', () => {
  it('isolates words of the other direction inside a sentence, and leaves same-direction words alone', () => {
    expect(embed('Open data, now.', 'ar')).toBe('\u2068Open data, now.\u2069');
    expect(embed('بيانات مفتوحة.', 'ar')).toBe('بيانات مفتوحة.');
    expect(embed('بيانات مفتوحة.', 'en')).toBe('\u2068بيانات مفتوحة.\u2069');
    expect(embed('“UNDP” said so', 'fr')).toBe('“UNDP” said so');
    // No letter: nothing to isolate.
    expect(embed('2027 – 2030', 'ar')).toBe('2027 – 2030');
    expect(firstStrongDirection('(١٢) نقطة')).toBe('rtl');
    expect(firstStrongDirection('12 points')).toBe('ltr');
  });

  it('isolates the host and English points in an Arabic draft, and only Arabic words in an English one', () => {
    const input = {
      ...climateWater(),
      points: [point('pt-mix-001', 'item-disc1', 'Open the water data', { themeIds: ['theme-water1'] })],
      themes: [theme('theme-water1', 'المياه')],
      supportersByPoint: {},
    };
    const all = (language: (typeof LANGUAGES)[number]) =>
      buildDraft(input, language)
        .sections.flatMap((s) => s.blocks)
        .filter((b) => b.kind === 'paragraph')
        .map(textOf);
    // An instruction takes the call's frame; the English words keep their full stop inside the isolate.
    expect(all('ar')).toContain('دعا أحد المشاركين إلى \u2068Open the water data.\u2069');
    expect(all('ar').some((t) => t.includes(`\u2068${input.meeting.hostOrganisation}\u2069`))).toBe(true);
    // In English nothing needs isolating: the Arabic theme name stands alone as its heading.
    const isolated = all('en').flatMap((t) => [...t.matchAll(/\u2068([^\u2069]*)\u2069/g)].map((m) => m[1]));
    expect(isolated).toEqual([]);
  });
});

describe('Arabic typography in generated text', () => {
  it('writes each presenter’s paragraph with the Arabic comma, the verb’s gender and isolated Latin names', () => {
    const input = wpsArabic();
    input.agenda = input.agenda.map((a) =>
      a.id === 'item-pres1'
        ? {
            ...a,
            confidentiality: 'on-record' as const,
            presenters: [
              {
                name: 'رانية الزعبي',
                title: 'مديرة الأبحاث',
                organisation: 'مركز دراسات السلام',
                pronoun: 'she' as const,
                talkTitle: '',
              },
              {
                name: 'Camille Lefèvre',
                title: 'Senior Fellow',
                organisation: 'Institut du dialogue',
                pronoun: null,
                talkTitle: '',
              },
            ],
          }
        : a,
    );
    input.points = input.points.map((p) =>
      p.id === 'pt-pres-01' ? { ...p, source: { name: 'رانية الزعبي', organisation: '' } } : p,
    );
    const draft = buildDraft(input, 'ar');
    const texts = must(draft.sections.find((s) => s.key === 'presentations')).blocks.map(textOf);
    expect(texts).toEqual([
      'افتُتح الاجتماع بعروض قدّمها رانية الزعبي و\u2068Camille Lefèvre\u2069.',
      'أوضحت رانية الزعبي، مديرة الأبحاث في مركز دراسات السلام، ما يلي: لا تزال خطط العمل الوطنية تفتقر إلى ميزانيات مخصّصة.',
      'لم تُسجَّل أيّ نقاط من عرض \u2068Camille Lefèvre\u2069، \u2068Senior Fellow\u2069 في \u2068Institut du dialogue\u2069.',
    ]);
    for (const t of texts) expect(t).not.toMatch(/[,;]/);
  });
});

describe('presentations in reported speech', () => {
  const paragraphs = (input: ReturnType<typeof climateWater>, language: (typeof LANGUAGES)[number] = 'en') =>
    must(buildDraft(input, language).sections.find((s) => s.key === 'presentations')).blocks.map((b) => ({
      text: textOf(b),
      sources: sourcesOf(b),
      review: b.kind === 'paragraph' ? b.reviewItemId : undefined,
    }));

  it('says "included" when the presentations do not open the meeting', () => {
    const input = climateWater();
    input.agenda = [input.agenda[2], input.agenda[1]].map((i) => must(i));
    expect(must(paragraphs(input)[0]).text).toBe('The meeting included a presentation by Dr. Lina Haddad.');
  });

  it('gives each of several presenters their own points, and tells unattributed ones without a name', () => {
    const input = climateWater();
    input.agenda = input.agenda.map((i) =>
      i.id === 'item-pres1'
        ? {
            ...i,
            presenters: [
              ...i.presenters,
              { name: 'Omar Khalil', title: '', organisation: 'Jordan Valley Authority', pronoun: null, talkTitle: '' },
            ],
          }
        : i,
    );
    input.points.push(
      point('pt-pres-03', 'item-pres1', 'Canal losses reach a third of the water released', {
        origin: 'capture',
        source: { name: 'omar  khalil', organisation: '' },
      }),
      point('pt-pres-04', 'item-pres1', 'Metering every farm gate', {
        origin: 'capture',
        source: { name: 'Omar Khalil', organisation: '' },
      }),
    );
    const got = paragraphs(input);
    expect(got.map((p) => p.text)).toEqual([
      'The meeting opened with presentations by Dr. Lina Haddad and Omar Khalil.',
      'Dr. Lina Haddad, Senior Hydrologist at the Regional Water Centre, said that aquifers in the valley have dropped by more than a metre a year since 2010.',
      'Omar Khalil, Jordan Valley Authority, said that canal losses reach a third of the water released. Khalil also drew attention to metering every farm gate.',
      // pt-pres-02 has no source and the item has two presenters: nobody is credited with it.
      'One presenter said that hotter summers raise irrigation demand just as recharge falls.',
    ]);
    expect(got.map((p) => p.sources)).toEqual([[], ['pt-pres-01'], ['pt-pres-03', 'pt-pres-04'], ['pt-pres-02']]);
    expect(new Set(got.map((p) => p.review))).toEqual(new Set(['item-pres1']));
  });

  it('leaves presenters of a Chatham House item unnamed, and their paragraph out of review', () => {
    const input = climateWater();
    input.agenda = input.agenda.map((i) =>
      i.id === 'item-pres1' ? { ...i, confidentiality: 'chatham-house' as const } : i,
    );
    expect(paragraphs(input)).toEqual([
      {
        text: 'Presentations held under the Chatham House Rule are reported without naming the presenters.',
        sources: [],
        review: null,
      },
      {
        text: 'One presenter said that aquifers in the valley have dropped by more than a metre a year since 2010. It was also stressed that hotter summers raise irrigation demand just as recharge falls.',
        sources: ['pt-pres-01', 'pt-pres-02'],
        review: null,
      },
    ]);
  });

  it('writes Arabic-Indic digits throughout an Arabic draft when the meeting asks for them', () => {
    const input = wpsArabic();
    input.meeting = { ...input.meeting, reportSettings: { ...input.meeting.reportSettings, digits: 'arabic-indic' } };
    const md = renderMarkdown(buildDraft(input, 'ar'));
    expect(md).toContain('عُقد في ٨ مارس ٢٠٢٦');
    expect(md).toContain('حضر الاجتماع ١٢ مشاركًا');
    expect(md).toContain('(٧)');
    // The default is Western digits.
    expect(renderMarkdown(buildDraft(wpsArabic(), 'ar'))).toContain('عُقد في 8 مارس 2026');
  });
});
