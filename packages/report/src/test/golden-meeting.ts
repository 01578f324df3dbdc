import type { Addressee, Language, Point, PointForm, Presenter } from '@hiwar/protocol';
import type { ReportInput } from '../index.js';
import { dotVote, item, meeting, point, theme } from './fixtures.js';

/**
 * The golden meeting, in the genre's shape: three named presentations (one presenter without a pronoun, two
 * with a talk title), then a discussion under the Chatham House Rule on five themes in the facilitator's
 * order, with points in every form people type them in (statement, call, topic, question; lower-case calls
 * as the desk types them; a form chosen by the desk), recommendations for several addressees, one in Arabic,
 * a dot vote, a hidden point and a point the desk marked as identifying someone. In English, or in French
 * with some points (a presenter's among them) in Arabic.
 */

interface Said {
  id: string;
  themeId?: string;
  text: Record<'en' | 'fr', string>;
  supporters?: number;
  /** Who said it: a presenter on the record, or a name the desk typed where the rule forbids it. */
  source?: string;
  parkedWith?: string;
  form?: PointForm;
  addressee?: Addressee | null;
  recommendation?: boolean;
  identifying?: boolean;
  hidden?: boolean;
}

const KHOURY = 'Amal Khoury';
const BERG = 'Jonas Berg';
const BENALI = 'Nadia Benali';

/**
 * Participants' names the input carries (a source typed on a Chatham House item, a parking-lot owner, the
 * consenting participant list): no public section may show them.
 */
export const GOLDEN_PARTICIPANT_NAMES = ['Yusuf Haddad', 'Leila Mansour', 'Water Women Network', 'Karin Ek'];

const PRESENTED: Said[] = [
  {
    id: 'pt-pres-k1',
    source: KHOURY,
    text: {
      en: 'Drought has doubled the number of disputes over wells in southern Syria and northern Jordan since 2018',
      fr: 'La sécheresse a doublé le nombre de conflits autour des puits dans le sud de la Syrie et le nord de la Jordanie depuis 2018',
    },
  },
  {
    id: 'pt-pres-k2',
    source: KHOURY,
    text: {
      en: 'Local mediators settle most water disputes long before they reach a court',
      fr: 'Les médiateurs locaux règlent la plupart des conflits liés à l’eau bien avant qu’ils n’arrivent devant un tribunal',
    },
  },
  {
    id: 'pt-pres-k3',
    source: KHOURY,
    text: {
      en: 'Fund local mediation as part of drought response',
      fr: 'Financer la médiation locale dans le cadre de la réponse à la sécheresse',
    },
  },
  {
    id: 'pt-pres-b1',
    source: BERG,
    text: {
      en: 'The early-warning systems that exist rarely reach the farmers who need them',
      fr: 'Les systèmes d’alerte précoce existants atteignent rarement les agriculteurs qui en ont besoin',
    },
  },
  {
    id: 'pt-pres-b2',
    source: BERG,
    text: {
      en: 'send borehole levels by SMS to farmers every week',
      fr: 'envoyer chaque semaine les niveaux des forages par SMS aux agriculteurs',
    },
  },
  {
    id: 'pt-pres-b3',
    source: BERG,
    text: {
      en: 'How can donors pay for maintenance rather than new infrastructure?',
      fr: 'Comment les bailleurs peuvent-ils financer l’entretien plutôt que de nouvelles infrastructures ?',
    },
  },
  {
    id: 'pt-pres-n1',
    source: BENALI,
    text: {
      en: 'Women hold few seats on basin councils, although they manage most household water',
      fr: 'تدير النساء معظم المياه المنزلية لكنهن لا يشغلن سوى القليل من المقاعد في مجالس الأحواض',
    },
  },
  {
    id: 'pt-pres-n2',
    source: BENALI,
    text: {
      en: 'The example of women’s water committees in rural Tunisia and Morocco',
      fr: 'Les comités de l’eau créés par des femmes dans les zones rurales de Tunisie et du Maroc',
    },
  },
  {
    id: 'pt-pres-n3',
    source: BENALI,
    text: {
      en: 'Guarantee women a third of the seats on water user associations',
      fr: 'Garantir aux femmes un tiers des sièges dans les associations d’usagers de l’eau',
    },
  },
];

