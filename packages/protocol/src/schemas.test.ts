import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { clientCommandSchema, syncRequestSchema } from './commands.js';
import { ERROR_CODES, ERROR_MESSAGES, wireError } from './errors.js';
import { eventAudience, meetingEventBodySchema } from './events.js';
import { joinBodySchema, signUpBodySchema } from './http.js';
import {
  ASSIGNABLE_ROLES,
  agendaItemInputSchema,
  balanceCategoriesSchema,
  balanceCategorySchema,
  colourSchema,
  commandIdSchema,
  DEFAULT_POINTS_SETTINGS,
  DEFAULT_QUEUE_SETTINGS,
  idSchema,
  joinCodeSchema,
  LANGUAGES,
  LIMITS,
  meetingDetailsSchema,
  parkingLotSchema,
  pointSchema,
  pointsSettingsSchema,
  pointTextSchema,
  queueSettingsSchema,
  themeInputSchema,
  themeSchema,
  timeZoneSchema,
} from './model.js';
import { THEME_PRESETS } from './theme-presets.js';

const details = {
  title: 'Water rights dialogue',
  hostOrganisation: 'Civic Forum',
  startsAt: '2025-03-15T12:00',
  timeZone: 'Asia/Beirut',
  format: 'hybrid',
  contentLanguage: 'en',
};
const item = { title: 'Opening', kind: 'opening', plannedMinutes: 10, confidentiality: 'on-record' };
const commandId = 'cmd-000001';
const sector = {
  id: 'sector',
  name: 'Sector',
  options: [
    { id: 'civil-society', label: 'Civil society' },
    { id: 'government', label: 'Government' },
  ],
};

interface Bad {
  name: string;
  schema: z.ZodType;
  input: unknown;
  /** Where the first issue is reported. */
  path: (string | number)[];
}

