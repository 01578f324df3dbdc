import type { Queue } from '@hiwar/protocol';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildEntry, buildFloor, buildMember, NOW } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { QueuePanel } from './queue-panel';

const SETTINGS = { policy: 'progressive', allowPriority: true, speakingLimitSeconds: 180 } as const;
const members = [
  buildMember({ id: 'member-0000', displayName: 'Sara', role: 'facilitator' }),
  buildMember({ id: 'member-0001', displayName: 'Layla', turns: 2, floorMs: 190_000 }),
  buildMember({ id: 'member-0002', displayName: 'Omar' }),
];
const ENTRIES = [
  buildEntry({ id: 'entry-0001', memberId: 'member-0001', name: 'Layla', kind: 'clarification' }),
  buildEntry({ id: 'entry-0002', memberId: null, name: null }),
  buildEntry({ id: 'entry-0003', memberId: 'member-0002', name: 'Omar' }),
];
const queueOf = (overrides: Partial<Queue> = {}): Queue => ({
  status: 'open',
  entries: ENTRIES,
  floor: null,
  ...overrides,
});

function renderPanel(queue: Queue, now = NOW, send = vi.fn().mockResolvedValue({ ok: true })) {
  const utils = renderWithApp(
    <QueuePanel
      queue={queue}
      settings={SETTINGS}
      members={members}
      onlineIds={['member-0000', 'member-0001']}
      now={now}
      send={send}
    />,
  );
  return { ...utils, send };
}

