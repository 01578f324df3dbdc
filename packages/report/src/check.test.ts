import type { AgendaItem, ReportDocument, ReportSection } from '@hiwar/protocol';
import { describe, expect, it } from 'vitest';
import { confidentialityFindings, termsFor } from './check.js';
import { item } from './test/fixtures.js';

const para = (id: string, text: string, reviewItemId: string | null = null) => ({
  id,
  kind: 'paragraph' as const,
  content: [{ text }],
  sources: [],
  reviewItemId,
});
const section = (key: string, blocks: ReportSection['blocks'], internal = false): ReportSection => ({
  key,
  heading: key,
  internal,
  edited: false,
  blocks,
});
const doc = (sections: ReportSection[]): ReportDocument => ({ language: 'en', dir: 'ltr', sections });

const people = [
  { name: 'Omar Nasser', organisation: 'Valley Water Board' },
  { name: 'سلمى الخطيب', organisation: 'شبكة المدافعات' },
  { name: 'Li', organisation: null },
  { name: 'Host Person', organisation: 'Institute for Dialogue' },
];
const chatham: AgendaItem[] = [
  item('item-pres1', { kind: 'presentation', confidentiality: 'on-record' }),
  item('item-disc1', { confidentiality: 'chatham-house' }),
];
const check = (d: ReportDocument, agenda = chatham) =>
  confidentialityFindings(d, { people, agenda, hostOrganisation: 'Institute for Dialogue' }).map((f) => [
    f.sectionKey,
    f.blockId,
    f.kind,
    f.match,
  ]);

