import type { MeetingView } from '@hiwar/domain';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildPoint, liveView, NOW, THEMES } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { BoardProjectorView } from './board-projector-view';
import { BoardView } from './board-view';

const points = [
  buildPoint({
    id: 'p1',
    text: 'Quotas for women in councils',
    themeIds: ['theme-0001'],
    supportCount: 2,
    createdAt: NOW - 3000,
  }),
  buildPoint({
    id: 'p2',
    text: 'Safe shelters',
    themeIds: ['theme-0002'],
    supportCount: 5,
    starred: true,
    createdAt: NOW - 2000,
  }),
  buildPoint({ id: 'p3', text: 'Youth councils', themeIds: ['theme-0001'], supportCount: 7, createdAt: NOW - 1000 }),
  buildPoint({ id: 'p4', text: 'Better data', themeIds: [], supportCount: 0, createdAt: NOW - 500 }),
  buildPoint({ id: 'p5', text: 'Held back', themeIds: ['theme-0001'], status: 'pending' }),
];

function boardView(): MeetingView {
  const base = liveView(60_000, { points });
  return { ...base, meeting: { ...base.meeting, themes: THEMES } };
}

const column = (name: string) => screen.getByRole('region', { name });
const texts = (region: HTMLElement) =>
  within(region)
    .queryAllByRole('listitem')
    .map((li) => li.querySelector('.board-point-text')?.textContent);

describe('BoardView', () => {
  it('groups published points by theme, with a count per column and "No theme" last', () => {
    renderWithApp(<BoardView view={boardView()} backPath="/m/x" projectorPath="/m/x/board/projector" />);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Participation', 'Protection', 'No theme']);
    expect(within(column('Participation')).getByText('2 points')).toBeInTheDocument();
    expect(texts(column('Participation'))).toEqual(['Youth councils', 'Quotas for women in councils']);
    expect(within(column('Protection')).getByText('1 point')).toBeInTheDocument();
    expect(within(column('Protection')).getByText('5 supports')).toBeInTheDocument();
    expect(within(column('Protection')).getByText('Starred')).toBeInTheDocument();
    expect(texts(column('No theme'))).toEqual(['Better data']);
    expect(screen.queryByText('Held back')).not.toBeInTheDocument();
  });

  it('filters by theme, searches and sorts', async () => {
    const user = userEvent.setup();
    renderWithApp(<BoardView view={boardView()} backPath="/m/x" projectorPath="/m/x/board/projector" />);
    await user.selectOptions(screen.getByLabelText('Sort by'), 'time');
    expect(texts(column('Participation'))).toEqual(['Youth councils', 'Quotas for women in councils']);
    await user.selectOptions(screen.getByLabelText('Theme'), 'Protection');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Protection']);
    await user.selectOptions(screen.getByLabelText('Theme'), 'All themes');
    await user.type(screen.getByLabelText('Search points'), 'council');
    expect(texts(column('Participation'))).toEqual(['Youth councils', 'Quotas for women in councils']);
    expect(within(column('Protection')).getByText('0 points')).toBeInTheDocument();
    expect(texts(column('No theme'))).toEqual([]);
  });

  it('sorts by time, newest first', async () => {
    const user = userEvent.setup();
    const view = boardView();
    view.points = [...points, buildPoint({ id: 'p6', text: 'Newest idea', themeIds: ['theme-0001'], createdAt: NOW })];
    renderWithApp(<BoardView view={view} backPath="/m/x" projectorPath="/m/x/board/projector" />);
    expect(texts(column('Participation'))[0]).toBe('Youth councils');
    await user.selectOptions(screen.getByLabelText('Sort by'), 'Newest first');
    expect(texts(column('Participation'))[0]).toBe('Newest idea');
  });
});

describe('BoardProjectorView', () => {
  it('speaks the meeting’s language, right to left for Arabic, without controls', () => {
    const base = boardView();
    const view = { ...base, meeting: { ...base.meeting, contentLanguage: 'ar' as const } };
    const { i18n } = renderWithApp(<BoardProjectorView view={view} />);
    const root = screen.getByTestId('board-projector');
    expect(root).toHaveAttribute('dir', 'rtl');
    expect(root).toHaveAttribute('lang', 'ar');
    expect(within(root).getByRole('heading', { level: 1, name: 'لوحة المحاور' })).toBeInTheDocument();
    expect(within(root).getByRole('heading', { name: 'بلا محور' })).toBeInTheDocument();
    expect(within(root).getByText('نقطتان')).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
    expect(i18n.language).toBe('en');
  });
});
