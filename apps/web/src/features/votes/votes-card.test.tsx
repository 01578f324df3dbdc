import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildPoint, liveView, NOW } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { buildVote } from './test-votes';
import { VotesCard } from './votes-card';

const points = [
  buildPoint({ id: 'p1', text: 'Fund women-led organisations', recommendation: true }),
  buildPoint({ id: 'p2', text: 'Safe shelters', recommendation: true }),
  buildPoint({ id: 'p3', text: 'Better data', recommendation: true }),
  buildPoint({ id: 'p4', text: 'Not a recommendation' }),
  buildPoint({ id: 'p5', text: 'Pending one', recommendation: true, status: 'pending' }),
];

describe('VotesCard', () => {
  it('opens the vote forms in a dialog that Escape closes, giving the focus back to "New vote"', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({ ok: true });
    renderWithApp(<VotesCard view={liveView(60_000)} send={send} />);
    // No form pushes the running votes down until it is asked for.
    expect(screen.queryByRole('form', { name: 'Open a quick poll' })).not.toBeInTheDocument();
    const newVote = screen.getByRole('button', { name: 'New vote' });
    await user.click(newVote);
    const dialog = screen.getByRole('dialog', { name: 'New vote' });
    // The facilitator lands in the question field, ready to type.
    expect(within(dialog).getByLabelText('Question')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(newVote).toHaveFocus();
    // Opening a vote closes the dialog too, with the chosen timer in the command.
    await user.click(newVote);
    const form = screen.getByRole('form', { name: 'Open a quick poll' });
    await user.type(within(form).getByLabelText('Question'), 'Meet again in spring?');
    await user.type(within(form).getByLabelText('Options (one per line)'), 'Yes{enter}No');
    expect(within(form).getByLabelText('Timer')).toHaveDisplayValue('No timer (close it yourself)');
    await user.selectOptions(within(form).getByLabelText('Timer'), '1 minute');
    await user.click(within(form).getByRole('button', { name: 'Open poll' }));
    expect(send).toHaveBeenCalledWith(expect.objectContaining({ title: 'Meet again in spring?', durationSeconds: 60 }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(newVote).toHaveFocus();
  });

  it('keeps the dialog open with the reason when the vote cannot be opened', async () => {
    const user = userEvent.setup();
    const send = vi
      .fn()
      .mockRejectedValue(Object.assign(new Error('VOTE_ALREADY_OPEN'), { code: 'VOTE_ALREADY_OPEN' }));
    renderWithApp(<VotesCard view={liveView(60_000)} send={send} />);
    await user.click(screen.getByRole('button', { name: 'New vote' }));
    const dialog = screen.getByRole('dialog', { name: 'New vote' });
    await user.type(within(dialog).getByLabelText('Question'), 'Meet again in spring?');
    await user.type(within(dialog).getByLabelText('Options (one per line)'), 'Yes{enter}No');
    await user.click(within(dialog).getByRole('button', { name: 'Open poll' }));
    expect(within(dialog).getByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'New vote' })).toBeInTheDocument();
  });

  it('puts the running vote on top with its countdown, turnout and Close button', () => {
    const running = buildVote({
      id: 'vote-0003',
      title: 'Running',
      openedAt: NOW - 60_000,
      closesAt: Date.now() + 42_000,
      turnout: 2,
    });
    const newer = buildVote({ id: 'vote-0004', title: 'Newer but closed', status: 'closed', openedAt: NOW - 1000 });
    renderWithApp(<VotesCard view={liveView(60_000, { votes: [newer, running] })} send={vi.fn()} />);
    const items = screen.getAllByRole('listitem').filter((li) => li.classList.contains('vote-item'));
    expect(items[0]).toHaveTextContent('Running');
    const top = items[0] as HTMLElement;
    expect(within(top).getByRole('timer')).toHaveTextContent(/Closes in \d:\d\d/);
    expect(within(top).getByRole('button', { name: /Close vote/ })).toBeInTheDocument();
  });

  it('opens a dot vote on the chosen recommendations with the dots per person', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({ ok: true });
    renderWithApp(<VotesCard view={liveView(60_000, { points })} send={send} />);
    await user.click(screen.getByRole('button', { name: 'New vote' }));
    const dialog = screen.getByRole('dialog', { name: 'New vote' });
    await user.click(within(dialog).getByRole('radio', { name: 'Open a dot vote' }));
    const form = screen.getByRole('form', { name: 'Open a dot vote' });
    expect(
      within(form)
        .getAllByRole('checkbox', { checked: true })
        .map((c) => c.closest('label')?.textContent),
    ).toEqual(['Fund women-led organisations', 'Safe shelters', 'Better data']);
    expect(within(form).queryByText('Not a recommendation')).not.toBeInTheDocument();
    expect(within(form).getByLabelText('Dots per person')).toHaveValue(1);
    await user.click(within(form).getByRole('checkbox', { name: 'Safe shelters' }));
    await user.clear(within(form).getByLabelText('Dots per person'));
    await user.type(within(form).getByLabelText('Dots per person'), '3');
    await user.click(within(form).getByRole('checkbox', { name: 'Several dots on one option' }));
    await user.click(within(form).getByRole('button', { name: 'Open dot vote' }));
    expect(send).toHaveBeenCalledWith({
      type: 'vote:open',
      kind: 'dots',
      title: 'Which recommendations matter most?',
      options: [{ pointId: 'p1' }, { pointId: 'p3' }],
      dotsPerPerson: 3,
      allowStacking: true,
      scaleMin: 1,
      scaleMax: 5,
      allowOther: false,
      liveResults: false,
      named: false,
    });
  });

  it('opens a quick poll; a named vote only on an on-the-record item', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({ ok: true });
    renderWithApp(<VotesCard view={liveView(60_000)} send={send} />);
    await user.click(screen.getByRole('button', { name: 'New vote' }));
    const form = screen.getByRole('form', { name: 'Open a quick poll' });
    expect(within(form).getByRole('checkbox', { name: 'Named vote' })).toBeEnabled();
    await user.type(within(form).getByLabelText('Question'), 'Where next?');
    await user.selectOptions(within(form).getByLabelText('Kind'), 'Multiple choice');
    await user.type(within(form).getByLabelText('Options (one per line)'), 'Amman{enter}Tunis');
    await user.click(within(form).getByRole('checkbox', { name: 'Allow an other answer' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Show results live' }));
    await user.click(within(form).getByRole('button', { name: 'Open poll' }));
    expect(send).toHaveBeenCalledWith(
      expect.objectContaining({
        type: 'vote:open',
        kind: 'multiple',
        title: 'Where next?',
        options: [{ label: 'Amman' }, { label: 'Tunis' }],
        allowOther: true,
        liveResults: true,
        named: false,
      }),
    );
  });

  it('closes an open vote and shows the ranked results of a closed one', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({ ok: true });
    const closed = buildVote({
      id: 'vote-0002',
      title: 'Earlier vote',
      status: 'closed',
      openedAt: 1,
      results: {
        ballots: 3,
        tallies: [
          { optionId: 'opt-b', count: 4, rank: 1 },
          { optionId: 'opt-a', count: 2, rank: 2 },
          { optionId: 'opt-c', count: 0, rank: 3 },
        ],
        other: [],
        average: null,
        voters: null,
      },
    });
    renderWithApp(<VotesCard view={liveView(60_000, { votes: [closed, buildVote()] })} send={send} />);
    await user.click(screen.getByRole('button', { name: 'Close vote Which recommendations matter most?' }));
    expect(send).toHaveBeenCalledWith({ type: 'vote:close', voteId: 'vote-0001' });
    const rows = screen.getAllByRole('listitem').filter((li) => li.classList.contains('vote-tally'));
    expect(rows.map((r) => r.textContent)).toEqual([
      '#1Safe shelters4 dots (67%)',
      '#2Fund women-led organisations2 dots (33%)',
      '#3Better data0 dots (0%)',
    ]);
    // A closed vote can be opened again; any vote deleted after a confirmation in the page's own dialog.
    await user.click(screen.getByRole('button', { name: 'Reopen Earlier vote' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'vote:reopen', voteId: 'vote-0002' });
    await user.click(screen.getByRole('button', { name: 'Delete Earlier vote' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete this vote?' });
    expect(dialog).toHaveTextContent('“Earlier vote” and every ballot cast in it will be removed for everyone.');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'vote:delete', voteId: 'vote-0002' });
  });
});
