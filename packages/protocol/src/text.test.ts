import { describe, expect, it } from 'vitest';
import { clientCommandSchema } from './commands.js';
import { joinBodySchema, signUpBodySchema } from './http.js';
import {
  agendaItemInputSchema,
  ballotSchema,
  meetingDetailsSchema,
  pointTextSchema,
  themeInputSchema,
} from './model.js';
import { inlineSchema } from './report.js';
import { cleanText, freeText, isInvisible } from './text.js';

const commandId = 'cmd-0001-abcd';

describe('free text: invisible-only text is refused', () => {
  it.each([
    ['zero-width space', '\u200B'],
    ['zero-width non-joiner and joiner', '\u200C\u200D'],
    ['word joiner', '\u2060\u2060'],
    ['byte order mark', '\uFEFF'],
    ['spaces and a zero-width space', '  \u200B  '],
    ['no-break and ideographic spaces', '\u00A0\u3000'],
    ['soft hyphen', '\u00AD'],
    ['Hangul filler', '\u3164'],
    ['left-to-right and right-to-left marks', '\u200E\u200F'],
    ['a bidi override alone', '\u202E'],
  ])('a point made of %s', (_name, text) => {
    expect(pointTextSchema.safeParse(text).success).toBe(false);
  });

  it.each([
    ['display name', () => joinBodySchema.safeParse({ displayName: '\u200B\u200B' })],
    ['organisation', () => joinBodySchema.safeParse({ displayName: 'Layla', organisation: '\u2060' })],
    [
      'account name',
      () => signUpBodySchema.safeParse({ email: 'a@example.org', password: 'x'.repeat(12), name: '\uFEFF' }),
    ],
    [
      'meeting title',
      () =>
        meetingDetailsSchema.safeParse({
          title: '\u200B',
          hostOrganisation: 'Forum',
          startsAt: '2026-03-01T10:00',
          timeZone: 'Asia/Amman',
          format: 'online',
          contentLanguage: 'ar',
        }),
    ],
    [
      'agenda title',
      () =>
        agendaItemInputSchema.safeParse({
          title: '\u200C',
          kind: 'other',
          plannedMinutes: 5,
          confidentiality: 'on-record',
        }),
    ],
    ['theme name', () => themeInputSchema.safeParse({ name: '\u200D', colour: '#112233' })],
    [
      'vote title',
      () =>
        clientCommandSchema.safeParse({ type: 'vote:open', commandId, kind: 'single', title: '\u200B', options: [] }),
    ],
    [
      'vote option',
      () =>
        clientCommandSchema.safeParse({
          type: 'vote:open',
          commandId,
          kind: 'single',
          title: 'Which first?',
          options: [{ label: 'Water' }, { label: '\u2060' }],
        }),
    ],
    ['other answer', () => ballotSchema.safeParse({ other: '\u200B' })],
    ['queue name', () => clientCommandSchema.safeParse({ type: 'queue:add-person', commandId, name: '\u200B' })],
  ])('%s made of invisible characters', (_name, parse) => {
    expect(parse().success).toBe(false);
  });

  it('text with a zero-width joiner inside a word is kept as typed (Persian, emoji)', () => {
    expect(pointTextSchema.parse('می\u200Cخواهم')).toBe('می\u200Cخواهم');
    expect(pointTextSchema.parse('👩\u200D👩\u200D👧')).toBe('👩\u200D👩\u200D👧');
  });

  it('an optional text may still be empty', () => {
    expect(freeText(10).parse('   ')).toBe('');
    expect(joinBodySchema.parse({ displayName: 'Layla', organisation: '' }).organisation).toBe('');
  });
});

describe('free text: bidi controls are removed from stored text', () => {
  it.each([
    ['override U+202E', 'abc\u202Edef', 'abcdef'],
    ['every embedding and override', '\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee', 'abcde'],
    ['isolates U+2066–U+2069', '\u2066a\u2067b\u2068c\u2069', 'abc'],
    ['marks at the ends', '\u200F\u200Eنقطة\u200E', 'نقطة'],
    ['repeated marks', 'A\u200E\u200E\u200EB', 'A\u200EB'],
  ])('%s', (_name, input, expected) => {
    expect(cleanText(input)).toBe(expected);
    expect(pointTextSchema.parse(input)).toBe(expected);
  });

  it('a single mark between two words stays: it places punctuation in mixed Arabic and English', () => {
    expect(pointTextSchema.parse('UNDP\u200F، قال')).toBe('UNDP\u200F، قال');
  });

  it('reaches every free text field: a display name, a point in a command, a vote option', () => {
    expect(joinBodySchema.parse({ displayName: 'evil\u202Egpj.exe' }).displayName).toBe('evilgpj.exe');
    const point = clientCommandSchema.parse({ type: 'point:submit', commandId, text: '\u202Ewater\u202C' });
    expect(point.type === 'point:submit' && point.text).toBe('water');
    const vote = clientCommandSchema.parse({
      type: 'vote:open',
      commandId,
      kind: 'single',
      title: 'T\u2066itle',
      options: [{ label: 'A\u202D' }, { label: 'B' }],
    });
    expect(vote.type === 'vote:open' && [vote.title, vote.options[0]?.label]).toEqual(['Title', 'A']);
  });

  it('report text loses overrides but keeps the isolates the draft puts around people’s words', () => {
    expect(inlineSchema.parse({ text: 'said \u2068Water\u2069 \u202Ex' }).text).toBe('said \u2068Water\u2069 x');
  });

  it('the length limit counts the cleaned text', () => {
    expect(freeText(3).safeParse('\u202Eabc\u202C').success).toBe(true);
  });

  it('isInvisible', () => {
    expect(isInvisible('')).toBe(true);
    expect(isInvisible('\u200B \u2060')).toBe(true);
    expect(isInvisible('.')).toBe(false);
  });
});
