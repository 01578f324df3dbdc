import {
  type AgendaItem,
  DEFAULT_REPORT_SETTINGS,
  type Meeting,
  type Point,
  type Theme,
  type Vote,
} from '@hiwar/protocol';
import type { ReportInput } from '../index.js';

const BASE = Date.UTC(2026, 2, 14, 8, 0, 0);

export function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 'meeting-0001',
    joinCode: 'ABCD2345',
    title: 'Meeting',
    hostOrganisation: 'Host',
    startsAt: '2026-03-14T09:30',
    timeZone: 'UTC',
    format: 'in-person',
    contentLanguage: 'en',
    videoCallUrl: null,
    description: '',
    status: 'ended',
    currentItemId: null,
    itemStartedAt: null,
    startedAt: BASE,
    endedAt: BASE + 3 * 3600_000,
    seq: 0,
    queueSettings: { policy: 'progressive', allowPriority: true, speakingLimitSeconds: 180 },
    balanceCategories: [],
    themes: [],
    pointsSettings: { participantsMaySubmit: true, premoderate: true, maxPerMinute: 0 },
    lobby: { locked: false, waitingRoom: false },
    reportSettings: { ...DEFAULT_REPORT_SETTINGS },
    ...overrides,
  };
}

export function item(id: string, overrides: Partial<AgendaItem> = {}): AgendaItem {
  return {
    id,
    title: id,
    kind: 'discussion',
    plannedMinutes: 30,
    presenters: [],
    confidentiality: 'on-record',
    speakingLimitSeconds: null,
    spentMs: 0,
    ...overrides,
  };
}

let clock = 0;
export function point(id: string, itemId: string, text: string, overrides: Partial<Point> = {}): Point {
  clock += 1;
  return {
    id,
    itemId,
    text,
    themeIds: [],
    status: 'published',
    reason: null,
    source: null,
    origin: 'participant',
    createdAt: BASE + clock * 60_000,
    editedAt: null,
    supportCount: 0,
    starred: false,
    recommendation: false,
    parkingLot: null,
    mergedInto: null,
    form: null,
    addressee: null,
    identifying: false,
    ...overrides,
  };
}

export function theme(id: string, name: string, colour = '#1f6f5c'): Theme {
  return { id, name, description: '', colour };
}

/** A closed dot vote over points, with dots per point id. */
export function dotVote(id: string, itemId: string, title: string, dots: Record<string, number>): Vote {
  const options = Object.keys(dots).map((pointId, i) => ({ id: `${id}-opt${i}`, label: pointId, pointId }));
  const counts = options.map((o) => ({ optionId: o.id, count: dots[o.pointId] ?? 0 }));
  const sorted = [...counts].sort((a, b) => b.count - a.count);
  return {
    id,
    itemId,
    kind: 'dots',
    title,
    options,
    dotsPerPerson: 3,
    allowStacking: true,
    scaleMin: 1,
    scaleMax: 5,
    allowOther: false,
    liveResults: false,
    named: false,
    status: 'closed',
    openedAt: BASE,
    turnout: 0,
    closesAt: null,
    closedAt: BASE + 3600_000,
    results: {
      ballots: 20,
      tallies: sorted.map((t) => ({ ...t, rank: sorted.findIndex((s) => s.count === t.count) + 1 })),
      other: [],
      average: null,
      voters: null,
    },
  };
}