const bad: Bad[] = [
  // strict commands
  {
    name: 'command with an unknown field',
    schema: clientCommandSchema,
    input: { type: 'meeting:start', commandId, actor: 'member-0001' },
    path: [],
  },
  {
    name: 'command with an unknown nested field in an item',
    schema: clientCommandSchema,
    input: { type: 'agenda:add-item', commandId, item: { ...item, spentMs: 0 } },
    path: ['item'],
  },
  {
    name: 'meeting:update with an unknown detail',
    schema: clientCommandSchema,
    input: { type: 'meeting:update', commandId, details: { status: 'live' } },
    path: ['details'],
  },
  {
    name: 'unknown command type',
    schema: clientCommandSchema,
    input: { type: 'meeting:delete', commandId },
    path: ['type'],
  },
  {
    name: 'command without a command id',
    schema: clientCommandSchema,
    input: { type: 'meeting:start' },
    path: ['commandId'],
  },
  {
    name: 'command id too short',
    schema: clientCommandSchema,
    input: { type: 'meeting:start', commandId: 'abc1234' },
    path: ['commandId'],
  },
  {
    name: 'command id with a space',
    schema: clientCommandSchema,
    input: { type: 'meeting:start', commandId: 'cmd 000001' },
    path: ['commandId'],
  },
  {
    name: 'command id of 65 characters',
    schema: clientCommandSchema,
    input: { type: 'meeting:start', commandId: 'a'.repeat(65) },
    path: ['commandId'],
  },
  // wrong types
  {
    name: 'plannedMinutes as a string',
    schema: clientCommandSchema,
    input: { type: 'agenda:add-item', commandId, item: { ...item, plannedMinutes: '10' } },
    path: ['item', 'plannedMinutes'],
  },
  {
    name: 'itemIds not an array',
    schema: clientCommandSchema,
    input: { type: 'agenda:reorder', commandId, itemIds: 'item-0001' },
    path: ['itemIds'],
  },
  {
    name: 'item id with a slash',
    schema: clientCommandSchema,
    input: { type: 'agenda:jump', commandId, itemId: 'item/0001' },
    path: ['itemId'],
  },
  {
    name: `reorder of ${LIMITS.agendaItems + 1} ids`,
    schema: clientCommandSchema,
    input: {
      type: 'agenda:reorder',
      commandId,
      itemIds: Array.from({ length: LIMITS.agendaItems + 1 }, (_, i) => `item-${1000 + i}`),
    },
    path: ['itemIds'],
  },
  { name: 'command that is not an object', schema: clientCommandSchema, input: 'meeting:start', path: [] },
  { name: 'lastSeq negative', schema: syncRequestSchema, input: { lastSeq: -1 }, path: ['lastSeq'] },
  { name: 'lastSeq fractional', schema: syncRequestSchema, input: { lastSeq: 1.5 }, path: ['lastSeq'] },
  // meeting details
  { name: 'empty title', schema: meetingDetailsSchema, input: { ...details, title: '' }, path: ['title'] },
  { name: 'whitespace title', schema: meetingDetailsSchema, input: { ...details, title: ' \t\n ' }, path: ['title'] },
  {
    name: '201-character title',
    schema: meetingDetailsSchema,
    input: { ...details, title: 'x'.repeat(201) },
    path: ['title'],
  },
  { name: 'title as a number', schema: meetingDetailsSchema, input: { ...details, title: 42 }, path: ['title'] },
  {
    name: 'time zone Mars/Olympus',
    schema: meetingDetailsSchema,
    input: { ...details, timeZone: 'Mars/Olympus' },
    path: ['timeZone'],
  },
  { name: 'empty time zone', schema: meetingDetailsSchema, input: { ...details, timeZone: '' }, path: ['timeZone'] },
  {
    name: 'startsAt as an ISO instant with seconds and zone',
    schema: meetingDetailsSchema,
    input: { ...details, startsAt: '2025-03-15T12:00:00Z' },
    path: ['startsAt'],
  },
  {
    name: 'startsAt with a space',
    schema: meetingDetailsSchema,
    input: { ...details, startsAt: '2025-03-15 12:00' },
    path: ['startsAt'],
  },
  {
    name: 'startsAt on 30 February',
    schema: meetingDetailsSchema,
    input: { ...details, startsAt: '2025-02-30T10:00' },
    path: ['startsAt'],
  },
  {
    name: 'startsAt at 25:61',
    schema: meetingDetailsSchema,
    input: { ...details, startsAt: '2025-03-15T25:61' },
    path: ['startsAt'],
  },
  {
    name: 'startsAt as a date only',
    schema: meetingDetailsSchema,
    input: { ...details, startsAt: '2025-03-15' },
    path: ['startsAt'],
  },
  {
    name: 'startsAt as a timestamp',
    schema: meetingDetailsSchema,
    input: { ...details, startsAt: 1742040000000 },
    path: ['startsAt'],
  },
  {
    name: 'javascript: video link',
    schema: meetingDetailsSchema,
    input: { ...details, videoCallUrl: 'javascript:alert(1)' },
    path: ['videoCallUrl'],
  },
  {
    name: 'ftp: video link',
    schema: meetingDetailsSchema,
    input: { ...details, videoCallUrl: 'ftp://example.org/x' },
    path: ['videoCallUrl'],
  },
  {
    name: 'video link with no host',
    schema: meetingDetailsSchema,
    input: { ...details, videoCallUrl: 'https://' },
    path: ['videoCallUrl'],
  },
  { name: 'unknown format', schema: meetingDetailsSchema, input: { ...details, format: 'radio' }, path: ['format'] },
  {
    name: 'unknown language',
    schema: meetingDetailsSchema,
    input: { ...details, contentLanguage: 'de' },
    path: ['contentLanguage'],
  },
  {
    name: 'missing host organisation',
    schema: meetingDetailsSchema,
    input: { ...details, hostOrganisation: undefined },
    path: ['hostOrganisation'],
  },
  {
    name: 'details with an unknown field',
    schema: meetingDetailsSchema,
    input: { ...details, joinCode: 'ABCDEFGH' },
    path: [],
  },
  // agenda items
  {
    name: 'negative plannedMinutes',
    schema: agendaItemInputSchema,
    input: { ...item, plannedMinutes: -1 },
    path: ['plannedMinutes'],
  },
  {
    name: 'fractional plannedMinutes',
    schema: agendaItemInputSchema,
    input: { ...item, plannedMinutes: 2.5 },
    path: ['plannedMinutes'],
  },
  {
    name: `plannedMinutes over ${LIMITS.plannedMinutesMax}`,
    schema: agendaItemInputSchema,
    input: { ...item, plannedMinutes: LIMITS.plannedMinutesMax + 1 },
    path: ['plannedMinutes'],
  },
  { name: 'unknown item kind', schema: agendaItemInputSchema, input: { ...item, kind: 'lunch' }, path: ['kind'] },
  {
    name: 'unknown confidentiality',
    schema: agendaItemInputSchema,
    input: { ...item, confidentiality: 'secret' },
    path: ['confidentiality'],
  },
  {
    name: 'presenter without a name',
    schema: agendaItemInputSchema,
    input: { ...item, presenters: [{ name: '  ' }] },
    path: ['presenters', 0, 'name'],
  },
  {
    name: `${LIMITS.presentersPerItem + 1} presenters`,
    schema: agendaItemInputSchema,
    input: { ...item, presenters: Array.from({ length: LIMITS.presentersPerItem + 1 }, (_, i) => ({ name: `P${i}` })) },
    path: ['presenters'],
  },
  // roles
  {
    name: "member:set-role to 'facilitator'",
    schema: clientCommandSchema,
    input: { type: 'member:set-role', commandId, memberId: 'member-0002', role: 'facilitator' },
    path: ['role'],
  },
  {
    name: 'member:set-role to an unknown role',
    schema: clientCommandSchema,
    input: { type: 'member:set-role', commandId, memberId: 'member-0002', role: 'admin' },
    path: ['role'],
  },
  // join codes
  ...['ABCDEFG', 'ABCDEFGHJ', 'ABCD1EFG', 'ABCD0EFG', 'ABCD_EFG', 'ABCD.EFGH', '', '        ', 'ÄBCDEFGH'].map(
    (code): Bad => ({ name: `join code ${JSON.stringify(code)}`, schema: joinCodeSchema, input: code, path: [] }),
  ),
  { name: 'join code as a number', schema: joinCodeSchema, input: 23456789, path: [] },
  // ids
  { name: 'id of 7 characters', schema: idSchema, input: 'abcdefg', path: [] },
  { name: 'id of 41 characters', schema: idSchema, input: 'a'.repeat(41), path: [] },
  // http bodies
  {
    name: 'sign-up with a short password',
    schema: signUpBodySchema,
    input: { email: 'a@b.org', password: 'short', name: 'A' },
    path: ['password'],
  },
  {
    name: 'sign-up with a bad e-mail',
    schema: signUpBodySchema,
    input: { email: 'not-mail', password: 'long enough pw', name: 'A' },
    path: ['email'],
  },
  { name: 'join with an empty name', schema: joinBodySchema, input: { displayName: ' ' }, path: ['displayName'] },
  // balance categories (ids are lowercase keys, 1-24 characters of a-z, 0-9 and dashes)
  ...['Sector', 'civil society', 'sector_1', '', 'x'.repeat(25), 'قطاع'].map(
    (id): Bad => ({
      name: `balance category id ${JSON.stringify(id)}`,
      schema: clientCommandSchema,
      input: { type: 'meeting:set-categories', commandId, categories: [{ ...sector, id }] },
      path: ['categories', 0, 'id'],
    }),
  ),
  {
    name: 'balance option id in upper case',
    schema: clientCommandSchema,
    input: {
      type: 'meeting:set-categories',
      commandId,
      categories: [{ ...sector, options: [{ id: 'NGO', label: 'NGO' }] }],
    },
    path: ['categories', 0, 'options', 0, 'id'],
  },
  {
    name: 'balance category without options',
    schema: balanceCategorySchema,
    input: { ...sector, options: [] },
    path: ['options'],
  },
  {
    name: `balance category with ${LIMITS.balanceOptions + 1} options`,
    schema: balanceCategorySchema,
    input: {
      ...sector,
      options: Array.from({ length: LIMITS.balanceOptions + 1 }, (_, i) => ({ id: `o${i}`, label: `O${i}` })),
    },
    path: ['options'],
  },
  {
    name: 'balance category with a blank name',
    schema: balanceCategorySchema,
    input: { ...sector, name: ' ' },
    path: ['name'],
  },
  {
    name: `${LIMITS.balanceCategories + 1} balance categories`,
    schema: clientCommandSchema,
    input: {
      type: 'meeting:set-categories',
      commandId,
      categories: Array.from({ length: LIMITS.balanceCategories + 1 }, (_, i) => ({ ...sector, id: `c${i}` })),
    },
    path: ['categories'],
  },
  {
    name: 'member answer with an option id in upper case',
    schema: clientCommandSchema,
    input: { type: 'member:set-categories', commandId, categories: { sector: 'NGO' } },
    path: ['categories', 'sector'],
  },
  {
    name: 'member answer that is not a string',
    schema: clientCommandSchema,
    input: { type: 'member:set-categories', commandId, categories: { sector: 1 } },
    path: ['categories', 'sector'],
  },
  // queue settings: a limit per turn of 0..3600 whole seconds
  ...[-1, 3601, 1.5, '60'].map(
    (speakingLimitSeconds): Bad => ({
      name: `queue speaking limit ${JSON.stringify(speakingLimitSeconds)}`,
      schema: clientCommandSchema,
      input: { type: 'queue:set-settings', commandId, settings: { speakingLimitSeconds } },
      path: ['settings', 'speakingLimitSeconds'],
    }),
  ),
  {
    name: 'queue settings with an unknown policy',
    schema: clientCommandSchema,
    input: { type: 'queue:set-settings', commandId, settings: { policy: 'random' } },
    path: ['settings', 'policy'],
  },
  {
    name: 'queue settings with an unknown field',
    schema: clientCommandSchema,
    input: { type: 'queue:set-settings', commandId, settings: { maxSpeakers: 3 } },
    path: ['settings'],
  },
  {
    name: 'full queue settings without a policy',
    schema: queueSettingsSchema,
    input: { allowPriority: true, speakingLimitSeconds: 60 },
    path: ['policy'],
  },
  {
    name: 'agenda item speaking limit of 3601 s',
    schema: agendaItemInputSchema,
    input: { ...item, speakingLimitSeconds: 3601 },
    path: ['speakingLimitSeconds'],
  },
  {
    name: 'agenda item speaking limit of -1 s',
    schema: agendaItemInputSchema,
    input: { ...item, speakingLimitSeconds: -1 },
    path: ['speakingLimitSeconds'],
  },
  // queue commands
  ...['', '   ', 'x'.repeat(LIMITS.nameLength + 1)].map(
    (name): Bad => ({
      name: `queue:add-person with name ${JSON.stringify(name.length > 10 ? `${name.length} characters` : name)}`,
      schema: clientCommandSchema,
      input: { type: 'queue:add-person', commandId, name },
      path: ['name'],
    }),
  ),
  {
    name: 'queue:add-person without a name (null must be explicit)',
    schema: clientCommandSchema,
    input: { type: 'queue:add-person', commandId },
    path: ['name'],
  },
  {
    name: 'queue:raise-hand with an unknown kind',
    schema: clientCommandSchema,
    input: { type: 'queue:raise-hand', commandId, kind: 'speech' },
    path: ['kind'],
  },
  {
    name: 'queue:raise-hand naming a member (the actor comes from the connection)',
    schema: clientCommandSchema,
    input: { type: 'queue:raise-hand', commandId, memberId: 'member-0002' },
    path: [],
  },
  {
    name: 'queue:give-floor with a bad turn id',
    schema: clientCommandSchema,
    input: { type: 'queue:give-floor', commandId, fromTurnId: 'turn 1' },
    path: ['fromTurnId'],
  },
  {
    name: 'queue:end-turn without a turn id',
    schema: clientCommandSchema,
    input: { type: 'queue:end-turn', commandId },
    path: ['turnId'],
  },
  {
    name: `queue:reorder of ${LIMITS.queueEntries + 1} ids`,
    schema: clientCommandSchema,
    input: {
      type: 'queue:reorder',
      commandId,
      entryIds: Array.from({ length: LIMITS.queueEntries + 1 }, (_, i) => `entry-${10_000 + i}`),
    },
    path: ['entryIds'],
  },
  {
    name: 'queue:set-status to an unknown status',
    schema: clientCommandSchema,
    input: { type: 'queue:set-status', commandId, status: 'frozen' },
    path: ['status'],
  },
];