describe('confidentialityFindings', () => {
  it('finds full names, family names and organisations in any case and spacing, in both scripts', () => {
    const found = check(
      doc([
        section('discussion', [
          para('d1', 'As omar   NASSER said, the board must act.'),
          para('d2', 'Nasser disagreed.'),
          para('d3', 'The valley water board was criticised.'),
          para('d4', 'قالت سلمى الخطيب إن شبكة المدافعات تعمل.'),
        ]),
      ]),
    );
    expect(found).toEqual([
      ['discussion', 'd1', 'name', 'omar   NASSER'],
      ['discussion', 'd2', 'name', 'Nasser'],
      ['discussion', 'd3', 'organisation', 'valley water board'],
      ['discussion', 'd4', 'name', 'سلمى الخطيب'],
      ['discussion', 'd4', 'organisation', 'شبكة المدافعات'],
    ]);
  });

  it('matches whole words only, skips very short names and the host organisation', () => {
    expect(
      check(
        doc([
          section('discussion', [
            para('d1', 'Nasserism and Omarville are not names here.'),
            para('d2', 'Li is too short to search alone; the Institute for Dialogue hosted.'),
          ]),
        ]),
      ),
    ).toEqual([]);
  });

  it('looks in footnotes, link addresses, list items, chart labels and headings', () => {
    const found = check(
      doc([
        section('summary', [
          {
            id: 's1',
            kind: 'paragraph',
            content: [{ text: 'See', note: 'Told by Omar Nasser' }],
            sources: [],
            reviewItemId: null,
          },
          {
            id: 's2',
            kind: 'list',
            ordered: false,
            items: [{ content: [{ text: 'Valley Water Board' }], sources: [] }],
          },
          { id: 's3', kind: 'chart', chart: { title: 'x', unit: 'points', bars: [{ label: 'Nasser', value: 1 }] } },
          { id: 's4', kind: 'heading', content: [{ text: 'x', href: 'https://example.org/omar-nasser' }] },
        ]),
      ]),
    );
    expect(found.map((f) => f[1])).toEqual(['s1', 's2', 's3', 's4']);
  });

  it('allows names in an on-the-record presentation, the header, the disclaimer and internal annexes', () => {
    const d = doc([
      section('header', [para('h1', 'Omar Nasser attended')]),
      section('presentations', [
        { id: 'p1', kind: 'heading', content: [{ text: 'Omar Nasser, Valley Water Board' }] },
        para('p2', 'Omar Nasser presented.', 'item-pres1'),
        { id: 'p3', kind: 'heading', content: [{ text: 'Unnamed talk' }] },
        para('p4', 'Said by Omar Nasser.', 'item-disc1'),
      ]),
      section('disclaimer', [para('x1', 'Valley Water Board')]),
      section('annex-participants', [para('a1', 'Omar Nasser')], true),
    ]);
    expect(check(d).map((f) => f[1])).toEqual(['p4']);
  });

  it('finds nothing when no item is under the Chatham House Rule', () => {
    const d = doc([section('discussion', [para('d1', 'Omar Nasser said so.')])]);
    expect(check(d, [item('item-disc1', { confidentiality: 'on-record' })])).toEqual([]);
  });

  it('searches each person once', () => {
    // Full name, first name and family name of each (Li is too short), and each organisation, once.
    expect(termsFor([...people, ...people], '').map((t) => t.text)).toEqual([
      'Omar Nasser',
      'Omar',
      'Nasser',
      'Valley Water Board',
      'سلمى الخطيب',
      'سلمى',
      'الخطيب',
      'شبكة المدافعات',
      'Host Person',
      'Host',
      'Person',
      'Institute for Dialogue',
    ]);
  });

  describe('Arabic as people write it', () => {
    const arabic = [
      { name: 'سلمى حداد', organisation: null },
      { name: 'رانية الزعبي', organisation: null },
      { name: 'أحمد منصور', organisation: null },
      { name: 'فاطمة يوسف', organisation: null },
      { name: 'حسن', organisation: null },
      // Pseudonyms of one word are common: the whole display name is searched.
      { name: 'سلمى', organisation: null },
      { name: 'أحمد', organisation: null },
      { name: 'فاطمة', organisation: null },
    ];
    const found = (text: string) =>
      confidentialityFindings(doc([section('discussion', [para('p1', text)])]), {
        people: arabic,
        agenda: chatham,
        hostOrganisation: 'Institute',
      }).map((f) => f.match);

    it.each([
      ['وسلمى قالت إن التمويل قصير', 'وسلمى'],
      ['وجّهت الشكر لسلمى على المداخلة', 'لسلمى'],
      ['مع كسلمى في الرأي', 'كسلمى'],
      ['بالزعبي بدأ النقاش', 'بالزعبي'],
      ['فالزعبي يرى غير ذلك', 'فالزعبي'],
      ['والزعبي أيضاً', 'والزعبي'],
      ['وللزعبي رأي آخر', 'وللزعبي'],
      ['للزعبي رأي آخر', 'للزعبي'],
      ['وبالزعبي انتهى', 'وبالزعبي'],
      ['قال منصورهم إن', 'منصورهم'],
      ['قالت سلمي إن', 'سلمي'],
      ['قال احمد إن', 'احمد'],
      ['قال إحمد إن', 'إحمد'],
      ['وأشارت فاطمه إلى', 'فاطمه'],
      ['وقال حَسَن إن', 'حَسَن'],
      ['وقالت ســلمى إن', 'ســلمى'],
      ['دعت مَنصُور إلى', 'مَنصُور'],
    ])('finds the name in «%s» as «%s»', (text, match) => {
      expect(found(text)).toContain(match);
    });

    it.each([
      'دعا المشاركون إلى حلول سلمية للنزاعات',
      'تحدث عن السلام والأمن',
      'حسنا، انتقل النقاش إلى التمويل',
      'طالبوا بالحسنى في التعامل',
      'قالوا إن المنصورة مدينة مهمة',
    ])('flags no ordinary word in «%s»', (text) => {
      expect(found(text)).toEqual([]);
    });
  });

  it("reads the words people wrote, not the report's own wording: a member called Rapporteur", () => {
    const rapporteur = [{ name: 'Rapporteur', organisation: null }];
    const note =
      'This is a draft prepared from the points recorded during the meeting; the rapporteur reviews and edits it before publication.';
    const findings = (text: string) =>
      confidentialityFindings(doc([section('notes', [para('n1', note)]), section('discussion', [para('p1', text)])]), {
        people: rapporteur,
        agenda: chatham,
        hostOrganisation: 'Institute',
      }).map((f) => [f.blockId, f.match]);
    expect(findings('Participants stressed that funding ends too soon.')).toEqual([]);
    expect(findings('As Rapporteur said, funding ends too soon.')).toEqual([['p1', 'Rapporteur']]);
  });
});