const DISCUSSED: Said[] = [
  // Local water conflicts
  {
    id: 'pt-disc-01',
    themeId: 'theme-local',
    supporters: 7,
    text: {
      en: 'Drought is turning old grazing agreements into open disputes',
      fr: 'La sécheresse transforme d’anciens accords de pâturage en conflits ouverts',
    },
  },
  {
    id: 'pt-disc-02',
    themeId: 'theme-local',
    supporters: 4,
    text: {
      en: 'Involve tribal and religious leaders in water mediation',
      fr: 'Associer les chefs tribaux et religieux à la médiation sur l’eau',
    },
  },
  {
    id: 'pt-disc-03',
    themeId: 'theme-local',
    supporters: 2,
    text: {
      en: 'Who should pay for mediators when a dispute crosses a border?',
      fr: 'Qui doit payer les médiateurs lorsqu’un conflit traverse une frontière ?',
    },
  },
  {
    id: 'pt-disc-04',
    themeId: 'theme-local',
    supporters: 1,
    text: {
      en: 'Competition between herders and farmers over the same wells',
      fr: 'التنافس بين الرعاة والمزارعين على الآبار نفسها',
    },
  },
  {
    id: 'pt-disc-05',
    themeId: 'theme-local',
    supporters: 3,
    form: 'imperative',
    recommendation: true,
    text: {
      en: 'set up a confidential channel for reporting water theft',
      fr: 'mettre en place un canal confidentiel pour signaler les vols d’eau',
    },
  },
  {
    id: 'pt-disc-06',
    themeId: 'theme-local',
    supporters: 5,
    identifying: true,
    text: {
      en: 'The mayor of Tell Shihab diverted the village well to his own farm',
      fr: 'Le maire de Tell Shihab a détourné le puits du village vers sa propre ferme',
    },
  },
  // Data and early warning
  {
    id: 'pt-disc-07',
    themeId: 'theme-data',
    supporters: 6,
    recommendation: true,
    addressee: 'governments',
    text: {
      en: 'Set up a shared drought early-warning platform for the region',
      fr: 'Créer une plateforme régionale commune d’alerte précoce à la sécheresse',
    },
  },
  {
    id: 'pt-disc-08',
    themeId: 'theme-data',
    supporters: 3,
    recommendation: true,
    addressee: 'international-organisations',
    text: {
      en: 'Translate the drought bulletins into Arabic',
      fr: 'Traduire les bulletins de sécheresse en arabe',
    },
  },
  {
    id: 'pt-disc-09',
    themeId: 'theme-data',
    supporters: 2,
    // Captured with a name although the item is under the Chatham House Rule: the draft must not show it.
    source: 'Yusuf Haddad',
    text: {
      en: 'Farmers rarely trust data published by ministries',
      fr: 'Les agriculteurs font rarement confiance aux données publiées par les ministères',
    },
  },
  {
    id: 'pt-disc-10',
    themeId: 'theme-data',
    supporters: 1,
    text: {
      en: 'Should satellite data be free for local authorities?',
      fr: 'هل يجب أن تكون بيانات الأقمار الصناعية مجانية للسلطات المحلية؟',
    },
  },
  // Women's participation in water governance
  {
    id: 'pt-disc-11',
    themeId: 'theme-women',
    supporters: 5,
    text: {
      en: 'Women are absent from most basin councils',
      fr: 'Les femmes sont absentes de la plupart des conseils de bassin',
    },
  },
  {
    id: 'pt-disc-12',
    themeId: 'theme-women',
    supporters: 4,
    recommendation: true,
    addressee: 'donors',
    text: {
      en: 'Support women’s water committees with multi-year grants',
      fr: 'Soutenir les comités de l’eau des femmes par des subventions pluriannuelles',
    },
  },
  {
    id: 'pt-disc-13',
    themeId: 'theme-women',
    supporters: 3,
    text: {
      en: 'Quotas for women on water user associations',
      fr: 'Des quotas de femmes dans les associations d’usagers de l’eau',
    },
  },
  {
    id: 'pt-disc-14',
    themeId: 'theme-women',
    supporters: 2,
    text: {
      en: 'How can women’s committees be heard without exposing their members?',
      fr: 'Comment les comités de femmes peuvent-ils se faire entendre sans exposer leurs membres ?',
    },
  },
  // Financing adaptation
  {
    id: 'pt-disc-15',
    themeId: 'theme-finance',
    supporters: 6,
    text: {
      en: 'Project grants of six to twelve months end before a drought season is over',
      fr: 'Les subventions de projet de six à douze mois prennent fin avant la fin d’une saison de sécheresse',
    },
  },
  {
    id: 'pt-disc-16',
    themeId: 'theme-finance',
    supporters: 5,
    recommendation: true,
    addressee: 'donors',
    text: {
      en: 'Fund maintenance, not only new infrastructure',
      fr: 'Financer l’entretien, et pas seulement de nouvelles infrastructures',
    },
  },
  {
    id: 'pt-disc-17',
    themeId: 'theme-finance',
    supporters: 3,
    recommendation: true,
    text: { en: 'يجب أن يكون التمويل مرنًا وطويل الأمد', fr: 'يجب أن يكون التمويل مرنًا وطويل الأمد' },
  },
  {
    id: 'pt-disc-18',
    themeId: 'theme-finance',
    supporters: 2,
    text: {
      en: 'The cost of water delivered by tanker in the dry months',
      fr: 'Le coût de l’eau livrée par camion-citerne pendant les mois secs',
    },
  },
  {
    id: 'pt-disc-19',
    themeId: 'theme-finance',
    hidden: true,
    text: { en: 'This point was hidden by the moderator', fr: 'Ce point a été masqué par la modération' },
  },
  // Displacement and mobility
  {
    id: 'pt-disc-20',
    themeId: 'theme-mobility',
    supporters: 4,
    parkedWith: 'Karin Ek',
    text: {
      en: 'Families leave their villages when the wells run dry',
      fr: 'Les familles quittent leurs villages quand les puits s’assèchent',
    },
  },
  {
    id: 'pt-disc-21',
    themeId: 'theme-mobility',
    supporters: 2,
    text: {
      en: 'Does displacement caused by drought count as climate migration in national plans?',
      fr: 'Les déplacements dus à la sécheresse comptent-ils comme migrations climatiques dans les plans nationaux ?',
    },
  },
  {
    id: 'pt-disc-22',
    themeId: 'theme-mobility',
    supporters: 1,
    form: 'noun-phrase',
    text: {
      en: 'Access to water for displaced families in host towns',
      fr: 'L’accès à l’eau des familles déplacées dans les villes d’accueil',
    },
  },
];

