import type {
  AgendaItemDraft,
  BalanceCategory,
  InterventionKind,
  MeetingDetails,
  MemberCategories,
  ThemeDraft,
} from '@hiwar/protocol';

/** The demo facilitator. Its password is never fixed: each seed sets a fresh random one and prints it. */
export const DEMO_ACCOUNT = {
  email: 'facilitator@demo.hiwar.local',
  name: 'Layla Haddad',
};

/** The file in the data folder where the seed leaves the demo password for `npm run simulate` (mode 0600). */
export const DEMO_PASSWORD_FILE = 'demo-password';

/**
 * The demo meeting's date: yesterday at 10:00, so the whole meeting (about two hours) lies in the past
 * in any time zone and its report can be written.
 */
export function yesterdayAtTen(now = Date.now()): string {
  const d = new Date(now - 24 * 3600 * 1000);
  return `${d.toISOString().slice(0, 10)}T10:00`;
}

/** A policy dialogue written for Hiwar's demo: three presentations, then a discussion. */
export function demoMeeting(): {
  details: MeetingDetails;
  agenda: AgendaItemDraft[];
  balanceCategories: BalanceCategory[];
  themes: ThemeDraft[];
} {
  return {
    themes: [
      {
        name: 'Funding that reaches local mediators',
        description: 'Core and multi-year money, not projects',
        colour: '#1f6f5c',
      },
      { name: 'Data communities can use', description: 'Drought and water data in local hands', colour: '#2f5da8' },
      { name: 'Women and youth at the table', description: 'Who sits in the councils', colour: '#8a4fb0' },
      { name: 'Protection of mediators', description: 'Threats, backlash and safety', colour: '#a83232' },
    ],
    balanceCategories: [
      {
        id: 'sector',
        name: 'Sector',
        options: [
          { id: 'civil-society', label: 'Civil society' },
          { id: 'government', label: 'Government' },
          { id: 'donor', label: 'Donor or international organisation' },
          { id: 'academia', label: 'Research and academia' },
        ],
      },
      {
        id: 'region',
        name: 'Region',
        options: [
          { id: 'mena', label: 'Middle East and North Africa' },
          { id: 'sahel', label: 'Sahel' },
          { id: 'europe', label: 'Europe' },
        ],
      },
    ],
    details: {
      title: 'Water, drought and local peace: who gets a say in the next national action plans?',
      hostOrganisation: 'Hiwar Demo Dialogue Forum',
      startsAt: yesterdayAtTen(),
      timeZone: 'Africa/Tunis',
      format: 'hybrid',
      contentLanguage: 'en',
      videoCallUrl: null,
      description:
        'Third meeting of the demo series on climate, security and civic participation. Local mediators, ' +
        'researchers and officials compare how water disputes are handled in practice, and what the next ' +
        'round of national action plans should change.',
    },
    agenda: [
      {
        title: 'Welcome and ground rules',
        kind: 'opening',
        plannedMinutes: 10,
        presenters: [],
        confidentiality: 'on-record',
      },
      {
        title: 'Mediating over wells: what village councils have learned',
        kind: 'presentation',
        plannedMinutes: 15,
        presenters: [{ name: 'Samira Ben Amor', title: 'Programme lead', organisation: 'Oasis Mediators Network' }],
        confidentiality: 'on-record',
      },
      {
        title: 'Drought data that communities can use',
        kind: 'presentation',
        plannedMinutes: 15,
        presenters: [
          { name: 'Dr. Youssef El Idrissi', title: 'Researcher', organisation: 'Institute for Arid Lands Studies' },
        ],
        confidentiality: 'on-record',
      },
      {
        title: 'Putting local peacebuilders into national plans',
        kind: 'presentation',
        plannedMinutes: 15,
        presenters: [{ name: 'Ingrid Larsson', title: 'Policy adviser', organisation: 'Nordic Partnership Fund' }],
        confidentiality: 'on-record',
      },
      { title: 'Break', kind: 'break', plannedMinutes: 10, presenters: [], confidentiality: 'on-record' },
      {
        title: 'Open discussion: funding, participation and protection',
        kind: 'discussion',
        plannedMinutes: 45,
        presenters: [],
        confidentiality: 'chatham-house',
      },
      {
        title: 'Way forward and closing',
        kind: 'closing',
        plannedMinutes: 10,
        presenters: [],
        confidentiality: 'on-record',
      },
    ],
  };
}

/** Someone who joins the demo meeting by its join code, as a participant would. */
export interface DemoPerson {
  key: string;
  displayName: string;
  organisation: string | null;
  /** Balance answers; always optional, so some people give none. */
  categories: MemberCategories;
  /** The role the facilitator gives them after they join. */
  role?: 'rapporteur';
}

/** A speaking turn: the hand goes up at `raisedAt`, the floor is given at `startsAt`, both in minutes. */
export interface DemoTurn {
  speaker: string;
  kind: InterventionKind;
  raisedAt: number;
  startsAt: number;
  minutes: number;
}