describe('schemas refuse bad input', () => {
  it.each(bad)('$name', ({ schema, input, path }) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(path);
  });
});

interface Good {
  name: string;
  schema: z.ZodType;
  input: unknown;
  output: unknown;
}

const good: Good[] = [
  {
    name: 'join code is trimmed, upper-cased and loses its dash',
    schema: joinCodeSchema,
    input: ' abcd-efgh ',
    output: 'ABCDEFGH',
  },
  { name: 'join code with inner spaces', schema: joinCodeSchema, input: 'abcd efgh', output: 'ABCDEFGH' },
  { name: 'join code with digits 2-9', schema: joinCodeSchema, input: '2345-6789', output: '23456789' },
  {
    name: 'Arabic title, trimmed; description and video link default',
    schema: meetingDetailsSchema,
    input: { ...details, title: '  حوار حول حقوق المياه  ', contentLanguage: 'ar' },
    output: { ...details, title: 'حوار حول حقوق المياه', contentLanguage: 'ar', description: '', videoCallUrl: null },
  },
  {
    name: '200-character title and an https link',
    schema: meetingDetailsSchema,
    input: { ...details, title: 'x'.repeat(200), videoCallUrl: ' https://meet.example.org/room ' },
    output: { ...details, title: 'x'.repeat(200), videoCallUrl: 'https://meet.example.org/room', description: '' },
  },
  {
    name: 'upper-case HTTP link',
    schema: meetingDetailsSchema,
    input: { ...details, videoCallUrl: 'HTTP://example.org' },
    output: { ...details, videoCallUrl: 'HTTP://example.org', description: '' },
  },
  {
    name: 'item presenters default to none; presenter fields default to empty',
    schema: agendaItemInputSchema,
    input: item,
    output: { ...item, presenters: [], speakingLimitSeconds: null },
  },
  {
    name: 'presenter title and organisation default',
    schema: agendaItemInputSchema,
    input: { ...item, plannedMinutes: 0, presenters: [{ name: ' Rania ' }] },
    output: {
      ...item,
      plannedMinutes: 0,
      presenters: [{ name: 'Rania', title: '', organisation: '', pronoun: null, talkTitle: '' }],
      speakingLimitSeconds: null,
    },
  },
  {
    name: `plannedMinutes of exactly ${LIMITS.plannedMinutesMax}`,
    schema: agendaItemInputSchema,
    input: { ...item, plannedMinutes: LIMITS.plannedMinutesMax },
    output: { ...item, plannedMinutes: LIMITS.plannedMinutesMax, presenters: [], speakingLimitSeconds: null },
  },
  {
    name: 'agenda:next without fromItemId',
    schema: clientCommandSchema,
    input: { type: 'agenda:next', commandId },
    output: { type: 'agenda:next', commandId },
  },
  {
    name: 'command id of 64 characters',
    schema: commandIdSchema,
    input: 'A_-z'.repeat(16),
    output: 'A_-z'.repeat(16),
  },
  {
    name: 'e-mail is trimmed and lower-cased',
    schema: signUpBodySchema,
    input: { email: ' Layla@Example.ORG ', password: 'long enough pw', name: 'Layla' },
    output: { email: 'layla@example.org', password: 'long enough pw', name: 'Layla' },
  },
  {
    name: 'join organisation defaults to null, categories to none, and nobody is listed unless they agree',
    schema: joinBodySchema,
    input: { displayName: ' Omar ' },
    output: { displayName: 'Omar', organisation: null, categories: {}, listedInReport: false },
  },
  { name: 'a real time zone', schema: timeZoneSchema, input: 'America/St_Johns', output: 'America/St_Johns' },
  {
    name: 'queue:raise-hand kind defaults to a new point',
    schema: clientCommandSchema,
    input: { type: 'queue:raise-hand', commandId },
    output: { type: 'queue:raise-hand', commandId, kind: 'new-point' },
  },
  {
    name: 'queue:raise-hand with a point of order',
    schema: clientCommandSchema,
    input: { type: 'queue:raise-hand', commandId, kind: 'point-of-order' },
    output: { type: 'queue:raise-hand', commandId, kind: 'point-of-order' },
  },
  {
    name: 'queue:add-person with name null (an unnamed person in the room)',
    schema: clientCommandSchema,
    input: { type: 'queue:add-person', commandId, name: null },
    output: { type: 'queue:add-person', commandId, name: null, kind: 'new-point' },
  },
  {
    name: 'queue:add-person name is trimmed',
    schema: clientCommandSchema,
    input: { type: 'queue:add-person', commandId, name: '  ضيف من الوزارة ', kind: 'direct-reply' },
    output: { type: 'queue:add-person', commandId, name: 'ضيف من الوزارة', kind: 'direct-reply' },
  },
  {
    name: 'queue:give-floor with nobody seen on the floor',
    schema: clientCommandSchema,
    input: { type: 'queue:give-floor', commandId, fromTurnId: null },
    output: { type: 'queue:give-floor', commandId, fromTurnId: null },
  },
  {
    name: 'queue:set-settings with only a limit carries only the limit',
    schema: clientCommandSchema,
    input: { type: 'queue:set-settings', commandId, settings: { speakingLimitSeconds: 0 } },
    output: { type: 'queue:set-settings', commandId, settings: { speakingLimitSeconds: 0 } },
  },
  ...[0, 1, 3600].map(
    (speakingLimitSeconds): Good => ({
      name: `queue settings with a limit of ${speakingLimitSeconds} s`,
      schema: queueSettingsSchema,
      input: { policy: 'first-come', allowPriority: false, speakingLimitSeconds },
      output: { policy: 'first-come', allowPriority: false, speakingLimitSeconds },
    }),
  ),
  {
    name: 'the default queue settings are valid: progressive, priority allowed, 3 minutes',
    schema: queueSettingsSchema,
    input: DEFAULT_QUEUE_SETTINGS,
    output: { policy: 'progressive', allowPriority: true, speakingLimitSeconds: 180 },
  },
  {
    name: 'agenda item speaking limit of 3600 s',
    schema: agendaItemInputSchema,
    input: { ...item, speakingLimitSeconds: 3600 },
    output: { ...item, presenters: [], speakingLimitSeconds: 3600 },
  },
  ...['a', '0', 'civil-society', 'x'.repeat(24)].map(
    (id): Good => ({
      name: `balance category id ${JSON.stringify(id)}`,
      schema: balanceCategorySchema,
      input: { ...sector, id },
      output: { ...sector, id },
    }),
  ),
  {
    name: 'balance category name and labels are trimmed',
    schema: balanceCategorySchema,
    input: { id: 'region', name: ' Region ', options: [{ id: 'mena', label: ' MENA ' }] },
    output: { id: 'region', name: 'Region', options: [{ id: 'mena', label: 'MENA' }] },
  },
  {
    name: 'member answers: none at all',
    schema: clientCommandSchema,
    input: { type: 'member:set-categories', commandId, categories: {} },
    output: { type: 'member:set-categories', commandId, categories: {} },
  },
];

