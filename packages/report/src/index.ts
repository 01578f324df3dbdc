import { similarity, zonedTimeToInstant } from '@hiwar/domain';
import {
  ADDRESSEES,
  type AgendaItem,
  type Chart,
  DEFAULT_REPORT_SETTINGS,
  type GeneratedSectionKey,
  type Language,
  localizedName,
  type Meeting,
  type Point,
  type ReportBlock,
  type ReportDocument,
  type ReportSection,
  type ReportSettings,
  type Theme,
  type Vote,
} from '@hiwar/protocol';
import { embed, languageDirection } from './bidi.js';
import { type PresenterRef, type PresenterTurn, phrases, type Quantifier, type Turn } from './phrases.js';
import { bare, classifyPoint, type PointForm, pointLanguage } from './point-form.js';
import { draftTypography } from './typography.js';

export { renderMarkdown } from './markdown.js';
export { asClause, type PhraseKey, phrases, type Quantifier } from './phrases.js';
export { classifyPoint, POINT_FORMS, type PointForm, pointBody } from './point-form.js';

export interface ReportInput {
  meeting: Meeting;
  agenda: AgendaItem[];
  themes: Theme[];
  points: Point[];
  votes: Vote[];
  participants: {
    count: number;
    /** Per balance category, per option (and "not said"): people, and their summed turns and floor time. */
    byCategory: {
      categoryName: string;
      /** `stated: false` marks the people who did not answer; they are counted but not named as a group. */
      options: { label: string; people: number; turns?: number; floorMs?: number; stated?: boolean }[];
    }[];
  };
  /** Only the people who agreed, when joining, to be named in the internal participant list. */
  listed?: { name: string; organisation: string | null }[];
  /** Distinct people who raised or supported each point; points merged into it are already counted once. */
  supportersByPoint: Record<string, number>;
}

/**
 * When a quantifier may be used, in distinct people who raised or supported a point:
 * - "strongly agreed" needs at least `strong` × participants people AND at least `several` people, so it
 *   can never stand on one voice however small the meeting;
 * - "several" needs at least `several` people;
 * - "some" needs at least `some` people;
 * - otherwise the sentence speaks of one participant.
 */
