import type { ReportDocument } from '@hiwar/protocol';
import { describe, expect, it } from 'vitest';
import { confidentialityFindings, transliterationWarnings } from './check.js';
import { item } from './test/fixtures.js';

/**
 * The name check read against sentences a rapporteur would type, in Arabic, French and Swedish: each
 * row is a sentence of a Chatham House discussion and the words the check must flag in it (the name as
 * written, with its prefixes and endings), or nothing at all. Participants are the people below.
 */
const PEOPLE = [
  { name: 'سلمى حداد', organisation: 'شبكة المدافعات' },
  { name: 'رانية الزعبي', organisation: null },
  { name: 'أحمد منصور', organisation: 'جمعية المياه' },
  { name: 'فاطمة يوسف', organisation: null },
  { name: 'خالد العمري', organisation: null },
  { name: 'Aïcha Benali', organisation: 'Observatoire du Sahel' },
  { name: 'Élodie Marchand', organisation: null },
  { name: 'Jean-Luc Ouedraogo', organisation: 'Fonds Agricole' },
  { name: 'Ingrid Lundberg', organisation: 'Vattenrådet' },
  { name: 'Sven Åkesson', organisation: null },
  { name: 'Omar Haddad', organisation: null },
];

const agenda = [item('item-disc1', { confidentiality: 'chatham-house' })];

/** A report whose Chatham House discussion is one paragraph of this text. */
function discussionOf(text: string, language: ReportDocument['language']): ReportDocument {
  return {
    language,
    dir: language === 'ar' ? 'rtl' : 'ltr',
    sections: [
      {
        key: 'discussion',
        heading: 'Discussion',
        internal: false,
        edited: false,
        blocks: [{ id: 'p1', kind: 'paragraph', content: [{ text }], sources: [], reviewItemId: null }],
      },
    ],
  };
}

function flagged(text: string, language: ReportDocument['language']): string[] {
  const context = { people: PEOPLE, agenda, hostOrganisation: 'Host' };
  return confidentialityFindings(discussionOf(text, language), context).map((f) => f.match);
}

/** Whether a finding covers the expected words: the same, or the expected words inside it or it inside them. */
const covers = (found: string[], expected: string) =>
  found.some((m) => m === expected || expected.includes(m) || m.includes(expected));

// [sentence, words that must be flagged]
const ARABIC_FOUND: [string, string][] = [
  ['قالت سلمى إن التمويل قصير الأمد', 'سلمى'],
  ['وسلمى ترى أن المنح قصيرة', 'وسلمى'],
  ['فسلمى أشارت إلى المخاطر', 'فسلمى'],
  ['وجّه الشكر لسلمى على المداخلة', 'لسلمى'],
  ['بسلمى بدأ النقاش', 'بسلمى'],
  ['كانت مثل كسلمى في رأيها', 'كسلمى'],
  ['وبسلمى انتهت الجلسة', 'وبسلمى'],
  ['قالت سلمي إن المياه شحيحة', 'سلمي'],
  ['وقالت ســلمى إن', 'ســلمى'],
  ['أكدت سَلمى أن المنح قصيرة', 'سَلمى'],
  ['أشارت السيدة حداد إلى الآبار', 'حداد'],
  ['وحداد يرى غير ذلك', 'وحداد'],
  ['قال الزعبي إن البيانات ناقصة', 'الزعبي'],
  ['والزعبي أيضاً طالبت بالشفافية', 'والزعبي'],
  ['بالزعبي بدأ الحديث', 'بالزعبي'],
  ['فالزعبي ترى أن الحل محلي', 'فالزعبي'],
  ['وللزعبي رأي آخر', 'وللزعبي'],
  ['للزعبي رأي آخر في المسألة', 'للزعبي'],
  ['وبالزعبي انتهى العرض', 'وبالزعبي'],
  ['تحدثت رانية عن الجفاف', 'رانية'],
  ['وتحدثت رانيه عن الجفاف', 'رانيه'],
  ['قال أحمد إن الجمعيات مهمشة', 'أحمد'],
  ['قال احمد إن الجمعيات مهمشة', 'احمد'],
  ['قال إحمد إن الجمعيات مهمشة', 'إحمد'],
  ['وأحمد طالب بالتمويل', 'وأحمد'],
  ['قال منصور إن الأسعار ترتفع', 'منصور'],
  ['ومنصور لم يوافق', 'ومنصور'],
  ['قال منصورهم إن', 'منصورهم'],
  ['دعا مَنصُور إلى التعاون', 'مَنصُور'],
  ['أشارت فاطمة إلى دور النساء', 'فاطمة'],
  ['وأشارت فاطمه إلى دور النساء', 'فاطمه'],
  ['ولفاطمة اقتراح مختلف', 'ولفاطمة'],
  ['قالت يوسف إن القوانين قديمة', 'يوسف'],
  ['وليوسف رأي في ذلك', 'وليوسف'],
  ['تحدث خالد عن الحدود', 'خالد'],
  ['وخالد طالب بلجنة مشتركة', 'وخالد'],
  ['قال العمري إن اللجان غائبة', 'العمري'],
  ['وللعمري ملاحظة على التقرير', 'وللعمري'],
  ['أكدت ممثلة شبكة المدافعات أن الحماية ضعيفة', 'شبكة المدافعات'],
  ['وقالت جمعية المياه إن العدادات معطلة', 'جمعية المياه'],
  ['كما أشار أحمد منصور إلى الديون', 'أحمد منصور'],
  ['وأوضحت سلمى حداد أن المنح قصيرة', 'سلمى حداد'],
];