/** A discussion point and what happens to it. Times are minutes from the start of the meeting. */
export interface DemoPoint {
  key: string;
  text: string;
  /** Indexes into the demo meeting's themes; a participant's point is tagged by the desk as it publishes it. */
  themes: number[];
  at: number;
  /** 'desk': captured by the rapporteur; otherwise the key of the participant who sends it. */
  by: 'desk' | string;
  /** Keys of the participants who "+1" it, in the order they do. */
  supporters: string[];
  recommendation?: boolean;
  starred?: boolean;
  parkingLot?: { owner: string; dueInDays: number };
  /** Merged by the desk into this point (key), as a duplicate, at `mergedAt`. */
  mergeInto?: string;
  mergedAt?: number;
}

export interface DemoVote {
  title: string;
  opensAt: number;
  closesAt: number;
  dotsPerPerson: number;
  /** Keys of the recommendation points that become the options. */
  options: string[];
  /** Per participant, the options they put a dot on. */
  ballots: Record<string, string[]>;
}

export interface DemoDiscussion {
  people: DemoPerson[];
  /** When each agenda item begins, in minutes from the start (the first is 0). */
  itemStarts: number[];
  turns: DemoTurn[];
  points: DemoPoint[];
  vote: DemoVote;
  endsAt: number;
}

// Theme indexes, in the order of demoMeeting().themes.
const FUNDING = 0;
const DATA = 1;
const WOMEN_YOUTH = 2;
const PROTECTION = 3;

/**
 * What happened in the demo meeting, replayed through the real commands by the seed: who joined,
 * who spoke, what the rapporteur captured and participants sent, what was supported, merged, marked
 * and voted on. The discussion item is held under the Chatham House Rule, so none of this becomes a
 * stored link between a person and a point.
 */
