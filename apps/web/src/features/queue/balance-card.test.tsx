import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMember, SECTOR } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { BalanceCard } from './balance-card';

describe('BalanceCard', () => {
  it('sums people, turns and floor time per option, with the people who did not say as "Not stated"', () => {
    const members = [
      buildMember({ id: 'member-0001', categories: { sector: 'government' }, turns: 2, floorMs: 200_000 }),
      buildMember({ id: 'member-0002', categories: { sector: 'government' }, turns: 1, floorMs: 100_000 }),
      buildMember({ id: 'member-0003', categories: { sector: 'civil-society' }, turns: 1, floorMs: 100_000 }),
      buildMember({ id: 'member-0004', categories: {}, turns: 0, floorMs: 0 }),
      // An answer that is no longer one of the options counts as not stated.
      buildMember({ id: 'member-0005', categories: { sector: 'gone' }, turns: 0, floorMs: 0 }),
    ];
    renderWithApp(<BalanceCard members={members} categories={[SECTOR]} />);
    const table = screen.getByRole('table', { name: 'Sector' });
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
    expect(
      within(row('Government'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', '3', '5:00 75%']);
    expect(
      within(row('Civil society'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '1', '1:40 25%']);
    expect(
      within(row('Donor'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0', '0', '0:00 0%']);
    expect(
      within(row('Not stated'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', '0', '0:00 0%']);
  });

  it('says when the meeting has no categories', () => {
    renderWithApp(<BalanceCard members={[]} categories={[]} />);
    expect(screen.getByText(/No balance categories are defined/)).toBeInTheDocument();
  });
});
