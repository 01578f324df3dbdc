import type { AgendaItemDraft, BalanceCategory, MeetingDetails, ThemeDraft } from '@hiwar/protocol';

export const DEMO_ACCOUNT = {
  email: 'facilitator@demo.hiwar.local',
  password: 'hiwar-demo-facilitator',
  name: 'Layla Haddad',
};

/** The demo meeting's date: tomorrow at 10:00, so it always looks upcoming. */
function tomorrowAtTen(): string {
  const d = new Date(Date.now() + 24 * 3600 * 1000);
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
      startsAt: tomorrowAtTen(),
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