export function demoDiscussion(): DemoDiscussion {
  // Agenda: welcome 0, three presentations 10/26/42, break 58, discussion 70, way forward 116.
  const D = 70;
  return {
    people: [
      {
        key: 'nour',
        displayName: 'Nour Khalil',
        organisation: 'Hiwar Demo Dialogue Forum',
        categories: {},
        role: 'rapporteur',
      },
      {
        key: 'amina',
        displayName: 'Amina Tahiri',
        organisation: 'Gabès Oasis Association',
        categories: { sector: 'civil-society', region: 'mena' },
      },
      {
        key: 'moussa',
        displayName: 'Moussa Diallo',
        organisation: 'Mopti Peace Committees',
        categories: { sector: 'civil-society', region: 'sahel' },
      },
      {
        key: 'karim',
        displayName: 'Karim B.',
        organisation: null,
        categories: { sector: 'government', region: 'mena' },
      },
      {
        key: 'elin',
        displayName: 'Elin Berg',
        organisation: 'Baltic Fund for Peace and Development',
        categories: { sector: 'donor', region: 'europe' },
      },
      { key: 'hanane', displayName: 'Hanane', organisation: null, categories: { sector: 'academia', region: 'mena' } },
      {
        key: 'aissata',
        displayName: 'Aïssata Maïga',
        organisation: null,
        categories: { sector: 'civil-society', region: 'sahel' },
      },
      {
        key: 'tarek',
        displayName: 'Tarek Mansour',
        organisation: 'Ministry of Local Affairs',
        categories: { sector: 'government', region: 'mena' },
      },
      { key: 'salma', displayName: 'Salma', organisation: null, categories: {} },
    ],
    itemStarts: [0, 10, 26, 42, 58, D, 116],
    turns: [
      { speaker: 'amina', kind: 'new-point', raisedAt: D + 0.5, startsAt: D + 1, minutes: 3.2 },
      { speaker: 'moussa', kind: 'new-point', raisedAt: D + 1.5, startsAt: D + 4.5, minutes: 2.7 },
      { speaker: 'elin', kind: 'new-point', raisedAt: D + 3, startsAt: D + 7.5, minutes: 2.8 },
      { speaker: 'karim', kind: 'direct-reply', raisedAt: D + 9, startsAt: D + 10.5, minutes: 1.5 },
      { speaker: 'aissata', kind: 'new-point', raisedAt: D + 8, startsAt: D + 12.5, minutes: 3 },
      { speaker: 'tarek', kind: 'new-point', raisedAt: D + 12, startsAt: D + 16, minutes: 2.3 },
      { speaker: 'hanane', kind: 'clarification', raisedAt: D + 17.5, startsAt: D + 18.5, minutes: 1 },
      { speaker: 'amina', kind: 'new-point', raisedAt: D + 15, startsAt: D + 20, minutes: 2 },
      { speaker: 'salma', kind: 'new-point', raisedAt: D + 19, startsAt: D + 22.5, minutes: 2.5 },
      { speaker: 'moussa', kind: 'direct-reply', raisedAt: D + 24, startsAt: D + 25.5, minutes: 1.7 },
    ],
    points: [
      // Presentations, on the record, captured by the rapporteur.
      {
        key: 'councils',
        text:
          'Village councils that seated women and herders alongside landowners reached well-sharing ' +
          'agreements that held through two dry seasons; councils of landowners alone did not.',
        themes: [WOMEN_YOUTH],
        at: 18,
        by: 'desk',
        supporters: ['amina'],
      },
      {
        key: 'monitors',
        text:
          'Rainfall and groundwater readings taken by trained community monitors matched satellite ' +
          'estimates within ten per cent, at a fraction of the cost.',
        themes: [DATA],
        at: 34,
        by: 'desk',
        supporters: [],
      },
      {
        key: 'plans',
        text:
          'Only two of the region’s national action plans mention local mediators at all, and neither ' +
          'gives them a budget line.',
        themes: [FUNDING],
        at: 50,
        by: 'desk',
        supporters: ['elin', 'tarek'],
      },
      // The discussion, under the Chatham House Rule.
      {
        key: 'core-funding',
        text:
          'Project grants of six to twelve months end before a dispute season is over. Local mediation ' +
          'needs core, multi-year funding that pays for mediators’ time and travel.',
        themes: [FUNDING],
        at: D + 3.5,
        by: 'desk',
        supporters: ['amina', 'moussa', 'elin', 'aissata', 'salma', 'hanane'],
        recommendation: true,
        starred: true,
      },
      {
        key: 'short-cycles',
        text: 'Short project cycles are the main problem: a mediator cannot plan when the money stops after a year.',
        themes: [FUNDING],
        at: D + 5,
        by: 'karim',
        supporters: ['moussa', 'tarek', 'amina'],
        mergeInto: 'core-funding',
        mergedAt: D + 14,
      },
      {
        key: 'early-warning',
        text:
          'Drought early-warning data exists, but it reaches ministries weeks before it reaches the councils ' +
          'that have to negotiate access to wells.',
        themes: [DATA],
        at: D + 6.5,
        by: 'desk',
        supporters: ['moussa', 'hanane', 'aissata', 'tarek'],
      },
      {
        key: 'open-data',
        text:
          'Well and borehole data should be published in local languages, on simple maps that councils can ' +
          'use offline and that community radio can read out.',
        themes: [DATA],
        at: D + 8,
        by: 'hanane',
        supporters: ['moussa', 'karim', 'salma', 'aissata', 'tarek'],
        recommendation: true,
      },
      {
        key: 'pooled-funds',
        text:
          'Small grants through pooled national funds reach village councils faster than calls for ' +
          'proposals written for large NGOs.',
        themes: [FUNDING],
        at: D + 10,
        by: 'elin',
        supporters: ['tarek', 'amina', 'karim'],
      },
      {
        key: 'women-absent',
        text:
          'Women manage household water but are largely absent from the councils that allocate it; where ' +
          'seats are reserved, women members are often not told when the deciding meetings take place.',
        themes: [WOMEN_YOUTH],
        at: D + 15,
        by: 'desk',
        supporters: ['aissata', 'amina', 'salma', 'elin'],
      },
      {
        key: 'youth-mediators',
        text:
          'Young people are usually treated as the cause of clashes at water points, yet councils that ' +
          'trained young mediators report fewer incidents.',
        themes: [WOMEN_YOUTH],
        at: D + 15.5,
        by: 'aissata',
        supporters: ['salma', 'hanane'],
        starred: true,
      },
      {
        key: 'threats',
        text:
          'Mediators who expose the diversion of water by powerful landowners face threats, and there is no ' +
          'confidential channel through which they can report them.',
        themes: [PROTECTION],
        at: D + 18,
        by: 'desk',
        supporters: ['amina', 'moussa', 'aissata', 'karim'],
      },
      {
        key: 'protection-costs',
        text:
          'Donors should build protection costs (safe travel, legal aid, digital security) into every ' +
          'mediation grant rather than fund them separately.',
        themes: [PROTECTION, FUNDING],
        at: D + 19,
        by: 'moussa',
        supporters: ['elin', 'salma', 'amina'],
      },
      {
        key: 'seats',
        text:
          'At least a third of the seats on local water and peace councils should be reserved for women and ' +
          'young people, with a budget for them to attend.',
        themes: [WOMEN_YOUTH, FUNDING],
        at: D + 21.5,
        by: 'desk',
        supporters: ['amina', 'aissata', 'salma', 'elin', 'hanane'],
        recommendation: true,
      },
      {
        key: 'adaptation-link',
        text:
          'National action plans on women, peace and security should be linked to national adaptation plans ' +
          'on climate; how to do so needs a meeting of its own.',
        themes: [WOMEN_YOUTH, DATA],
        at: D + 24.5,
        by: 'desk',
        supporters: ['salma', 'tarek'],
        parkingLot: { owner: 'Forum secretariat (Layla Haddad)', dueInDays: 30 },
      },
    ],
    vote: {
      title: 'Which recommendations should lead the report?',
      opensAt: 117,
      closesAt: 122,
      dotsPerPerson: 2,
      options: ['core-funding', 'open-data', 'seats'],
      ballots: {
        amina: ['core-funding', 'seats'],
        moussa: ['core-funding', 'open-data'],
        karim: ['core-funding', 'open-data'],
        elin: ['core-funding', 'seats'],
        hanane: ['open-data', 'seats'],
        aissata: ['seats', 'core-funding'],
        tarek: ['open-data', 'core-funding'],
        salma: ['seats'],
      },
    },
    endsAt: 126,
  };
}
