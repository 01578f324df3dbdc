import type { Language } from '@hiwar/protocol';
/**
 * The grammatical form of a point as people type it, which decides the report's frame: a clause takes
 * "noted that …", an instruction "called for …", a noun phrase "pointed to …", a question "asked whether …".
 * "that"/"que"/"att"/"أنّ" before a bare verb is the error this avoids.
 */
import { POINT_FORMS, type PointForm } from '@hiwar/protocol';
import nlp from 'compromise';

export { POINT_FORMS, type PointForm };

/** Trimmed, whitespace collapsed, list bullets and a final full stop removed: the words as a point. */
export function bare(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[-*•–—]\s*/u, '')
    .replace(/[.!…]+$/u, '')
    .trim();
}

const words = (s: string) =>
  s
    .toLocaleLowerCase()
    .split(/[\s,;:]+/u)
    .filter(Boolean);
const endsWithQuestion = (s: string) => /[?؟]["'”»)]*\s*$/u.test(s);

// English ------------------------------------------------------------------------------------------------

const EN_WH = new Set(['how', 'why', 'what', 'who', 'whom', 'whose', 'which', 'where', 'when']);
const EN_AUX = new Set([
  'do',
  'does',
  'did',
  'should',
  'shall',
  'can',
  'could',
  'would',
  'will',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'may',
  'might',
  'must',
  'isn’t',
  "isn't",
  'aren’t',
  "aren't",
  'shouldn’t',
  "shouldn't",
  'can’t',
  "can't",
  'doesn’t',
  "doesn't",
  'don’t',
  "don't",
]);
const EN_SUBJECT = new Set(['we', 'you', 'they', 'i', 'it', 'he', 'she', 'there', 'this', 'that', 'these', 'those']);
/** Openers that make an instruction out of what follows; they are dropped from the reported sentence. */
const EN_CALL_OPENER = /^(please|let['’]s|let us|kindly)\s+/iu;
/** Verbs that open instructions in policy dialogues, where the tagger could read a noun. */
const EN_VERBS = new Set(
  'hire pool set create fund ensure make give send translate publish share include involve train hire build stop end avoid pay extend open map invest expand reform review protect guarantee establish provide support strengthen increase reduce simplify remove allow recognise recognize require introduce launch offer prioritise prioritize use adopt hold integrate engage consult listen move bring put keep cut stop ban decriminalise decriminalize improve align pool link scale raise lower double tie replace revise consider allocate earmark channel mandate monitor track collect disaggregate document report target reach insist step close'.split(
    ' ',
  ),
);
/** Words that are verbs only when something other than a preposition follows ("support for …" is a topic). */
const EN_NOUN_IF_PREP = new Set([
  'trust',
  'support',
  'access',
  'funding',
  'training',
  'help',
  'aid',
  'change',
  'use',
  'need',
  'cuts',
  'focus',
  'review',
  'reform',
  'demand',
  'control',
  'protection',
  'report',
]);
type Term = { normal: string; tags: string[] };
/** Verbs of statements that the tagger reads as plural nouns. */
const EN_FINITE = new Set([
  'pushes',
  'makes',
  'takes',
  'keeps',
  'lacks',
  'needs',
  'reaches',
  'goes',
  'costs',
  'faces',
  'hits',
  'leaves',
  'excludes',
  'loses',
  'depends',
  'remains',
  'works',
  'fails',
  'ignores',
  'comes',
]);
const SUBORDINATORS = new Set([
  'who',
  'which',
  'that',
  'where',
  'whose',
  'because',
  'when',
  'if',
  'so',
  'unless',
  'while',
  'whom',
  'until',
  'before',
  'after',
  'since',
  'once',
]);
const PREPOSITIONS = new Set(['for', 'to', 'of', 'on', 'in', 'at', 'from', 'with', 'by', 'about', 'between', 'among']);

function englishForm(s: string): PointForm {
  const w = words(s.replace(EN_CALL_OPENER, ''));
  const first = w[0] ?? '';
  if (endsWithQuestion(s) || EN_WH.has(first)) return 'question';
  if (first === 'do' && (w[1] === 'not' || w[1] === 'never')) return 'imperative';
  if (first === "don't" || first === 'don’t' || first === 'never') return 'imperative';
  if (EN_AUX.has(first) && w.length > 2) return 'question';
  if (EN_CALL_OPENER.test(s)) return 'imperative';
  const doc = nlp(s);
  const terms = (doc.json() as { terms: Term[] }[]).flatMap((x) => x.terms);
  const tags = new Set(terms[0]?.tags ?? []);
  const second = w[1] ?? '';
  if (EN_NOUN_IF_PREP.has(first) && (PREPOSITIONS.has(second) || w.length === 1)) return 'noun-phrase';
  // A finite verb outside a relative or subordinate clause makes a statement; a topic has none ("lack of
  // routes that …"). An instruction's own verb stands first, so the search starts at the second word. In a
  // subordinate clause the first verb is its own; a second one is the sentence's ("Migrants who lose their
  // jobs also lose …").
  let subordinate = false;
  let ownVerb = false;
  let finiteAfterSubject = false;
  let strongFinite = false;
  for (let i = 1; i < terms.length; i++) {
    const t = terms[i] as Term;
    const prev = terms[i - 1] as Term;
    const next = terms[i + 1];
    if (SUBORDINATORS.has(t.normal)) {
      subordinate = true;
      ownVerb = false;
      continue;
    }
    const has = (tag: string) => t.tags.includes(tag);
    // "councils that seated herders reached …": a past form the tagger reads as an adjective, right after
    // "that"/"who", is the relative clause's own verb, so the next verb is the sentence's.
    const relativePast = has('Adjective') && /ed$/.test(t.normal) && SUBORDINATORS.has(prev.normal);
    if (subordinate && !ownVerb && (has('Verb') || relativePast)) {
      ownVerb = true;
      continue;
    }
    const strong = has('Copula') || has('Modal') || has('Auxiliary');
    // "-s" words are nouns as often as verbs: "funds for", "networks", "cycles that" are nouns.
    const sForm = has('PresentTense') && !has('Infinitive') && /s$/.test(t.normal) && !strong;
    const nounLike =
      sForm &&
      (prev.tags.includes('Preposition') ||
        prev.tags.includes('Determiner') ||
        next === undefined ||
        next.tags.includes('Preposition') ||
        next.tags.includes('Conjunction') ||
        SUBORDINATORS.has(next.normal));
    const finite =
      EN_FINITE.has(t.normal) ||
      strong ||
      (has('PastTense') && !has('Participle')) ||
      (has('PresentTense') && !has('Infinitive') && !nounLike) ||
      (has('PresentTense') && /s$/.test(t.normal) && !nounLike) ||
      // "associations need …", "we lack …": a bare verb after a plural subject, a pronoun or an adverb.
      (has('Infinitive') &&
        (prev.tags.includes('Plural') ||
          // "Farmers upstream take most …": a noun subject, then a bare verb with its object.
          (terms[0]?.tags.includes('Plural') && next !== undefined && !next.tags.includes('Preposition')) ||
          prev.tags.includes('Pronoun') ||
          prev.tags.includes('Adverb') ||
          /s$/.test(prev.normal)));
    // "water delivered by tanker": a past form right after a noun and before "by" is a passive participle
    // qualifying that noun, not the sentence's verb.
    const reducedPassive = has('PastTense') && next?.normal === 'by' && prev.tags.includes('Noun');
    if (!finite || reducedPassive || has('Gerund') || has('Participle')) continue;
    if (subordinate && !ownVerb) {
      ownVerb = true;
      continue;
    }
    finiteAfterSubject = true;
    strongFinite = strong;
    break;
  }
  // A listed verb opens an instruction unless a copula or modal follows its would-be subject ("Support
  // groups are …"); any other verb first does only when no finite verb follows ("Drip irrigation … benefit").
  if (EN_VERBS.has(first) && !PREPOSITIONS.has(second) && !strongFinite) return 'imperative';
  const verbFirst = (tags.has('Imperative') || tags.has('Infinitive')) && !tags.has('Gerund') && !tags.has('Noun');
  if (verbFirst && !finiteAfterSubject) return 'imperative';
  if (finiteAfterSubject) return 'clause';
  const one = terms[0];
  if (
    one &&
    (one.tags.includes('Copula') ||
      (one.tags.includes('PresentTense') && !one.tags.includes('Infinitive') && !one.tags.includes('Gerund')))
  )
    return 'clause';
  return 'noun-phrase';
}

// French -------------------------------------------------------------------------------------------------

const FR_WH =
  /^(est-ce qu|comment|pourquoi|combien|quand|où|qui |quel|quelle|quels|quelles|que |qu['’]|lequel|laquelle|lesquel)/iu;
const FR_INVERSION = /\S-(t-)?(il|elle|on|ils|elles|nous|vous)\b/iu;
const FR_CALL_OPENER =
  /^(il faut|il faudrait|il est (?:urgent|nécessaire|essentiel|important|indispensable) d['’e]\s*|il convient d['’e]\s*|nous devons|on doit|on devrait|merci de|veuillez)\s*/iu;
const FR_INFINITIVES = new Set(
  'tenir venir devenir retenir contenir garantir fournir établir investir élargir agir bâtir saisir définir ouvrir offrir accueillir réunir maintenir soutenir obtenir prévenir intervenir réfléchir bannir unir enrichir affermir approfondir assouplir réussir choisir remplir inclure mettre permettre remettre promettre transmettre soumettre dire interdire écrire inscrire réduire produire traduire conduire construire instruire introduire reconnaître connaître prendre reprendre apprendre comprendre rendre défendre étendre attendre suivre poursuivre vivre faire refaire satisfaire voir prévoir revoir recevoir concevoir pourvoir promouvoir émouvoir rompre résoudre dissoudre exclure conclure abattre combattre débattre battre vaincre convaincre ne'.split(
    ' ',
  ),
);
/** Nouns that end like an infinitive and can open a topic. */
const FR_NOT_INFINITIVE = new Set(
  'dossier premier dernier hier quartier chantier foyer loyer métier panier papier calendrier avenir désir loisir plaisir souvenir pouvoir devoir savoir espoir manoir couloir miroir trottoir cahier atelier clavier fichier courrier conseiller officier policier ouvrier pompier infirmier routier rentier mer fer cher léger entier'.split(
    ' ',
  ),
);
const FR_FINITE = new Set(
  'sert servent pousse poussent refuse refusent règle règlent facilite facilitent possède possèdent ressent ressentent termine terminent est sont a ont sera seront était étaient peut peuvent doit doivent faut faudrait devrait devraient pourrait pourraient reste restent manque manquent dépend dépendent reçoit reçoivent arrive arrivent vont va font permet permettent existe existent continue continuent transforme transforment alimente alimentent aggrave aggravent menace menacent prive privent pèse pèsent favorise favorisent renforce renforcent affaiblit affaiblissent détruit détruisent touche touchent bloque bloquent semble semblent représente représentent risque risquent empêche empêchent coûte coûtent compte comptent fonctionne fonctionnent passe passent vient viennent sait savent veut veulent prend prennent laisse laissent subit subissent quittent quitte gagne gagnent perd perdent paie paient paye payent dispose disposent ignore ignorent tient tiennent suffit suffisent aide aident mène mènent change changent devient deviennent atteint atteignent finance financent voit voient met mettent exige exigent concerne concernent augmente augmentent diminue diminuent baisse baissent monte montent nuit nuisent vit vivent relève relèvent revient reviennent demeure demeurent fait'.split(
    ' ',
  ),
);
const FR_NOUN_ENT =
  /(ment|^agent|^argent|^accident|^client|^parent|^président|^talent|^continent|^incident|^accent|^urgent|^patient|^absent|^présent|^différent|^récent|^intelligent|^dent|^vent|^cent|^souvent|^lent|^content|^violent|^adolescent|^équivalent|^excellent|^innocent|^compétent|^permanent|^précédent|^événement|^moment|^comment)s?$/u;
const FR_DETERMINERS = new Set([
  'le',
  'la',
  'les',
  'un',
  'une',
  'du',
  'des',
  'au',
  'aux',
  'ce',
  'cette',
  'ces',
  'leur',
  'leurs',
  'son',
  'sa',
  'ses',
  'notre',
  'nos',
  'de',
]);

function isFrenchInfinitive(word: string): boolean {
  const w = word.replace(/^(l|d|s)['’]/u, '');
  if (FR_NOT_INFINITIVE.has(w)) return false;
  if (FR_INFINITIVES.has(w)) return true;
  return /[^i]er$/u.test(w) || /ier$/u.test(w) ? w.length > 3 : false;
}

function frenchForm(s: string): PointForm {
  if (
    endsWithQuestion(s) ||
    FR_WH.test(s) ||
    FR_INVERSION.test(s.replace(/peut-être|c’est-à-dire|c'est-à-dire/giu, ''))
  )
    return 'question';
  if (FR_CALL_OPENER.test(s)) {
    const rest = words(s.replace(FR_CALL_OPENER, ''));
    if (rest[0] !== 'que' && !rest[0]?.startsWith('qu')) return 'imperative';
  }
  const w = words(s);
  const first = w[0] ?? '';
  if (first === 'ne' && (w[1] === 'pas' || w[1] === 'plus' || w[1] === 'jamais')) return 'imperative';
  if (first.startsWith('n’') || first.startsWith("n'")) return 'clause';
  if (isFrenchInfinitive(first)) return 'imperative';
  for (let i = 0; i < w.length; i++) {
    const x = w[i] ?? '';
    const prev = w[i - 1] ?? '';
    if (['il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'ne', 'n’', "n'", 'se'].includes(x) && i < w.length - 1)
      return 'clause';
    if (/^(n|s|c|qu)['’]/u.test(x) && i > 0 && !/^qu/u.test(x)) return 'clause';
    // "le manque de …" is a noun; "on manque de …" a verb: a determiner before it decides.
    if (i === 0 || FR_DETERMINERS.has(prev) || /^(l|d)['’]$/u.test(prev)) continue;
    if (FR_FINITE.has(x)) return 'clause';
    const stem = x.replace(/^(l|d|qu|j|m|t)['’]/u, '');
    if (/ent$/u.test(stem) && !FR_NOUN_ENT.test(stem) && stem.length > 4 && stem === x) return 'clause';
    if (/(aient|erait|irait|ront)$/u.test(x)) return 'clause';
  }
  return 'noun-phrase';
}

// Swedish ------------------------------------------------------------------------------------------------

const SV_WH = new Set(['hur', 'varför', 'vad', 'vem', 'vilka', 'vilken', 'vilket', 'när', 'vart', 'varifrån', 'vems']);
const SV_FINITE = new Set(
  'kräver löser kostar sker vägrar tvingar krävs är var har hade finns fanns saknas ska skall kan kunde bör borde måste får fick kommer kom vill ville blir blev behöver behövde leder ledde når nådde gör gjorde går gick tar tog ger gav brukar räcker räckte verkar fungerar riskerar påverkar drabbar ökar ökade minskar minskade sjunker sjönk stiger steg hamnar hamnade slutar slutade lämnar lämnade saknar saknade hindrar hindrade tvingas tvingades stängs stängdes stoppas används betalas hålls hänger beror står stod ligger låg söker sökte förlorar förlorade tjänar når litar vet visste känner kände tror trodde menar anser säger sa sade'.split(
    ' ',
  ),
);
const SV_SUBJECT = new Set(['vi', 'de', 'man', 'ni', 'jag', 'det', 'den', 'hon', 'han', 'du', 'dom']);
const SV_VERBS = new Set(
  'övervaka anta reparera inrätta skapa öka stärk stärka säkerställ säkerställa inför införa ge ta låt sätt se gör göra översätt översätta skicka bjud bjuda anställ anställa utbilda förenkla sänk sänka avskaffa stoppa upphör prioritera satsa erbjud erbjuda garantera flytta samla dela publicera ordna bygg bygga starta bilda förläng förlänga avsätt avsätta lyssna tillsätt tillsätta reformera undersök undersöka utvärdera kartlägg kartlägga stöd stödja stötta anpassa minska öppna inkludera involvera koppla samordna utöka tillåt tillåta hjälp hjälpa uppmuntra sluta förbjud förbjuda kräv kräva använd använda erkänn erkänna fortsätt fortsätta bevara skydda avkriminalisera underlätta förbättra främja arbeta finansiera betala håll hålla ha sprid sprida ändra höj höja gå lägg lägga for glöm låna'.split(
    ' ',
  ),
);
const SV_NOUN_IF_PREP = new Set(['stöd', 'hjälp', 'ändra']);
const SV_PREPOSITIONS = new Set(['till', 'för', 'åt', 'av', 'på', 'om', 'från', 'med', 'i', 'mot', 'inom']);
const SV_CALL_OPENER = /^(vi måste|vi behöver|vi bör|man måste|man bör|man borde|det behövs att)\s+(?=\p{L}+a\b)/iu;

/** Short words that precede a noun, so the word after them is no verb. */
const SV_BEFORE_NOUN = new Set([
  'till',
  'för',
  'av',
  'de',
  'den',
  'det',
  'en',
  'ett',
  'i',
  'med',
  'på',
  'om',
  'mot',
  'från',
  'vid',
  'mellan',
  'inom',
  'och',
]);
const SV_AFTER_PASSIVE = new Set([
  'ofta',
  'sällan',
  'inte',
  'aldrig',
  'också',
  'bara',
  'från',
  'av',
  'i',
  'till',
  'på',
  'med',
  'mot',
  'efter',
  'över',
  'in',
  'ut',
  'upp',
  'redan',
  'fortfarande',
]);

function swedishForm(s: string): PointForm {
  const w = words(s);
  const first = w[0] ?? '';
  const second = w[1] ?? '';
  if (endsWithQuestion(s) || SV_WH.has(first)) return 'question';
  if (SV_NOUN_IF_PREP.has(first) && (SV_PREPOSITIONS.has(second) || w.length === 1)) return 'noun-phrase';
  if (first === 'gör' && SV_SUBJECT.has(second)) return 'question';
  if (SV_VERBS.has(first) || (/era$/u.test(first) && first.length > 5) || (first === 'inte' && SV_VERBS.has(second)))
    return 'imperative';
  if (SV_FINITE.has(first) || (/erar$/u.test(first) && SV_SUBJECT.has(second))) return 'question';
  // A present verb first, then a definite noun: "skyddar lagen …" is a question without its mark.
  if (/(ar|er)$/u.test(first) && /(en|et|na)$/u.test(second)) return 'question';
  // The verb stands second in a statement: after the subject's head word ("Torkan tvingar"), after an adjective
  // and its noun ("traditionella ledare löser"), or after the head and a prepositional phrase ("Polisen i
  // gränsstäderna vägrar").
  const slot = /(a|e)$/u.test(first) && !/(na|an|en|et)$/u.test(first) ? 2 : SV_PREPOSITIONS.has(second) ? 3 : 1;
  const candidate = w[slot] ?? '';
  const after = w[slot + 1];
  // After an adjective the word is its noun ("kommunala ingenjörer", "små organisationer").
  const beforeCandidate = w[slot - 1] ?? '';
  const adjectiveBefore =
    slot > 1 &&
    (/(la|ga|ka|da|ta|re|de|te|nde)$/u.test(beforeCandidate) ||
      ['små', 'fler', 'mer', 'alla', 'nya', 'olika'].includes(beforeCandidate));
  if (
    !adjectiveBefore &&
    /(ar|er|ör|år|ir)$/u.test(candidate) &&
    candidate.length > 3 &&
    (after === undefined || !SV_PREPOSITIONS.has(after) || SV_FINITE.has(candidate))
  )
    return 'clause';
  const article = SV_SUBJECT.has(first) && /(a|e|ande|ende)$/u.test(second);
  for (let i = 0; i < w.length; i++) {
    const x = w[i] ?? '';
    const prev = w[i - 1] ?? '';
    const next = w[i + 1];
    if (SV_FINITE.has(x) && i > 0) return 'clause';
    if (SV_SUBJECT.has(x) && i < w.length - 1 && i === 0 && !article) return 'clause';
    if ((x === 'inte' || x === 'aldrig') && i >= 2) return 'clause';
    if (SV_BEFORE_NOUN.has(prev)) continue;
    if (/(erar|ades|erade|ade|as)$/u.test(x) && i > 0 && x.length > 5 && !/(kas|das|nas)$/u.test(x)) return 'clause';
    // An s-passive before an adverb or a preposition ("bjuds ofta in"); a genitive stands before its noun.
    if (/[^s]s$/u.test(x) && i > 0 && x.length > 4 && (next === undefined || SV_AFTER_PASSIVE.has(next)))
      return 'clause';
  }
  return 'noun-phrase';
}

// Arabic -------------------------------------------------------------------------------------------------

/** Strips the conjunction و and the definite article's attached prepositions for a word-list lookup. */
const arWords = (s: string) =>
  s
    .replace(/[\u064B-\u0652\u0640]/gu, '') // diacritics and tatweel
    .split(/[\s،؛:,]+/u)
    .filter(Boolean);
const AR_QUESTION = new Set([
  'هل',
  'كيف',
  'لماذا',
  'ما',
  'ماذا',
  'من',
  'متى',
  'أين',
  'أي',
  'أيّ',
  'كم',
  'لم',
  'بماذا',
  'لمن',
  'إلى',
  'وهل',
  'وكيف',
  'ولماذا',
]);
/** A question word that is also an ordinary word ("من" from, "ما" what/not, "لم" why/did not, "إلى" to). */
const AR_QUESTION_ONLY_WITH_MARK = new Set(['من', 'ما', 'لم', 'إلى', 'أي', 'أيّ']);
/** Openers of a call: the obligation ("يجب"، "ينبغي"…) is dropped and the rest follows "دعا إلى". */
const AR_CALL_OPENER =
  /^(?:و?(?:يجب|ينبغي|يتعين|يتعيّن|لا بد من|لا بدّ من|من الضروري|من المهم|نطالب ب|نطالب|ندعو إلى|يجب علينا|علينا)\s*)/u;
/** Verbal nouns that open a call when they stand first ("تعزيز دور …" is "strengthen the role of …"). */
const AR_CALL_NOUNS = new Set(
  'تمديد تصنيف مواصلة تعزيز إنشاء دعم توفير إشراك تمويل ضمان إدراج تدريب ترجمة إرسال وضع اعتماد تطوير زيادة تخصيص حماية إلغاء وقف تسهيل تبسيط إطلاق إجراء نشر تشجيع تمكين رفع تقليص توسيع إعطاء منح إصلاح مراجعة تشكيل تفعيل تحسين إعادة بناء تأمين إتاحة تخفيض توحيد تنظيم تشريع سن سنّ إقرار تعيين ربط مضاعفة استحداث تبني تبنّي الاستثمار الاعتراف التوقف إيقاف تحديد دمج جمع رصد توثيق متابعة إشراف مساءلة محاسبة الإسراع إنهاء تجريم عدم تخفيف تقديم فتح استخدام إيجاد تغيير تحويل'.split(
    ' ',
  ),
);
/** Words that make a statement: verbs, particles and copulas typed in points. */
const AR_CLAUSE_MARKERS = new Set(
  'لا لم لن قد إن إنّ أن أنّ هناك ليس ليست كان كانت يكون تكون تزال يزال ما زال زالت باتت بات صار صارت أصبح أصبحت أدى أدّى أدت ارتفع ارتفعت انخفض انخفضت زاد زادت فشل فشلت نجح نجحت توقف توقفت تواجه تحتاج تعاني تنخفض تصل تتحمل تفتقر تمثل تشكل تبقى تؤدي تستطيع تتجاهل تعتمد تتأخر تزيد ترفض تتلقى تحصل تمنع تعيق تذهب تفتقد تغادر تضطر تدفع تخسر تنتهي تبدأ تستمر تتراجع تظل تُعدّ تعد تتعرض يتعرض غير لديها لديهم لدينا تتم'.split(
    ' ',
  ),
);

/** Prepositions and particles that cannot be a nominal sentence's predicate. */
const AR_PARTICLES = new Set([
  'في',
  'من',
  'على',
  'إلى',
  'عن',
  'مع',
  'بين',
  'حول',
  'عبر',
  'لدى',
  'حسب',
  'بعد',
  'قبل',
  'دون',
  'منذ',
  'و',
  'أو',
]);
/** Nouns of the أفعل shape that are no past verbs. */
const AR_AF3AL_NOUNS = new Set([
  'أسر',
  'أجر',
  'أمن',
  'أرض',
  'أثر',
  'أكثر',
  'أقل',
  'أهم',
  'أخرى',
  'أول',
  'أطفال',
  'أسرة',
]);

function arabicForm(s: string): PointForm {
  const w = arWords(s);
  const first = w[0] ?? '';
  const second = w[1] ?? '';
  if (/؟\s*$|\?\s*$/u.test(s)) return 'question';
  if (AR_QUESTION.has(first) && !AR_QUESTION_ONLY_WITH_MARK.has(first)) return 'question';
  // "من يدفع …", "ما الذي …": who/what before a verb or a relative; "إلى أين …": a question word second.
  if (
    (first === 'من' || first === 'ما') &&
    (/^[يت]\p{L}{2,}$/u.test(second) || ['الذي', 'التي', 'هو', 'هي'].includes(second))
  )
    return 'question';
  if (['أين', 'متى', 'ماذا', 'من'].includes(second) && AR_PARTICLES.has(first)) return 'question';
  if (AR_CALL_OPENER.test(s.trim())) return 'imperative';
  // A passive verb keeps its damma when typed with one ("تُستبعد"): a statement.
  if (/(^|\s)و?[تي]\u064F/u.test(s)) return 'clause';
  const stem = first.replace(/^و(?=..)/u, '');
  if (AR_CALL_NOUNS.has(stem) || AR_CALL_NOUNS.has(first)) return 'imperative';
  // A nominal sentence: a construct ("إجراءات التسجيل") and an indefinite predicate ("مكلفة").
  const third = w[2] ?? '';
  if (
    !/^ال/u.test(first) &&
    /^ال/u.test(second) &&
    third &&
    !/^ال/u.test(third) &&
    /^م/u.test(third) &&
    !AR_PARTICLES.has(third)
  )
    return 'clause';
  for (let i = 0; i < w.length; i++) {
    const x = (w[i] ?? '').replace(/^و(?=...)/u, '');
    const prev = w[i - 1] ?? '';
    if (AR_CLAUSE_MARKERS.has(x) || AR_CLAUSE_MARKERS.has(w[i] ?? '')) return 'clause';
    // An imperfect verb: ي + at least two letters, not "يوم" or a name.
    if (/^(ي|سي|ست)\p{L}{2,}$/u.test(x) && !/^(يوم|يمن|يد)$/u.test(x)) return 'clause';
    // Imperfect verbs of the derived forms: تت… (تتراجع), تست… (تستبعد), تن… + three letters (تنخفض).
    if (/^(تت|تست)\p{L}{1,}$/u.test(x) || /^تن\p{L}{3}$/u.test(x)) return 'clause';
    // "تصدر", "تشعر": ت and three letters is a verb (a verbal noun of that shape has four: "تسجيل").
    // Only first or after a definite subject: "بسبب تغير المناخ" is a noun after a preposition.
    if (/^ت\p{L}{3}$/u.test(x) && !AR_CALL_NOUNS.has(x) && (i === 0 || /^ال/u.test(prev))) return 'clause';
    // "نحتاج", "فقدنا": we need, we lost.
    if (i === 0 && (/^ن\p{L}{4}$/u.test(x) || /^\p{L}{3,4}نا$/u.test(x))) return 'clause';
    // "الجفاف أجبر …": a past verb after a definite subject.
    if (i > 0 && /^ال/u.test(prev) && /^أ\p{L}{3}$/u.test(x) && !AR_AF3AL_NOUNS.has(x)) return 'clause';
  }
  return 'noun-phrase';
}

/** The point's form in the language it was typed in; `language` is the point's own (its text decides for Arabic). */
export function classifyPoint(text: string, language: Language): PointForm {
  const s = bare(text);
  if (!s) return 'clause';
  const arabic = /[\u0600-\u06FF]/u.test(s) && !/[A-Za-z]{3}/u.test(s);
  if (arabic || language === 'ar') return arabic ? arabicForm(s) : englishForm(s);
  const lang = pointLanguage(s, language);
  if (lang === 'fr') return frenchForm(s);
  if (lang === 'sv') return swedishForm(s);
  return englishForm(s);
}

/** The language a point is written in, for choosing rules: Arabic script, else French or Swedish letters and words, else English. */
export function pointLanguage(text: string, fallback: Language): Language {
  if (/[\u0600-\u06FF]/u.test(text) && !/[A-Za-z]{3}/u.test(text)) return 'ar';
  if (fallback === 'ar') return 'en';
  // An English point in a French or Swedish report: English function words and none of the language's own.
  const w = new Set(words(text));
  const has = (list: string[]) => list.some((x) => w.has(x));
  if (fallback === 'fr' && !has(FR_FUNCTION_WORDS) && has(EN_FUNCTION_WORDS)) return 'en';
  if (fallback === 'sv' && !has(SV_FUNCTION_WORDS) && has(EN_FUNCTION_WORDS)) return 'en';
  return fallback;
}
const EN_FUNCTION_WORDS = 'the and of to in for is are each with a an on be should from this that they we'.split(' ');
const FR_FUNCTION_WORDS =
  'le la les l’ des de du et à en pour sur que qui est une un au aux par dans pas ne se ce il elle on nous'.split(' ');
const SV_FUNCTION_WORDS = 'och att på för är som det en ett med av till inte om vi de man i den har ska kan bör'.split(
  ' ',
);

// Bodies: the point reshaped to follow its frame --------------------------------------------------------

const lowerFirst = (s: string) => {
  const first = s.match(/^\p{L}+/u)?.[0] ?? '';
  if (first.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(first)) return s.charAt(0).toLocaleLowerCase() + s.slice(1);
  if (first.length === 1 && /^\p{Lu}$/u.test(first) && first !== 'I')
    return s.charAt(0).toLocaleLowerCase() + s.slice(1);
  return s;
};

/** English: the verb phrase after "the need to": "do not"/"don't" become "not", "please"/"let's" go. */
function englishCall(s: string): string {
  const t = lowerFirst(s.replace(EN_CALL_OPENER, ''));
  const negative = t.match(/^(do not|don['’]t|never)\s+/iu);
  if (negative) return `${/^never/iu.test(negative[0]) ? 'never' : 'not'} to ${t.slice(negative[0].length)}`;
  return `to ${t}`;
}

const EN_MODALS = new Set(['should', 'shall', 'can', 'could', 'will', 'would', 'may', 'might', 'must']);
const EN_BE = new Set(['is', 'are', 'was', 'were']);

/**
 * Undoes a question's inversion: "[wh-phrase] aux subject rest" → "[wh-phrase] subject aux rest", with the
 * subject read by the tagger (a noun phrase up to its verb, adjective or preposition). "do" with a plural
 * subject is dropped ("where do returnees go" → "where returnees go"); "does"/"did" would need the verb
 * changed, and such questions are quoted instead. Null when the order cannot be undone safely.
 */
function uninvert(w: string[], k: number): string | null {
  const aux = (w[k] ?? '').toLocaleLowerCase();
  const after = w.slice(k + 1);
  if (after.length === 0) return null;
  const terms = (nlp(after.join(' ')).json() as { terms: Term[] }[]).flatMap((x) => x.terms);
  if (terms.length !== after.length) return null;
  let end = 0;
  let noun = false;
  let atVerb = false;
  for (; end < terms.length; end++) {
    const tags = (terms[end] as Term).tags;
    if (tags.includes('Verb') && end > 0) {
      atVerb = true;
      break;
    }
    if (noun && ['Adjective', 'Adverb', 'Preposition', 'Negative'].some((t) => tags.includes(t))) break;
    if (tags.includes('Noun') || tags.includes('Pronoun')) noun = true;
  }
  if (!noun || end === 0) return null;
  // After a modal the subject must end at its verb; a noun-or-verb word there ("the fund cover …") is unsafe.
  if (EN_MODALS.has(aux) && !atVerb) return null;
  if (EN_BE.has(aux) && (after[end] ?? '').toLocaleLowerCase() === 'of' && w.slice(0, k).length > 0) {
    const wh = (w[0] ?? '').toLocaleLowerCase();
    if (['what', 'who', 'which', 'whose'].includes(wh)) {
      // "what is the role of tribal leaders" → "what the role of tribal leaders is"
      end = after.length;
    } else {
      // "why are the data of the national service not public" → "why the data of the national service are
      // not public": the "of" phrase belongs to the subject, up to the predicate (an adjective before a
      // noun is still the phrase's: "of the national service").
      const is = (j: number, tag: string) => (terms[j] as Term | undefined)?.tags.includes(tag) ?? false;
      let j = end + 1;
      while (j < terms.length) {
        if (is(j, 'Determiner') || is(j, 'Noun')) j++;
        else if (is(j, 'Adjective') && (is(j + 1, 'Noun') || is(j + 1, 'Adjective'))) j++;
        else break;
      }
      end = j;
    }
  }
  const subject = after.slice(0, end).join(' ');
  const rest = after.slice(end).join(' ');
  const wh = w.slice(0, k).join(' ');
  const lead = wh ? `${lowerFirst(wh)} ` : 'whether ';
  if (aux === 'do') return `${lead}${lowerFirst(subject)}${rest ? ` ${rest}` : ''}`;
  if (aux === 'does' || aux === 'did') return null;
  if (!EN_MODALS.has(aux) && !EN_BE.has(aux) && aux !== 'has' && aux !== 'have') return null;
  return `${lead}${lowerFirst(subject)} ${aux}${rest ? ` ${rest}` : ''}`;
}

/** English: the reported question after "asked", or a quotation when the word order cannot be undone safely. */
function englishQuestion(s: string): string {
  const q = s.replace(/\s*\?+\s*$/u, '');
  const w = q.split(' ');
  const lower = w.map((x) => x.toLocaleLowerCase());
  const first = lower[0] ?? '';
  const second = lower[1] ?? '';
  const third = lower[2] ?? '';
  const rest = (from: number) => w.slice(from).join(' ');
  const quoted = `: “${q.charAt(0).toLocaleUpperCase()}${q.slice(1)}?”`;
  if (EN_WH.has(first)) {
    // "how do we reach …" / "how can we …" → "how to reach …"
    if (['do', 'should', 'can', 'could', 'shall'].includes(second) && ['we', 'you', 'i', 'one'].includes(third))
      return ` ${first} to ${rest(3)}`;
    const k = lower.findIndex((x, i) => i > 0 && i < 4 && EN_AUX.has(x));
    // "which ministry is responsible …", "who pays …": the wh-phrase is the subject, the order is already right.
    if (
      k === -1 ||
      (k >= 2 &&
        ['which', 'what', 'whose', 'who'].includes(first) &&
        EN_BE.has(lower[k] ?? '') &&
        k === 2 &&
        first !== 'what')
    ) {
      const verbs = nlp(q).verbs().length;
      return verbs > 0 ? ` ${lowerFirst(q)}` : quoted;
    }
    // "who will own the data": the wh-word is the subject and the order is already right.
    if (
      k === 1 &&
      ['who', 'what', 'which'].includes(first) &&
      !EN_BE.has(second) &&
      second !== 'do' &&
      second !== 'does'
    )
      return ` ${lowerFirst(q)}`;
    const undone = uninvert(w, k);
    return undone ? ` ${undone}` : quoted;
  }
  if (EN_AUX.has(first) && EN_SUBJECT.has(second) && second !== 'that' && second !== 'this') {
    // "should we fund …" → "whether to fund …"; "is there …" → "whether there is …"
    if (['should', 'shall', 'can', 'could'].includes(first) && ['we', 'i', 'you'].includes(second))
      return ` whether to ${rest(2)}`;
    if (first === 'do' && ['we', 'they', 'you', 'i'].includes(second))
      return ` whether ${second === 'i' ? 'I' : second} ${rest(2)}`;
    if (!['do', 'does', 'did'].includes(first)) return ` whether ${second} ${first} ${rest(2)}`;
  }
  if (EN_AUX.has(first)) {
    const undone = uninvert(w, 0);
    return undone ? ` ${undone}` : quoted;
  }
  return ` whether ${lowerFirst(q)}`;
}

/**
 * English: a topic opening with a bare head noun and "of" ("lack of sex-disaggregated data") takes "the" after
 * "drew attention to"/"pointed to", as a rapporteur writes it; other topics keep their words.
 */
function englishTopic(s: string): string {
  const t = lowerFirst(s);
  return /^(lack|absence|role|cost|impact|loss|shortage|closure|exclusion|situation|quality|safety|future)\s+of\b/u.test(
    t,
  )
    ? `the ${t}`
    : t;
}

/** Common words with an aspirated h, before which French does not elide ("que hausser", "de haut niveau"). */
const FR_ASPIRATED_H =
  /^h(?:aine|aïr|alte|ameau|anche|andicap|angar|anter|arcel|arcèle|ardi|aricot|asard|âte|âti|auss|aut|ériss|éros|iérarch|isser|ollande|ongrie|onte|ors|ousse|uit|urler)/iu;

/**
 * Whether French elides before this word ("qu’il", "d’eau", "qu’Yves"): before a vowel, a mute h and a y that
 * is a vowel; not before an aspirated h ("que hausser") nor a y before a vowel ("que Yaoundé", "de yaourt").
 */
export function frenchElides(word: string): boolean {
  if (/^y(?=[aeiouàâäéèêëîïôöûü])/iu.test(word)) return false;
  if (/^h/iu.test(word)) return !FR_ASPIRATED_H.test(word);
  return /^[aeiouyàâäéèêëîïôöûüÿæœ]/iu.test(word);
}

/** French "de"/"d’" before an infinitive or a noun. */
export function frenchDe(s: string): string {
  return frenchElides(s) ? `d’${s}` : `de ${s}`;
}

function frenchCall(s: string): string {
  const t = s.replace(FR_CALL_OPENER, '').replace(/^(d['’]|de\s+)/iu, '');
  return lowerFirst(t);
}

/** "Quel rôle pour …", "Quelle place à …": a wh-word, its noun, then a preposition, with no verb between. */
const FR_VERBLESS_QUEL = /^(quel|quelle|quels|quelles)\s+\p{L}+\s+(pour|à|au|aux|dans|en|sur|contre|avec|face)\b/iu;

function frenchQuestion(s: string): string {
  const original = s.replace(/\s*\?+\s*$/u, '').replace(/\s+$/u, '');
  // "que"/"qu’est-ce que"/"quoi" questions would need "ce que" and a new verb order: quoted as asked.
  // A verbless "quel … pour …" ("Quel rôle pour la diaspora ?") has no verb to report after "a demandé": quoted too.
  if (/^(que\s|qu['’]|quoi\b)/iu.test(original) || FR_VERBLESS_QUEL.test(original))
    return `\u202F: «\u202F${original.charAt(0).toLocaleUpperCase()}${original.slice(1)}\u202F?\u202F»`;
  let q = original.replace(/^est-ce qu['’]?e?\s*/iu, 'si ').replace(/^y a-t-il\b/iu, 'il y a');
  const wh = q.match(
    /^(?:à |de |pour )?(comment|pourquoi|combien|quand|où|qui|quel|quelle|quels|quelles|lequel|laquelle)(?=[\s’']|$)/iu,
  );
  // Inversion: "peut-on" → "on peut"; "les bailleurs peuvent-ils" → "les bailleurs peuvent".
  q = q.replace(/(\p{L}+)-(?:t-)?(il|elle|on|ils|elles|nous|vous)\b/iu, (m, verb: string, pronoun: string) => {
    const before = q.slice(0, q.indexOf(m)).trim().split(' ');
    const lone = before.length === 0 || before[0] === '' || (before.length === 1 && wh !== null);
    return lone ? `${pronoun} ${verb.toLocaleLowerCase()}` : verb;
  });
  if (wh) return ` ${lowerFirst(q)}`;
  if (/^si\s/iu.test(q)) q = q.slice(3);
  const body = lowerFirst(q);
  return /^(il|ils)\b/u.test(body) ? ` s’${body}` : ` si ${body}`;
}

const FR_DETERMINER =
  /^(le|la|les|l['’]|un|une|des|du|de|d['’]|au|aux|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos|votre|vos|certains|certaines|plusieurs|tous|toutes|tout|toute|chaque|aucun|aucune|quelques|trop|peu|plus|moins|davantage|beaucoup|l’absence|l'absence)\b/iu;

/** A French topic needs its article after "a évoqué": an opening noun without one gets it from its ending. */
function frenchTopic(s: string): string {
  const t = lowerFirst(s);
  if (FR_DETERMINER.test(t) || /^(l|d)['’]/iu.test(t)) return t;
  const first = (t.split(' ')[0] ?? '').toLocaleLowerCase();
  // Before h only the mute ones elide: "l’hébergement", but "le harcèlement".
  if (
    /^[aeiouyàâéèêîôû]/iu.test(first) ||
    /^(homme|habitant|habitat|hôpita|histoire|héberge|héritage|hiver|heure|huile|humanitaire|hygiène|hommage|horizon)/iu.test(
      first,
    )
  )
    return `l’${t}`;
  if (/[sx]$/u.test(first)) return `les ${t}`;
  if (
    /(tion|sion|té|ence|ance|ure|ie|ise|ée|ette|elle|ève|ade|ude|ine|ère|esse|aison|ode|ole|ale|ique|ogie|eur)$/u.test(
      first,
    ) &&
    !/^(bonheur|malheur|secteur|acteur|facteur|dialogue)$/u.test(first)
  )
    return `la ${t}`;
  return `le ${t}`;
}

/**
 * After "att" a Swedish clause puts its sentence adverb before the verb: "små organisationer klarar inte …"
 * → "små organisationer inte klarar …". Only the first adverb right after a verb-like word moves.
 */
function swedishSubordinate(s: string): string {
  return s.replace(
    /(^|\s)(\p{L}+(?:ar|er|ir|or|ur|yr|år|ör|as|es|is|s|de|te|dde|tt|an|kan|ska|bör|får|vill|är|har))\s(inte|aldrig|sällan|också|bara|ofta|alltid|redan|fortfarande|knappt)(?=\s)/u,
    '$1$3 $2',
  );
}

function swedishInfinitive(word: string): string {
  const w = word.toLocaleLowerCase();
  const special: Record<string, string> = { glöm: 'glömma', gör: 'göra', låt: 'låta', for: 'fora', kräv: 'kräva' };
  if (special[w]) return special[w];
  if (/[aeiouyåäö]$/u.test(w)) return w;
  return `${w}a`;
}

function swedishCall(s: string): string {
  const t = s.replace(SV_CALL_OPENER, '');
  const [first = '', ...rest] = t.split(' ');
  // "Koppla inte biståndet …" → "inte koppla biståndet …": the negation goes before the infinitive.
  if (['inte', 'aldrig'].includes((rest[0] ?? '').toLocaleLowerCase()) && first.toLocaleLowerCase() !== 'inte')
    return [rest[0]?.toLocaleLowerCase(), swedishInfinitive(first), ...rest.slice(1)].join(' ');
  if (first.toLocaleLowerCase() === 'inte') {
    const [verb = '', ...more] = rest;
    return ['inte', swedishInfinitive(verb), ...more].join(' ');
  }
  const verb =
    SV_VERBS.has(first.toLocaleLowerCase()) || /era$/iu.test(first) ? swedishInfinitive(first) : lowerFirst(first);
  return [verb, ...rest].join(' ');
}

function swedishQuestion(s: string): string {
  const q = s.replace(/\s*\?+\s*$/u, '');
  const w = q.split(' ');
  const lower = w.map((x) => x.toLocaleLowerCase());
  const first = lower[0] ?? '';
  const quoted = `: ”${q.charAt(0).toLocaleUpperCase()}${q.slice(1)}?”`;
  if (SV_WH.has(first)) {
    // Indirect word order with a pronoun subject: "hur kan vi nå …" → "hur vi kan nå …". With any other
    // subject the order needs "som" or the subject's extent: quoted as asked.
    const verb = w[1] ?? '';
    const subject = lower[2] ?? '';
    if (SV_SUBJECT.has(subject) && subject !== 'det' && subject !== 'den' && subject !== 'de')
      return ` ${first} ${subject} ${verb} ${w.slice(3).join(' ')}`.trimEnd();
    return quoted;
  }
  // "Var hålls nästa möte": "var" is "where" before a verb; the order needs the subject's extent: quoted.
  if (first === 'var' && /[sr]$/u.test(lower[1] ?? '')) return quoted;
  const second = lower[1] ?? '';
  const subjectSecond =
    SV_SUBJECT.has(second) || /(en|et|na|an)$/u.test(second) || /(a|e)$/u.test(second) || second === 'små';
  if (!SV_SUBJECT.has(first) && subjectSecond) {
    // "ska givarna finansiera …" → "om givarna ska finansiera …"; "får de kvinnliga medlarna betalt" → "om de
    // kvinnliga medlarna får betalt".
    const third = lower[2] ?? '';
    let n = 1;
    if (['de', 'den', 'det', 'en', 'ett'].includes(second) && /(a|e)$/u.test(third)) n = 3;
    else if ((/(a|e)$/u.test(second) && !/(na|en|et|an)$/u.test(second)) || second === 'små') n = 2;
    const subject = lower.slice(1, 1 + n).join(' ');
    return ` om ${subject} ${first} ${w.slice(1 + n).join(' ')}`.trimEnd();
  }
  return ` om ${lowerFirst(q)}`;
}

function arabicCall(s: string): string {
  const t = s.trim().replace(AR_CALL_OPENER, '').trim();
  if (/^أن\s/u.test(t) || /^أنْ\s/u.test(t)) return t;
  const first = arWords(t)[0] ?? '';
  const stem = first.replace(/^و(?=..)/u, '');
  if (AR_CALL_NOUNS.has(first) || AR_CALL_NOUNS.has(stem)) return t;
  // After "يجب"/"ينبغي" a verbal noun follows directly ("استشارة المزارعين"); a verb takes "أن" ("أن تحصل").
  const verb = /^[يتن]\p{L}{2,3}$/u.test(first) || /^(يت|تت|يست|تست)/u.test(first);
  return verb ? `أن ${t}` : t;
}

function arabicQuestion(s: string): string {
  const q = s.trim().replace(/[؟?]+\s*$/u, '');
  const w = q.split(' ');
  const first = (w[0] ?? '').replace(/^و/u, '');
  const next = w[1] ?? '';
  // "هل يمكن …" → "عمّا إذا كان يمكن …"; a question with a noun after "هل" or a question word stays a question.
  if (first === 'هل' && /^(ي|ت|س|ن)/u.test(next)) return ` عمّا إذا كان ${w.slice(1).join(' ')}`;
  if (first === 'هل' && next === 'هناك') return ` عمّا إذا كان هناك ${w.slice(2).join(' ')}`.trimEnd();
  return `: ${q}؟`;
}

/** Arabic "أنّ" needs a noun after it; a point that opens with a verb is quoted after "ما يلي:". */
function arabicClause(s: string): string {
  const first = arWords(s)[0] ?? '';
  // A plural or dual subject in -ون/-ان would have to change case after "أنّ" ("المانحون" → "المانحين"); such a
  // point is quoted after "ما يلي:" instead.
  const caseEnding = /(ون|ان)$/u.test(first);
  return /^ال/u.test(first) && !AR_CLAUSE_MARKERS.has(first) && !caseEnding ? `أنّ ${s}` : `ما يلي: ${s}`;
}

/**
 * The point's words as they follow their frame, in the report's language (`language`): a call's verb phrase,
 * a topic's noun phrase, a reported question (with its own leading space or colon), a statement's clause.
 * The text is the point's, with only its first letter, an opener ("please", "il faut", "يجب") or a question's
 * word order changed.
 */
export function pointBody(text: string, form: PointForm, language: Language): string {
  const s = bare(text);
  const lang = pointLanguage(s, language);
  // A point in another language than the report's keeps its words; a question is quoted as asked.
  if (lang !== language) {
    // French puts a narrow no-break space before the colon.
    if (form === 'question')
      return `${language === 'fr' ? '\u202F' : ''}: ${s}${endsWithQuestion(s) ? '' : lang === 'ar' ? '؟' : '?'}`;
    return s;
  }
  if (lang === 'ar') {
    if (form === 'imperative') return arabicCall(s);
    if (form === 'question') return arabicQuestion(s);
    if (form === 'clause' && language === 'ar') return arabicClause(s);
    return s;
  }
  if (form === 'imperative') return lang === 'fr' ? frenchCall(s) : lang === 'sv' ? swedishCall(s) : englishCall(s);
  if (form === 'noun-phrase' && lang === 'fr') return frenchTopic(s);
  if (form === 'noun-phrase' && lang === 'en') return englishTopic(s);
  if (form === 'clause' && lang === 'sv') return swedishSubordinate(lowerFirst(s));
  if (form === 'question')
    return lang === 'fr' ? frenchQuestion(s) : lang === 'sv' ? swedishQuestion(s) : englishQuestion(s);
  return lowerFirst(s);
}