const ARABIC_CLEAN: string[] = [
  'دعا المشاركون إلى حلول سلمية للنزاعات',
  'تحدث المشاركون عن السلام والأمن',
  'حسنا، انتقل النقاش إلى التمويل',
  'طالبوا بالحسنى في التعامل',
  'قالوا إن المنصورة مدينة مهمة',
  'أشار مشارك إلى الحدادة التقليدية في القرى',
  'طالب مشاركون بحماية المدافعين عن الأرض',
  'الخلود للأرض، قال أحد المشاركين',
  'شدد المشاركون على أهمية البيانات المفتوحة',
  'أكد مشارك أن الأحمر لون التحذير في الخرائط',
  'ناقش المشاركون الفطام المبكر في المخيمات',
  'دعت مشاركة إلى تمويل مرن طويل الأمد',
  'تساءل مشارك عما إذا كانت المنح تكفي',
  'أشار المشاركون إلى انتصار المجتمعات المحلية',
];

const FRENCH_FOUND: [string, string][] = [
  ['Aïcha a rappelé que les forages sont à sec.', 'Aïcha'],
  ['Selon Aicha, les forages sont à sec.', 'Aicha'],
  ["L'intervention d'Aïcha portait sur les forages.", 'Aïcha'],
  ["D'après Benali, les fonds arrivent trop tard.", 'Benali'],
  ['Mme BENALI a insisté sur la transparence.', 'BENALI'],
  ["L'avis d'Élodie était différent.", 'Élodie'],
  ['Elodie a souligné le rôle des communes.', 'Elodie'],
  ['Marchand a demandé un calendrier clair.', 'Marchand'],
  ['Jean-Luc a proposé un fonds commun.', 'Jean-Luc'],
  ['Jean Luc a proposé un fonds commun.', 'Jean Luc'],
  ["L'idée de M. Ouedraogo a été reprise.", 'Ouedraogo'],
  ['Le représentant du Fonds Agricole a parlé des semences.', 'Fonds Agricole'],
  ["L'Observatoire du Sahel publie des données.", 'Observatoire du Sahel'],
  ['Une participante, Aïcha Benali, a parlé des puits.', 'Aïcha Benali'],
  ['Comme le dit Omar, il faut agir.', 'Omar'],
  ["D'Omar Haddad vient cette proposition.", 'Omar Haddad'],
  ['Haddad a rappelé les chiffres.', 'Haddad'],
  ["Selon Ingrid, l'eau manque.", 'Ingrid'],
  ['Sven a cité les chiffres suédois.', 'Sven'],
  ['Le point de Lundberg était clair.', 'Lundberg'],
];

const FRENCH_CLEAN: string[] = [
  'Les participants ont souligné le rôle des marchands locaux.',
  'Un participant a demandé un calendrier clair.',
  "L'observatoire régional publie des données.",
  'Les fonds arrivent trop tard dans les communes.',
  'Plusieurs participants ont parlé du Sahel en général.',
  'Les marchands ambulants ont perdu leurs clients.',
  'Il faut agir avant la saison sèche.',
  'Une participante a rappelé les chiffres de la sécheresse.',
  "Les marchandises n'arrivent plus aux marchés.",
  'Certains ont évoqué les lundis de marché.',
];

