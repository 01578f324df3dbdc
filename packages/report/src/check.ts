import { foldCharacter } from '@hiwar/domain';
import type {
  AgendaItem,
  ConfidentialityFinding,
  Inline,
  Language,
  ReportBlock,
  ReportDocument,
} from '@hiwar/protocol';
import { REPORT_LOCALES } from './phrases.js';
import { nameTarget, transliterationFinder } from './transliteration.js';

export interface Person {
  name: string;
  organisation: string | null;
}

/** Names shorter than this are not searched alone: too many ordinary words would match. */
const SHORTEST_TERM = 3;
/** A sensitive term is the desk's own choice, so only a single letter is too short to search. */
const SHORTEST_SENSITIVE_TERM = 2;
/** A family name is searched alone when it has at least this many letters. */
const SHORTEST_FAMILY_NAME = 4;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const normalise = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Text folded character by character (foldCharacter), with where each folded character came from. */
function fold(text: string): { folded: string; starts: number[]; ends: number[] } {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const ch of text) {
    for (const c of foldCharacter(ch)) {
      folded += c;
      starts.push(at);
      ends.push(at + ch.length);
    }
    at += ch.length;
  }
  return { folded, starts, ends };
}

const foldTerm = (term: string) => fold(normalise(term)).folded;

const ARABIC_START = /^\p{Script=Arabic}/u;
const LATIN_START = /^\p{Script=Latin}/u;
// Attached pronoun endings of two letters or more. The one-letter ones (ـه، ـك، ـي) are left out: after
// folding, ـه is also a teh marbuta, so سلمى + ـه would be سلمية ("peaceful"), an ordinary word.
const ARABIC_SUFFIXES = '(?:هما|ها|هم|هن|كما|كم|نا)?';

/**
 * A term as a whole word, any case, read through foldCharacter (so Arabic letter variants, diacritics and
 * tatweel do not hide it); its words may be joined by spaces, dashes, dots or underscores (as in links).
 * An Arabic name of four letters or more is also found behind the proclitics و ف ب ل ك, alone or
 * combined, also with a name's own article (وسلمى، لسلمى، بالزعبي، وللزعبي), and before an attached pronoun.
 * In a Swedish report a Latin name is also found in the genitive (Lundbergs, Haddads); an elision before it
 * (d'Aïcha, l'Institut) never hid it, since an apostrophe is not a letter.
 */
function termPattern(term: string, language: Language = 'en'): RegExp {
  const folded = foldTerm(term);
  const words = folded.split(' ');
  // "Jean-Luc" is also written "Jean Luc": a dash inside a word is any separator, like the space between words.
  const body = words.map((w) => w.split('-').map(escapeRegExp).join('[\\s._-]+')).join('[\\s._-]+');
  const first = words[0] ?? '';
  let core = body;
  if (ARABIC_START.test(first) && [...first.replace(/^ال/, '')].length >= SHORTEST_FAMILY_NAME) {
    // ل before the article swallows its alef: ل + الزعبي is written للزعبي.
    const withArticle = first.startsWith('ال')
      ? `|[وف]?ل${escapeRegExp(folded.slice(1)).replace(/ /g, '[\\s._-]+')}`
      : '';
    // A name without the article never takes it, so it only gets the conjunctions and prepositions.
    const prefixes = first.startsWith('ال') ? '[وف]?[بك]?' : '[وف]?[بلك]?';
    core = `(?:${prefixes}${body}${withArticle})${ARABIC_SUFFIXES}`;
  } else if (language === 'sv' && /\p{Script=Latin}$/u.test(folded) && !/[sxz]$/iu.test(folded)) {
    // Only in Swedish: in English "Hamas" is not the genitive of "Hama", and a finding cannot be dismissed.
    core = `${body}s?`;
  }
  return new RegExp(`(?<![\\p{L}\\p{N}])${core}(?![\\p{L}\\p{N}])`, 'giu');
}

type Folded = ReturnType<typeof fold> & { text: string };

/**
 * Finds a term in a folded text; answers the text as it was written (not folded), or undefined. A name is
 * written with capitals: where a Latin-script first or family name has them, the same letters all in lower
 * case are an ordinary word ("des marchands locaux" for Marchand, "a rose" for Rose), not the person.
 */
function findTerm(place: Folded, term: Term): string | undefined {
  term.pattern.lastIndex = 0;
  for (const match of place.folded.matchAll(term.pattern)) {
    const from = place.starts[match.index] ?? 0;
    const to = place.ends[match.index + match[0].length - 1] ?? place.text.length;
    const written = place.text.slice(from, to);
    if (term.capitalised && written === written.toLocaleLowerCase()) continue;
    return written;
  }
  return undefined;
}

