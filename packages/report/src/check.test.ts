import type { AgendaItem, ReportDocument, ReportSection } from '@hiwar/protocol';
import { describe, expect, it } from 'vitest';
import { confidentialityFindings, sensitiveTermsFor, termsFor } from './check.js';
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

describe('names in French and Swedish', () => {
  const nordic = [
    { name: 'Erik Lundberg', organisation: null },
    { name: 'Maryam Haddad', organisation: null },
    { name: 'Aïcha Benali', organisation: 'Réseau Sahel' },
    { name: 'Lars', organisation: null },
    // A one-word pseudonym is searched whole.
    { name: 'Aïcha', organisation: null },
  ];
  const found = (language: 'fr' | 'sv' | 'en', text: string) =>
    confidentialityFindings(
      { language, dir: 'ltr', sections: [section('discussion', [para('p1', text)])] },
      { people: nordic, agenda: chatham, hostOrganisation: 'Institute' },
    ).map((f) => f.match);

  it.each([
    ['sv', 'Enligt Lundbergs förslag borde fonden förlängas.', 'Lundbergs'],
    ['sv', 'Haddads organisation har drabbats hårt.', 'Haddads'],
    ['sv', 'Erik Lundbergs rapport visade motsatsen.', 'Erik Lundbergs'],
    ['sv', 'Lundberg sa att bidragen är för korta.', 'Lundberg'],
    ['sv', 'Lars påpekade att finansieringen är kort.', 'Lars'],
    ['fr', "Selon l'analyse d'Aïcha, le fonds est trop court.", 'Aïcha'],
    ['fr', 'La proposition d’Aïcha Benali a été reprise.', 'Aïcha Benali'],
    ['fr', "L'intervention de Benali a porté sur les réseaux.", 'Benali'],
    ['fr', 'Les membres du Réseau Sahel ont insisté.', 'Réseau Sahel'],
    ['fr', "qu'Haddad a soulevé la question", 'Haddad'],
    ['en', "Haddad's proposal was discussed.", 'Haddad'],
  ] as const)('in %s finds «%s» as «%s»', (language, text, match) => {
    expect(found(language, text)).toEqual([match]);
  });

  it.each([
    ['sv', 'Lundbergsgatan är en gata i staden.'],
    ['sv', 'Larsson tog upp frågan om bidrag.'],
    ['sv', 'Haddadsk är inget ord.'],
    ['fr', "L'aichatisme n'existe pas; les réseaux sahéliens non plus."],
    // The genitive is Swedish only: in English a trailing s is another word (Hama, Hamas).
    ['en', 'The Haddads and the Lundbergs are families in a novel.'],
  ] as const)('in %s flags no ordinary word in «%s»', (language, text) => {
    expect(found(language, text)).toEqual([]);
  });
});

