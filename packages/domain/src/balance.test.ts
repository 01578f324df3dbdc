import type { BalanceCategory, Member } from '@hiwar/protocol';
import { describe, expect, it } from 'vitest';
import { balanceByCategory } from './balance.js';

const sector: BalanceCategory = {
  id: 'sector',
  name: 'Sector',
  options: [
    { id: 'ngo', label: 'Civil society' },
    { id: 'gov', label: 'Government' },
  ],
};
const gender: BalanceCategory = {
  id: 'gender',
  name: 'Gender',
  options: [
    { id: 'w', label: 'Woman' },
    { id: 'm', label: 'Man' },
  ],
};

const member = (id: string, categories: Record<string, string>, turns: number, floorMs: number): Member => ({
  id,
  displayName: id,
  organisation: null,
  role: 'participant',
  joinedAt: 0,
  categories,
  turns,
  floorMs,
});

describe('balanceByCategory', () => {
  const members = [
    member('member-a1', { sector: 'ngo', gender: 'w' }, 2, 120_000),
    member('member-b2', { sector: 'gov' }, 1, 30_000),
    member('member-c3', { sector: 'ngo', gender: 'm' }, 0, 0),
    member('member-d4', {}, 3, 45_000),
    member('member-e5', { sector: 'retired-option' }, 1, 10_000),
  ];

  it.each([
    [
      'sector',
      0,
      [
        ['ngo', 2, 2, 120_000],
        ['gov', 1, 1, 30_000],
        [null, 2, 4, 55_000],
      ],
    ],
    [
      'gender',
      1,
      [
        ['w', 1, 2, 120_000],
        ['m', 1, 0, 0],
        [null, 3, 5, 85_000],
      ],
    ],
  ] as const)('sums people, turns and floor time per option of %s', (_name, index, expected) => {
    const result = balanceByCategory(members, [sector, gender])[index];
    expect(result?.rows.map((r) => [r.optionId, r.people, r.turns, r.floorMs])).toEqual(expected);
  });

  it('counts each person once per category, unknown answers as not stated', () => {
    const [bySector] = balanceByCategory(members, [sector]);
    expect(bySector?.rows.reduce((n, r) => n + r.people, 0)).toBe(members.length);
  });

  it('gives nothing without categories', () => {
    expect(balanceByCategory(members, [])).toEqual([]);
  });
});
