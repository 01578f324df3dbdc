import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildEntry, buildFloor, buildMeeting, liveView, NOW } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { ProjectorView } from './projector-view';

const entries = [
  buildEntry({ id: 'entry-0001', name: 'Layla' }),
  buildEntry({ id: 'entry-0002', memberId: null, name: null, kind: 'point-of-order' }),
  buildEntry({ id: 'entry-0003', name: 'Omar' }),
  buildEntry({ id: 'entry-0004', name: 'Nour' }),
  buildEntry({ id: 'entry-0005', name: 'Hind' }),
];

describe('ProjectorView', () => {
  it('shows the current item with its clock, who has the floor, the next three and the queue status', () => {
    const view = liveView(5 * 60_000, {
      queue: { status: 'open', entries, floor: buildFloor(60_000, { name: 'Sami' }) },
    });
    renderWithApp(<ProjectorView view={view} now={NOW} />);
    const root = screen.getByTestId('projector');
    expect(root).toHaveAttribute('dir', 'ltr');
    expect(root).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('heading', { level: 1, name: 'Breaking out of the silo' })).toBeInTheDocument();
    expect(root).toHaveTextContent('5:00 of 15:00 planned');
    expect(screen.getByText('Sami')).toBeInTheDocument();
    expect(screen.getByTestId('countdown')).toHaveTextContent('2:00left');
    const next = within(screen.getByRole('region', { name: 'Next' })).getAllByRole('listitem');
    expect(next.map((li) => li.textContent)).toEqual(['Layla', 'Participant in the roomPoint of order', 'Omar']);
    expect(screen.getByText('and 2 more')).toBeInTheDocument();
    expect(screen.getByText('Queue open')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('speaks the meeting’s language, right to left for Arabic, while the rest of the app stays in English', () => {
    const base = liveView(60_000);
    const view = {
      ...base,
      meeting: { ...base.meeting, contentLanguage: 'ar' as const },
      queue: { status: 'paused' as const, entries: entries.slice(0, 2), floor: null },
    };
    const { i18n } = renderWithApp(<ProjectorView view={view} now={NOW} />);
    const root = screen.getByTestId('projector');
    expect(root).toHaveAttribute('dir', 'rtl');
    expect(root).toHaveAttribute('lang', 'ar');
    expect(within(root).getByText('القائمة متوقفة مؤقتًا')).toBeInTheDocument();
    expect(within(root).getByText('مشارك في القاعة')).toBeInTheDocument();
    expect(within(root).getByText('لا أحد يتكلم الآن.')).toBeInTheDocument();
    // The viewer's own language is untouched.
    expect(i18n.language).toBe('en');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
  });

  it('says the meeting has not started', () => {
    const view = { ...liveView(0), meeting: buildMeeting() };
    renderWithApp(<ProjectorView view={view} now={NOW} />);
    expect(screen.getByRole('heading', { level: 1, name: 'The meeting has not started yet' })).toBeInTheDocument();
  });
});
