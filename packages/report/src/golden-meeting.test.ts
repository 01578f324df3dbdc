import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { LANGUAGES, plainText, type ReportBlock } from '@hiwar/protocol';
import { describe, expect, it } from 'vitest';
import { buildDraft, confidentialityFindings, type ReportDraft, renderMarkdown } from './index.js';
import { phrases } from './phrases.js';
import { bare, classifyPoint, POINT_FORMS } from './point-form.js';
import { item, meeting, point, theme } from './test/fixtures.js';
import { FORM_CORPUS } from './test/forms/index.js';
import { GOLDEN_PARTICIPANT_NAMES, goldenMeeting } from './test/golden-meeting.js';

const golden = (name: string) => new URL(`./__golden__/${name}`, import.meta.url);

/** Compares with the committed golden file; writes it when missing or when UPDATE_GOLDEN=1. */
function expectGolden(name: string, actual: string) {
  const file = golden(name);
  if (!existsSync(file) || process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const textOf = (b: ReportBlock): string =>
  b.kind === 'paragraph' || b.kind === 'heading'
    ? plainText(b.content)
    : b.kind === 'list'
      ? b.items.map((i) => plainText(i.content)).join('\n')
      : b.chart.title;
const publicText = (draft: ReportDraft) =>
  draft.sections
    .filter((s) => !s.internal)
    .flatMap((s) => [s.heading, ...s.blocks.map(textOf)])
    .join('\n');
const section = (draft: ReportDraft, key: string) => {
  const found = draft.sections.find((s) => s.key === key);
  if (!found) throw new Error(`no section ${key}`);
  return found;
};
/** The point ids a block names as its sources (a list's items' together). */
const sourcesOf = (b: ReportBlock) =>
  b.kind === 'paragraph' ? b.sources : b.kind === 'list' ? b.items.flatMap((i) => i.sources) : [];

describe('the golden meeting', () => {
  it.each(['en', 'fr'] as const)('drafts in %s as the golden file says', (language) => {
    expectGolden(`golden-meeting.${language}.md`, renderMarkdown(buildDraft(goldenMeeting(language), language)));
  });

  it.each(['en', 'fr'] as const)('%s: never puts "that"/"que" before a bare verb', (language) => {
    const input = goldenMeeting(language);
    const text = publicText(buildDraft(input, language)).toLocaleLowerCase();
    // The verbs that open the meeting's calls, as people typed them.
    const verbs = new Set(
      input.points
        // Read from the words as well as from the desk's choice, so a wrong choice cannot hide a call.
        .filter((p) => p.form === 'imperative' || classifyPoint(p.text, language) === 'imperative')
        .map((p) => bare(p.text).toLocaleLowerCase().split(/\s+/u)[0] ?? ''),
    );
    expect(verbs.size).toBeGreaterThan(5);
    const after = language === 'en' ? /\bthat ([\p{L}’']+)/gu : /(?:\bque |qu['’])([\p{L}’']+)/gu;
    const bad = [...text.matchAll(after)].map((m) => m[1]).filter((w) => verbs.has(w ?? ''));
    expect(bad).toEqual([]);
  });

  it.each(['en', 'fr'] as const)('%s: every public sentence about a point names it as a source', (language) => {
    const input = goldenMeeting(language);
    const draft = buildDraft(input, language);
    const told = new Map(input.points.map((p) => [p.id, p]));
    for (const key of ['presentations', 'discussion', 'recommendations']) {
      for (const block of section(draft, key).blocks) {
        if (block.kind === 'heading') continue;
        const sources = sourcesOf(block);
        // Only the lead-ins ("The meeting opened with …", "The presentations were followed …", "Listed in the
        // order of the vote …") tell no point.
        if (sources.length === 0) {
          expect(
            block.kind === 'paragraph' &&
              /opened|followed|Listed in the order|s’est ouverte|suivies|Recommandations classées selon/u.test(
                textOf(block),
              ),
          ).toBe(true);
          continue;
        }
        for (const id of sources) {
          const p = told.get(id);
          expect(p, id).toBeDefined();
          expect(p?.status, id).toBe('published');
          expect(p?.identifying, id).toBe(false);
        }
      }
    }
    // Every published discussion point is told somewhere, except the one marked identifying.
    const discussed = new Set(section(draft, 'discussion').blocks.flatMap(sourcesOf));
    const expected = input.points.filter(
      (p) => p.itemId === 'item-disc1' && p.status === 'published' && !p.identifying,
    );
    expect(expected.filter((p) => !discussed.has(p.id)).map((p) => p.id)).toEqual([]);
    // The summary's key messages name their points too.
    const summary = section(draft, 'summary').blocks;
    expect(
      summary.at(-1)?.kind === 'paragraph' && summary.at(-1)?.kind && sourcesOf(summary.at(-1) as ReportBlock).length,
    ).toBe(5);
  });

  it.each(['en', 'fr'] as const)('%s: shows no participant’s name and nothing identifying in public', (language) => {
    const input = goldenMeeting(language);
    const draft = buildDraft(input, language);
    const published = renderMarkdown(draft, { includeInternal: false });
    for (const name of GOLDEN_PARTICIPANT_NAMES) expect(published).not.toContain(name);
    expect(renderMarkdown(draft)).not.toContain('Tell Shihab');
    expect(JSON.stringify(draft)).not.toContain('pt-disc-06');
    // Presenters are named in their own section and nowhere in the discussion.
    const discussion = section(draft, 'discussion').blocks.map(textOf).join('\n');
    for (const presenter of ['Khoury', 'Berg', 'Benali']) {
      expect(discussion).not.toContain(presenter);
      expect(section(draft, 'presentations').blocks.map(textOf).join('\n')).toContain(presenter);
    }
    // The consenting participant is listed, but only in the internal annex.
    expect(section(draft, 'annex-participants').internal).toBe(true);
  });

  it.each(['en', 'fr'] as const)('%s: an untouched draft passes the Chatham House name check', (language) => {
    const input = goldenMeeting(language);
    const people = [
      // The list mixes people and one organisation (Leila Mansour's): each is checked as what it is.
      ...GOLDEN_PARTICIPANT_NAMES.filter((name) => name !== 'Water Women Network').map((name) => ({
        name,
        organisation: name === 'Leila Mansour' ? 'Water Women Network' : null,
      })),
      ...input.agenda.flatMap((i) => i.presenters.map((p) => ({ name: p.name, organisation: p.organisation }))),
    ];
    const draft = buildDraft(input, language);
    expect(
      confidentialityFindings(draft, {
        people,
        agenda: input.agenda,
        hostOrganisation: input.meeting.hostOrganisation,
      }),
    ).toEqual([]);
  });

  it('tells each presenter in one paragraph, with title and organisation first and a pronoun or family name after', () => {
    const draft = buildDraft(goldenMeeting('en'), 'en');
    const [intro, khoury, berg, benali, ...rest] = section(draft, 'presentations').blocks;
    expect(rest).toEqual([]);
    expect(textOf(intro as ReportBlock)).toBe(
      'The meeting opened with presentations by Amal Khoury, Jonas Berg and Nadia Benali.',
    );
    expect(textOf(khoury as ReportBlock)).toMatch(
      /^Amal Khoury, Senior Fellow at the Institute for Climate and Security, presenting “Drought and local conflict”, said that drought has doubled .* She also noted that .* She called for efforts to fund local mediation/u,
    );
    expect(textOf(berg as ReportBlock)).toMatch(
      /^Jonas Berg, Programme Director at the Swedish Water Partnership, said that .* He also /u,
    );
    // No pronoun given: the family name, never "she" or "he".
    expect(textOf(benali as ReportBlock)).toMatch(/Benali also drew attention to /u);
    expect(textOf(benali as ReportBlock)).not.toMatch(/\b(She|He)\b/u);
    expect(sourcesOf(khoury as ReportBlock)).toEqual(['pt-pres-k1', 'pt-pres-k2', 'pt-pres-k3']);
    for (const b of [khoury, berg, benali]) expect(b).toMatchObject({ reviewItemId: 'item-pres1' });
  });

  it('isolates the Arabic presenter’s words in French, with the full stop inside', () => {
    const draft = buildDraft(goldenMeeting('fr'), 'fr');
    const benali = textOf(section(draft, 'presentations').blocks[3] as ReportBlock);
    expect(benali).toMatch(/a déclaré que \u2068تدير النساء [^\u2069]*\.\u2069 Benali a également/u);
  });

  it('isolates an Arabic recommendation in English and groups recommendations by addressee, dots kept internal', () => {
    const draft = buildDraft(goldenMeeting('en'), 'en');
    const recs = section(draft, 'recommendations');
    expect(recs.internal).toBe(false);
    expect(recs.blocks.filter((b) => b.kind === 'heading').map(textOf)).toEqual([
      'To governments',
      'To donors',
      'To international organisations',
      'General recommendations',
    ]);
    const all = recs.blocks.map(textOf).join('\n');
    expect(all).toContain('\u2068يجب أن يكون التمويل مرنًا وطويل الأمد.\u2069');
    expect(all).not.toMatch(/\bdots?\b|\(\d/u);
    // Ranked by the vote inside each group: maintenance (6 dots) before the committees (5 dots).
    const donors = recs.blocks[4] as ReportBlock;
    expect(sourcesOf(donors)).toEqual(['pt-disc-16', 'pt-disc-12']);
    expect(section(draft, 'notes').blocks.map(textOf).join('\n')).toContain('(6 dots)');
  });

  it('keeps "agreed" for proposals: a statement of fact held by many is "stressed"', () => {
    const text = publicText(buildDraft(goldenMeeting('en'), 'en'));
    expect(text).toContain(
      'Many participants stressed that project grants of six to twelve months end before a drought season is over.',
    );
    expect(text).not.toMatch(/agreed that/u);
    for (const m of text.matchAll(/agreed on the need to (\p{L}+)/gu)) expect(['set', 'fund']).toContain(m[1]);
  });

  it('keeps the Notes, the themes chart and the annexes out of the public version', () => {
    const draft = buildDraft(goldenMeeting('en'), 'en');
    const internal = draft.sections.filter((s) => s.internal).map((s) => s.key);
    expect(internal).toEqual([
      'notes',
      'annex-themes',
      'annex-agenda',
      'annex-parking-lot',
      'annex-balance',
      'annex-participants',
    ]);
    const published = renderMarkdown(draft, { includeInternal: false });
    expect(published).not.toContain('This is a draft');
    expect(published).not.toContain('Points raised per theme');
    expect(published).not.toContain('“many participants” means');
    expect(published.indexOf('## Disclaimer')).toBeGreaterThan(published.indexOf('## Recommendations'));
  });

  it('writes the header and summary in the genre', () => {
    const draft = buildDraft(goldenMeeting('en'), 'en');
    expect(section(draft, 'header').blocks.slice(0, 2).map(textOf)).toEqual([
      'Online meeting, 30 May 2024',
      'Hosted by the Institute for Regional Dialogue',
    ]);
    const [opening, messages] = section(draft, 'summary').blocks.map(textOf);
    expect(opening).toMatch(
      /^On 30 May 2024, the Institute for Regional Dialogue hosted an online meeting on “Water, Drought and Local Conflict in the Middle East and North Africa”\. .* Nine participants from civil society, government, research and international organisations took part\.$/u,
    );
    // The strongest point of each of the five themes; statements held by as many share one sentence.
    expect(messages).toBe(
      'Many participants stressed that drought is turning old grazing agreements into open disputes, that project grants of six to twelve months end before a drought season is over and that women are absent from most basin councils. Many participants also agreed on the need to set up a shared drought early-warning platform for the region. At the same time, several participants emphasised that families leave their villages when the wells run dry.',
    );
    const keyPoints = section(draft, 'summary').blocks[1] as ReportBlock;
    expect(new Set(sourcesOf(keyPoints))).toEqual(
      new Set(['pt-disc-01', 'pt-disc-15', 'pt-disc-11', 'pt-disc-07', 'pt-disc-20']),
    );
  });
});

describe('quantifiers', () => {
  const small = (count: number) => {
    const t = theme('theme-a', 'A');
    return buildDraft(
      {
        meeting: meeting({ themes: [t] }),
        agenda: [item('item-d')],
        themes: [t],
        points: [point('pt-a', 'item-d', 'Wells run dry in August', { themeIds: ['theme-a'] })],
        votes: [],
        participants: { count, byCategory: [] },
        supportersByPoint: { 'pt-a': count },
      },
      'en',
    );
  };

  it('defines only the words a small meeting can use, counted over its participants', () => {
    const note = (count: number) => textOf(section(small(count), 'notes').blocks[0] as ReportBlock).split('\n')[0];
    expect(note(2)).toBe(
      'Quantifiers count the 2 participants who took part, not the presenters or organisers, and how many of them raised or supported each point: “some” at least 2; “one participant” a single person.',
    );
    expect(note(2)).not.toMatch(/at least 3 of 2/u);
    expect(note(9)).toContain('“many participants” means at least 5; “several” at least 3; “some” at least 2');
    // Both of two participants: "some", never "many".
    expect(publicText(small(2))).toContain('Some participants noted that wells run dry in August.');
  });

  it.each(LANGUAGES)('%s: uses no quantifier the Notes do not define', (language) => {
    const text = publicText(buildDraft(goldenMeeting('en'), language));
    expect(text).not.toMatch(
      /A number of|There was broad agreement|strongly agreed|Un certain nombre|Un large accord|Ett antal|Det rådde bred/u,
    );
  });

  it.each(LANGUAGES)(
    '%s: no "that"/"que"/"att"/"أنّ" before a bare verb of the corpus, in any discussion wording',
    (language) => {
      const verbs = new Set(
        FORM_CORPUS[language].imperative.map(
          (p) =>
            bare(p)
              .toLocaleLowerCase()
              .replace(/^(please|let['’]s|let us|il faut|il faudrait|يجب|ينبغي|do not|don['’]t|ne pas)\s*/u, '')
              .split(/\s+/u)[0] ?? '',
        ),
      );
      for (const pronoun of ['il', 'on', 'nous', 'vous', 'vi', 'man', 'we']) verbs.delete(pronoun);
      // The frame's own conjunction is the first in the sentence; a point's words may contain others.
      const conj = {
        en: /\bthat ([\p{L}’']+)/u,
        fr: /(?:\bque |qu['’])([\p{L}’']+)/u,
        sv: /(\p{L}+) att ([\p{L}]+)/u,
        ar: /أنّ (\p{L}+)/u,
      }[language];
      const bad: string[] = [];
      for (const form of POINT_FORMS)
        for (const text of FORM_CORPUS[language][form]) {
          // Only a statement's frame has the conjunction; in other frames it can only be the point's own word.
          const read = classifyPoint(text, language);
          if (read !== 'clause') continue;
          for (const q of ['strong', 'several', 'some', 'one'] as const)
            for (const turn of ['base', 'also', 'then'] as const) {
              const s = phrases.told[language](q, turn, read, text, language);
              const m = s.toLocaleLowerCase().match(conj);
              if (!m) continue;
              // Swedish "behovet av att" and "åtgärder för att" take an infinitive by design.
              if (language === 'sv' && ['av', 'för'].includes(m[1] ?? '')) continue;
              const word = language === 'sv' ? m[2] : m[1];
              if (verbs.has(word ?? '')) bad.push(s);
            }
        }
      expect(bad).toEqual([]);
    },
    60_000,
  );
});

describe('the README', () => {
  it('shows the golden meeting’s whole English draft as its example report', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const example = readme.match(
      /<!-- example-report:start -->\n```markdown\n([\s\S]*?)```\n<!-- example-report:end -->/u,
    );
    expect(example?.[1]).toBe(renderMarkdown(buildDraft(goldenMeeting('en'), 'en')));
  });
});