const SWEDISH_FOUND: [string, string][] = [
  ['Ingrid betonade att bidragen är för korta.', 'Ingrid'],
  ['Lundberg menade att kommunerna saknar data.', 'Lundberg'],
  ['Enligt Lundbergs bedömning räcker inte bidragen.', 'Lundbergs'],
  ['Haddads förslag fick stöd.', 'Haddads'],
  ['Ingrids inlägg handlade om grundvatten.', 'Ingrids'],
  ['Sven Åkesson tog upp gränsfrågorna.', 'Sven Åkesson'],
  ['Åkessons siffror visade en tydlig trend.', 'Åkessons'],
  ['Akesson ville se en gemensam kommission.', 'Akesson'],
  ['Representanten för Vattenrådet talade om avgifter.', 'Vattenrådet'],
  ['Vattenrådets rapport citerades.', 'Vattenrådets'],
  ['Benalis synpunkt var att medlen kommer för sent.', 'Benalis'],
  ['Som Omar sa behövs långsiktig finansiering.', 'Omar'],
  ['Aïcha Benali lyfte fram kvinnornas roll.', 'Aïcha Benali'],
  ['Marchand frågade om tidplanen.', 'Marchand'],
  ['Ouedraogos förslag om en fond fick stöd.', 'Ouedraogos'],
  ['LUNDBERG skrev i chatten att data saknas.', 'LUNDBERG'],
];

const SWEDISH_CLEAN: string[] = [
  'Deltagarna betonade att bidragen är för korta.',
  'En deltagare menade att kommunerna saknar data.',
  'Flera deltagare talade om vattnet i Lund.',
  'Bergsområdena drabbas först av torkan.',
  'En deltagare frågade om tidplanen för svenska medel.',
  'Rådet för vattenfrågor nämndes i allmänna termer.',
  'Flera lyfte fram kvinnornas roll i byarna.',
  'Några deltagare efterlyste en gemensam kommission.',
  'Marknaderna påverkas av torkan.',
  'En deltagare citerade siffror från Sverige.',
];

describe('the name check against a corpus of sentences (Arabic, French, Swedish)', () => {
  it('has at least a hundred sentences', () => {
    const rows =
      ARABIC_FOUND.length +
      ARABIC_CLEAN.length +
      FRENCH_FOUND.length +
      FRENCH_CLEAN.length +
      SWEDISH_FOUND.length +
      SWEDISH_CLEAN.length;
    expect(rows).toBeGreaterThanOrEqual(100);
  });

  it.each(ARABIC_FOUND)('Arabic: «%s» → %s', (text, expected) => {
    const found = flagged(text, 'ar');
    expect(covers(found, expected), `found ${JSON.stringify(found)}`).toBe(true);
  });
  it.each(ARABIC_CLEAN)('Arabic, nothing flagged: «%s»', (text) => {
    expect(flagged(text, 'ar')).toEqual([]);
  });
  it.each(FRENCH_FOUND)('French: « %s » → %s', (text, expected) => {
    const found = flagged(text, 'fr');
    expect(covers(found, expected), `found ${JSON.stringify(found)}`).toBe(true);
  });
  it.each(FRENCH_CLEAN)('French, nothing flagged: « %s »', (text) => {
    expect(flagged(text, 'fr')).toEqual([]);
  });
  it.each(SWEDISH_FOUND)('Swedish: ”%s” → %s', (text, expected) => {
    const found = flagged(text, 'sv');
    expect(covers(found, expected), `found ${JSON.stringify(found)}`).toBe(true);
  });
  it.each(SWEDISH_CLEAN)('Swedish, nothing flagged: ”%s”', (text) => {
    expect(flagged(text, 'sv')).toEqual([]);
  });

  it('a first name that is also an ordinary word warns when found alone, and blocks in a full name', () => {
    const people = [
      { name: 'سلام العلي', organisation: null },
      { name: 'Hope Mensah', organisation: null },
    ];
    const at = (text: string, language: ReportDocument['language']) => {
      const document = discussionOf(text, language);
      const context = { people, agenda, hostOrganisation: 'Host' };
      return {
        blocks: confidentialityFindings(document, context).map((f) => f.match),
        warns: transliterationWarnings(document, context).map((f) => f.match),
      };
    };
    expect(at('دعا المشاركون إلى سلام دائم في المنطقة', 'ar')).toEqual({ blocks: [], warns: ['سلام'] });
    expect(at('وقال سلام العلي إن الحدود مغلقة', 'ar').blocks).toEqual(['سلام العلي']);
    expect(at('Hope remains that the talks resume.', 'en')).toEqual({ blocks: [], warns: ['Hope'] });
    expect(at('Participants expressed hope for the talks.', 'en')).toEqual({ blocks: [], warns: [] });
    expect(at('As Mensah said, the talks must resume.', 'en').blocks).toEqual(['Mensah']);
  });
});