export interface Thresholds {
  /** Share of the participants (0–1). */
  strong: number;
  several: number;
  some: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { strong: 0.5, several: 3, some: 2 };

export type SectionId = GeneratedSectionKey;
/** A generated draft is a report document like any other; the rapporteur edits it from here. */
export type ReportDraft = ReportDocument;

/** One line of a list, with the points it came from. */
interface Line {
  text: string;
  sources: string[];
}

/** Builds a section's blocks with ids made from the section key, so a regenerated section gets the same ids. */
function blocksOf(key: GeneratedSectionKey) {
  let n = 0;
  const id = () => `${key}-${++n}`;
  return {
    paragraph: (text: string, sources: string[] = [], reviewItemId: string | null = null): ReportBlock => ({
      id: id(),
      kind: 'paragraph',
      content: [{ text }],
      sources,
      reviewItemId,
    }),
    noted: (text: string, note: string): ReportBlock => ({
      id: id(),
      kind: 'paragraph',
      content: [{ text, note }],
      sources: [],
      reviewItemId: null,
    }),
    heading: (text: string): ReportBlock => ({ id: id(), kind: 'heading', content: [{ text }] }),
    list: (lines: Line[], ordered = false): ReportBlock => ({
      id: id(),
      kind: 'list',
      ordered,
      items: lines.map((line) => ({ content: [{ text: line.text }], sources: line.sources })),
    }),
    chart: (chart: Chart): ReportBlock => ({ id: id(), kind: 'chart', chart }),
  };
}

const plain = (text: string): Line => ({ text, sources: [] });

/** Points folded into one sentence when their texts are at least this alike. */
export const FOLD_SIMILARITY = 0.8;

/** The fewest people "strongly agreed" may stand on in a meeting of `participants`. */
export function strongMinimum(participants: number, thresholds: Thresholds = DEFAULT_THRESHOLDS): number {
  return Math.max(Math.ceil(thresholds.strong * participants), thresholds.several);
}

export function quantifierFor(
  supporters: number,
  participants: number,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): Quantifier {
  if (supporters >= strongMinimum(participants, thresholds)) return 'strong';
  if (supporters >= thresholds.several) return 'several';
  if (supporters >= thresholds.some) return 'some';
  return 'one';
}

/** One sentence: trimmed, whitespace collapsed, ending with a full stop if it has no end mark. */
export function sentence(text: string): string {
  const s = text.replace(/\s+/g, ' ').trim();
  return /[.!?؟…]["'”»)]*$/u.test(s) ? s : `${s}.`;
}

/**
 * The locale Intl formats a report's dates and numbers with: British English ("30 May 2024"), and in Arabic
 * the digits the meeting chose (Western by default, Arabic-Indic on request).
 */
export function reportLocale(language: Language, digits: ReportSettings['digits'] = 'latin'): string {
  if (language === 'ar') return digits === 'arabic-indic' ? 'ar-u-nu-arab' : 'ar-u-nu-latn';
  return { en: 'en-GB', fr: 'fr-FR', sv: 'sv-SE' }[language];
}

/** The meeting's day in the report's style ("30 May 2024", "30 mai 2024", "٣٠ مايو ٢٠٢٤"), in its time zone. */
export function formatMeetingDate(
  meeting: Pick<Meeting, 'startsAt' | 'timeZone'> & { reportSettings?: Pick<ReportSettings, 'digits'> },
  language: Language,
): string {
  const at = zonedTimeToInstant(meeting.startsAt, meeting.timeZone);
  if (at === null) return meeting.startsAt;
  return new Intl.DateTimeFormat(reportLocale(language, meeting.reportSettings?.digits), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: meeting.timeZone,
  }).format(at);
}

function formatDay(day: string, locale: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** A group of near-identical points told as one sentence. */
interface Told {
  text: string;
  supporters: number;
  sources: string[];
}

/**
 * Folds near-identical points into one sentence, keeping every source. The sentence keeps the best-supported
 * wording and counts the larger group of supporters, never the sum: the same people may back both wordings,
 * and a quantifier must not claim more voices than are known.
 */
function fold(points: Point[], support: (p: Point) => number): Told[] {
  const told: (Told & { texts: string[] })[] = [];
  for (const p of points) {
    const twin = told.find((t) => t.texts.some((text) => similarity(text, p.text) >= FOLD_SIMILARITY));
    if (twin) {
      twin.sources.push(p.id);
      twin.texts.push(p.text);
      twin.supporters = Math.max(twin.supporters, support(p));
    } else told.push({ text: p.text, supporters: support(p), sources: [p.id], texts: [p.text] });
  }
  return told.map(({ text, supporters, sources }) => ({ text, supporters, sources }));
}

/**
 * English puts "the" before an institution named by a common noun, first ("the Institute for …") or as its
 * head ("the Sahel Dialogue Institute", "the Pastoral Network of Mali", "the Nordic Resilience Fund"); a
 * university named after its place keeps none ("Birzeit University"), nor does a proper name
 * ("Chatham House", "Oxfam").
 */
const EN_INSTITUTION_HEAD =
  /\b(Institute|Centre|Center|Forum|Network|Council|Foundation|Fund|Ministry|Office|Department|Agency|Programme|Program|Secretariat|Commission|Embassy|Association|Alliance|Coalition|Initiative|Organisation|Organization|Union|Partnership|Observatory|Committee|Board|Trust|Authority|Bank|Platform|Federation|League|Movement|Project|Institution|Society)\b/u;
const EN_NO_ARTICLE = /^(the|a|an)\b|\b(University|College|School)$/iu;
const EN_INSTITUTION =
  /^(Institute|Centre|Center|Forum|Network|Council|Foundation|Ministry|Office|Department|Agency|Programme|Program|Secretariat|Commission|Embassy|Association|Alliance|Coalition|Initiative|Organisation|Organization|University|Regional|International|European|Swedish|Arab|Middle|Global|National|United|World)\b/u;

/** French articles of the institutions' nouns an organisation's name often opens with. */
const FR_INSTITUTION: [RegExp, string][] = [
  [/^(Institut|Office|Observatoire|Organisation|Agence|Association|Alliance|Université|Initiative|Union)\b/u, 'l’'],
  [/^(Centre|Forum|Réseau|Conseil|Ministère|Programme|Secrétariat|Bureau|Fonds|Comité)\b/u, 'le '],
  [/^(Fondation|Commission|Coalition|Plateforme|Délégation|Maison)\b/u, 'la '],
];

/**
 * An organisation's name as it reads inside a sentence: English and French give a name that opens with an
 * institution's noun its article ("the Institute for …", "l’Institut …"); other names stay as given.
 */
function hostIn(host: string, language: Language): string {
  const name = host.trim();
  if (language === 'en') {
    if (EN_NO_ARTICLE.test(name)) return name;
    return EN_INSTITUTION.test(name) || EN_INSTITUTION_HEAD.test(name) ? `the ${name}` : name;
  }
  if (language === 'fr') {
    const article = FR_INSTITUTION.find(([noun]) => noun.test(name))?.[1];
    return article ? `${article}${name}` : name;
  }
  return name;
}

/** French contracts "à le"/"de le" and elides "de" before a vowel in the sentences the draft joins itself. */
function frenchJoins(text: string, language: Language): string {
  if (language !== 'fr') return text;
  return text
    .replace(/(^|\s)à le /gu, '$1au ')
    .replace(/(^|\s)de le /gu, '$1du ')
    .replace(/(^|\s)de (?=[AEIOUYÀÂÉÈÊÎÔÛaeiouyàâéèêîôû])/gu, '$1d’');
}

const EN_UNITS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A count that opens an English sentence, spelled out below 100 as style guides ask ("Twenty-two participants"). */
function englishCountWords(n: number): string | null {
  if (!Number.isInteger(n) || n < 0 || n >= 100) return null;
  const words =
    n < 20 ? (EN_UNITS[n] as string) : `${EN_TENS[Math.floor(n / 10)]}${n % 10 ? `-${EN_UNITS[n % 10]}` : ''}`;
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A list item's first letter as a capital, as the desk types recommendations in lower case too. */
function capitalised(text: string): string {
  const s = text.trim();
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

/** The family name a paragraph repeats when a presenter gave no pronoun: the last word of the name. */
function familyName(name: string): string {
  const words = name.trim().split(/\s+/u);
  return words[words.length - 1] ?? name;
}

const sameName = (a: string, b: string) =>
  a.normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase() ===
  b.normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/** The paragraphs of one theme: at most this many sentences each, and at most `MAX_PARAGRAPHS` of them. */
const SENTENCES_PER_PARAGRAPH = 4;
const MAX_PARAGRAPHS = 3;

/** Splits `n` sentences into one to three paragraphs of nearly equal length, in order. */
function paragraphSizes(n: number): number[] {
  const count = Math.min(MAX_PARAGRAPHS, Math.max(1, Math.ceil(n / SENTENCES_PER_PARAGRAPH)));
  return Array.from({ length: count }, (_, i) => Math.floor(n / count) + (i < n % count ? 1 : 0));
}

/** The wording of the i-th sentence of a paragraph: plain, then "also", then after a connective, and again. */
const TURNS: Turn[] = ['base', 'also', 'then', 'also'];

/**
 * A first draft of the rapporteur's report, in the genre's usual shape. Deterministic: the same input gives
 * the same draft, with no outside service. Off-the-record items and points the desk marked as identifying
 * contribute nothing; no name appears for a Chatham House item; participants are described as a group,
 * never listed; every sentence keeps the points it came from.
 */
export function buildDraft(
  input: ReportInput,
  language: Language,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): ReportDraft {
  const { meeting, agenda, themes, participants } = input;
  const settings = meeting.reportSettings ?? DEFAULT_REPORT_SETTINGS;
  const locale = reportLocale(language, settings.digits);
  const items = new Map(agenda.map((item) => [item.id, item]));
  const n = (x: number) => new Intl.NumberFormat(locale).format(x);
  /** People's own words inside a sentence of the report's language (see embed). */
  const inline = (text: string) => embed(text, language);
  /** A list in the report's language; each item isolated when its direction differs (see embed). */
  const list = (xs: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(xs.map(inline));
  const support = (p: Point) => input.supportersByPoint[p.id] ?? 0;
  const byTime = (a: Point, b: Point) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1);
  const bySupport = (a: Point, b: Point) => support(b) - support(a) || byTime(a, b);
  const formOf = (p: Point): PointForm => p.form ?? classifyPoint(p.text, language);
  /** A theme as the report's readers name it: its translation into the report's language when it has one. */
  const themeName = (theme: Theme) => localizedName(theme, language);

  // Only published points of items that are on the record or under the Chatham House Rule, and never one
  // the desk marked as identifying someone; merged points are already counted in the point they joined.
  const usable = input.points.filter((p) => {
    const item = items.get(p.itemId);
    return (
      p.status === 'published' &&
      p.mergedInto === null &&
      !p.identifying &&
      item !== undefined &&
      item.confidentiality !== 'off-record'
    );
  });
  const chatham = agenda.some((item) => item.confidentiality === 'chatham-house');
  const date = formatMeetingDate({ ...meeting, reportSettings: settings }, language);

  const section = (
    key: GeneratedSectionKey,
    heading: string,
    blocks: ReportBlock[],
    internal = key.startsWith('annex-'),
  ): ReportSection => ({ key, heading, internal, edited: false, blocks });

  // Header: the title, then the genre's lines, not a form to fill in.
  const h = blocksOf('header');
  const header = section('header', meeting.title, [
    h.paragraph(phrases.meetingLine[language](meeting.format, date)),
    h.paragraph(phrases.hostedBy[language](inline(hostIn(meeting.hostOrganisation, language)))),
    ...(chatham ? [h.noted(phrases.chathamHouse[language], phrases.chathamHouseSource[language])] : []),
  ]);

  // Presentations: on-the-record presentation items with presenters, named; under the Chatham House Rule, unnamed.
  const presentationItems = agenda.filter(
    (item) => item.kind === 'presentation' && item.presenters.length > 0 && item.confidentiality !== 'off-record',
  );
  const presentationIds = new Set(presentationItems.map((item) => item.id));
  const pr = blocksOf('presentations');
  const comma = phrases.comma[language];
  /** One paragraph of reported speech: the first sentence names the speaker, the next say "also" and "added". */
  const spoken = (
    ref: PresenterRef,
    said: Point[],
    names: { who: string; ref: string },
    reviewItemId: string | null,
  ): ReportBlock => {
    const turns: PresenterTurn[] = ['first', 'also', 'added'];
    const text = said
      .map((p, i) => {
        const turn = i === 0 ? 'first' : (turns[1 + ((i - 1) % 2)] as PresenterTurn);
        return phrases.presenterSaid[language](ref, turn, formOf(p), p.text, language, names, inline);
      })
      .join(' ');
    return pr.paragraph(
      text,
      said.map((p) => p.id),
      reviewItemId,
    );
  };
  const namedPresenters = presentationItems
    .filter((item) => item.confidentiality === 'on-record')
    .flatMap((item) => item.presenters);
  const unnamedItems = presentationItems.filter((item) => item.confidentiality !== 'on-record');
  // "Opened with" when nothing but an opening or a break came before the first presentation.
  const firstPresentation = agenda.findIndex((item) => presentationIds.has(item.id));
  const opened = agenda
    .slice(0, Math.max(0, firstPresentation))
    .every((i) => i.kind === 'opening' || i.kind === 'break');
  const presentationBlocks: ReportBlock[] =
    presentationItems.length === 0
      ? []
      : [
          ...(namedPresenters.length > 0
            ? [
                pr.paragraph(
                  frenchJoins(
                    phrases.presentationsIntro[language](
                      opened,
                      namedPresenters.length > 1,
                      // French repeats "de" before each name: "d’Amal Khoury, de Jonas Berg et de Nadia Benali".
                      list(
                        namedPresenters.map((p, i) =>
                          language === 'fr' && i > 0 ? `de ${inline(p.name.trim())}` : p.name.trim(),
                        ),
                      ),
                    ),
                    language,
                  ),
                  [],
                  // The names are on the record: the paragraph goes with the first named presentation, which
                  // is what lets the Chatham House check (and that presenter's review) read it as theirs.
                  presentationItems.find((i) => i.confidentiality === 'on-record')?.id ?? null,
                ),
              ]
            : []),
          ...(unnamedItems.length > 0 ? [pr.paragraph(phrases.presentationsUnnamed[language])] : []),
          ...presentationItems.flatMap((item) => {
            const said = usable.filter((p) => p.itemId === item.id).sort(byTime);
            // Neither a presenter nor their organisation may be named: one unnamed paragraph for the item.
            if (item.confidentiality !== 'on-record')
              return said.length > 0 ? [spoken('unnamed', said, { who: '', ref: '' }, null)] : [];
            // A named presenter reviews their own paragraph. A point whose source names no presenter of the
            // item is theirs when the item has one presenter; with several it is told without a name.
            const solo = item.presenters.length === 1;
            const mine = (name: string) =>
              solo ? said : said.filter((p) => p.source !== null && sameName(p.source.name, name));
            const claimed = new Set(item.presenters.flatMap((x) => mine(x.name).map((p) => p.id)));
            const shared = said.filter((p) => !claimed.has(p.id));
            return [
              ...item.presenters.map((presenter) => {
                const role =
                  presenter.title.trim() && presenter.organisation.trim()
                    ? frenchJoins(
                        phrases.presenterRole[language](
                          inline(presenter.title.trim()),
                          inline(hostIn(presenter.organisation, language)),
                        ),
                        language,
                      )
                    : inline(presenter.title.trim() || presenter.organisation.trim());
                const talk = presenter.talkTitle.trim()
                  ? phrases.presenterTalk[language](inline(presenter.talkTitle.trim()))
                  : '';
                const apposition = [role, talk].filter(Boolean);
                const name = inline(presenter.name.trim());
                const who = apposition.length > 0 ? `${name}${comma}${apposition.join(comma)}${comma.trim()}` : name;
                const own = mine(presenter.name);
                if (own.length === 0)
                  return pr.paragraph(
                    frenchJoins(phrases.presenterNoPoints[language]([name, ...apposition].join(comma)), language),
                    [],
                    item.id,
                  );
                const ref: PresenterRef = presenter.pronoun ?? 'named';
                return spoken(ref, own, { who, ref: inline(familyName(presenter.name)) }, item.id);
              }),
              ...(shared.length > 0 ? [spoken('unnamed', shared, { who: '', ref: '' }, item.id)] : []),
            ];
          }),
        ];

  // Discussion: each point under its first known theme; themes in the facilitator's order, or by weight.
  const known = new Set(themes.map((theme) => theme.id));
  const discussed = usable.filter((p) => !presentationIds.has(p.itemId));
  const groups = themes
    .map((theme, order) => {
      const pts = discussed.filter((p) => p.themeIds.find((id) => known.has(id)) === theme.id).sort(bySupport);
      return { theme, order, pts, weight: pts.reduce((sum, p) => sum + support(p), 0) };
    })
    .filter((g) => g.pts.length > 0)
    .sort((a, b) => (settings.themeOrder === 'weight' ? b.weight - a.weight : 0) || a.order - b.order);
  const untagged = discussed.filter((p) => !p.themeIds.some((id) => known.has(id))).sort(bySupport);
  const d = blocksOf('discussion');
  const formOfTold = (t: Told, byId: Map<string, Point>): PointForm =>
    t.sources.map((id) => byId.get(id)?.form).find((f) => f !== null && f !== undefined) ??
    classifyPoint(t.text, language);
  const pointById = new Map(usable.map((p) => [p.id, p]));
  /** One point told as a sentence of the discussion, with the turn of wording it takes in its paragraph. */
  const sentenceOfTold = (t: Told, turn: Turn) =>
    phrases.told[language](
      quantifierFor(t.supporters, participants.count, thresholds),
      turn,
      formOfTold(t, pointById),
      t.text,
      language,
      inline,
    );
  /** A theme's points woven into one to three paragraphs, each keeping the ids of all its points. */
  const woven = (pts: Point[]): ReportBlock[] => {
    const folded = fold(pts, support);
    const blocks: ReportBlock[] = [];
    let at = 0;
    for (const size of paragraphSizes(folded.length)) {
      const part = folded.slice(at, at + size);
      at += size;
      blocks.push(
        d.paragraph(
          part.map((t, i) => sentenceOfTold(t, TURNS[i % TURNS.length] as Turn)).join(' '),
          part.flatMap((t) => t.sources),
        ),
      );
    }
    return blocks;
  };
  const discussionBlocks: ReportBlock[] = [
    ...(groups.length > 0 || untagged.length > 0
      ? [d.paragraph(phrases.discussionLead[language](presentationBlocks.length > 0))]
      : []),
    ...groups.flatMap((g) => [d.heading(themeName(g.theme)), ...woven(g.pts)]),
    ...(untagged.length > 0 ? [d.heading(phrases.otherPoints[language]), ...woven(untagged)] : []),
  ];

  // Summary: what the meeting was and who took part, then the key messages: each theme's strongest point.
  const from =
    participants.byCategory[0]?.options.filter((o) => o.people > 0 && o.stated !== false).map((o) => o.label) ?? [];
  const sm = blocksOf('summary');
  const opening = [
    phrases.summaryOpening[language](
      meeting.format,
      date,
      inline(hostIn(meeting.hostOrganisation, language)),
      inline(meeting.title.trim()),
    ),
    ...(meeting.description.trim() ? [inline(sentence(meeting.description))] : []),
    // With nobody but the desk in the room, there is no group to describe.
    ...(participants.count > 0
      ? [
          phrases.participants[language](
            participants.count,
            (language === 'en' ? englishCountWords(participants.count) : null) ?? n(participants.count),
            from.length ? list(from) : null,
          ),
        ]
      : []),
  ];
  // The main themes are the weightiest; a theme whose best point stands on one voice is left to the
  // discussion when stronger ones exist. Told strongest first.
  const best = groups
    .map((g) => ({ g, t: fold(g.pts, support)[0] as Told }))
    .sort((a, b) => b.t.supporters - a.t.supporters || b.g.weight - a.g.weight || a.g.order - b.g.order);
  const held = best.filter((x) => quantifierFor(x.t.supporters, participants.count, thresholds) !== 'one');
  const QUANTIFIER_RANK: Record<Quantifier, number> = { strong: 0, several: 1, some: 2, one: 3 };
  const quantified = (t: Told) => quantifierFor(t.supporters, participants.count, thresholds);
  /** A statement in the report's own language, which can share a sentence with others ("…that A, that B"). */
  const joinable = (t: Told) =>
    language !== 'ar' && formOfTold(t, pointById) === 'clause' && pointLanguage(bare(t.text), language) === language;
  // Equally held messages keep their statements together, so they can be told in one sentence.
  const keyMessages = (held.length > 0 ? held : best)
    .slice(0, 5)
    .map((x) => x.t)
    .map((t, i) => ({ t, i }))
    .sort(
      (a, b) =>
        QUANTIFIER_RANK[quantified(a.t)] - QUANTIFIER_RANK[quantified(b.t)] ||
        Number(joinable(b.t)) - Number(joinable(a.t)) ||
        a.i - b.i,
    )
    .map((x) => x.t);
  /** The key messages as sentences: statements held by as many people share one. */
  const messageSentences: string[] = [];
  for (let i = 0; i < keyMessages.length; ) {
    const t = keyMessages[i] as Told;
    let j = i + 1;
    if (joinable(t))
      while (
        j < keyMessages.length &&
        joinable(keyMessages[j] as Told) &&
        quantified(keyMessages[j] as Told) === quantified(t)
      )
        j++;
    const turn = TURNS[messageSentences.length % TURNS.length] as Turn;
    messageSentences.push(
      j - i > 1
        ? phrases.toldTogether[language](
            quantified(t),
            turn,
            keyMessages.slice(i, j).map((m) => m.text),
            language,
            inline,
          )
        : sentenceOfTold(t, turn),
    );
    i = j;
  }
  const summary = section('summary', phrases.summary[language], [
    sm.paragraph(opening.join(' ')),
    ...(keyMessages.length > 0
      ? [
          sm.paragraph(
            messageSentences.join(' '),
            keyMessages.flatMap((t) => t.sources),
          ),
        ]
      : []),
  ]);

  // Recommendations: ranked by the latest closed dot vote that lists them, else by support; grouped by
  // addressee as the genre does; the dots themselves stay in the internal notes.
  const recommended = usable.filter((p) => p.recommendation).sort(bySupport);
  const recIds = new Set(recommended.map((p) => p.id));
  const dotVote = input.votes
    .filter(
      (v) =>
        v.kind === 'dots' &&
        v.status === 'closed' &&
        v.results !== null &&
        // A vote nobody cast a ballot in ranks nothing (a second, empty vote would put 0 dots everywhere).
        v.results.ballots > 0 &&
        items.get(v.itemId)?.confidentiality !== 'off-record' &&
        v.options.some((o) => o.pointId !== null && recIds.has(o.pointId)),
    )
    .sort((a, b) => (b.closedAt ?? 0) - (a.closedAt ?? 0))[0];
  const dotsFor = (p: Point): number | null => {
    if (!dotVote) return null;
    const option = dotVote.options.find((o) => o.pointId === p.id);
    if (!option) return null;
    return dotVote.results?.tallies.find((t) => t.optionId === option.id)?.count ?? 0;
  };
  const ranked = dotVote
    ? [...recommended].sort((a, b) => (dotsFor(b) ?? -1) - (dotsFor(a) ?? -1) || bySupport(a, b))
    : recommended;
  const rc = blocksOf('recommendations');
  const recLine = (p: Point): Line => ({ text: inline(sentence(capitalised(p.text))), sources: [p.id] });
  const addressed = ADDRESSEES.map((a) => ({ a, pts: ranked.filter((p) => p.addressee === a) })).filter(
    (g) => g.pts.length > 0,
  );
  const general = ranked.filter((p) => p.addressee === null || !ADDRESSEES.includes(p.addressee));
  const recommendationsSection = section('recommendations', phrases.recommendations[language], [
    rc.paragraph(dotVote ? phrases.rankedByVote[language](inline(dotVote.title)) : phrases.rankedBySupport[language]),
    ...(addressed.length === 0
      ? [rc.list(general.map(recLine), true)]
      : [
          ...addressed.flatMap((g) => [
            rc.heading(phrases.addressee[language][g.a]),
            rc.list(g.pts.map(recLine), true),
          ]),
          ...(general.length > 0
            ? [rc.heading(phrases.addresseeNone[language]), rc.list(general.map(recLine), true)]
            : []),
        ]),
  ]);

  // Notes (internal): the quantifier vocabulary, defined once over the participants only, with only the
  // words a meeting of this size can use; the dot counts; the draft note.
  const strong = strongMinimum(participants.count, thresholds);
  const known0 = participants.count > 0;
  const reachable = (min: number) => !known0 || min <= participants.count;
  const terms = [
    ...(reachable(strong) ? [phrases.term[language]('strong', n(strong))] : []),
    ...(reachable(thresholds.several) ? [phrases.term[language]('several', n(thresholds.several))] : []),
    ...(reachable(thresholds.some) ? [phrases.term[language]('some', n(thresholds.some))] : []),
    phrases.term[language]('one', n(1)),
  ].join(phrases.semicolon[language]);
  const counted = ranked.filter((p) => dotsFor(p) !== null);
  const notes = section(
    'notes',
    phrases.notes[language],
    [
      blocksOf('notes').list([
        plain(
          phrases.quantifierNote[language](
            known0 ? phrases.people[language](participants.count, n(participants.count)) : null,
            terms,
          ),
        ),
        plain(phrases.agreementNote[language]),
        ...(dotVote && counted.length > 0
          ? [
              {
                text: phrases.dotsNote[language](
                  inline(dotVote.title),
                  counted
                    .map((p) => {
                      const dots = dotsFor(p) ?? 0;
                      return `${inline(bare(capitalised(p.text)))} ${phrases.dots[language](dots, n(dots))}`;
                    })
                    .join(phrases.semicolon[language]),
                ),
                sources: counted.map((p) => p.id),
              },
            ]
          : []),
        plain(phrases.draftNote[language]),
      ]),
    ],
    true,
  );
  const disclaimer = section('disclaimer', phrases.disclaimer[language], [
    blocksOf('disclaimer').paragraph(phrases.disclaimerText[language](inline(meeting.hostOrganisation))),
  ]);

  const annexThemes = section('annex-themes', phrases.annexThemes[language], [
    blocksOf('annex-themes').chart({
      title: phrases.pointsPerTheme[language],
      unit: 'points',
      bars: groups.map((g) => ({ label: themeName(g.theme), value: g.pts.length })),
    }),
  ]);

  const annexAgenda = section('annex-agenda', phrases.annexAgenda[language], [
    blocksOf('annex-agenda').list(
      agenda.map((item) =>
        plain(
          `${inline(item.title)} (${phrases.kind[language][item.kind]}${comma}${phrases.minutes[language](item.plannedMinutes, n(item.plannedMinutes))})`,
        ),
      ),
      true,
    ),
  ]);

  const parked = usable.filter((p) => p.parkingLot !== null).sort(byTime);
  const annexParkingLot = section('annex-parking-lot', phrases.annexParkingLot[language], [
    blocksOf('annex-parking-lot').list(
      parked.flatMap((p) => {
        const lot = p.parkingLot;
        if (!lot) return [];
        const owner =
          items.get(p.itemId)?.confidentiality === 'on-record'
            ? phrases.owner[language](inline(lot.owner))
            : phrases.ownerWithheld[language];
        const due = lot.dueDate
          ? `${phrases.semicolon[language]}${phrases.due[language](formatDay(lot.dueDate, locale))}`
          : '';
        return [{ text: `${inline(sentence(p.text))} (${owner}${due})`, sources: [p.id] }];
      }),
    ),
  ]);

  const bal = blocksOf('annex-balance');
  const minutes = (ms: number) => Math.round(ms / 6000) / 10;
  const annexBalance = section('annex-balance', phrases.annexBalance[language], [
    bal.list(
      participants.byCategory.map((c) =>
        plain(
          phrases.otherCategory[language](
            inline(c.categoryName),
            list(c.options.map((o) => phrases.tally[language](o.label, n(o.people)))),
          ),
        ),
      ),
    ),
    ...participants.byCategory
      .filter((c) => c.options.some((o) => (o.floorMs ?? 0) > 0))
      .map((c) =>
        bal.chart({
          title: phrases.floorTimeBy[language](inline(c.categoryName)),
          unit: 'minutes',
          bars: c.options.map((o) => ({ label: o.label, value: minutes(o.floorMs ?? 0) })),
        }),
      ),
  ]);

  const listed = [...(input.listed ?? [])].sort((a, b) => a.name.localeCompare(b.name, language));
  const annexParticipants = section('annex-participants', phrases.annexParticipants[language], [
    listed.length > 0
      ? blocksOf('annex-participants').list(
          listed.map((p) => plain(p.organisation ? `${p.name}${comma}${p.organisation}` : p.name)),
        )
      : blocksOf('annex-participants').paragraph(phrases.noneListed[language]),
  ]);

  const sections: ReportSection[] = [
    header,
    summary,
    ...(presentationBlocks.length > 0
      ? [section('presentations', phrases.presentations[language], presentationBlocks)]
      : []),
    section('discussion', phrases.discussion[language], discussionBlocks),
    ...(ranked.length > 0 ? [recommendationsSection] : []),
    notes,
    disclaimer,
    ...(groups.length > 1 ? [annexThemes] : []),
    annexAgenda,
    ...(parked.length > 0 ? [annexParkingLot] : []),
    ...(participants.byCategory.length > 0 ? [annexBalance] : []),
    ...(input.listed !== undefined ? [annexParticipants] : []),
  ];
  // French spaces before ; ? ! : and inside « », once over everything the draft shows (see draftTypography).
  return draftTypography({ language, dir: languageDirection(language), sections });
}
export { confidentialityFindings, type Person, termsFor, transliterationWarnings } from './check.js';
export { renderDocx } from './docx.js';
export { publicSections, reportTitle } from './export-common.js';
export { renderHtml } from './html.js';