/**
 * The report's own fixed wording in a language (the parts of its phrases between placeholders), so that
 * a participant called "Rapporteur" is not found in "the rapporteur reviews and edits it": the check reads
 * the words people wrote, not the template's.
 */
const fixedWording = new Map<Language, string[]>();
function fixedFragments(language: Language): string[] {
  const known = fixedWording.get(language);
  if (known) return known;
  const fragments = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      for (const part of value.split(/\{\{[^}]*\}\}/)) if (part.trim().length >= 6) fragments.add(part.trim());
    } else if (value && typeof value === 'object') for (const v of Object.values(value)) walk(v);
  };
  walk(REPORT_LOCALES[language]);
  // Longest first, so a fragment inside a longer one does not split it.
  const list = [...fragments].sort((a, b) => b.length - a.length);
  fixedWording.set(language, list);
  return list;
}

/** The text with the report's fixed wording blanked out (same length, so nothing else moves). */
function peoplesWords(text: string, fragments: readonly string[]): string {
  let out = text;
  for (const fragment of fragments) {
    if (out.includes(fragment)) out = out.split(fragment).join(' '.repeat(fragment.length));
  }
  return out;
}

interface Term {
  text: string;
  kind: ConfidentialityFinding['kind'];
  pattern: RegExp;
  /**
   * A Latin-script name searched alone (a first or family name) written with capitals: only a match with
   * a capital is a finding (see findTerm). Full names and organisations are found in any case.
   */
  capitalised: boolean;
  /**
   * A given name that is also an ordinary word (سلام "peace", Hope): found alone, it only warns, since the
   * sentence may simply use the word.
   */
  uncertain: boolean;
}

/**
 * Given names that are ordinary words too, folded (foldCharacter) and in lower case. Found alone, they warn
 * instead of blocking; in a full name they block like any other. Arabic names are mostly words with a
 * meaning; these are the ones common in the prose of a report.
 */
const WORD_NAMES = new Set(
  [
    'سلام',
    'كريم',
    'سعيد',
    'جميل',
    'رحمة',
    'وفاء',
    'عادل',
    'أمين',
    'رشيد',
    'حكيم',
    'ناصر',
    'فاضل',
    'كامل',
    'نبيل',
    'شريف',
    'صالح',
    'منير',
    'لطيف',
    'عزيز',
    'حنان',
    'إيمان',
    'سماح',
    'نجاح',
    'أمان',
    'حياة',
    'ثورة',
    'عدالة',
    'حرية',
    'كرامة',
    'وطن',
    'hope',
    'grace',
    'faith',
    'joy',
    'will',
    'mark',
    'rose',
    'may',
    'june',
    'august',
    'bill',
    'frank',
    'rich',
    'gay',
    'earnest',
    'hunter',
    'dawn',
    'summer',
    'honor',
    'honour',
  ].map((w) => foldTerm(w)),
);

/**
 * What to look for: each person's full display name and, when long enough, their last name alone; each
 * organisation. The host organisation is left out: the report is the host's and names it in its header.
 */
export function termsFor(people: readonly Person[], hostOrganisation: string, language: Language = 'en'): Term[] {
  const host = normalise(hostOrganisation).toLocaleLowerCase();
  const seen = new Set<string>();
  const terms: Term[] = [];
  const add = (text: string, kind: Term['kind'], alone = false) => {
    const t = normalise(text);
    const key = `${kind}:${foldTerm(t)}`;
    if (t.length < SHORTEST_TERM || seen.has(key)) return;
    seen.add(key);
    terms.push({
      text: t,
      kind,
      pattern: termPattern(t, language),
      capitalised: alone && LATIN_START.test(t) && t !== t.toLocaleLowerCase(),
      uncertain: alone && WORD_NAMES.has(foldTerm(t)),
    });
  };
  for (const person of people) {
    add(person.name, 'name');
    const words = normalise(person.name).split(' ');
    const first = words[0] ?? '';
    const last = words[words.length - 1] ?? '';
    // Under the Chatham House Rule a first name alone identifies someone in the room as surely as the
    // family name ("As Aïcha said …"), so both are searched alone when long enough.
    if (words.length > 1 && [...first].length >= SHORTEST_FAMILY_NAME) add(first, 'name', true);
    if (words.length > 1 && [...last].length >= SHORTEST_FAMILY_NAME) add(last, 'name', true);
    if (person.organisation && normalise(person.organisation).toLocaleLowerCase() !== host) {
      add(person.organisation, 'organisation');
    }
  }
  return terms;
}

/**
 * A meeting's sensitive terms (places, projects), each searched like a name. The desk chose them, so a
 * short one ("UN") is searched too, as a whole word.
 */