describe('QueuePanel', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lists the waiting people in order with kind, turns, floor time and connection', () => {
    renderPanel(queueOf());
    const rows = within(screen.getByRole('list', { name: '3 people waiting' })).getAllByRole('listitem');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('Layla');
    expect(rows[0]).toHaveTextContent('Clarification');
    expect(rows[0]).toHaveTextContent('2 turns · 3:10 on the floor');
    expect(rows[0]).toHaveTextContent('connected');
    expect(rows[1]).toHaveTextContent('Participant in the room');
    expect(rows[1]).toHaveTextContent('in the room');
    expect(rows[1]).not.toHaveTextContent('connected');
    expect(rows[2]).toHaveTextContent('Omar');
    expect(rows[2]).toHaveTextContent('0 turns · 0:00 on the floor');
    expect(rows[2]).toHaveTextContent('not connected');
    expect(screen.getByText('Nobody has the floor.')).toBeInTheDocument();
  });

  it('moves an entry with the arrow keys on its handle, sending the full new order, and keeps focus on it', async () => {
    const user = userEvent.setup();
    const { send, rerender } = renderPanel(queueOf());
    const handle = screen.getByRole('button', { name: 'Reorder Omar, place 3 of 3' });
    handle.focus();
    await user.keyboard('{ArrowUp}');
    expect(send).toHaveBeenCalledWith({ type: 'queue:reorder', entryIds: ['entry-0001', 'entry-0003', 'entry-0002'] });
    // The panel's own announcement (the drag library keeps a live region of its own beside it).
    expect(screen.getByText('Omar is now at place 2 of 3.')).toHaveAttribute('role', 'status');

    // The server's new order arrives; the moved entry's handle still has the focus.
    const reordered = [ENTRIES[0], ENTRIES[2], ENTRIES[1]] as typeof ENTRIES;
    rerender(
      <QueuePanel
        queue={queueOf({ entries: reordered })}
        settings={SETTINGS}
        members={members}
        onlineIds={[]}
        now={NOW}
        send={send}
      />,
    );
    expect(screen.getByRole('button', { name: 'Reorder Omar, place 2 of 3' })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(send).toHaveBeenLastCalledWith({
      type: 'queue:reorder',
      entryIds: ['entry-0003', 'entry-0001', 'entry-0002'],
    });
  });

  it('does not send a move past either end', async () => {
    const user = userEvent.setup();
    const { send } = renderPanel(queueOf());
    screen.getByRole('button', { name: 'Reorder Layla, place 1 of 3' }).focus();
    await user.keyboard('{ArrowUp}');
    expect(send).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Move Layla up' })).toBeDisabled();
  });

  it('gives the floor to the next person naming the turn it saw, and ends a turn', async () => {
    const user = userEvent.setup();
    const { send, unmount } = renderPanel(queueOf());
    await user.click(screen.getByRole('button', { name: 'Next speaker: Layla' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'queue:give-floor', fromTurnId: null });
    unmount();

    const floor = buildFloor(40_000);
    const second = renderPanel(queueOf({ floor }));
    await user.click(screen.getByRole('button', { name: /Next speaker/ }));
    expect(second.send).toHaveBeenLastCalledWith({ type: 'queue:give-floor', fromTurnId: 'turn-0001' });
    await user.click(screen.getByRole('button', { name: 'Give the floor to Omar' }));
    expect(second.send).toHaveBeenLastCalledWith({
      type: 'queue:give-floor',
      entryId: 'entry-0003',
      fromTurnId: 'turn-0001',
    });
    await user.click(screen.getByRole('button', { name: 'End turn' }));
    expect(second.send).toHaveBeenLastCalledWith({ type: 'queue:end-turn', turnId: 'turn-0001' });
  });

  it('counts down the turn, warns in words in the last 15 seconds and marks the overrun', () => {
    const floor = buildFloor(0);
    const { rerender, send } = renderPanel(queueOf({ floor }), NOW + 100_000);
    const countdown = () => screen.getByTestId('countdown');
    expect(countdown()).toHaveTextContent('1:20left');
    expect(countdown()).toHaveAttribute('data-state', 'running');

    const at = (now: number) => (
      <QueuePanel queue={queueOf({ floor })} settings={SETTINGS} members={members} now={now} send={send} />
    );
    rerender(at(NOW + 170_000));
    expect(countdown()).toHaveAttribute('data-state', 'warning');
    expect(countdown()).toHaveClass('is-warning');
    expect(countdown()).toHaveTextContent('0:10Time almost up');

    rerender(at(NOW + 200_000));
    expect(countdown()).toHaveAttribute('data-state', 'overrun');
    expect(countdown()).toHaveClass('is-overrun');
    expect(countdown()).toHaveTextContent('+0:20Over time by 0:20');
  });

  it('shows elapsed time when turns have no limit', () => {
    renderPanel(queueOf({ floor: buildFloor(65_000, { limitMs: null }) }));
    expect(screen.getByTestId('countdown')).toHaveTextContent('1:05speaking, no limit');
  });

  it('adds a person in the room from a dialog, which closes and gives the focus back', async () => {
    const user = userEvent.setup();
    const { send } = renderPanel(queueOf());
    expect(screen.queryByLabelText('Kind')).not.toBeInTheDocument();
    const opener = screen.getByRole('button', { name: 'Add a person in the room' });
    await user.click(opener);
    let dialog = screen.getByRole('dialog', { name: 'Add a person in the room' });
    expect(within(dialog).getByLabelText(/Name/)).toHaveFocus();
    await user.selectOptions(within(dialog).getByLabelText('Kind'), 'direct-reply');
    await user.click(within(dialog).getByRole('button', { name: 'Add to queue' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'queue:add-person', name: null, kind: 'direct-reply' });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(opener).toHaveFocus();

    // Opened again, the form starts afresh; Enter in the name field adds.
    await user.click(opener);
    dialog = screen.getByRole('dialog', { name: 'Add a person in the room' });
    await user.type(within(dialog).getByLabelText(/Name/), '  Mona {Enter}');
    expect(send).toHaveBeenLastCalledWith({ type: 'queue:add-person', name: 'Mona', kind: 'new-point' });
  });

  it('keeps the dialog open with the refusal when the server refuses the person', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockRejectedValue({ code: 'QUEUE_CLOSED', message: 'x' });
    renderPanel(queueOf(), NOW, send);
    await user.click(screen.getByRole('button', { name: 'Add a person in the room' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a person in the room' });
    await user.click(within(dialog).getByRole('button', { name: 'Add to queue' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The speaker queue is closed.');
    expect(screen.getByRole('dialog', { name: 'Add a person in the room' })).toBeInTheDocument();
  });

  it('pauses, closes, and clears only after confirming in its own dialog', async () => {
    const user = userEvent.setup();
    const { send } = renderPanel(queueOf());
    await user.click(screen.getByRole('button', { name: 'Pause queue' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'queue:set-status', status: 'paused' });
    await user.click(screen.getByRole('button', { name: 'Close queue' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'queue:set-status', status: 'closed' });

    const confirm = vi.spyOn(window, 'confirm');
    await user.click(screen.getByRole('button', { name: 'Clear queue' }));
    let dialog = screen.getByRole('dialog', { name: 'Clear queue' });
    expect(dialog).toHaveTextContent('Remove everyone from the queue? Their hands will be lowered.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(send).not.toHaveBeenCalledWith({ type: 'queue:clear' });
    await user.click(screen.getByRole('button', { name: 'Clear queue' }));
    dialog = screen.getByRole('dialog', { name: 'Clear queue' });
    await user.click(within(dialog).getByRole('button', { name: 'Clear queue' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'queue:clear' });
    expect(confirm).not.toHaveBeenCalled();
  });

  it('opens the queue settings in a dialog only when the console can save them', async () => {
    const user = userEvent.setup();
    const { unmount } = renderPanel(queueOf());
    expect(screen.queryByRole('button', { name: 'Queue settings' })).not.toBeInTheDocument();
    unmount();
    const save = vi.fn().mockResolvedValue({ ok: true });
    renderWithApp(
      <QueuePanel
        queue={queueOf()}
        settings={SETTINGS}
        members={members}
        now={NOW}
        send={vi.fn()}
        onSaveSettings={save}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Queue settings' }));
    const dialog = screen.getByRole('dialog', { name: 'Queue settings' });
    expect(within(dialog).getByRole('radio', { name: /Progressive stack/ })).toBeChecked();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Queue settings' })).not.toBeInTheDocument();
    expect(save).not.toHaveBeenCalled();
  });

  it('shows a translated refusal from the server', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockRejectedValue({ code: 'QUEUE_ALREADY_ADVANCED', message: 'x' });
    renderPanel(queueOf({ floor: buildFloor(1_000) }), NOW, send);
    await user.click(screen.getByRole('button', { name: /Next speaker/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else has already given the floor.');
  });

  it('offers resume when paused and open when closed', () => {
    const { unmount } = renderPanel(queueOf({ status: 'paused' }));
    expect(screen.getByRole('button', { name: 'Resume queue' })).toBeInTheDocument();
    unmount();
    renderPanel(queueOf({ status: 'closed', entries: [] }));
    expect(screen.getByRole('button', { name: 'Open queue' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next speaker' })).toBeDisabled();
    expect(screen.getByRole('heading', { name: '0 people waiting' })).toBeInTheDocument();
  });
});