/** An English meeting on climate and water, with a named presentation and an off-the-record item. */
export function climateWater(): ReportInput {
  const agenda = [
    item('item-open1', { title: 'Welcome and introductions', kind: 'opening', plannedMinutes: 15 }),
    item('item-pres1', {
      title: 'Groundwater under a warming climate',
      kind: 'presentation',
      plannedMinutes: 20,
      presenters: [
        {
          name: 'Dr. Lina Haddad',
          title: 'Senior Hydrologist',
          organisation: 'Regional Water Centre',
          pronoun: 'she',
          talkTitle: '',
        },
      ],
    }),
    item('item-disc1', { title: 'Open discussion', kind: 'discussion', plannedMinutes: 60 }),
    item('item-brk01', { title: 'Coffee break', kind: 'break', plannedMinutes: 15 }),
    item('item-offr1', {
      title: 'Closed-door exchange',
      kind: 'discussion',
      plannedMinutes: 20,
      confidentiality: 'off-record',
    }),
    item('item-clos1', { title: 'Way forward', kind: 'closing', plannedMinutes: 15 }),
  ];
  const themes = [
    theme('theme-finance', 'Financing adaptation'),
    theme('theme-water1', 'Water scarcity and rural livelihoods'),
    theme('theme-govern', 'Governance and shared data'),
  ];
  const points = [
    point('pt-pres-01', 'item-pres1', 'Aquifers in the valley have dropped by more than a metre a year since 2010', {
      origin: 'capture',
      source: { name: 'Dr. Lina Haddad', organisation: 'Regional Water Centre' },
    }),
    point('pt-pres-02', 'item-pres1', 'Hotter summers raise irrigation demand just as recharge falls.', {
      origin: 'capture',
    }),
    point(
      'pt-disc-01',
      'item-disc1',
      'Falling groundwater levels are already forcing smallholder farmers to abandon their land.',
      {
        themeIds: ['theme-water1'],
      },
    ),
    point(
      'pt-disc-02',
      'item-disc1',
      'Falling groundwater levels are already forcing smallholder farmers to abandon their land!',
      {
        themeIds: ['theme-water1'],
      },
    ),
    point(
      'pt-disc-03',
      'item-disc1',
      'Drip irrigation subsidies mostly benefit large agribusiness rather than small farms.',
      {
        themeIds: ['theme-water1'],
      },
    ),
    point('pt-disc-04', 'item-disc1', 'Data on water use should be public and shared across borders.', {
      themeIds: ['theme-govern'],
      recommendation: true,
    }),
    point('pt-disc-05', 'item-disc1', 'Local water user associations need a formal role in allocation decisions.', {
      themeIds: ['theme-govern'],
      recommendation: true,
    }),
    point('pt-disc-06', 'item-disc1', 'Climate finance rarely reaches municipal utilities.', {
      themeIds: ['theme-finance'],
      parkingLot: { owner: 'Omar Nasser', dueDate: '2026-04-30' },
    }),
    point('pt-disc-07', 'item-disc1', 'Municipal utilities almost never see climate money.', {
      themeIds: ['theme-finance'],
      status: 'merged',
      mergedInto: 'pt-disc-06',
    }),
    point('pt-disc-08', 'item-disc1', 'This point was hidden by the moderator.', {
      themeIds: ['theme-finance'],
      status: 'hidden',
    }),
    point('pt-disc-09', 'item-disc1', 'UNESCO should host the follow-up meeting.'),
    point('pt-offr-01', 'item-offr1', 'The minister privately admitted the dam project is delayed.', {
      themeIds: ['theme-water1'],
    }),
  ];
  return {
    meeting: meeting({
      title: 'Water, Climate and Livelihoods in the Jordan Valley',
      hostOrganisation: 'Institute for Water Dialogue',
      startsAt: '2026-03-14T09:30',
      timeZone: 'Asia/Amman',
      format: 'hybrid',
      description:
        'The roundtable brought together practitioners and policymakers to discuss how a changing climate is reshaping access to water in the Jordan Valley, and what cooperation could protect rural livelihoods.',
      themes,
    }),
    agenda,
    themes,
    points,
    votes: [
      dotVote('vote-dots01', 'item-clos1', 'Priorities for the next year', { 'pt-disc-04': 11, 'pt-disc-05': 18 }),
    ],
    participants: {
      count: 28,
      byCategory: [
        {
          categoryName: 'Sector',
          options: [
            { label: 'civil society', people: 12 },
            { label: 'government', people: 8 },
            { label: 'academia', people: 5 },
            { label: 'the private sector', people: 3 },
          ],
        },
        {
          categoryName: 'Country',
          options: [
            { label: 'Jordan', people: 15 },
            { label: 'Lebanon', people: 7 },
            { label: 'Sweden', people: 6 },
          ],
        },
      ],
    },
    supportersByPoint: {
      'pt-disc-01': 16,
      'pt-disc-02': 5,
      'pt-disc-03': 4,
      'pt-disc-04': 3,
      'pt-disc-05': 2,
      'pt-disc-06': 1,
      'pt-disc-09': 1,
      'pt-offr-01': 20,
    },
  };
}

