import type { Point } from '@hiwar/protocol';
import { describe, expect, it } from 'vitest';
import { type BoardOptions, boardColumns } from './board.js';
import { buildPoint, buildTheme, pointId, themeId } from './test/factories.js';

const THEMES = [buildTheme(2, { name: 'Protection' }), buildTheme(1, { name: 'Participation' })];

/**
 * Points made in the order of their numbers (so p6 is the newest):
 * p1 theme 1, 3 supports; p2 themes 1 and 2, 5 supports; p3 no theme, 3 supports (Arabic);
 * p4 theme 2, 0 supports; p5 pending on theme 1; p6 hidden, no theme; p7 merged on theme 2;
 * p8 tagged with a theme that no longer exists, 1 support.
 */
const POINTS: Point[] = [
  buildPoint(1, { text: 'Women must be at the negotiating table', themeIds: [themeId(1)], supportCount: 3 }),
  buildPoint(2, {
    text: 'Protection of women human rights defenders',
    themeIds: [themeId(1), themeId(2)],
    supportCount: 5,
  }),
  buildPoint(3, { text: 'أزمة المياه في المنطقة', supportCount: 3 }),
  buildPoint(4, { text: 'Safe shelters in every governorate', themeIds: [themeId(2)] }),
  buildPoint(5, { text: 'Pending: women at the table', themeIds: [themeId(1)], status: 'pending' }),
  buildPoint(6, { text: 'Hidden: women at the table', status: 'hidden' }),
  buildPoint(7, { text: 'Merged: women at the table', themeIds: [themeId(2)], status: 'merged' }),
  buildPoint(8, { text: 'Négociations locales', themeIds: [themeId(9)], supportCount: 1 }),
];

/** Each column as [theme id or null, point numbers]. */
const shape = (options: BoardOptions = {}, points = POINTS) =>
  boardColumns(points, THEMES, options).map((c) => [c.theme?.id ?? null, c.points.map((p) => Number(p.id.slice(-4)))]);

describe('boardColumns', () => {
  it.each<{ name: string; options: BoardOptions; expected: ReturnType<typeof shape> }>([
    {
      name: 'columns in theme order, then a no-theme column; only published points, newest first',
      options: {},
      expected: [
        [themeId(2), [4, 2]],
        [themeId(1), [2, 1]],
        [null, [8, 3]],
      ],
    },
    {
      name: 'sort by time is the default order',
      options: { sort: 'time' },
      expected: [
        [themeId(2), [4, 2]],
        [themeId(1), [2, 1]],
        [null, [8, 3]],
      ],
    },
    {
      name: 'sort by support, most first; equal support, newest first',
      options: { sort: 'support' },
      expected: [
        [themeId(2), [2, 4]],
        [themeId(1), [2, 1]],
        [null, [3, 8]],
      ],
    },
    {
      name: 'search is case-insensitive',
      options: { search: 'WOMEN' },
      expected: [
        [themeId(2), [2]],
        [themeId(1), [2, 1]],
        [null, []],
      ],
    },
    {
      name: 'search ignores accents both ways',
      options: { search: 'negociations' },
      expected: [
        [themeId(2), []],
        [themeId(1), []],
        [null, [8]],
      ],
    },
    {
      name: 'search in Arabic ignores alef and teh marbuta forms',
      options: { search: 'ازمه المياه' },
      expected: [
        [themeId(2), []],
        [themeId(1), []],
        [null, [3]],
      ],
    },
    {
      name: 'search with surrounding punctuation and spaces',
      options: { search: '  "negotiating table!" ' },
      expected: [
        [themeId(2), []],
        [themeId(1), [1]],
        [null, []],
      ],
    },
    {
      name: 'search for only spaces shows everything',
      options: { search: '   ' },
      expected: [
        [themeId(2), [4, 2]],
        [themeId(1), [2, 1]],
        [null, [8, 3]],
      ],
    },
    {
      name: 'search matching nothing leaves every column empty',
      options: { search: 'budget' },
      expected: [
        [themeId(2), []],
        [themeId(1), []],
        [null, []],
      ],
    },
    {
      name: 'filter by a theme shows its column only',
      options: { themeId: themeId(1) },
      expected: [[themeId(1), [2, 1]]],
    },
    {
      name: 'filter, search and sort together',
      options: { themeId: themeId(2), search: 'protection', sort: 'support' },
      expected: [[themeId(2), [2]]],
    },
    {
      name: 'filter by null shows every column',
      options: { themeId: null },
      expected: [
        [themeId(2), [4, 2]],
        [themeId(1), [2, 1]],
        [null, [8, 3]],
      ],
    },
  ])('$name', ({ options, expected }) => {
    expect(shape(options)).toEqual(expected);
  });

  it('a point with two themes is the same point in both columns', () => {
    const [protection, participation] = boardColumns(POINTS, THEMES);
    expect(protection?.points.find((p) => p.id === pointId(2))).toEqual(POINTS[1]);
    expect(participation?.points.find((p) => p.id === pointId(2))).toEqual(POINTS[1]);
  });

  it('columns carry the theme objects', () => {
    expect(boardColumns(POINTS, THEMES).map((c) => c.theme)).toEqual([...THEMES, null]);
  });

  it('without themes, every published point is in the one no-theme column', () => {
    expect(boardColumns(POINTS, []).map((c) => [c.theme, c.points.map((p) => p.id)])).toEqual([
      [null, [pointId(8), pointId(4), pointId(3), pointId(2), pointId(1)]],
    ]);
  });

  it('does not reorder the points it is given', () => {
    const points = [...POINTS];
    boardColumns(points, THEMES, { sort: 'support' });
    expect(points).toEqual(POINTS);
  });
});