describe('schemas accept good input', () => {
  it.each(good)('$name', ({ schema, input, output }) => {
    expect(schema.parse(input)).toEqual(output);
  });

  it.each(ASSIGNABLE_ROLES)('member:set-role accepts %s', (role) => {
    const parsed = clientCommandSchema.parse({ type: 'member:set-role', commandId, memberId: 'member-0002', role });
    expect(parsed).toEqual({ type: 'member:set-role', commandId, memberId: 'member-0002', role });
  });

  it('assignable roles are every role but facilitator', () => {
    expect(ASSIGNABLE_ROLES).toEqual(['co-facilitator', 'rapporteur', 'presenter', 'participant', 'observer']);
  });
});

describe('events', () => {
  it.each([
    [
      {
        type: 'member:joined',
        member: {
          id: 'member-0004',
          displayName: 'O',
          organisation: null,
          role: 'participant',
          joinedAt: 1,
          categories: {},
          turns: 0,
          floorMs: 0,
        },
      },
      { scope: 'staff', memberId: 'member-0004' },
    ],
    [
      { type: 'member:role-changed', memberId: 'member-0004', role: 'observer' },
      { scope: 'staff', memberId: 'member-0004' },
    ],
    [
      { type: 'member:removed', memberId: 'member-0004' },
      { scope: 'staff', memberId: 'member-0004' },
    ],
    [
      { type: 'member:categories-changed', memberId: 'member-0004', categories: { sector: 'donor' } },
      { scope: 'staff', memberId: 'member-0004' },
    ],
    [{ type: 'meeting:categories-changed', categories: [] }, { scope: 'all' }],
    [
      {
        type: 'queue:hand-raised',
        entry: {
          id: 'entry-0001',
          memberId: 'member-0004',
          name: 'O',
          kind: 'new-point',
          raisedAt: 1,
          priorTurns: 0,
        },
        position: 0,
      },
      { scope: 'all' },
    ],
    [{ type: 'queue:turn-ended', turnId: 'turn-0001', memberId: 'member-0004', floorMs: 5 }, { scope: 'all' }],
    [{ type: 'queue:cleared' }, { scope: 'all' }],
    [{ type: 'agenda:item-removed', itemId: 'item-0001' }, { scope: 'all' }],
    [{ type: 'sequence:withheld' }, { scope: 'all' }],
  ])('audience of %o', (body, audience) => {
    expect(eventAudience(meetingEventBodySchema.parse(body))).toEqual(audience);
  });
});

