import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  buildEntry,
  buildFloor,
  buildMeeting,
  buildMember,
  buildPoint,
  liveView,
  NOW,
  SECTOR,
} from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { LiveConsole } from './live-console';

describe('LiveConsole', () => {
  let now = NOW;
  const serverNow = () => now;
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    now = NOW;
  });
  afterEach(() => vi.useRealTimers());

  it('shows the current item, its elapsed time against the plan, and ticks', async () => {
    const send = vi.fn().mockResolvedValue({ ok: true });
    renderWithApp(
      <LiveConsole
        view={liveView(5 * 60_000 + 7_000)}
        presence={{ count: 12 }}
        status="online"
        serverNow={serverNow}
        send={send}
      />,
    );
    const current = screen.getByRole('region', { name: 'Breaking out of the silo' });
    expect(within(current).getByTestId('clock')).toHaveTextContent('5:07');
    expect(within(current).getByTestId('clock')).toHaveTextContent('of 15:00 planned');
    expect(within(current).queryByText(/Over time/)).not.toBeInTheDocument();
    expect(within(current).getByText(/Dr Amal Haddad/)).toBeInTheDocument();
    expect(screen.getByText('12 people present')).toBeInTheDocument();
    expect(screen.getByText('Connected')).toBeInTheDocument();

    now += 3_000;
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(within(current).getByTestId('clock')).toHaveTextContent('5:10');

    // Progress: the first item is done, the second current.
    const rows = screen.getAllByRole('listitem').filter((li) => li.classList.contains('agenda-row'));
    expect(rows[0]).toHaveClass('is-done');
    expect(rows[1]).toHaveAttribute('aria-current', 'step');
    expect(rows[2]).toHaveClass('is-upcoming');
  });

  it('offers setup to the facilitator only, not to a co-facilitator who joined by link', () => {
    const view = liveView(0);
    const { unmount } = renderWithApp(
      <LiveConsole view={view} presence={{ count: 2 }} status="online" serverNow={serverNow} send={vi.fn()} />,
    );
    expect(screen.getByRole('link', { name: 'Setup' })).toBeInTheDocument();
    unmount();
    const coFacilitator = { ...view, self: { ...view.self, role: 'co-facilitator' as const } };
    renderWithApp(
      <LiveConsole view={coFacilitator} presence={{ count: 2 }} status="online" serverNow={serverNow} send={vi.fn()} />,
    );
    expect(screen.queryByRole('link', { name: 'Setup' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Next item/ })).toBeInTheDocument();
  });

  it('marks an overrun visibly', () => {
    renderWithApp(
      <LiveConsole
        view={liveView(17 * 60_000)}
        presence={{ count: 3 }}
        status="online"
        serverNow={serverNow}
        send={vi.fn()}
      />,
    );
    const current = screen.getByRole('region', { name: 'Breaking out of the silo' });
    expect(current).toHaveClass('is-overrun');
    expect(within(current).getByText('Over time by 2:00')).toBeInTheDocument();
  });

  it('sends next, previous and jump commands', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const send = vi.fn().mockResolvedValue({ ok: true });
    renderWithApp(
      <LiveConsole view={liveView(0)} presence={{ count: 1 }} status="online" serverNow={serverNow} send={send} />,
    );
    await user.click(screen.getByRole('button', { name: /Next item/ }));
    expect(send).toHaveBeenLastCalledWith({ type: 'agenda:next', fromItemId: 'item-0002' });
    const previous = screen.getByRole('button', { name: /Previous item/ });
    await waitFor(() => expect(previous).toBeEnabled());
    await user.click(previous);
    expect(send).toHaveBeenLastCalledWith({ type: 'agenda:previous', fromItemId: 'item-0002' });
    await waitFor(() => expect(previous).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Go to: Open discussion' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'agenda:jump', itemId: 'item-0003' });
  });

  it('asks in its own dialog before ending the meeting for everyone, and ends it only when confirmed', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const send = vi.fn().mockResolvedValue({ ok: true });
    const confirm = vi.spyOn(window, 'confirm');
    renderWithApp(
      <LiveConsole view={liveView(0)} presence={{ count: 1 }} status="online" serverNow={serverNow} send={send} />,
    );
    await user.click(screen.getByRole('button', { name: 'End meeting' }));
    const dialog = screen.getByRole('dialog', { name: 'End meeting' });
    expect(dialog).toHaveTextContent('End the meeting for everyone? This cannot be undone.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(send).not.toHaveBeenCalledWith({ type: 'meeting:end' });
    await user.click(screen.getByRole('button', { name: 'End meeting' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'End meeting' })).getByRole('button', { name: 'End meeting' }),
    );
    expect(send).toHaveBeenLastCalledWith({ type: 'meeting:end' });
    expect(confirm).not.toHaveBeenCalled();
  });

  it('offers to start a meeting that has not started', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const send = vi.fn().mockResolvedValue({ ok: true });
    const view = { ...liveView(0), meeting: buildMeeting() };
    renderWithApp(
      <LiveConsole view={view} presence={{ count: 0 }} status="online" serverNow={serverNow} send={send} />,
    );
    expect(screen.getByText('The meeting has not started yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start meeting' }));
    expect(send).toHaveBeenCalledWith({ type: 'meeting:start' });
  });

  it('runs the speaker queue, shows the balance and links to the projector', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const send = vi.fn().mockResolvedValue({ ok: true });
    const view = liveView(0, {
      queue: { status: 'open', entries: [buildEntry({ memberId: 'member-0001' })], floor: null },
    });
    view.meeting = { ...view.meeting, balanceCategories: [SECTOR] };
    renderWithApp(
      <LiveConsole
        view={view}
        presence={{ count: 2, memberIds: ['member-0001'] }}
        status="online"
        serverNow={serverNow}
        send={send}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Speaker queue' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Balance' }));
    expect(screen.getByRole('table', { name: 'Sector' })).toBeInTheDocument();
    const projector = screen.getByRole('link', { name: /^Projector/ });
    expect(projector).toHaveAttribute('href', '/meetings/meeting-0001/projector');
    expect(projector).toHaveAttribute('target', 'hiwar-projector-meeting-0001');
    await user.click(screen.getByRole('button', { name: 'Next speaker: Layla' }));
    expect(send).toHaveBeenCalledWith({ type: 'queue:give-floor', fromTurnId: null });

    // The settings are a form: they open in a dialog, which closes once the server took them.
    expect(screen.queryByLabelText('Speaking limit per turn (seconds)')).not.toBeInTheDocument();
    const opener = screen.getByRole('button', { name: 'Queue settings' });
    await user.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Queue settings' });
    await user.click(within(dialog).getByRole('radio', { name: /First come/ }));
    const limit = within(dialog).getByLabelText('Speaking limit per turn (seconds)');
    await user.clear(limit);
    await user.type(limit, '120');
    await user.click(within(dialog).getByRole('button', { name: 'Save queue settings' }));
    expect(send).toHaveBeenLastCalledWith({
      type: 'queue:set-settings',
      settings: { policy: 'first-come', allowPriority: true, speakingLimitSeconds: 120 },
    });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Queue settings' })).not.toBeInTheDocument());
    expect(opener).toHaveFocus();
    expect(screen.getByText('Queue settings saved.')).toBeInTheDocument();
  });

  it('puts the views of the meeting in one toolbar, the console marked as the current one', () => {
    renderWithApp(
      <LiveConsole view={liveView(0)} presence={{ count: 1 }} status="online" serverNow={serverNow} send={vi.fn()} />,
    );
    const toolbar = screen.getByRole('navigation', { name: 'Meeting views' });
    expect(within(toolbar).getByText('Console')).toHaveAttribute('aria-current', 'page');
    expect(
      within(toolbar)
        .getAllByRole('link')
        .map((a) => a.textContent?.replace(/\s+/g, ' ').trim()),
    ).toEqual(['Projector (opens in a new window)↗', 'Capture', 'Theme board', 'Report', 'Setup']);
  });

  it('shows points, votes, balance and people in tabs, with the count that needs attention on each', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const view = liveView(0, {
      points: [buildPoint({ id: 'point-0001', status: 'pending' }), buildPoint({ id: 'point-0002', text: 'Second' })],
      members: [...(liveView(0).members ?? []), buildMember({ id: 'member-0009', displayName: 'Nour', waiting: true })],
    });
    renderWithApp(
      <LiveConsole view={view} presence={{ count: 1 }} status="online" serverNow={serverNow} send={vi.fn()} />,
    );
    const tabs = within(screen.getByRole('tablist', { name: 'Points, votes, balance and people' })).getAllByRole('tab');
    // The count is shown as a number and read out in words.
    expect(tabs.map((tab) => tab.textContent)).toEqual([
      'Points1, 1 waiting for moderation',
      'Votes',
      'Balance',
      'People1, 1 person in the waiting room',
    ]);
    expect(screen.getByRole('tab', { name: /Points/ })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: /Points/ })).toHaveTextContent('Fund women-led organisations directly');
    // Arrow keys move between tabs; the panels stay mounted, hidden.
    screen.getByRole('tab', { name: /Points/ }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Votes' })).toHaveFocus();
    expect(screen.getByRole('tabpanel', { name: 'Votes' })).toBeVisible();
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: /People/ })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: /People/ })).toHaveTextContent('Nour');
  });
});