/** An Arabic meeting on women, peace and security, held entirely under the Chatham House Rule. */
export function wpsArabic(): ReportInput {
  const ch = { confidentiality: 'chatham-house' as const };
  const agenda = [
    item('item-open1', { title: 'كلمة افتتاحية', kind: 'opening', plannedMinutes: 10, ...ch }),
    item('item-pres1', {
      title: 'قرار مجلس الأمن 1325 بعد خمسة وعشرين عامًا',
      kind: 'presentation',
      plannedMinutes: 20,
      presenters: [
        { name: 'سلمى الخطيب', title: 'باحثة أولى', organisation: 'مركز دراسات السلام', pronoun: 'she', talkTitle: '' },
      ],
      ...ch,
    }),
    item('item-disc1', { title: 'نقاش مفتوح', kind: 'discussion', plannedMinutes: 75, ...ch }),
    item('item-clos1', { title: 'الخطوات المقبلة', kind: 'closing', plannedMinutes: 15, ...ch }),
  ];
  const themes = [
    theme('theme-polit1', 'المشاركة السياسية للنساء'),
    theme('theme-protec', 'الحماية من العنف القائم على النوع الاجتماعي'),
    theme('theme-fundng', 'تمويل المنظمات النسائية'),
  ];
  const points = [
    point('pt-pres-01', 'item-pres1', 'لا تزال خطط العمل الوطنية تفتقر إلى ميزانيات مخصّصة', {
      origin: 'capture',
      source: { name: 'سلمى الخطيب', organisation: 'مركز دراسات السلام' },
    }),
    point('pt-disc-01', 'item-disc1', 'تُستبعد النساء من طاولات التفاوض الرسمية رغم دورهن في الوساطة المحلية.', {
      themeIds: ['theme-polit1'],
      recommendation: true,
    }),
    point('pt-disc-02', 'item-disc1', 'ينبغي اعتماد حصص واضحة لمشاركة النساء في وفود التفاوض.', {
      themeIds: ['theme-polit1'],
      recommendation: true,
    }),
    point('pt-disc-03', 'item-disc1', 'تواجه المدافعات عن حقوق الإنسان تهديدات متزايدة عبر الإنترنت.', {
      themeIds: ['theme-protec'],
      source: { name: 'ريم العلي', organisation: 'شبكة المدافعات' },
      origin: 'capture',
    }),
    point('pt-disc-04', 'item-disc1', 'يصل التمويل إلى المنظمات الكبيرة بينما تبقى المبادرات المحلية دون دعم.', {
      themeIds: ['theme-fundng'],
      parkingLot: { owner: 'منى حداد', dueDate: '2026-05-15' },
    }),
    point('pt-disc-05', 'item-disc1', 'يجب أن يكون التمويل مرنًا وطويل الأمد.', {
      themeIds: ['theme-fundng'],
      recommendation: true,
    }),
  ];
  return {
    meeting: meeting({
      title: 'المرأة والسلام والأمن: من الالتزامات إلى التنفيذ',
      hostOrganisation: 'منتدى الحوار الإقليمي',
      startsAt: '2026-03-08T10:00',
      timeZone: 'Asia/Beirut',
      format: 'online',
      contentLanguage: 'ar',
      description: 'هدف الاجتماع إلى تقييم تنفيذ أجندة المرأة والسلام والأمن في المنطقة وتحديد أولويات العمل المشترك.',
      themes,
    }),
    agenda,
    themes,
    points,
    votes: [],
    participants: {
      count: 12,
      byCategory: [
        {
          categoryName: 'القطاع',
          options: [
            { label: 'المجتمع المدني', people: 7 },
            { label: 'الحكومات', people: 3 },
            { label: 'الأمم المتحدة', people: 2 },
          ],
        },
      ],
    },
    supportersByPoint: { 'pt-disc-01': 7, 'pt-disc-02': 4, 'pt-disc-03': 2, 'pt-disc-04': 5, 'pt-disc-05': 1 },
  };
}

/**
 * The climate-and-water meeting with its discussion points typed in every form (statement, call, topic,
 * question), as people type them: in English, or in French with some Arabic points.
 */
export function pointForms(language: 'en' | 'fr'): ReportInput {
  const input = climateWater();
  const texts: Record<'en' | 'fr', [string, string, number][]> = {
    en: [
      ['theme-water1', 'Falling groundwater levels are already forcing smallholders off their land', 15],
      ['theme-water1', 'send borehole levels by SMS to farmers', 9],
      ['theme-water1', 'How do we reach herders who move with the seasons?', 4],
      ['theme-water1', 'the cost of water from tankers', 2],
      ['theme-water1', 'Translate the drought bulletins into Arabic', 1],
      ['theme-govern', 'set up a confidential channel for reporting water theft', 16],
      ['theme-govern', 'Should the basin committee publish its minutes?', 3],
      ['theme-govern', 'Local water user associations need a formal role in allocation decisions', 3],
      ['theme-govern', 'Transparency in water allocation', 1],
      ['theme-finance', 'Pooled funds for small municipalities', 4],
      ['theme-finance', "Don't tie adaptation grants to loan conditions", 2],
      ['theme-finance', 'Could the climate fund cover municipal utilities', 1],
    ],
    fr: [
      ['theme-water1', 'Les nappes phréatiques baissent chaque année', 15],
      ['theme-water1', 'envoyer les niveaux des forages par SMS aux agriculteurs', 9],
      ['theme-water1', 'Comment atteindre les éleveurs qui se déplacent avec les saisons ?', 4],
      ['theme-water1', 'Le coût de l’eau livrée par camion', 2],
      ['theme-water1', 'ترجمة نشرات الجفاف إلى العربية', 1],
      ['theme-govern', 'Il faut mettre en place un canal confidentiel pour signaler les vols d’eau', 16],
      ['theme-govern', 'Le comité de bassin doit-il publier ses comptes rendus ?', 3],
      ['theme-govern', 'Les associations d’usagers de l’eau ont besoin d’un rôle formel dans les décisions', 3],
      ['theme-govern', 'هل يمكن نشر بيانات توزيع المياه؟', 1],
      ['theme-finance', 'Des fonds communs pour les petites communes', 4],
      ['theme-finance', 'Ne pas lier les subventions d’adaptation aux conditions des prêts', 2],
      ['theme-finance', 'غياب التمويل المناخي للبلديات', 1],
    ],
  };
  input.points = texts[language].map(([themeId, text], i) =>
    point(`pt-form-${String(i + 1).padStart(2, '0')}`, 'item-disc1', text, { themeIds: [themeId] }),
  );
  input.supportersByPoint = Object.fromEntries(
    texts[language].map(([, , n], i) => [`pt-form-${String(i + 1).padStart(2, '0')}`, n]),
  );
  input.votes = [];
  return input;
}