describe('error messages', () => {
  it('lists 80 codes', () => {
    expect(ERROR_CODES).toHaveLength(80);
  });

  it.each(ERROR_CODES)('%s has a non-empty English message', (code) => {
    const message = ERROR_MESSAGES[code];
    expect(message.trim().length).toBeGreaterThan(0);
    expect(message).toMatch(/^[A-Z].*[.]$/);
    expect(wireError(code)).toEqual({ code, message });
  });

  it('wireError carries issues when given', () => {
    const issues = [{ path: 'title', message: 'Required' }];
    expect(wireError('VALIDATION_FAILED', issues)).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'The request is not valid.',
      issues,
    });
  });
});

describe('known defects (these pass while the bug is present; flip to it() when fixed)', () => {
  // Bug: zod 4 applies defaults inside .partial(), so a partial update carries values nobody sent.
  it('meeting:update details keep only the fields sent', () => {
    const parsed = clientCommandSchema.parse({ type: 'meeting:update', commandId, details: { title: 'Renamed' } });
    expect(parsed).toEqual({ type: 'meeting:update', commandId, details: { title: 'Renamed' } });
  });

  it('agenda:update-item changes keep only the fields sent', () => {
    const parsed = clientCommandSchema.parse({
      type: 'agenda:update-item',
      commandId,
      itemId: 'item-0001',
      changes: { title: 'Renamed' },
    });
    expect(parsed).toEqual({
      type: 'agenda:update-item',
      commandId,
      itemId: 'item-0001',
      changes: { title: 'Renamed' },
    });
  });
});

