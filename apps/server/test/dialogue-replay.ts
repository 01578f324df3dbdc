import { HiwarHttp, type MeetingConnection } from '@hiwar/client';
import type { Addressee, AgendaItemDraft, Language, PointForm } from '@hiwar/protocol';
import { buildFacilitator, connect, type TestServer } from './harness.js';

/**
 * A dialogue in the genre's shape, replayed through the API as a desk would run it: three presentations by
 * named experts, an open discussion under the Chatham House Rule tagged with five themes in the
 * facilitator's order, points typed the way people speak (statements, calls, bare topics, questions),
 * supports from the floor, recommendations with addressees, a point the desk marks as identifying, and a
 * sensitive place name. Eight participants, three presenters and a rapporteur join by link.
 */
export const PRESENTERS = [
  {
    name: 'Dr Mariam Touré',
    title: 'Senior Fellow',
    organisation: 'Centre for Water Governance',
    pronoun: 'she',
    talkTitle: 'Mediating water disputes in the Sahel',
  },
  {
    name: 'Ibrahim Keita',
    title: 'Programme Director',
    organisation: 'Pastoral Network of Mali',
    pronoun: 'he',
    talkTitle: '',
  },
  { name: 'Lena Holm', title: 'Adviser', organisation: 'Nordic Resilience Fund', pronoun: null, talkTitle: '' },
] as const;

export const PARTICIPANTS = [
  ['Aminata Diallo', 'Women Mediators Network'],
  ['Boubacar Sow', null],
  ['Claire Dubois', 'Agence Sahel Eau'],
  ['Djibril Maiga', null],
  ['Fatoumata Coulibaly', 'Herders Union'],
  ['Hamid Ag Ahmed', null],
  ['Inès Traoré', 'Youth for Peace'],
  ['Karim Benali', null],
] as const;

export const THEMES = [
  'Early warning and data',
  'Local mediation',
  'Funding and time frames',
  'Women and youth',
  'Cross-border cooperation',
] as const;

/** What each presenter said, in their order of speaking. */
const PRESENTED: Record<string, string[]> = {
  'Dr Mariam Touré': [
    'Most disputes over wells are settled by village committees before they reach the courts',
    'Committees that include herders settle disputes twice as fast',
    'Give mediators a legal status so their agreements hold',
  ],
  'Ibrahim Keita': [
    'Transhumance corridors have shifted south by up to 100 kilometres since 2010',
    'the lack of maps of the new corridors',
    'Who pays for a well damaged by a passing herd?',
  ],
  'Lena Holm': [
    'Project grants of six to twelve months end before a dispute season is over',
    'Fund mediation for at least three years',
  ],
};

interface Said {
  text: string;
  theme: number | null;
  /** How many other participants support it. */
  supports: number;
  form?: PointForm;
  recommendation?: Addressee | 'none';
  identifying?: boolean;
}

/** The open discussion: statements, calls, topics and questions, as participants type them. */
const DISCUSSED: Said[] = [
  { text: 'Borehole levels are falling faster than the bulletins say', theme: 0, supports: 5 },
  { text: 'send borehole levels by SMS to the water committees', theme: 0, supports: 4, recommendation: 'governments' },
  { text: 'translate the drought bulletins into Fulfulde and Tamasheq', theme: 0, supports: 2 },
  { text: 'Why are the rainfall data of the national service not public?', theme: 0, supports: 1 },
  { text: 'Village committees are trusted more than the courts', theme: 1, supports: 4 },
  {
    text: 'set up a confidential channel for herders to report threats',
    theme: 1,
    supports: 3,
    recommendation: 'civil-society',
  },
  { text: 'the role of religious leaders in mediation', theme: 1, supports: 1 },
  {
    text: 'The chief of the Ménaka committee was threatened after the last ruling',
    theme: 1,
    supports: 0,
    identifying: true,
  },
  { text: 'Grants end before the dispute season is over', theme: 2, supports: 5 },
  { text: 'fund mediation for at least three years', theme: 2, supports: 4, recommendation: 'donors' },
  { text: 'Could pooled funds pay for small repairs to wells?', theme: 2, supports: 2 },
  { text: 'Women mediators are rarely paid for their work', theme: 3, supports: 3 },
  { text: 'include young herders in the committees', theme: 3, supports: 2, recommendation: 'none' },
  { text: 'the exclusion of young people from water committees', theme: 3, supports: 1 },
  { text: 'Herds cross into Niger and Burkina Faso without any agreement on wells', theme: 4, supports: 3 },
  {
    text: 'agree a regional protocol on water points along the corridors',
    theme: 4,
    supports: 2,
    recommendation: 'international-organisations',
  },
  { text: 'How can the committees of two countries meet when the border is closed?', theme: 4, supports: 1 },
];

