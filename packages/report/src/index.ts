import { similarity, zonedTimeToInstant } from '@hiwar/domain';
import type {
  AgendaItem,
  Chart,
  GeneratedSectionKey,
  Language,
  Meeting,
  Point,
  ReportBlock,
  ReportDocument,
  ReportSection,
  Theme,
  Vote,
} from '@hiwar/protocol';
import { embed, languageDirection } from './bidi.js';
import { phrases, type Quantifier } from './phrases.js';
import { classifyPoint, type PointForm } from './point-form.js';

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
  /**
   * The desk's choice of a point's form (statement, call, topic, question), which decides its frame; a point
   * without one is classified from its words (see classifyPoint).
   */
  formByPoint?: Record<string, PointForm>;
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

export function formatMeetingDate(meeting: Pick<Meeting, 'startsAt' | 'timeZone'>, language: Language): string {
  const at = zonedTimeToInstant(meeting.startsAt, meeting.timeZone);
  if (at === null) return meeting.startsAt;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: meeting.timeZone }).format(at);
}

function formatDay(day: string, language: Language): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
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
 * A first draft of the rapporteur's report, in the genre's usual shape. Deterministic: the same input gives
 * the same draft, with no outside service. Off-the-record items contribute nothing; no name appears for a
 * Chatham House item; participants are described as a group, never listed.
 */