describe('sensitive terms', () => {
  const onRecord: AgendaItem[] = [item('item-pres1', { kind: 'presentation', confidentiality: 'on-record' })];
  const sensitiveTerms = ['Wadi Araba', 'Project Falcon', 'الزرقاء', 'UN', 'Hama'];
  const found = (text: string, language: 'en' | 'fr' | 'sv' | 'ar' = 'en', agenda = chatham) =>
    confidentialityFindings(
      { language, dir: language === 'ar' ? 'rtl' : 'ltr', sections: [section('discussion', [para('p1', text)])] },
      { people: [], agenda, hostOrganisation: 'Institute', sensitiveTerms },
    ).map((f) => [f.kind, f.match]);

  it.each([
    ['Farmers in wadi  araba lost their wells.', 'en', 'wadi  araba'],
    ['The WADI-ARABA cooperative', 'en', 'WADI-ARABA'],
    ['Funding for Project Falcon ended.', 'en', 'Project Falcon'],
    ["Le financement de l'UN a cessé.", 'fr', 'UN'],
    ['I Wadi Arabas brunnar finns inget vatten.', 'sv', 'Wadi Arabas'],
    ['وفي الزرقاء انقطعت المياه', 'ar', 'الزرقاء'],
    ['وبالزرقاء انقطعت المياه', 'ar', 'وبالزرقاء'],
    ['وللزرقاء حصة من الماء', 'ar', 'وللزرقاء'],
    ['الزرقا مدينة', 'ar', undefined],
    ['Residents of Hama spoke.', 'en', 'Hama'],
  ] as const)('finds «%s» (%s) as «%s»', (text, language, match) => {
    expect(found(text, language)).toEqual(match === undefined ? [] : [['term', match]]);
  });

  it.each([
    ['Participants agreed that the fund is too small.', 'en'],
    ['The Hamas statement was read out.', 'en'],
    ['An unusual wadi in Araba county', 'en'],
    ['Falcons nest in the project area.', 'en'],
    ['Une réunion a eu lieu à Amman.', 'fr'],
    ['السماء زرقاء اليوم', 'ar'],
  ] as const)('flags no ordinary word in «%s» (%s)', (text, language) => {
    expect(found(text, language)).toEqual([]);
  });

  it('checks every public section, even with no item under the Chatham House Rule, but not internal annexes', () => {
    const d = doc([
      section('header', [para('h1', 'Online meeting on water in Wadi Araba')]),
      section('presentations', [para('p1', 'Omar Nasser described Project Falcon.', 'item-pres1')]),
      section('annex-agenda', [para('a1', 'Wadi Araba visit')], true),
      section('disclaimer', [para('x1', 'Views are those of participants.')]),
    ]);
    const findings = confidentialityFindings(d, {
      people,
      agenda: onRecord,
      hostOrganisation: 'Institute',
      sensitiveTerms,
    }).map((f) => [f.sectionKey, f.blockId, f.kind, f.match]);
    expect(findings).toEqual([
      ['header', 'h1', 'term', 'Wadi Araba'],
      ['presentations', 'p1', 'term', 'Project Falcon'],
    ]);
  });

  it('reports a name and a term in one place once each, and a term inside a name once', () => {
    const d = doc([section('discussion', [para('d1', 'Omar Nasser spoke about Wadi Araba.')])]);
    const findings = confidentialityFindings(d, {
      people,
      agenda: chatham,
      hostOrganisation: 'Institute',
      sensitiveTerms: ['Wadi Araba', 'Nasser'],
    }).map((f) => [f.kind, f.match]);
    expect(findings).toEqual([
      ['name', 'Omar Nasser'],
      ['term', 'Wadi Araba'],
    ]);
  });

  it('searches each term once and skips single letters', () => {
    expect(sensitiveTermsFor(['Wadi Araba', 'wadi  araba', 'X', 'UN']).map((t) => t.text)).toEqual([
      'Wadi Araba',
      'UN',
    ]);
  });
});

describe('points marked identifying', () => {
  const identifying = [
    { id: 'pt-1', text: 'The only woman judge in the northern district was threatened.' },
    { id: 'pt-2', text: 'Yes.' },
  ];
  const check2 = (d: ReportDocument, agenda = chatham) =>
    confidentialityFindings(d, { people: [], agenda, hostOrganisation: 'Institute', identifying }).map((f) => [
      f.sectionKey,
      f.blockId,
      f.kind,
      f.match,
    ]);
  const sourced = (id: string, text: string, sources: string[]) => ({ ...para(id, text), sources });

  it('finds a public block drawn from an identifying point, in a paragraph or a list item, anywhere public', () => {
    const d = doc([
      section('discussion', [sourced('d1', 'Participants stressed that judges were at risk.', ['pt-9', 'pt-1'])]),
      section('recommendations', [
        { id: 'r1', kind: 'list', ordered: true, items: [{ content: [{ text: 'Agree.' }], sources: ['pt-2'] }] },
      ]),
      section('annex-parking-lot', [sourced('a1', 'Follow up', ['pt-1'])], true),
    ]);
    expect(check2(d, [item('item-pres1', { confidentiality: 'on-record' })])).toEqual([
      ['discussion', 'd1', 'identifying', 'The only woman judge in the northern district was threatened.'],
      ['recommendations', 'r1', 'identifying', 'Yes.'],
    ]);
  });

  it("finds an identifying point's words pasted into a block without sources, however spaced or cased", () => {
    const d = doc([
      section('summary', [
        para('s1', 'One participant said: \u2068the only woman judge in the  northern district was threatened\u2069.'),
        para('s2', 'Yes. Participants agreed.'),
      ]),
    ]);
    expect(check2(d)).toEqual([
      ['summary', 's1', 'identifying', 'The only woman judge in the northern district was threatened.'],
    ]);
  });

  it('cuts a long point to an excerpt', () => {
    const long = `${'word '.repeat(30)}end`;
    const d = doc([section('discussion', [sourced('d1', 'x', ['pt-3'])])]);
    const [finding] = confidentialityFindings(d, {
      people: [],
      agenda: chatham,
      hostOrganisation: '',
      identifying: [{ id: 'pt-3', text: long }],
    });
    expect([...(finding?.match ?? '')]).toHaveLength(80);
    expect(finding?.match.endsWith('…')).toBe(true);
  });
});
