import type { AgendaItemKind, Language, MeetingFormat } from '@hiwar/protocol';

/** How strongly a point is held, from the number of distinct people who raised or supported it. */
export type Quantifier = 'strong' | 'several' | 'some' | 'one';

/** A noun in every form a count needs: Arabic has one, two, 3–10, 11–99 and 100+ forms. */
interface CountForms {
  one: string;
  two: string;
  few: string;
  many: string;
  other: string;
}

/**
 * The count and noun together, in the agreement each language asks for. `n` is already formatted with
 * Intl for the language; Arabic's dual and "one" forms carry no numeral, as in careful Modern Standard.
 */
function counted(language: Language, count: number, n: string, forms: CountForms): string {
  const rule = new Intl.PluralRules(language).select(count);
  if (language === 'ar') {
    if (rule === 'one') return forms.one;
    if (rule === 'two') return forms.two;
    if (rule === 'few') return `${n} ${forms.few}`;
    if (rule === 'many') return `${n} ${forms.many}`;
    return `${n} ${forms.other}`;
  }
  return `${n} ${rule === 'one' ? forms.one : forms.other}`;
}

/** Lower-cases a sentence's first word for use after "that", unless it looks like an acronym or "I". */
export function asClause(text: string): string {
  const first = text.match(/^\p{L}+/u)?.[0] ?? '';
  if (first.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(first)) return text.charAt(0).toLocaleLowerCase() + text.slice(1);
  return text;
}

const RIGHT_TO_LEFT = new Set<Language>(['ar']);
/** Letters of right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, N'Ko and the Arabic presentation forms. */
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

/** The direction of a text's first letter, or null when it has none (digits, punctuation). */
export function firstStrongDirection(text: string): 'ltr' | 'rtl' | null {
  const letter = text.match(/\p{L}/u)?.[0];
  if (!letter) return null;
  return RTL_LETTER.test(letter) ? 'rtl' : 'ltr';
}

/**
 * Someone's words put into a sentence of the report's language. When their direction differs (an English
 * point quoted in an Arabic sentence, an Arabic name in an English one) they are wrapped in Unicode
 * isolates (U+2068 … U+2069), so every export keeps the quoted sentence's full stop and brackets with it
 * instead of moving them to the other end of the line. Same-direction text is left exactly as it is.
 */
export function embed(text: string, language: Language): string {
  const own = RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
  const theirs = firstStrongDirection(text);
  return theirs && theirs !== own ? `\u2068${text}\u2069` : text;
}

/** French "que" elides before a vowel or a mute h. */
function que(clause: string): string {
  return /^[aeiouyhàâäéèêëîïôöûüÿæœAEIOUYHÀÂÉÈÊÎÔÛ]/u.test(clause) ? `qu’${clause}` : `que ${clause}`;
}

type Texts<T> = Record<Language, T>;
const t = <T>(texts: Texts<T>): Texts<T> => texts;

