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
  commandIdSchema,
  DEFAULT_QUEUE_SETTINGS,
  idSchema,
  joinCodeSchema,
  LIMITS,
  meetingDetailsSchema,
  queueSettingsSchema,
  timeZoneSchema,
} from './model.js';

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
      presenters: [{ name: 'Rania', title: '', organisation: '' }],
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
    name: 'join organisation defaults to null and categories to none',
    schema: joinBodySchema,
    input: { displayName: ' Omar ' },
    output: { displayName: 'Omar', organisation: null, categories: {} },
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
      { staffOnly: true, memberId: 'member-0004' },
    ],
    [
      { type: 'member:role-changed', memberId: 'member-0004', role: 'observer' },
      { staffOnly: true, memberId: 'member-0004' },
    ],
    [
      { type: 'member:removed', memberId: 'member-0004' },
      { staffOnly: true, memberId: 'member-0004' },
    ],
    [
      { type: 'member:categories-changed', memberId: 'member-0004', categories: { sector: 'donor' } },
      { staffOnly: true, memberId: 'member-0004' },
    ],
    [{ type: 'meeting:categories-changed', categories: [] }, { staffOnly: false }],
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
      { staffOnly: false },
    ],
    [{ type: 'queue:turn-ended', turnId: 'turn-0001', memberId: 'member-0004', floorMs: 5 }, { staffOnly: false }],
    [{ type: 'queue:cleared' }, { staffOnly: false }],
    [{ type: 'agenda:item-removed', itemId: 'item-0001' }, { staffOnly: false }],
    [{ type: 'sequence:withheld' }, { staffOnly: false }],
  ])('audience of %o', (body, audience) => {
    expect(eventAudience(meetingEventBodySchema.parse(body))).toEqual(audience);
  });
});

describe('error messages', () => {
  it('lists 39 codes', () => {
    expect(ERROR_CODES).toHaveLength(39);
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
