import type { AgendaItem, ConfidentialityFinding, Inline, ReportBlock, ReportDocument } from '@hiwar/protocol';

export interface Person {
  name: string;
  organisation: string | null;
}

/** Names shorter than this are not searched alone: too many ordinary words would match. */
const SHORTEST_TERM = 3;
/** A family name is searched alone when it has at least this many letters. */
const SHORTEST_FAMILY_NAME = 4;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const normalise = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** A term as a whole word, any case; its words may be joined by spaces, dashes, dots or underscores (as in links). */
function termPattern(term: string): RegExp {
  const words = normalise(term).split(' ').map(escapeRegExp).join('[\\s._-]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'iu');
}

interface Term {
  text: string;
  kind: ConfidentialityFinding['kind'];
  pattern: RegExp;
}

/**
 * What to look for: each person's full display name and, when long enough, their last name alone; each
 * organisation. The host organisation is left out: the report is the host's and names it in its header.
 */
export function termsFor(people: readonly Person[], hostOrganisation: string): Term[] {
  const host = normalise(hostOrganisation).toLocaleLowerCase();
  const seen = new Set<string>();
  const terms: Term[] = [];
  const add = (text: string, kind: Term['kind']) => {
    const t = normalise(text);
    const key = `${kind}:${t.toLocaleLowerCase()}`;
    if (t.length < SHORTEST_TERM || seen.has(key)) return;
    seen.add(key);
    terms.push({ text: t, kind, pattern: termPattern(t) });
  };
  for (const person of people) {
    add(person.name, 'name');
    const words = normalise(person.name).split(' ');
    const last = words[words.length - 1] ?? '';
    if (words.length > 1 && [...last].length >= SHORTEST_FAMILY_NAME) add(last, 'name');
    if (person.organisation && normalise(person.organisation).toLocaleLowerCase() !== host) {
      add(person.organisation, 'organisation');
    }
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
 * Where the report names a participant or their organisation in a part that falls under the Chatham House
 * Rule. When any agenda item is under the Rule, every public section is checked except the header, the
 * disclaimer and on-the-record presentations; internal annexes never leave the desk and are not checked.
 * An empty answer means the report may be published and exported.
 */
export function confidentialityFindings(
  doc: ReportDocument,
  context: { people: readonly Person[]; agenda: readonly AgendaItem[]; hostOrganisation: string },
): ConfidentialityFinding[] {
  if (!context.agenda.some((item) => item.confidentiality === 'chatham-house')) return [];
  const terms = termsFor(context.people, context.hostOrganisation);
  const allowed = namedOnRecord(doc, context.agenda);
  const findings: ConfidentialityFinding[] = [];
  for (const section of doc.sections) {
    if (section.internal || section.key === 'header' || section.key === 'disclaimer') continue;
    const look = (blockId: string, texts: string[]) => {
      const hits: { match: string; kind: Term['kind'] }[] = [];
      for (const term of terms) {
        const match = texts.map((t) => t.match(term.pattern)?.[0]).find((m) => m !== undefined);
        if (match) hits.push({ match, kind: term.kind });
      }
      // A family name found inside a full name found in the same place is the same finding.
      const key = (m: string) => m.toLocaleLowerCase().replace(/[\s._-]+/g, ' ');
      for (const hit of hits) {
        const within = hits.some(
          (other) =>
            other !== hit && other.match.length > hit.match.length && key(other.match).includes(key(hit.match)),
        );
        if (within) continue;
        findings.push({ sectionKey: section.key, sectionHeading: section.heading, blockId, ...hit });
      }
    };
    look('', [section.heading]);
    for (const block of section.blocks) if (!allowed.has(block.id)) look(block.id, textsOf(block));
  }
  return findings;
}