/** The golden meeting in English or French (see above). */
export function goldenMeeting(language: 'en' | 'fr'): ReportInput {
  const en = language === 'en';
  const presenters: Presenter[] = [
    {
      name: KHOURY,
      title: en ? 'Senior Fellow' : 'chercheuse principale',
      organisation: en ? 'Institute for Climate and Security' : 'Institut pour le climat et la sécurité',
      pronoun: 'she',
      talkTitle: en ? 'Drought and local conflict' : 'Sécheresse et conflits locaux',
    },
    {
      name: BERG,
      title: en ? 'Programme Director' : 'directeur de programme',
      organisation: 'Swedish Water Partnership',
      pronoun: 'he',
      talkTitle: '',
    },
    {
      name: BENALI,
      title: en ? 'Researcher' : 'chercheuse',
      organisation: en ? 'Centre for Mediterranean Studies' : 'Centre d’études méditerranéennes',
      pronoun: null,
      talkTitle: en ? 'Women’s water committees in the Maghreb' : 'Les comités de l’eau des femmes au Maghreb',
    },
  ];
  const ch = { confidentiality: 'chatham-house' as const };
  const agenda = [
    item('item-open1', { title: en ? 'Welcome' : 'Accueil', kind: 'opening', plannedMinutes: 10 }),
    item('item-pres1', {
      title: en ? 'Presentations' : 'Présentations',
      kind: 'presentation',
      plannedMinutes: 40,
      presenters,
    }),
    item('item-disc1', { title: en ? 'Discussion' : 'Discussion', kind: 'discussion', plannedMinutes: 60, ...ch }),
    item('item-clos1', { title: en ? 'Way forward' : 'Suites à donner', kind: 'closing', plannedMinutes: 10, ...ch }),
  ];
  const themes = en
    ? [
        theme('theme-local', 'Local water conflicts'),
        theme('theme-data', 'Data and early warning'),
        theme('theme-women', 'Women’s participation in water governance'),
        theme('theme-finance', 'Financing adaptation'),
        theme('theme-mobility', 'Displacement and mobility'),
      ]
    : [
        theme('theme-local', 'Les conflits locaux autour de l’eau'),
        theme('theme-data', 'Données et alerte précoce'),
        theme('theme-women', 'La participation des femmes à la gouvernance de l’eau'),
        theme('theme-finance', 'Financer l’adaptation'),
        theme('theme-mobility', 'Déplacements et mobilité'),
      ];
  const toPoint = (s: Said, itemId: string): Point =>
    point(s.id, itemId, s.text[language], {
      themeIds: s.themeId ? [s.themeId] : [],
      status: s.hidden ? 'hidden' : 'published',
      origin: s.source ? 'capture' : 'participant',
      source: s.source ? { name: s.source, organisation: '' } : null,
      form: s.form ?? null,
      addressee: s.addressee ?? null,
      recommendation: s.recommendation ?? false,
      identifying: s.identifying ?? false,
      parkingLot: s.parkedWith ? { owner: s.parkedWith, dueDate: '2024-06-30' } : null,
    });
  const points = [...PRESENTED.map((s) => toPoint(s, 'item-pres1')), ...DISCUSSED.map((s) => toPoint(s, 'item-disc1'))];
  const reportLanguage: Language = language;
  return {
    meeting: meeting({
      title: en
        ? 'Water, Drought and Local Conflict in the Middle East and North Africa'
        : 'Eau, sécheresse et conflits locaux au Moyen-Orient et en Afrique du Nord',
      hostOrganisation: en ? 'Institute for Regional Dialogue' : 'Institut pour le dialogue régional',
      startsAt: '2024-05-30T10:00',
      timeZone: 'Europe/Stockholm',
      format: 'online',
      contentLanguage: reportLanguage,
      description: en
        ? 'The meeting asked how drought and water scarcity feed local conflict and displacement in the region, and what governments, donors and communities can do about it.'
        : 'La réunion s’est interrogée sur la manière dont la sécheresse et la pénurie d’eau alimentent les conflits locaux et les déplacements dans la région, et sur ce que les gouvernements, les bailleurs et les communautés peuvent faire.',
      themes,
    }),
    agenda,
    themes,
    points,
    votes: [
      dotVote('vote-dots01', 'item-clos1', en ? 'Priorities for the coming year' : 'Priorités pour l’année à venir', {
        'pt-disc-07': 8,
        'pt-disc-16': 6,
        'pt-disc-12': 5,
        'pt-disc-08': 3,
        'pt-disc-17': 2,
        'pt-disc-05': 1,
      }),
    ],
    participants: {
      count: 9,
      byCategory: [
        {
          categoryName: en ? 'Sector' : 'Secteur',
          options: en
            ? [
                { label: 'civil society', people: 4 },
                { label: 'government', people: 2 },
                { label: 'research', people: 2 },
                { label: 'international organisations', people: 1 },
              ]
            : [
                { label: 'la société civile', people: 4 },
                { label: 'les gouvernements', people: 2 },
                { label: 'la recherche', people: 2 },
                { label: 'les organisations internationales', people: 1 },
              ],
        },
      ],
    },
    listed: [{ name: 'Leila Mansour', organisation: 'Water Women Network' }],
    supportersByPoint: Object.fromEntries(DISCUSSED.map((s) => [s.id, s.supporters ?? 0])),
  };
}