describe('LiveConsole keyboard shortcuts', () => {
  let now = NOW;
  const serverNow = () => now;
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    now = NOW;
  });
  afterEach(() => vi.useRealTimers());

  const withQueue = () =>
    liveView(0, {
      queue: { status: 'open', entries: [buildEntry({ memberId: 'member-0001' })], floor: buildFloor(10_000) },
    });

  it('N moves to the next item, F gives the floor to the next in the queue, E ends the turn', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const send = vi.fn().mockResolvedValue({ ok: true });
    renderWithApp(
      <LiveConsole view={withQueue()} presence={{ count: 1 }} status="online" serverNow={serverNow} send={send} />,
    );
    // One command at a time: each key waits for the previous answer, as the buttons do.
    const idle = () => waitFor(() => expect(screen.getByRole('button', { name: /Previous item/ })).toBeEnabled());
    await user.keyboard('n');
    expect(send).toHaveBeenLastCalledWith({ type: 'agenda:next', fromItemId: 'item-0002' });
    await idle();
    await user.keyboard('f');
    expect(send).toHaveBeenLastCalledWith({ type: 'queue:give-floor', fromTurnId: 'turn-0001' });
    await idle();
    await user.keyboard('e');
    expect(send).toHaveBeenLastCalledWith({ type: 'queue:end-turn', turnId: 'turn-0001' });
    expect(send).toHaveBeenCalledTimes(3);
    // The buttons name their keys.
    expect(screen.getByRole('button', { name: /Next item/ })).toHaveAttribute('aria-keyshortcuts', 'N');
    expect(screen.getByRole('button', { name: 'Next speaker: Layla' })).toHaveAttribute('aria-keyshortcuts', 'F');
    expect(screen.getByRole('button', { name: 'End turn' })).toHaveAttribute('aria-keyshortcuts', 'E');
  });

  it('matches the physical key, so an Arabic keyboard layout works too', async () => {
    const send = vi.fn().mockResolvedValue({ ok: true });
    renderWithApp(
      <LiveConsole view={withQueue()} presence={{ count: 1 }} status="online" serverNow={serverNow} send={send} />,
      { language: 'ar' },
    );
    // On the Arabic layout the F key types "ب"; the code is still KeyF.
    act(() => {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ب', code: 'KeyF', bubbles: true }));
    });
    expect(send).toHaveBeenLastCalledWith({ type: 'queue:give-floor', fromTurnId: 'turn-0001' });
    await waitFor(() => expect(screen.getByRole('button', { name: /البند السابق/ })).toBeEnabled());
    // And "؟" (Shift and the slash key there) opens the list of keys.
    act(() => {
      document.body.dispatchEvent(
        new KeyboardEvent('keydown', { key: '؟', code: 'Slash', shiftKey: true, bubbles: true }),
      );
    });
    expect(screen.getByRole('dialog', { name: 'اختصارات لوحة المفاتيح' })).toBeInTheDocument();
  });

  it('does nothing while the facilitator types in a field, with a modifier, or while a dialog is open', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const send = vi.fn().mockResolvedValue({ ok: true });
    renderWithApp(
      <LiveConsole view={withQueue()} presence={{ count: 1 }} status="online" serverNow={serverNow} send={send} />,
    );
    await user.click(screen.getByRole('button', { name: 'Add a person in the room' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a person in the room' });
    const name = within(dialog).getByLabelText(/Name/);
    expect(name).toHaveFocus();
    await user.keyboard('Fenn');
    expect(name).toHaveValue('Fenn');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Add a person in the room' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add a person in the room' })).toHaveFocus();
    await user.keyboard('{Control>}n{/Control}{Alt>}f{/Alt}');
    expect(send).not.toHaveBeenCalled();
    // A dialog of the console's own (ending the meeting) holds the keys too.
    await user.click(screen.getByRole('button', { name: 'End meeting' }));
    await user.keyboard('n');
    expect(send).not.toHaveBeenCalled();
  });

  it('says so when a key has nothing to act on', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const send = vi.fn().mockResolvedValue({ ok: true });
    const last = liveView(0);
    last.meeting = { ...last.meeting, currentItemId: 'item-0003' };
    renderWithApp(
      <LiveConsole view={last} presence={{ count: 1 }} status="online" serverNow={serverNow} send={send} />,
    );
    await user.keyboard('n');
    expect(screen.getByText('This is the last agenda item.')).toBeInTheDocument();
    await user.keyboard('f');
    expect(screen.getByText('Nobody is waiting.', { selector: '[role="status"]' })).toBeInTheDocument();
    await user.keyboard('e');
    expect(screen.getByText('Nobody has the floor.', { selector: '[role="status"]' })).toBeInTheDocument();
    expect(send).not.toHaveBeenCalled();
  });

  it('lists the keys in a dialog opened with "?", closed with Escape', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderWithApp(
      <LiveConsole view={liveView(0)} presence={{ count: 1 }} status="online" serverNow={serverNow} send={vi.fn()} />,
    );
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const rows = within(dialog).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'NMove to the next agenda item',
      'FGive the floor to the next person in the queue',
      'EEnd the current turn',
      '?Show this list',
      'EscClose a dialog',
    ]);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
  });
});
