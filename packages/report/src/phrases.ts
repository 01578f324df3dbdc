import {
  ADDRESSEES,
  type Addressee,
  AGENDA_ITEM_KINDS,
  type AgendaItemKind,
  type Chart,
  LANGUAGES,
  type Language,
  type MeetingFormat,
  withTypography,
} from '@hiwar/protocol';
import i18next, { type TFunction } from 'i18next';
import ar from './locales/ar.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import fr from './locales/fr.json' with { type: 'json' };
import sv from './locales/sv.json' with { type: 'json' };
import { bare, frenchDe, frenchElides, type PointForm, pointBody, pointLanguage } from './point-form.js';

/** A point's words ending with a full stop unless they end with their own mark. */
const sentenceOf = (s: string) => (/[.!?؟…]["'”»)]*$/u.test(s) ? s : `${s}.`);

/** How strongly a point is held, from the number of distinct people who raised or supported it. */
export type Quantifier = 'strong' | 'several' | 'some' | 'one';

/**
 * Lower-cases a sentence's first word for use after "that", unless it looks like an acronym or "I". A French
 * elided article or preposition ("L’accès", "D’autres") and "À" are lower-cased too; "I’m" is not.
 */
export function asClause(text: string): string {
  const first = text.match(/^\p{L}+/u)?.[0] ?? '';
  if (first.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(first)) return text.charAt(0).toLocaleLowerCase() + text.slice(1);
  if (/^(?:[CDJLMNST][’']\p{L}|À\s)/u.test(text)) return text.charAt(0).toLocaleLowerCase() + text.slice(1);
  return text;
}

/** French "que" elides before a vowel or a mute h, not before an aspirated h or a consonant y (see frenchElides). */
function que(clause: string): string {
  return frenchElides(clause) ? `qu’${clause}` : `que ${clause}`;
}

/**
 * The report's own wording, in i18next resource files (`locales/*.json`) like the interface's: a
 * translator edits JSON, plural forms follow each language's rules (Arabic's six included), and the
 * completeness test reads the same files. Only grammar that no template can express stays in code:
 * the English, French and Swedish "that"-clause and French "que"/"qu'" elision, passed in as variables.
 */
export const REPORT_LOCALES: Record<Language, Record<string, unknown>> = { en, ar, fr, sv };

const i18n = i18next.createInstance();
void i18n.init({
  // Each language's typography on the phrases themselves too, for the exports' own labels (the internal mark);
  // buildDraft applies it again over the finished draft, with the points' words in it (idempotent).
  resources: Object.fromEntries(LANGUAGES.map((l) => [l, { translation: withTypography(l, REPORT_LOCALES[l]) }])),
  lng: 'en',
  // A missing phrase must show up in the completeness test, not silently fall back to English.
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false },
});

const CHART_UNITS = ['points', 'people', 'minutes', 'turns'] as const satisfies readonly Chart['unit'][];

type Texts<T> = Record<Language, T>;
type Vars = Record<string, string | number>;

/** The same phrase in every language, made from that language's translate function. */
function each<T>(make: (tr: (key: string, vars?: Vars) => string) => T): Texts<T> {
  return Object.fromEntries(
    LANGUAGES.map((language) => {
      const fixed: TFunction = i18n.getFixedT(language);
      return [language, make((key, vars) => String(fixed(key, vars ?? {})))];
    }),
  ) as Texts<T>;
}
const text = (key: string) => each((tr) => tr(key));
/** A counted noun: `n` is the count already formatted with Intl for the language. */
const countOf = (key: string) => each((tr) => (count: number, n: string) => tr(key, { count, n }));
/** A point's words shaped to follow a frame of its form, as the template variables the frames use. */
export interface Shaped {
  /** The form whose frame the point takes: its own, except a call in another language, told as a statement. */
  form: PointForm;
  /** The reshaped point (a call's verb phrase, a topic, a reported question with its own lead). */
  body: string;
  /** A statement's clause after "that"/"att"; in Arabic "أنّ …" or "ما يلي: …" (see pointBody). */
  clause: string;
  /** French "que"/"qu’" + the clause. */
  que: string;
  /** French "de"/"d’" + the body. */
  de: string;
  /** The full stop the sentence still needs: none when the point's own mark ends it inside an isolate. */
  end: string;
}

/**
 * A point reshaped to follow a frame of its form (see pointBody), with only the point's own words isolated
 * when their direction differs from the report's (see embed).
 */
export function shapePoint(
  form: PointForm,
  text: string,
  language: Language,
  inline: (words: string) => string = (w) => w,
): Shaped {
  const otherLanguage = pointLanguage(bare(text), language) !== language;
  // A call in another language cannot follow "the need to"/"à"/"att": it is told as a statement, in its words.
  if (otherLanguage && form === 'imperative' && language !== 'ar') return shapePoint('clause', text, language, inline);
  const raw = pointBody(text, form, language);
  // A question's body opens with its own space or colon; only the point's words are isolated.
  const lead = raw.match(/^\s*(?::\s*)?/u)?.[0] ?? '';
  // A point in the other language keeps its own full stop inside its isolate (see embed).
  const foreign = otherLanguage && form !== 'question';
  const words = foreign ? sentenceOf(raw.slice(lead.length)) : raw.slice(lead.length);
  // An Arabic "أنّ" cannot take words of another language: they are quoted after "ما يلي:".
  const body = `${foreign && form === 'clause' && language === 'ar' ? 'ما يلي: ' : lead}${inline(words)}`;
  const plainClause = form === 'clause' && language !== 'ar';
  const clause = plainClause ? inline(foreign ? sentenceOf(asClause(bare(text))) : words) : body;
  const end = foreign || (form === 'question' && /[?؟][\s"'”»)]*$/u.test(words.trim())) ? '' : '.';
  return { form, body, clause, que: plainClause ? que(clause) : body, de: frenchDe(body), end };
}

/** Which wording of a discussion sentence: the plain one, the one with "also", or the plain one after a connective. */
export type Turn = 'base' | 'also' | 'then';

/** Lower-cases the first letter of a generated sentence placed after a connective ("At the same time, several …"). */
const afterConnective = (s: string) => s.charAt(0).toLocaleLowerCase() + s.slice(1);

/**
 * A discussion sentence: the point framed by its form and quantifier. Only proposals (calls) take an
 * agreement verb; statements of fact are "stressed" or "noted". The quantifier words are those the Notes
 * define (see quantifierNote).
 */
const told = each(
  (tr) =>
    (q: Quantifier, turn: Turn, form: PointForm, text: string, language: Language, inline?: (w: string) => string) => {
      const s = shapePoint(form, text, language, inline);
      const said = `${tr(`said.${turn === 'also' ? 'also' : 'base'}.${s.form}.${q}`, s as unknown as Vars)}${s.end}`;
      // English and French put the connective before the sentence; Swedish word order does not allow it.
      const lowered = language === 'en' || language === 'fr' ? afterConnective(said) : said;
      return turn === 'then' ? tr('connective', { sentence: lowered }) : said;
    },
);

const LIST_LOCALES: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', sv: 'sv-SE', ar: 'ar' };

/**
 * Statements held by as many people told as one sentence, the way a rapporteur sums up: "Many participants
 * stressed that A, that B and that C." Only for statements in the report's own language (the caller checks).
 */
const toldTogether = each(
  (tr) => (q: Quantifier, turn: Turn, texts: string[], language: Language, inline?: (w: string) => string) => {
    const shaped = texts.map((t) => shapePoint('clause', t, language, inline));
    const first = shaped[0] as Shaped;
    const clauses = [first.clause, ...shaped.slice(1).map((x) => tr('thatAgain', x as unknown as Vars))];
    const clause = new Intl.ListFormat(LIST_LOCALES[language], { type: 'conjunction' }).format(clauses);
    const vars = { ...first, clause, que: que(clause) };
    const said = `${tr(`said.${turn === 'also' ? 'also' : 'base'}.clause.${q}`, vars as unknown as Vars)}${(shaped.at(-1) as Shaped).end}`;
    const lowered = language === 'en' || language === 'fr' ? afterConnective(said) : said;
    return turn === 'then' ? tr('connective', { sentence: lowered }) : said;
  },
);

/** How a presenter is referred to: by pronoun, by family name, or (under the Chatham House Rule) not at all. */
export type PresenterRef = 'she' | 'he' | 'they' | 'named' | 'unnamed';
/** A presenter's first sentence names them; later ones say "also" or "added", in turn. */
export type PresenterTurn = 'first' | 'also' | 'added';

/**
 * A sentence of a presenter's paragraph in reported speech: `who` is the full first mention (name, title
 * and organisation, with its closing comma), `ref` the family name used when no pronoun is given.
 */
const presenterSaid = each(
  (tr) =>
    (
      ref: PresenterRef,
      turn: PresenterTurn,
      form: PointForm,
      text: string,
      language: Language,
      names: { who: string; ref: string },
      inline?: (w: string) => string,
    ) => {
      const s = shapePoint(form, text, language, inline);
      return `${tr(`presenter.${ref}.${turn}.${s.form}`, { ...s, ...names } as unknown as Vars)}${s.end}`;
    },
);

export const phrases = {
  chathamHouse: text('chathamHouse'),
  hostedBy: each((tr) => (host: string) => tr('hostedBy', { host })),
  /** The header's line: "Online meeting, 30 May 2024". */
  meetingLine: each((tr) => (format: MeetingFormat, date: string) => tr(`meetingLine.${format}`, { date })),
  /** The summary's first sentence: date, host, format and title. */
  summaryOpening: each(
    (tr) => (format: MeetingFormat, date: string, host: string, title: string) =>
      tr(`summaryOpening.${format}`, { date, host, title }),
  ),
  /** Separators inside a parenthesis: Arabic has its own comma and semicolon. */
  comma: text('comma'),
  semicolon: text('semicolon'),
  tally: each((tr) => (label: string, n: string) => tr('tally', { label, n })),
  summary: text('summary'),
  people: countOf('people'),
  participants: each(
    (tr) => (count: number, n: string, from: string | null) =>
      tr('tookPart', { count, n, from: from ? tr('tookPartFrom', { list: from }) : '' }),
  ),
  otherCategory: each((tr) => (name: string, list: string) => tr('otherCategory', { name, list })),
  presentations: text('presentations'),
  /** "The meeting opened with presentations by …": opened (first on the agenda) or included, one or more. */
  presentationsIntro: each(
    (tr) => (opened: boolean, several: boolean, list: string) =>
      tr(`presentation${several ? 's' : ''}${opened ? 'Opened' : 'Included'}`, { list }),
  ),
  presentationsUnnamed: text('presentationsUnnamed'),
  presenterRole: each((tr) => (title: string, organisation: string) => tr('presenterRole', { title, organisation })),
  presenterTalk: each((tr) => (talk: string) => tr('presenterTalk', { talk })),
  presenterNoPoints: each((tr) => (who: string) => tr('presenterNoPoints', { who })),
  presenterSaid,
  discussion: text('discussion'),
  discussionLead: each(
    (tr) => (afterPresentations: boolean) =>
      tr(afterPresentations ? 'discussionLeadAfterPresentations' : 'discussionLead'),
  ),
  /** A discussion sentence framed by the point's form and quantifier (see told). */
  told,
  toldTogether,
  otherPoints: text('otherPoints'),
  recommendations: text('recommendations'),
  /** No full stop after a title that ends with its own ? or ! inside its quotation marks ("« … ? »", not "« … ? »."). */
  rankedByVote: each(
    (tr) => (title: string) => tr('rankedByVote', { title }).replace(/([?!؟…][\s\u2069]*[»”’"])\.$/u, '$1'),
  ),
  rankedBySupport: text('rankedBySupport'),
  addressee: each(
    (tr) => Object.fromEntries(ADDRESSEES.map((a) => [a, tr(`addressee.${a}`)])) as Record<Addressee, string>,
  ),
  addresseeNone: text('addresseeNone'),
  dots: countOf('dots'),
  dotsNote: each((tr) => (title: string, list: string) => tr('dotsNote', { title, list })),
  notes: text('notes'),
  /** The quantifier vocabulary, defined once; `participants` is null when the count is not known. */
  quantifierNote: each(
    (tr) => (participants: string | null, terms: string) =>
      participants === null ? tr('quantifierNoteUncounted', { terms }) : tr('quantifierNote', { participants, terms }),
  ),
  /** One quantifier's definition: "“several” at least 3". */
  term: each((tr) => (q: Quantifier, n: string) => tr(`term.${q}`, { n })),
  agreementNote: text('agreementNote'),
  annexThemes: text('annexThemes'),
  draftNote: text('draftNote'),
  disclaimer: text('disclaimer'),
  disclaimerText: each((tr) => (host: string) => tr('disclaimerText', { host })),
  annexAgenda: text('annexAgenda'),
  annexParkingLot: text('annexParkingLot'),
  annexBalance: text('annexBalance'),
  annexParticipants: text('annexParticipants'),
  noneListed: text('noneListed'),
  pointsPerTheme: text('pointsPerTheme'),
  floorTimeBy: each((tr) => (category: string) => tr('floorTimeBy', { category })),
  notSaid: text('notSaid'),
  chathamHouseSource: text('chathamHouseSource'),
  kind: each(
    (tr) => Object.fromEntries(AGENDA_ITEM_KINDS.map((k) => [k, tr(`kind.${k}`)])) as Record<AgendaItemKind, string>,
  ),
  minutes: countOf('minutes'),
  owner: each((tr) => (owner: string) => tr('owner', { owner })),
  ownerWithheld: text('ownerWithheld'),
  due: each((tr) => (date: string) => tr('due', { date })),
  /** Words the exports add around the text: chart units, the internal mark, the HTML page's links. */
  unit: each((tr) => Object.fromEntries(CHART_UNITS.map((u) => [u, tr(`unit.${u}`)])) as Record<Chart['unit'], string>),
  internalMark: text('internalMark'),
  downloads: text('downloads'),
  backToText: text('backToText'),
};

export type PhraseKey = keyof typeof phrases;