describe('balance category ids', () => {
  // Bug: nothing makes category ids, or option ids within a category, unique. A member's answers are a
  // record keyed by category id, so two "sector" categories cannot be told apart, and balance totals
  // would count the same people twice.
  it('two categories with the same id are refused', () => {
    expect(balanceCategoriesSchema.safeParse([sector, { ...sector, name: 'Sector again' }]).success).toBe(false);
  });

  it('two options with the same id in one category are refused', () => {
    const options = [
      { id: 'ngo', label: 'NGO' },
      { id: 'ngo', label: 'Civil society' },
    ];
    expect(balanceCategorySchema.safeParse({ ...sector, options }).success).toBe(false);
  });
});

const point = {
  id: 'point-0001',
  itemId: 'item-0001',
  text: 'Wells dry up first in the south',
  themeIds: [],
  status: 'published',
  reason: null,
  source: null,
  origin: 'participant',
  createdAt: 1,
  editedAt: null,
  supportCount: 0,
  starred: false,
  recommendation: false,
  parkingLot: null,
  mergedInto: null,
  form: null,
  addressee: null,
  identifying: false,
};

/** The code and path of the first issue, or 'ok'. */
function firstIssue(schema: z.ZodType, input: unknown): 'ok' | { code: string; path: PropertyKey[] } {
  const result = schema.safeParse(input);
  if (result.success) return 'ok';
  const issue = result.error.issues[0];
  return { code: issue?.code ?? 'none', path: issue?.path ?? [] };
}

describe('point text', () => {
  it.each([
    { name: '10,000 characters', text: 'a'.repeat(10_000), expected: { code: 'too_big', path: [] } },
    { name: '2,001 characters', text: 'a'.repeat(2_001), expected: { code: 'too_big', path: [] } },
    { name: '2,000 characters', text: 'a'.repeat(2_000), expected: 'ok' },
    { name: '2,000 characters plus surrounding spaces', text: `  ${'a'.repeat(2_000)}\n`, expected: 'ok' },
    { name: 'one character', text: 'a', expected: 'ok' },
    { name: 'empty', text: '', expected: { code: 'too_small', path: [] } },
    { name: 'only whitespace', text: ' \n\t  ', expected: { code: 'too_small', path: [] } },
    { name: 'a number', text: 42, expected: { code: 'invalid_type', path: [] } },
  ])('$name → $expected', ({ text, expected }) => {
    expect(LIMITS.pointLength).toBe(2_000);
    expect(firstIssue(pointTextSchema, text)).toEqual(expected);
  });

  it('is refused inside point:submit with the path of the text', () => {
    const input = { type: 'point:submit', commandId, text: 'x'.repeat(10_000) };
    expect(firstIssue(clientCommandSchema, input)).toEqual({ code: 'too_big', path: ['text'] });
  });

  it('is refused inside point:edit too', () => {
    const input = { type: 'point:edit', commandId, pointId: 'point-0001', text: '   ' };
    expect(firstIssue(clientCommandSchema, input)).toEqual({ code: 'too_small', path: ['text'] });
  });

  it.each([
    '<script>alert("x")</script>',
    '<img src=x onerror=alert(1)> & &amp; "quoted"',
    '**not markdown** [link](javascript:alert(1))',
    'الماء حقّ <b>للجميع</b>',
  ])('markup is plain text, kept exactly: %s', (text) => {
    expect(pointTextSchema.parse(text)).toBe(text);
    const parsed = clientCommandSchema.parse({ type: 'point:submit', commandId, text });
    expect(parsed).toEqual({ type: 'point:submit', commandId, text, themeIds: [], fromFloor: false });
  });

  it('trims surrounding whitespace and nothing else', () => {
    expect(pointTextSchema.parse('  Wells  dry up\n')).toBe('Wells  dry up');
  });
});

