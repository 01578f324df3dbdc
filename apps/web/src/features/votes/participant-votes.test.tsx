import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildMember, liveView } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { ParticipantVotes } from './participant-votes';
import { buildVote } from './test-votes';

const self = buildMember({ id: 'member-0001', role: 'participant' });

describe('ParticipantVotes', () => {
  it('"+" sends the whole ballot with the dots already placed, and "+" is disabled once no dots are left', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({ ok: true });
    const vote = buildVote({ dotsPerPerson: 3, allowStacking: true });
    const view = liveView(60_000, {
      self,
      votes: [vote],
      myBallots: [{ voteId: vote.id, ballot: { dots: { 'opt-a': 1 } } }],
    });
    renderWithApp(<ParticipantVotes view={view} send={send} />);
    expect(screen.getByText('2 dots left')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a dot to Safe shelters' }));
    expect(send).toHaveBeenLastCalledWith({
      type: 'vote:cast',
      voteId: vote.id,
      ballot: { dots: { 'opt-a': 1, 'opt-b': 1 } },
    });
    expect(screen.getByText('1 dot left')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a dot to Safe shelters' }));
    expect(send).toHaveBeenLastCalledWith({
      type: 'vote:cast',
      voteId: vote.id,
      ballot: { dots: { 'opt-a': 1, 'opt-b': 2 } },
    });
    expect(screen.getByText('0 dots left')).toBeInTheDocument();
    for (const label of ['Fund women-led organisations', 'Safe shelters', 'Better data']) {
      expect(screen.getByRole('button', { name: `Add a dot to ${label}` })).toBeDisabled();
    }
    await user.click(screen.getByRole('button', { name: 'Remove a dot from Fund women-led organisations' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'vote:cast', voteId: vote.id, ballot: { dots: { 'opt-b': 2 } } });
    expect(screen.getByRole('button', { name: 'Add a dot to Better data' })).toBeEnabled();
  });

  it('allows one dot per option without stacking', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({ ok: true });
    renderWithApp(<ParticipantVotes view={liveView(60_000, { self, votes: [buildVote()] })} send={send} />);
    await user.click(screen.getByRole('button', { name: 'Add a dot to Better data' }));
    expect(screen.getByRole('button', { name: 'Add a dot to Better data' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Add a dot to Safe shelters' })).toBeEnabled();
  });

  it('sends a poll answer once', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({ ok: true });
    const poll = buildVote({
      kind: 'single',
      title: 'Where next?',
      allowOther: true,
      options: [
        { id: 'o1', label: 'Amman', pointId: null },
        { id: 'o2', label: 'Tunis', pointId: null },
      ],
    });
    renderWithApp(<ParticipantVotes view={liveView(60_000, { self, votes: [poll] })} send={send} />);
    const card = screen.getByRole('article', { name: 'Where next?' });
    expect(within(card).getByRole('button', { name: 'Send answer' })).toBeDisabled();
    await user.click(within(card).getByRole('radio', { name: 'Tunis' }));
    await user.click(within(card).getByRole('button', { name: 'Send answer' }));
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ type: 'vote:cast', voteId: poll.id, ballot: { optionIds: ['o2'] } });
    const sent = within(card).getByRole('button', { name: 'Answer sent' });
    expect(sent).toBeDisabled();
    await user.click(sent);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('shows a closed vote’s ranked results, and observers see no controls', () => {
    const closed = buildVote({
      kind: 'scale',
      title: 'How useful was this?',
      options: [],
      status: 'closed',
      results: {
        ballots: 3,
        tallies: [
          { optionId: '4', count: 2, rank: 1 },
          { optionId: '5', count: 1, rank: 2 },
        ],
        other: ['inspiring'],
        average: 4.333,
        voters: null,
      },
    });
    const observer = buildMember({ id: 'member-0009', role: 'observer' });
    renderWithApp(
      <ParticipantVotes
        view={liveView(60_000, { self: observer, votes: [closed, buildVote({ id: 'v2', openedAt: 0 })] })}
        send={vi.fn()}
      />,
    );
    const card = screen.getByRole('article', { name: 'How useful was this?' });
    const rows = within(card)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('vote-tally'));
    expect(rows.map((r) => r.textContent)).toEqual(['#142 votes (67%)', '#251 vote (33%)']);
    expect(within(card).getByText('Average: 4.3')).toBeInTheDocument();
    expect(within(card).getByText('inspiring')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('announces a vote that opens', () => {
    const { rerender } = renderWithApp(<ParticipantVotes view={liveView(60_000, { self })} send={vi.fn()} />);
    expect(screen.getByRole('status')).toHaveTextContent('');
    rerender(<ParticipantVotes view={liveView(60_000, { self, votes: [buildVote()] })} send={vi.fn()} />);
    expect(screen.getByRole('status')).toHaveTextContent('A vote has opened');
  });
});