export function sensitiveTermsFor(words: readonly string[], language: Language = 'en'): Term[] {
  const seen = new Set<string>();
  const terms: Term[] = [];
  for (const word of words) {
    const t = normalise(word);
    const key = foldTerm(t);
    if (t.length < SHORTEST_SENSITIVE_TERM || seen.has(key)) continue;
    seen.add(key);
    terms.push({ text: t, kind: 'term', pattern: termPattern(t, language), capitalised: false, uncertain: false });
  }
  return terms;
}

/** Everything a reader could see in a block: text, footnotes, link addresses, chart labels. */
function textsOf(block: ReportBlock): string[] {
  const runs = (content: readonly Inline[]) => [
    content.map((r) => r.text).join(''),
    ...content.flatMap((r) => [r.note ?? '', r.href ?? '']),
  ];
  switch (block.kind) {
    case 'paragraph':
    case 'heading':
      return runs(block.content);
    case 'list':
      return block.items.flatMap((item) => runs(item.content));
    case 'chart':
      return [block.chart.title, ...block.chart.bars.map((b) => b.label)];
  }
}

/**
 * Blocks that may name people even in a Chatham House meeting: the presentation of an on-the-record item
 * (its heading and paragraph), recognised by the paragraph's review link to that item.
 */
function namedOnRecord(doc: ReportDocument, agenda: readonly AgendaItem[]): Set<string> {
  const onRecord = new Set(agenda.filter((i) => i.confidentiality === 'on-record').map((i) => i.id));
  const allowed = new Set<string>();
  const presentations = doc.sections.find((s) => s.key === 'presentations');
  if (!presentations) return allowed;
  let heading: string | null = null;
  for (const block of presentations.blocks) {
    if (block.kind === 'heading') heading = block.id;
    else if (block.kind === 'paragraph' && block.reviewItemId !== null && onRecord.has(block.reviewItemId)) {
      allowed.add(block.id);
      if (heading) allowed.add(heading);
    }
  }
  return allowed;
}

/**
 * Calls `look` with every public place of the report (internal annexes never leave the desk), saying
 * whether names are checked there: everywhere but the header, the disclaimer and on-the-record
 * presentations. The report's fixed wording is blanked out first.
 */
function eachPublicPlace(
  doc: ReportDocument,
  agenda: readonly AgendaItem[],
  look: (
    section: ReportDocument['sections'][number],
    block: ReportBlock | null,
    texts: string[],
    names: boolean,
  ) => void,
) {
  const allowed = namedOnRecord(doc, agenda);
  const fragments = fixedFragments(doc.language);
  for (const section of doc.sections) {
    if (section.internal) continue;
    const sectionNames = section.key !== 'header' && section.key !== 'disclaimer';
    look(section, null, [peoplesWords(section.heading, fragments)], sectionNames);
    for (const block of section.blocks) {
      look(
        section,
        block,
        textsOf(block).map((t) => peoplesWords(t, fragments)),
        sectionNames && !allowed.has(block.id),
      );
    }
  }
}

/** Calls `look` with every place where names are checked (see eachPublicPlace). */
function eachCheckedPlace(
  doc: ReportDocument,
  agenda: readonly AgendaItem[],
  look: (section: ReportDocument['sections'][number], blockId: string, texts: string[]) => void,
) {
  eachPublicPlace(doc, agenda, (section, block, texts, names) => {
    if (names) look(section, block?.id ?? '', texts);
  });
}

/** The points a block was drawn from: a paragraph's sources and its list items'. */
function sourcesOf(block: ReportBlock): string[] {
  if (block.kind === 'paragraph') return block.sources;
  if (block.kind === 'list') return block.items.flatMap((item) => item.sources);
  return [];
}

/** Isolates and marks the draft puts around people's words: invisible, so they never split a match. */
const BIDI_MARKS = /[\u200e\u200f\u061c\u2066-\u2069]/gu;
/** A point's words folded for a containment test: case, letter variants and spacing do not matter. */
const foldedWords = (text: string) =>
  foldTerm(text)
    .replace(BIDI_MARKS, '')
    .replace(/[\s.!?؟。]+$/u, '')
    .replace(/\s+/g, ' ');
/** A point shorter than this is not searched by its words ("Yes."), only through the block's sources. */
const SHORTEST_IDENTIFYING_TEXT = 12;
const excerpt = (text: string) => {
  const t = normalise(text);
  return [...t].length > 80 ? `${[...t].slice(0, 79).join('')}…` : t;
};

export interface CheckContext {
  people: readonly Person[];
  agenda: readonly AgendaItem[];
  hostOrganisation: string;
  /** The meeting's sensitive terms (places, projects), checked like names in every public section. */
  sensitiveTerms?: readonly string[];
  /** Points the desk marked as identifying: no public section may draw on them or repeat their words. */
  identifying?: readonly { id: string; text: string }[];
}