describe('theme colour and fields', () => {
  it.each([
    ['#1f6f5c', true],
    ['#1F6F5C', true],
    ['#000000', true],
    ['1f6f5c', false],
    ['#1f6f5', false],
    ['#1f6f5cc', false],
    ['#fff', false],
    ['#gg0000', false],
    ['red', false],
    [' #1f6f5c', false],
    ['#1f6f5c ', false],
    ['', false],
  ])('%o → %s', (colour, valid) => {
    expect(colourSchema.safeParse(colour).success).toBe(valid);
    expect(themeInputSchema.safeParse({ name: 'Water', colour }).success).toBe(valid);
  });

  it('a theme input fills in an empty description and trims the name', () => {
    expect(themeInputSchema.parse({ name: '  Water  ', colour: '#1f6f5c' })).toEqual({
      name: 'Water',
      description: '',
      colour: '#1f6f5c',
    });
  });

  it.each([
    { name: 'empty name', input: { name: ' ', colour: '#1f6f5c' }, path: ['name'] },
    { name: 'name too long', input: { name: 'n'.repeat(81), colour: '#1f6f5c' }, path: ['name'] },
    {
      name: 'description too long',
      input: { name: 'Water', description: 'd'.repeat(301), colour: '#1f6f5c' },
      path: ['description'],
    },
    { name: 'missing colour', input: { name: 'Water' }, path: ['colour'] },
    { name: 'an id from the client', input: { id: 'theme-0001', name: 'Water', colour: '#1f6f5c' }, path: [] },
  ])('theme input refuses $name', ({ input, path }) => {
    const result = themeInputSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(path);
  });

  it('a stored theme needs a valid id', () => {
    expect(themeSchema.safeParse({ id: 'x', name: 'Water', description: '', colour: '#1f6f5c' }).success).toBe(false);
    expect(themeSchema.safeParse({ id: 'theme-0001', name: 'Water', description: '', colour: '#1f6f5c' }).success).toBe(
      true,
    );
  });

  it('theme:add refuses more than LIMITS.themes themes in one command', () => {
    const themes = Array.from({ length: LIMITS.themes + 1 }, (_, i) => ({ name: `T${i}`, colour: '#1f6f5c' }));
    expect(firstIssue(clientCommandSchema, { type: 'theme:add', commandId, themes })).toEqual({
      code: 'too_big',
      path: ['themes'],
    });
    expect(clientCommandSchema.safeParse({ type: 'theme:add', commandId, themes: themes.slice(1) }).success).toBe(true);
  });
});

describe('parking lot', () => {
  it.each([
    [{ owner: 'Civic Forum', dueDate: '2025-04-30' }, 'ok'],
    [{ owner: 'Civic Forum', dueDate: null }, 'ok'],
    [{ owner: 'Civic Forum', dueDate: '30/04/2025' }, ['dueDate']],
    [{ owner: 'Civic Forum', dueDate: '2025-4-30' }, ['dueDate']],
    [{ owner: 'Civic Forum', dueDate: '2025-04-30T12:00' }, ['dueDate']],
    [{ owner: 'Civic Forum', dueDate: '' }, ['dueDate']],
    [{ owner: 'Civic Forum' }, ['dueDate']],
    [{ owner: '  ', dueDate: null }, ['owner']],
    [{ owner: 'o'.repeat(81), dueDate: null }, ['owner']],
    [{ owner: 'Civic Forum', dueDate: null, done: true }, []],
  ])('%o → %o', (input, expected) => {
    const result = parkingLotSchema.safeParse(input);
    expect(result.success ? 'ok' : result.error.issues[0]?.path).toEqual(expected);
  });

  // Bug: dueDate is documented as "a calendar date" but only its shape is checked, unlike
  // localDateTimeSchema, so 30 February and month 13 are stored and shown in the report annex.
  it.each(['2025-02-30', '2025-13-01', '2025-04-31', '2025-00-10'])('due date %s is refused', (dueDate) => {
    expect(parkingLotSchema.safeParse({ owner: 'Civic Forum', dueDate }).success).toBe(false);
  });
});