export function buildDraft(
  input: ReportInput,
  language: Language,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): ReportDraft {
  const { meeting, agenda, themes, participants } = input;
  const items = new Map(agenda.map((item) => [item.id, item]));
  const n = (x: number) => new Intl.NumberFormat(language).format(x);
  /** A list in the report's language; each item isolated when its direction differs (see embed). */
  const list = (xs: string[]) => new Intl.ListFormat(language, { type: 'conjunction' }).format(xs.map(inline));
  /** People's own words inside a sentence of the report's language (see embed). */
  const inline = (text: string) => embed(text, language);
  const support = (p: Point) => input.supportersByPoint[p.id] ?? 0;
  const bySupport = (a: Point, b: Point) =>
    support(b) - support(a) || a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1);

  // Only published points of items that are on the record or under the Chatham House Rule; merged points
  // are already counted in the point they joined.
  const usable = input.points.filter((p) => {
    const item = items.get(p.itemId);
    return (
      p.status === 'published' && p.mergedInto === null && item !== undefined && item.confidentiality !== 'off-record'
    );
  });
  const chatham = agenda.some((item) => item.confidentiality === 'chatham-house');

  const section = (key: GeneratedSectionKey, heading: string, blocks: ReportBlock[]): ReportSection => ({
    key,
    heading,
    internal: key.startsWith('annex-'),
    edited: false,
    blocks,
  });

  // Header
  const h = blocksOf('header');
  const header = section('header', meeting.title, [
    h.paragraph(phrases.hostedBy[language](inline(meeting.hostOrganisation))),
    h.paragraph(
      phrases.dateLine[language](formatMeetingDate(meeting, language), phrases.format[language][meeting.format]),
    ),
    ...(chatham ? [h.noted(phrases.chathamHouse[language], phrases.chathamHouseSource[language])] : []),
  ]);

  // Presentations: on-the-record presentation items with presenters, named; under the Chatham House Rule, unnamed.
  const presentationItems = agenda.filter(
    (item) => item.kind === 'presentation' && item.presenters.length > 0 && item.confidentiality !== 'off-record',
  );
  const presentationIds = new Set(presentationItems.map((item) => item.id));
  const pr = blocksOf('presentations');
  const presentationBlocks: ReportBlock[] = presentationItems.flatMap((item) => {
    const heading =
      item.confidentiality === 'on-record'
        ? item.presenters
            .map((p) =>
              [p.name, p.title, p.organisation]
                .filter((s) => s.trim())
                .map(inline)
                .join(phrases.comma[language]),
            )
            .join(phrases.semicolon[language])
        : phrases.presentationUnnamed[language](inline(item.title));
    const said = usable
      .filter((p) => p.itemId === item.id)
      .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
    // A named presenter reviews their own paragraph; an unnamed one cannot be asked without naming them.
    const reviewer = item.confidentiality === 'on-record' ? item.id : null;
    return [
      pr.heading(heading),
      said.length > 0
        ? pr.paragraph(
            said.map((p) => sentence(p.text)).join(' '),
            said.map((p) => p.id),
            reviewer,
          )
        : pr.paragraph(phrases.noPresentationPoints[language], [], reviewer),
    ];
  });

  // Discussion: each point under its first known theme, themes by weight (sum of supporters).
  const known = new Set(themes.map((theme) => theme.id));
  const discussed = usable.filter((p) => !presentationIds.has(p.itemId));
  const groups = themes
    .map((theme, order) => {
      const pts = discussed.filter((p) => p.themeIds.find((id) => known.has(id)) === theme.id).sort(bySupport);
      return { theme, order, pts, weight: pts.reduce((sum, p) => sum + support(p), 0) };
    })
    .filter((g) => g.pts.length > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  const untagged = discussed.filter((p) => !p.themeIds.some((id) => known.has(id))).sort(bySupport);
  const d = blocksOf('discussion');
  // Under one heading, a quantifier used again takes its second wording, then the first again.
  const told = (pts: Point[]): ReportBlock[] => {
    const used = new Map<Quantifier, number>();
    return fold(pts, support).map((t) => {
      const q = quantifierFor(t.supporters, participants.count, thresholds);
      const times = used.get(q) ?? 0;
      used.set(q, times + 1);
      // The desk's form for any of the folded points wins over the classifier's reading of the wording told.
      const chosen = t.sources.map((id) => input.formByPoint?.[id]).find((f) => f !== undefined);
      const form = chosen ?? classifyPoint(t.text, language);
      return d.paragraph(phrases.framed[language](q, times % 2 === 1, form, t.text, language, inline), t.sources);
    });
  };
  const discussionBlocks: ReportBlock[] = [
    ...(groups.length > 1
      ? [
          d.chart({
            title: phrases.pointsPerTheme[language],
            unit: 'points',
            bars: groups.map((g) => ({ label: g.theme.name, value: g.pts.length })),
          }),
        ]
      : []),
    ...groups.flatMap((g) => [d.heading(g.theme.name), ...told(g.pts)]),
    ...(untagged.length > 0 ? [d.heading(phrases.otherPoints[language]), ...told(untagged)] : []),
  ];

  // Summary
  const from =
    participants.byCategory[0]?.options.filter((o) => o.people > 0 && o.stated !== false).map((o) => o.label) ?? [];
  const top = groups.slice(0, 3);
  const sm = blocksOf('summary');
  const summary = section('summary', phrases.summary[language], [
    ...(meeting.description.trim() ? [sm.paragraph(meeting.description.replace(/\s+/g, ' ').trim())] : []),
    // With nobody but the desk in the room, there is no group to describe.
    ...(participants.count > 0
      ? [
          sm.paragraph(
            phrases.participants[language](participants.count, n(participants.count), from.length ? list(from) : null),
          ),
        ]
      : []),
    ...(top.length > 0
      ? [
          sm.paragraph(
            phrases.mainThemes[language](list(top.map((g) => g.theme.name))),
            top.flatMap((g) => g.pts.map((p) => p.id)),
          ),
        ]
      : []),
  ]);

  // Recommendations: ranked by the latest closed dot vote that lists them, else by support.
  const recommended = usable.filter((p) => p.recommendation).sort(bySupport);
  const recIds = new Set(recommended.map((p) => p.id));
  const dotVote = input.votes
    .filter(
      (v) =>
        v.kind === 'dots' &&
        v.status === 'closed' &&
        v.results !== null &&
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
  const recommendationsSection = section('recommendations', phrases.recommendations[language], [
    rc.paragraph(dotVote ? phrases.rankedByVote[language](inline(dotVote.title)) : phrases.rankedBySupport[language]),
    rc.list(
      ranked.map((p) => {
        const dots = dotsFor(p);
        return {
          text:
            dots === null ? sentence(p.text) : `${inline(sentence(p.text))} ${phrases.dots[language](dots, n(dots))}`,
          sources: [p.id],
        };
      }),
      true,
    ),
  ]);

  const strong = strongMinimum(participants.count, thresholds);
  const notes = section('notes', phrases.notes[language], [
    blocksOf('notes').list([
      plain(
        phrases.quantifierNote[language](
          phrases.people[language](participants.count, n(participants.count)),
          n(strong),
          n(thresholds.several),
          n(thresholds.some),
        ),
      ),
      plain(phrases.draftNote[language]),
    ]),
  ]);
  const disclaimer = section('disclaimer', phrases.disclaimer[language], [
    blocksOf('disclaimer').paragraph(phrases.disclaimerText[language](inline(meeting.hostOrganisation))),
  ]);

  const annexAgenda = section('annex-agenda', phrases.annexAgenda[language], [
    blocksOf('annex-agenda').list(
      agenda.map((item) =>
        plain(
          `${inline(item.title)} (${phrases.kind[language][item.kind]}${phrases.comma[language]}${phrases.minutes[language](item.plannedMinutes, n(item.plannedMinutes))})`,
        ),
      ),
      true,
    ),
  ]);

  const parked = usable.filter((p) => p.parkingLot !== null).sort((a, b) => a.createdAt - b.createdAt);
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
          ? `${phrases.semicolon[language]}${phrases.due[language](formatDay(lot.dueDate, language))}`
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
          listed.map((p) => plain(p.organisation ? `${p.name}${phrases.comma[language]}${p.organisation}` : p.name)),
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
    annexAgenda,
    ...(parked.length > 0 ? [annexParkingLot] : []),
    ...(participants.byCategory.length > 0 ? [annexBalance] : []),
    ...(input.listed !== undefined ? [annexParticipants] : []),
  ];
  return { language, dir: languageDirection(language), sections };
}
export { confidentialityFindings, type Person, termsFor, transliterationWarnings } from './check.js';
export { renderDocx } from './docx.js';
export { publicSections, reportTitle } from './export-common.js';
export { renderHtml } from './html.js';