export const phrases = {
  chathamHouse: t({
    en: 'The discussion was held under the Chatham House Rule: participants are free to use the information received, but neither the identity nor the affiliation of any speaker or participant may be revealed.',
    ar: 'جرت المناقشة وفقًا لقاعدة تشاتام هاوس: يحقّ للمشاركين استخدام المعلومات التي حصلوا عليها، دون الكشف عن هوية أيّ متحدث أو مشارك أو الجهة التي ينتمي إليها.',
    fr: 'La discussion s’est tenue selon la règle de Chatham House : les participants sont libres d’utiliser les informations reçues, mais ni l’identité ni l’affiliation des intervenants ou des participants ne peuvent être révélées.',
    sv: 'Diskussionen fördes enligt Chatham House-regeln: deltagarna får använda informationen de fått, men varken identitet eller tillhörighet för någon talare eller deltagare får röjas.',
  }),
  hostedBy: t({
    en: (host: string) => `Host organisation: ${host}`,
    ar: (host: string) => `تنظيم: ${host}`,
    fr: (host: string) => `Organisation hôte : ${host}`,
    sv: (host: string) => `Arrangör: ${host}`,
  }),
  dateLine: t({
    en: (date: string, format: string) => `Date: ${date}. Format: ${format}.`,
    ar: (date: string, format: string) => `التاريخ: ${date}. الصيغة: ${format}.`,
    fr: (date: string, format: string) => `Date : ${date}. Format : ${format}.`,
    sv: (date: string, format: string) => `Datum: ${date}. Format: ${format}.`,
  }),
  format: t<Record<MeetingFormat, string>>({
    en: { online: 'online', 'in-person': 'in person', hybrid: 'hybrid (in person and online)' },
    ar: { online: 'عبر الإنترنت', 'in-person': 'حضوري', hybrid: 'هجين (حضوري وعبر الإنترنت)' },
    fr: { online: 'en ligne', 'in-person': 'en présentiel', hybrid: 'hybride (en présentiel et en ligne)' },
    sv: { online: 'digitalt', 'in-person': 'på plats', hybrid: 'hybrid (på plats och digitalt)' },
  }),
  /** Separators inside a parenthesis: Arabic has its own comma and semicolon. */
  comma: t({ en: ', ', ar: '، ', fr: ', ', sv: ', ' }),
  semicolon: t({ en: '; ', ar: '؛ ', fr: ' ; ', sv: '; ' }),
  tally: t({
    en: (label: string, n: string) => `${label} (${n})`,
    ar: (label: string, n: string) => `${label} (${n})`,
    fr: (label: string, n: string) => `${label} (${n})`,
    sv: (label: string, n: string) => `${label} (${n})`,
  }),
  summary: t({ en: 'Summary', ar: 'ملخّص', fr: 'Résumé', sv: 'Sammanfattning' }),
  people: t({
    en: (count: number, n: string) =>
      counted('en', count, n, { one: 'participant', two: '', few: '', many: '', other: 'participants' }),
    ar: (count: number, n: string) =>
      counted('ar', count, n, { one: 'مشارك واحد', two: 'مشاركَين', few: 'مشاركين', many: 'مشاركًا', other: 'مشارك' }),
    fr: (count: number, n: string) =>
      counted('fr', count, n, { one: 'participant', two: '', few: '', many: '', other: 'participants' }),
    sv: (count: number, n: string) =>
      counted('sv', count, n, { one: 'deltagare', two: '', few: '', many: '', other: 'deltagare' }),
  }),
  participants: t({
    en: (count: number, n: string, from: string | null) =>
      `${counted('en', count, n, { one: 'participant', two: '', few: '', many: '', other: 'participants' })} took part${from ? `, from ${from}` : ''}.`,
    ar: (count: number, n: string, from: string | null) =>
      `شارك في الاجتماع ${counted('ar', count, n, { one: 'مشارك واحد', two: 'مشاركان', few: 'مشاركين', many: 'مشاركًا', other: 'مشارك' })}${from ? ` من ${from}` : ''}.`,
    fr: (count: number, n: string, from: string | null) =>
      `${counted('fr', count, n, { one: 'participant', two: '', few: '', many: '', other: 'participants' })} ${count > 1 ? 'ont' : 'a'} pris part à la réunion${from ? `, issus des milieux suivants : ${from}` : ''}.`,
    sv: (count: number, n: string, from: string | null) =>
      `Mötet samlade ${counted('sv', count, n, { one: 'deltagare', two: '', few: '', many: '', other: 'deltagare' })}${from ? `, från ${from}` : ''}.`,
  }),
  otherCategory: t({
    en: (name: string, list: string) => `${name}: ${list}.`,
    ar: (name: string, list: string) => `${name}: ${list}.`,
    fr: (name: string, list: string) => `${name} : ${list}.`,
    sv: (name: string, list: string) => `${name}: ${list}.`,
  }),
  mainThemes: t({
    en: (list: string) => `The discussion centred on the following themes: ${list}.`,
    ar: (list: string) => `تمحورت المناقشة حول المحاور الرئيسية التالية: ${list}.`,
    fr: (list: string) => `La discussion a porté principalement sur les thèmes suivants : ${list}.`,
    sv: (list: string) => `Diskussionen kretsade kring följande teman: ${list}.`,
  }),
  presentations: t({ en: 'Presentations', ar: 'العروض', fr: 'Présentations', sv: 'Presentationer' }),
  presentationUnnamed: t({
    en: (title: string) => `${title} (presenter not named under the Chatham House Rule)`,
    ar: (title: string) => `${title} (لا يُذكر اسم مقدّم العرض وفقًا لقاعدة تشاتام هاوس)`,
    fr: (title: string) => `${title} (intervenant non nommé selon la règle de Chatham House)`,
    sv: (title: string) => `${title} (talaren namnges inte enligt Chatham House-regeln)`,
  }),
  noPresentationPoints: t({
    en: 'No points from this presentation were recorded.',
    ar: 'لم تُسجَّل أيّ نقاط من هذا العرض.',
    fr: 'Aucun point de cette présentation n’a été consigné.',
    sv: 'Inga punkter från presentationen antecknades.',
  }),
  discussion: t({ en: 'Discussion', ar: 'المناقشة', fr: 'Discussion', sv: 'Diskussion' }),
  otherPoints: t({
    en: 'Other points raised',
    ar: 'نقاط أخرى طُرحت',
    fr: 'Autres points soulevés',
    sv: 'Övriga synpunkter',
  }),
  quantifier: t<Record<Quantifier, (text: string) => string>>({
    en: {
      strong: (s) => `Participants strongly agreed that ${asClause(s)}`,
      several: (s) => `Several participants emphasised that ${asClause(s)}`,
      some: (s) => `Some pointed out that ${asClause(s)}`,
      one: (s) => `One participant noted that ${asClause(s)}`,
    },
    ar: {
      strong: (s) => `اتفق المشاركون بقوة على ما يلي: ${s}`,
      several: (s) => `شدّد عدد من المشاركين على ما يلي: ${s}`,
      some: (s) => `أشار بعض المشاركين إلى ما يلي: ${s}`,
      one: (s) => `لاحظ أحد المشاركين ما يلي: ${s}`,
    },
    fr: {
      strong: (s) => `Les participants se sont fortement accordés à dire ${que(asClause(s))}`,
      several: (s) => `Plusieurs participants ont souligné ${que(asClause(s))}`,
      some: (s) => `Certains ont relevé ${que(asClause(s))}`,
      one: (s) => `Un participant a fait observer ${que(asClause(s))}`,
    },
    sv: {
      strong: (s) => `Deltagarna var i hög grad eniga om att ${asClause(s)}`,
      several: (s) => `Flera deltagare betonade att ${asClause(s)}`,
      some: (s) => `Några påpekade att ${asClause(s)}`,
      one: (s) => `En deltagare noterade att ${asClause(s)}`,
    },
  }),
  /** A second wording of each quantifier, so that sentences in a row under one theme do not all open alike. */
  quantifierAgain: t<Record<Quantifier, (text: string) => string>>({
    en: {
      strong: (s) => `There was broad agreement that ${asClause(s)}`,
      several: (s) => `A number of participants stressed that ${asClause(s)}`,
      some: (s) => `Some participants added that ${asClause(s)}`,
      one: (s) => `One participant observed that ${asClause(s)}`,
    },
    ar: {
      strong: (s) => `ساد توافق واسع على ما يلي: ${s}`,
      several: (s) => `أكّد عدد من المشاركين ما يلي: ${s}`,
      some: (s) => `أضاف بعض المشاركين ما يلي: ${s}`,
      one: (s) => `أشار أحد المشاركين إلى ما يلي: ${s}`,
    },
    fr: {
      strong: (s) => `Un large accord s’est dégagé pour dire ${que(asClause(s))}`,
      several: (s) => `Un certain nombre de participants ont insisté sur le fait ${que(asClause(s))}`,
      some: (s) => `Certains participants ont ajouté ${que(asClause(s))}`,
      one: (s) => `Un participant a relevé ${que(asClause(s))}`,
    },
    sv: {
      strong: (s) => `Det rådde bred enighet om att ${asClause(s)}`,
      several: (s) => `Ett antal deltagare underströk att ${asClause(s)}`,
      some: (s) => `Några deltagare tillade att ${asClause(s)}`,
      one: (s) => `En deltagare framhöll att ${asClause(s)}`,
    },
  }),
  recommendations: t({
    en: 'Recommendations and way forward',
    ar: 'التوصيات والخطوات المقبلة',
    fr: 'Recommandations et suites à donner',
    sv: 'Rekommendationer och vägen framåt',
  }),
  rankedByVote: t({
    en: (title: string) => `Ranked by the participants’ dot vote “${title}”.`,
    ar: (title: string) => `رُتّبت حسب تصويت المشاركين بالنقاط «${title}».`,
    fr: (title: string) => `Classées selon le vote par points des participants « ${title} ».`,
    sv: (title: string) => `Rangordnade efter deltagarnas prickröstning ”${title}”.`,
  }),
  rankedBySupport: t({
    en: 'Listed by the number of participants who raised or supported each.',
    ar: 'مرتّبة حسب عدد المشاركين الذين طرحوا كلًّا منها أو أيّدوها.',
    fr: 'Classées selon le nombre de participants qui les ont formulées ou soutenues.',
    sv: 'Ordnade efter hur många deltagare som tog upp eller stödde var och en.',
  }),
  dots: t({
    en: (count: number, n: string) =>
      `(${counted('en', count, n, { one: 'dot', two: '', few: '', many: '', other: 'dots' })})`,
    ar: (count: number, n: string) =>
      `(${counted('ar', count, n, { one: 'نقطة واحدة', two: 'نقطتان', few: 'نقاط', many: 'نقطةً', other: 'نقطة' })})`,
    fr: (count: number, n: string) =>
      `(${counted('fr', count, n, { one: 'point', two: '', few: '', many: '', other: 'points' })})`,
    sv: (count: number, n: string) =>
      `(${counted('sv', count, n, { one: 'prick', two: '', few: '', many: '', other: 'prickar' })})`,
  }),
  notes: t({ en: 'Notes', ar: 'ملاحظات', fr: 'Notes', sv: 'Noter' }),
  quantifierNote: t({
    en: (participants: string, strong: string, several: string, some: string) =>
      `Quantifiers follow how many people raised or supported each point: “strongly agreed” means at least ${strong} of ${participants} (and never fewer than ${several}); “several” at least ${several}; “some” at least ${some}; otherwise one participant.`,
    ar: (participants: string, strong: string, several: string, some: string) =>
      `تعكس عبارات الكمّ عدد الأشخاص الذين طرحوا كل نقطة أو أيّدوها: «اتفق المشاركون بقوة» تعني ${strong} على الأقل من أصل ${participants} (وليس أقل من ${several} في أيّ حال)؛ و«عدد من المشاركين» ${several} على الأقل؛ و«بعض المشاركين» ${some} على الأقل؛ وإلا فمشارك واحد.`,
    fr: (participants: string, strong: string, several: string, some: string) =>
      `Les quantificateurs suivent le nombre de personnes ayant formulé ou soutenu chaque point : « fortement accordés » signifie au moins ${strong} sur ${participants} (et jamais moins de ${several}) ; « plusieurs », au moins ${several} ; « certains », au moins ${some} ; sinon, un seul participant.`,
    sv: (participants: string, strong: string, several: string, some: string) =>
      `Kvantifierarna följer hur många som tog upp eller stödde varje punkt: ”i hög grad eniga” betyder minst ${strong} av ${participants} (och aldrig färre än ${several}); ”flera” minst ${several}; ”några” minst ${some}; annars en deltagare.`,
  }),
  draftNote: t({
    en: 'This is a draft prepared from the points recorded during the meeting; the rapporteur reviews and edits it before publication.',
    ar: 'هذه مسودة أُعدّت استنادًا إلى النقاط المسجّلة خلال الاجتماع، ويراجعها المقرّر ويحرّرها قبل النشر.',
    fr: 'Ce document est un projet établi à partir des points consignés pendant la réunion ; le rapporteur le relit et le corrige avant publication.',
    sv: 'Detta är ett utkast som bygger på de punkter som antecknades under mötet; rapportören granskar och redigerar det före publicering.',
  }),
  disclaimer: t({ en: 'Disclaimer', ar: 'إخلاء مسؤولية', fr: 'Avertissement', sv: 'Ansvarsfriskrivning' }),
  disclaimerText: t({
    en: (host: string) =>
      `This report summarises the discussion as understood by the rapporteur. It does not necessarily reflect the views of the host organisation (${host}), of any participant or of the organisations they represent, and it does not imply consensus on any point.`,
    ar: (host: string) =>
      `يلخّص هذا التقرير المناقشة كما فهمها المقرّر، ولا يعبّر بالضرورة عن آراء الجهة المنظِّمة (${host}) أو أيّ من المشاركين أو الجهات التي يمثّلونها، ولا يعني وجود توافق على أيّ نقطة.`,
    fr: (host: string) =>
      `Le présent rapport résume la discussion telle que le rapporteur l’a comprise. Il ne reflète pas nécessairement les vues de l’organisation hôte (${host}), des participants ou des organisations qu’ils représentent, et n’implique aucun consensus sur quelque point que ce soit.`,
    sv: (host: string) =>
      `Rapporten sammanfattar diskussionen så som rapportören uppfattat den. Den återspeglar inte nödvändigtvis synpunkterna hos värdorganisationen (${host}), hos någon deltagare eller hos de organisationer de företräder, och innebär inte att enighet nåtts i någon fråga.`,
  }),
  annexAgenda: t({
    en: 'Annex (internal): Agenda',
    ar: 'ملحق (للاستخدام الداخلي): جدول الأعمال',
    fr: 'Annexe (interne) : ordre du jour',
    sv: 'Bilaga (intern): Dagordning',
  }),
  annexParkingLot: t({
    en: 'Annex (internal): Parking lot and next steps',
    ar: 'ملحق (للاستخدام الداخلي): المسائل المؤجّلة والخطوات التالية',
    fr: 'Annexe (interne) : questions en attente et prochaines étapes',
    sv: 'Bilaga (intern): Parkerade frågor och nästa steg',
  }),
  annexBalance: t({
    en: 'Annex (internal): Participation by category',
    ar: 'ملحق (للاستخدام الداخلي): المشاركة حسب الفئة',
    fr: 'Annexe (interne) : participation par catégorie',
    sv: 'Bilaga (intern): Deltagande per kategori',
  }),
  annexParticipants: t({
    en: 'Annex (internal): Participants who agreed to be listed',
    ar: 'ملحق (للاستخدام الداخلي): المشاركون الذين وافقوا على ذكر أسمائهم',
    fr: 'Annexe (interne) : participants ayant accepté d’être cités',
    sv: 'Bilaga (intern): Deltagare som godkänt att stå med',
  }),
  noneListed: t({
    en: 'No participant agreed to be listed.',
    ar: 'لم يوافق أيّ مشارك على ذكر اسمه.',
    fr: 'Aucun participant n’a accepté d’être cité.',
    sv: 'Ingen deltagare har godkänt att stå med.',
  }),
  pointsPerTheme: t({
    en: 'Points raised per theme',
    ar: 'عدد النقاط المطروحة في كل محور',
    fr: 'Points soulevés par thème',
    sv: 'Synpunkter per tema',
  }),
  floorTimeBy: t({
    en: (category: string) => `Speaking time by ${category} (minutes)`,
    ar: (category: string) => `وقت الحديث حسب ${category} (بالدقائق)`,
    fr: (category: string) => `Temps de parole par ${category} (minutes)`,
    sv: (category: string) => `Taltid per ${category} (minuter)`,
  }),
  notSaid: t({ en: 'not said', ar: 'لم يُحدَّد', fr: 'non précisé', sv: 'ej angivet' }),
  chathamHouseSource: t({
    en: 'The Chatham House Rule, as set out by Chatham House: https://www.chathamhouse.org/about-us/chatham-house-rule',
    ar: 'قاعدة تشاتام هاوس كما يحدّدها معهد تشاتام هاوس: https://www.chathamhouse.org/about-us/chatham-house-rule',
    fr: 'La règle de Chatham House telle que définie par Chatham House : https://www.chathamhouse.org/about-us/chatham-house-rule',
    sv: 'Chatham House-regeln så som Chatham House formulerar den: https://www.chathamhouse.org/about-us/chatham-house-rule',
  }),
  kind: t<Record<AgendaItemKind, string>>({
    en: {
      opening: 'opening',
      presentation: 'presentation',
      discussion: 'discussion',
      break: 'break',
      closing: 'closing',
      other: 'other',
    },
    ar: {
      opening: 'افتتاح',
      presentation: 'عرض',
      discussion: 'مناقشة',
      break: 'استراحة',
      closing: 'اختتام',
      other: 'أخرى',
    },
    fr: {
      opening: 'ouverture',
      presentation: 'présentation',
      discussion: 'discussion',
      break: 'pause',
      closing: 'clôture',
      other: 'autre',
    },
    sv: {
      opening: 'inledning',
      presentation: 'presentation',
      discussion: 'diskussion',
      break: 'paus',
      closing: 'avslutning',
      other: 'övrigt',
    },
  }),
  minutes: t({
    en: (count: number, n: string) =>
      counted('en', count, n, { one: 'minute', two: '', few: '', many: '', other: 'minutes' }),
    ar: (count: number, n: string) =>
      counted('ar', count, n, { one: 'دقيقة واحدة', two: 'دقيقتان', few: 'دقائق', many: 'دقيقةً', other: 'دقيقة' }),
    fr: (count: number, n: string) =>
      counted('fr', count, n, { one: 'minute', two: '', few: '', many: '', other: 'minutes' }),
    sv: (count: number, n: string) =>
      counted('sv', count, n, { one: 'minut', two: '', few: '', many: '', other: 'minuter' }),
  }),
  owner: t({
    en: (owner: string) => `owner: ${owner}`,
    ar: (owner: string) => `المسؤول: ${owner}`,
    fr: (owner: string) => `responsable : ${owner}`,
    sv: (owner: string) => `ansvarig: ${owner}`,
  }),
  ownerWithheld: t({
    en: 'owner withheld under the Chatham House Rule',
    ar: 'لا يُذكر المسؤول وفقًا لقاعدة تشاتام هاوس',
    fr: 'responsable non nommé selon la règle de Chatham House',
    sv: 'ansvarig namnges inte enligt Chatham House-regeln',
  }),
  due: t({
    en: (date: string) => `due ${date}`,
    ar: (date: string) => `الموعد النهائي: ${date}`,
    fr: (date: string) => `échéance : ${date}`,
    sv: (date: string) => `senast ${date}`,
  }),
};

export type PhraseKey = keyof typeof phrases;