describe('points settings and points', () => {
  it('the defaults let participants send points, held for moderation', () => {
    expect(pointsSettingsSchema.parse(DEFAULT_POINTS_SETTINGS)).toEqual({
      participantsMaySubmit: true,
      premoderate: true,
      maxPerMinute: 0,
    });
  });

  it.each([
    [{ participantsMaySubmit: false, premoderate: false, maxPerMinute: 0 }, true],
    [{ participantsMaySubmit: true, premoderate: true, maxPerMinute: 5 }, true],
    [{ participantsMaySubmit: true, premoderate: true, maxPerMinute: -1 }, false],
    [{ participantsMaySubmit: true, premoderate: true, maxPerMinute: 2.5 }, false],
    [{ participantsMaySubmit: true, premoderate: true, maxPerMinute: LIMITS.pointsPerMinuteMax + 1 }, false],
    [{ participantsMaySubmit: 'yes', premoderate: false }, false],
    [{ participantsMaySubmit: true }, false],
    [{ participantsMaySubmit: true, premoderate: true, anonymous: true }, false],
  ])('settings %o → %s', (input, valid) => {
    expect(pointsSettingsSchema.safeParse(input).success).toBe(valid);
  });

  it('points:set-settings accepts a partial change', () => {
    expect(
      clientCommandSchema.parse({ type: 'points:set-settings', commandId, settings: { premoderate: false } }),
    ).toEqual({ type: 'points:set-settings', commandId, settings: { premoderate: false } });
  });

  it.each([
    ['a published point', point, true],
    ['a negative support count', { ...point, supportCount: -1 }, false],
    ['an unknown status', { ...point, status: 'deleted' }, false],
    ['an unknown origin', { ...point, origin: 'import' }, false],
    ['a source without organisation', { ...point, source: { name: 'Nadia Benali' } }, false],
  ])('point: %s → %s', (_name, input, valid) => {
    expect(pointSchema.safeParse(input).success).toBe(valid);
  });

  it.each([
    ['point:moderate without a reason defaults it to null', { pointId: 'point-0001', status: 'hidden' }, true],
    ['point:moderate to merged is not a moderation', { pointId: 'point-0001', status: 'merged' }, false],
    [
      'point:moderate with a reason over 300 characters',
      { pointId: 'point-0001', status: 'hidden', reason: 'r'.repeat(301) },
      false,
    ],
  ])('%s → %s', (_name, fields, valid) => {
    expect(clientCommandSchema.safeParse({ type: 'point:moderate', commandId, ...fields }).success).toBe(valid);
  });

  it('point:merge needs at least one source and at most LIMITS.pointsPerMerge', () => {
    const merge = (n: number) =>
      clientCommandSchema.safeParse({
        type: 'point:merge',
        commandId,
        targetId: 'point-0000',
        sourceIds: Array.from({ length: n }, (_, i) => `point-${String(i + 1).padStart(4, '0')}`),
      }).success;
    expect([merge(0), merge(1), merge(LIMITS.pointsPerMerge), merge(LIMITS.pointsPerMerge + 1)]).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});

describe('point and vote audiences', () => {
  it.each([
    [{ type: 'point:submitted', point }, { scope: 'all' }],
    [{ type: 'point:submitted', point: { ...point, status: 'pending' } }, { scope: 'desk' }],
    [{ type: 'point:edited', point: { ...point, status: 'hidden', reason: 'Names a person' } }, { scope: 'desk' }],
    [{ type: 'point:edited', point }, { scope: 'all' }],
    [{ type: 'point:moderated', pointId: 'point-0001', status: 'hidden', reason: 'x', point: null }, { scope: 'all' }],
    [{ type: 'point:support-changed', pointId: 'point-0001', supportCount: 2 }, { scope: 'all' }],
    [{ type: 'theme:removed', themeId: 'theme-0001' }, { scope: 'all' }],
  ])('audience of %o', (body, audience) => {
    expect(eventAudience(meetingEventBodySchema.parse(body))).toEqual(audience);
  });
});

describe('theme presets', () => {
  const themes = THEME_PRESETS.flatMap((preset) => preset.themes.map((theme) => ({ preset: preset.id, theme })));

  it('has the four sets the product brief names', () => {
    expect(THEME_PRESETS.map((p) => p.id)).toEqual(['wps', 'wps-cross-cutting', 'yps', 'kind-of-point']);
    expect(themes.length).toBeGreaterThan(0);
  });

  it.each(THEME_PRESETS)('$id has a name in every language and fits in a meeting', (preset) => {
    for (const lang of LANGUAGES) expect(preset.name[lang].trim(), lang).not.toBe('');
    expect(preset.themes.length).toBeGreaterThan(0);
    expect(preset.themes.length).toBeLessThanOrEqual(LIMITS.themes);
  });

  it.each(themes)('$preset: $theme.name.en is a valid theme in en, ar, fr and sv', ({ theme }) => {
    expect(colourSchema.safeParse(theme.colour).success).toBe(true);
    for (const lang of LANGUAGES) {
      const name = theme.name[lang];
      expect(name.trim(), lang).not.toBe('');
      expect(themeInputSchema.safeParse({ name, colour: theme.colour }).success, lang).toBe(true);
    }
    // The Arabic name is written in Arabic script, not left in English.
    expect(theme.name.ar).toMatch(/[\u0600-\u06FF]/);
  });

  it.each(THEME_PRESETS)('$id has no two themes with the same English name', (preset) => {
    const names = preset.themes.map((t) => t.name.en);
    expect(new Set(names).size).toBe(names.length);
  });
});