export const AGENDA = (): AgendaItemDraft[] => [
  { title: 'Welcome', kind: 'opening', plannedMinutes: 10, presenters: [], confidentiality: 'on-record' },
  {
    title: 'Water, herders and mediation',
    kind: 'presentation',
    plannedMinutes: 45,
    presenters: PRESENTERS.map((p) => ({ ...p })),
    confidentiality: 'on-record',
  },
  {
    title: 'Open discussion',
    kind: 'discussion',
    plannedMinutes: 75,
    presenters: [],
    confidentiality: 'chatham-house',
  },
  { title: 'Way forward', kind: 'closing', plannedMinutes: 10, presenters: [], confidentiality: 'chatham-house' },
];

const must = <T>(value: T | null | undefined): T => {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
};

/** Runs the whole meeting through the API and ends it; answers who is who, to check the report with. */
export async function replayDialogue(server: TestServer, language: Language = 'en') {
  const { http } = await buildFacilitator(server);
  const meeting = await http.createMeeting(
    {
      title: 'Water, herders and mediation in the central Sahel',
      hostOrganisation: 'Sahel Dialogue Institute',
      startsAt: '2024-05-30T10:00',
      timeZone: 'Africa/Bamako',
      format: 'online',
      contentLanguage: language,
    },
    AGENDA(),
  );
  const open: MeetingConnection[] = [];
  const live = async (credential: { memberToken?: string; sessionCookie?: string }) => {
    const c = await connect(server, meeting.id, credential);
    open.push(c);
    return c;
  };
  const desk = await live({ sessionCookie: must(http.sessionCookie) });
  await desk.send({ type: 'theme:add', themes: THEMES.map((name) => ({ name, colour: '#1f6f5c' })) });
  const themeIds = must(desk.state.view).meeting.themes.map((t) => t.id);
  await desk.send({ type: 'meeting:set-report-settings', settings: { sensitiveTerms: ['Ménaka'] } });

  const join = async (displayName: string, organisation: string | null) => {
    const guest = new HiwarHttp({ baseUrl: server.baseUrl });
    const joined = await guest.join(meeting.joinCode, { displayName, organisation });
    return { ...joined, displayName, connection: await live({ memberToken: joined.memberToken }) };
  };
  const rapporteur = await join('Rapporteur Rana', null);
  await desk.send({ type: 'member:set-role', memberId: rapporteur.memberId, role: 'rapporteur' });
  for (const p of PRESENTERS) {
    const presenter = await join(p.name, p.organisation);
    await desk.send({ type: 'member:set-role', memberId: presenter.memberId, role: 'presenter' });
  }
  const people = [];
  for (const [name, organisation] of PARTICIPANTS) people.push(await join(name, organisation));

  await desk.send({ type: 'meeting:start' });
  const agenda = must(desk.state.view).agenda;
  // The presentations: the desk captures what each presenter says while they have the floor.
  await desk.send({ type: 'agenda:jump', itemId: must(agenda[1]).id });
  for (const presenter of PRESENTERS) {
    await desk.send({ type: 'queue:add-person', name: presenter.name });
    await desk.send({ type: 'queue:give-floor' });
    for (const text of PRESENTED[presenter.name] ?? []) {
      await desk.send({ type: 'point:submit', text, fromFloor: true });
    }
    const floor = must(desk.state.view).queue.floor;
    if (floor) await desk.send({ type: 'queue:end-turn', turnId: floor.turnId });
  }
  // The discussion: participants send points, the desk publishes them, others support them.
  await desk.send({ type: 'agenda:jump', itemId: must(agenda[2]).id });
  const ids: string[] = [];
  for (const [n, said] of DISCUSSED.entries()) {
    const author = must(people[n % people.length]);
    const ack = await author.connection.send({
      type: 'point:submit',
      text: said.text,
      themeIds: said.theme === null ? [] : [must(themeIds[said.theme])],
    });
    const pointId = must(ack.point?.id);
    ids.push(pointId);
    await desk.send({ type: 'point:moderate', pointId, status: 'published' });
    for (let s = 1; s <= said.supports; s++) {
      const supporter = must(people[(n + s) % people.length]);
      await supporter.connection.send({ type: 'point:support', pointId });
    }
    if (said.recommendation || said.identifying || said.form) {
      await desk.send({
        type: 'point:mark',
        pointId,
        ...(said.recommendation
          ? { recommendation: true, addressee: said.recommendation === 'none' ? null : said.recommendation }
          : {}),
        ...(said.identifying ? { identifying: true } : {}),
        ...(said.form ? { form: said.form } : {}),
      });
    }
  }
  await desk.send({ type: 'agenda:jump', itemId: must(agenda[3]).id });
  await desk.send({ type: 'meeting:end' });
  for (const c of open) c.close();
  return {
    meeting,
    facilitator: { cookie: must(http.sessionCookie) },
    rapporteur: { memberToken: rapporteur.memberToken },
    pointIds: ids,
    identifyingText: must(DISCUSSED.find((d) => d.identifying)).text,
    participantNames: PARTICIPANTS.map(([name]) => name),
  };
}
