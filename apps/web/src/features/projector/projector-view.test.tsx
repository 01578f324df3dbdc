import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildEntry, buildFloor, buildMeeting, buildMember, liveView, NOW } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { buildVote } from '../votes/test-votes';
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

  it('shows the latest vote: an open one without counts, a closed one with its ranked results', () => {
    const open = buildVote({ liveResults: false });
    const { rerender } = renderWithApp(<ProjectorView view={liveView(60_000, { votes: [open] })} now={NOW} />);
    const section = screen.getByTestId('projector-vote');
    expect(within(section).getByRole('heading', { name: 'Which recommendations matter most?' })).toBeInTheDocument();
    expect(
      within(section)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Fund women-led organisations', 'Safe shelters', 'Better data']);
    expect(section).not.toHaveTextContent(/dot|vote\b|%/);
    const closed = {
      ...open,
      status: 'closed' as const,
      results: {
        ballots: 2,
        tallies: [
          { optionId: 'opt-c', count: 3, rank: 1 },
          { optionId: 'opt-a', count: 1, rank: 2 },
          { optionId: 'opt-b', count: 0, rank: 3 },
        ],
        other: [],
        average: null,
        voters: null,
      },
    };
    rerender(<ProjectorView view={liveView(60_000, { votes: [closed] })} now={NOW} />);
    expect(screen.getByTestId('projector-vote')).toHaveTextContent('#1Better data3 dots (75%)');
  });

  it('shows how to join: a QR code of the join link, the short address and the code, on staff screens only', () => {
    const { rerender } = renderWithApp(<ProjectorView view={liveView(60_000)} now={NOW} />);
    const join = screen.getByTestId('projector-join');
    const qr = within(join).getByRole('img', { name: 'QR code of the link to join this meeting' });
    // A real QR code: a square grid with the three finder patterns drawn as dark modules.
    expect(qr.getAttribute('viewBox')).toMatch(/^0 0 (\d+) \1$/);
    expect(qr.querySelector('path')?.getAttribute('d')?.split('M').length).toBeGreaterThan(100);
    expect(join).toHaveTextContent(`Go to ${window.location.host}/join`);
    expect(within(join).getByTestId('projector-join-code')).toHaveTextContent('ABCD2345');
    // A participant's screen gets no join code from the server, and shows nothing in its place.
    const participantView = liveView(60_000);
    rerender(
      <ProjectorView view={{ ...participantView, meeting: { ...participantView.meeting, joinCode: '' } }} now={NOW} />,
    );
    expect(screen.queryByTestId('projector-join')).not.toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('shows an open vote’s question, countdown and turnout in the floor’s place, its counts hidden unless live', () => {
    const open = buildVote({ closesAt: NOW + 42_000, turnout: 12 });
    const view = liveView(60_000, {
      votes: [open],
      members: Array.from({ length: 30 }, (_, i) => buildMember({ id: `m-${i}` })),
    });
    const { rerender } = renderWithApp(<ProjectorView view={view} now={NOW} />);
    const section = screen.getByTestId('projector-vote');
    expect(within(section).getByRole('timer')).toHaveTextContent('Closes in 0:42');
    expect(section).toHaveTextContent('12 of 30 have voted');
    expect(section).not.toHaveTextContent(/%/);
    expect(screen.queryByRole('region', { name: 'Speaking now' })).not.toBeInTheDocument();
    // The item stays above the vote.
    expect(screen.getByRole('heading', { level: 1, name: 'Breaking out of the silo' })).toBeInTheDocument();
    const liveTally = {
      ballots: 2,
      tallies: [{ optionId: 'opt-a', count: 2, rank: 1 }],
      other: [],
      average: null,
      voters: null,
    };
    rerender(
      <ProjectorView
        view={{ ...view, votes: [{ ...open, kind: 'single', liveResults: true, results: liveTally }] }}
        now={NOW}
      />,
    );
    expect(screen.getByTestId('projector-vote')).toHaveTextContent('(100%)');
  });

  it('lets a closed vote’s results take over the screen until the next item, a new vote or “back to the agenda”', () => {
    window.localStorage.clear();
    const closed = buildVote({
      status: 'closed',
      closedAt: NOW - 1000,
      results: {
        ballots: 1,
        tallies: [{ optionId: 'opt-a', count: 1, rank: 1 }],
        other: [],
        average: null,
        voters: null,
      },
    });
    const view = liveView(60_000, { votes: [closed] });
    const { rerender } = renderWithApp(<ProjectorView view={view} now={NOW} />);
    expect(screen.getByTestId('projector-vote')).toHaveClass('is-takeover');
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
    // The next agenda item brings the agenda back.
    rerender(<ProjectorView view={{ ...view, meeting: { ...view.meeting, currentItemId: 'item-0003' } }} now={NOW} />);
    expect(screen.queryByTestId('projector-vote')).not.toBeInTheDocument();
    // "Back to the agenda", pressed on the console in this browser, does too.
    rerender(<ProjectorView view={view} now={NOW} />);
    expect(screen.getByTestId('projector-vote')).toBeInTheDocument();
    act(() => {
      window.localStorage.setItem(`hiwar:projector-agenda:${view.meeting.id}`, closed.id);
      window.dispatchEvent(
        new StorageEvent('storage', { key: `hiwar:projector-agenda:${view.meeting.id}`, newValue: closed.id }),
      );
    });
    expect(screen.queryByTestId('projector-vote')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Breaking out of the silo' })).toBeInTheDocument();
    window.localStorage.clear();
  });

  it('says the meeting has ended instead of showing the queue as open', () => {
    const view = { ...liveView(0), meeting: buildMeeting({ status: 'ended', currentItemId: null }) };
    renderWithApp(<ProjectorView view={view} now={NOW} />);
    expect(screen.getByRole('heading', { level: 1, name: 'The meeting has ended' })).toBeInTheDocument();
    expect(screen.queryByText('Queue open')).not.toBeInTheDocument();
  });

  it('says the meeting has not started', () => {
    const view = { ...liveView(0), meeting: buildMeeting() };
    renderWithApp(<ProjectorView view={view} now={NOW} />);
    expect(screen.getByRole('heading', { level: 1, name: 'The meeting has not started yet' })).toBeInTheDocument();
  });
});