/**
 * What keeps the report from being published or exported; an empty answer means it may be.
 * - kind 'name' / 'organisation': a participant's or presenter's name or organisation where the Chatham
 *   House Rule applies. Only when an agenda item is under the Rule; every public section is checked except
 *   the header, the disclaimer and on-the-record presentations.
 * - kind 'term': one of the meeting's sensitive terms, matched like a name, in every public section.
 * - kind 'identifying': a public block drawn from a point marked identifying (its sources), or repeating
 *   its words, in every public section.
 * Internal annexes never leave the desk and are not checked.
 */
export function confidentialityFindings(doc: ReportDocument, context: CheckContext): ConfidentialityFinding[] {
  const chatham = context.agenda.some((item) => item.confidentiality === 'chatham-house');
  const names = chatham
    ? termsFor(context.people, context.hostOrganisation, doc.language).filter((t) => !t.uncertain)
    : [];
  const sensitive = sensitiveTermsFor(context.sensitiveTerms ?? [], doc.language);
  const identifying = new Map((context.identifying ?? []).map((p) => [p.id, p.text]));
  const identifyingWords = [...identifying.values()]
    .map((text) => ({ text, folded: foldedWords(text) }))
    .filter((p) => [...p.folded].length >= SHORTEST_IDENTIFYING_TEXT);
  const findings: ConfidentialityFinding[] = [];
  eachPublicPlace(doc, context.agenda, (section, block, texts, namesHere) => {
    const blockId = block?.id ?? '';
    const where = { sectionKey: section.key, sectionHeading: section.heading, blockId };
    const terms = namesHere ? [...names, ...sensitive] : sensitive;
    // Each text is folded once for all the terms, not once per term.
    const places = texts.map((text) => ({ text, ...fold(text) }));
    const hits: { match: string; kind: Term['kind'] }[] = [];
    for (const term of terms) {
      const match = places.map((place) => findTerm(place, term)).find((m) => m !== undefined);
      if (match) hits.push({ match, kind: term.kind });
    }
    // A family name found inside a full name found in the same place is the same finding.
    const key = (m: string) => foldTerm(m).replace(/[\s._-]+/g, ' ');
    for (const hit of hits) {
      const within = hits.some(
        (other) => other !== hit && other.match.length > hit.match.length && key(other.match).includes(key(hit.match)),
      );
      if (within) continue;
      findings.push({ ...where, ...hit });
    }
    if (identifying.size === 0) return;
    const drawnFrom = new Set(block ? sourcesOf(block).filter((id) => identifying.has(id)) : []);
    const flat = places.map((place) => place.folded.replace(BIDI_MARKS, '').replace(/\s+/g, ' '));
    const repeated = identifyingWords.filter((p) => flat.some((f) => f.includes(p.folded))).map((p) => p.text);
    const points = new Set([...[...drawnFrom].map((id) => identifying.get(id) ?? ''), ...repeated]);
    for (const text of points) findings.push({ ...where, match: excerpt(text), kind: 'identifying' });
  });
  return findings;
}

/**
 * Where the report likely writes a person's name in the other script (see transliteration.ts), in the
 * same places the Chatham House check reads. Warnings, not findings: they do not block publishing.
 */
export function transliterationWarnings(
  doc: ReportDocument,
  context: { people: readonly Person[]; agenda: readonly AgendaItem[] },
): ConfidentialityFinding[] {
  if (!context.agenda.some((item) => item.confidentiality === 'chatham-house')) return [];
  const names = [...new Set(context.people.map((p) => normalise(p.name)).filter((n) => n.length >= SHORTEST_TERM))].map(
    nameTarget,
  );
  // A given name that is also an ordinary word, found alone in its own script (see WORD_NAMES).
  const uncertain = termsFor(context.people, '', doc.language).filter((t) => t.uncertain);
  const warnings: ConfidentialityFinding[] = [];
  eachCheckedPlace(doc, context.agenda, (section, blockId, texts) => {
    const seen = new Set<string>();
    const places = texts.map((text) => ({ text, ...fold(text) }));
    for (const term of uncertain) {
      const match = places.map((place) => findTerm(place, term)).find((m) => m !== undefined);
      if (!match || seen.has(match)) continue;
      seen.add(match);
      warnings.push({ sectionKey: section.key, sectionHeading: section.heading, blockId, match, kind: 'name' });
    }
    const finders = texts.map(transliterationFinder);
    for (const name of names) {
      const match = finders.map((find) => find(name)).find((m) => m !== null);
      if (!match || seen.has(match)) continue;
      seen.add(match);
      warnings.push({ sectionKey: section.key, sectionHeading: section.heading, blockId, match, kind: 'name' });
    }
  });
  return warnings;
}
