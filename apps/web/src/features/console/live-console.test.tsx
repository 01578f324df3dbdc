import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildEntry, buildMeeting, liveView, NOW, SECTOR } from '../../test/fixtures';
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
    expect(screen.getByRole('table', { name: 'Sector' })).toBeInTheDocument();
    const projector = screen.getByRole('link', { name: /Open projector view/ });
    expect(projector).toHaveAttribute('href', '/meetings/meeting-0001/projector');
    expect(projector).toHaveAttribute('target', 'hiwar-projector-meeting-0001');
    await user.click(screen.getByRole('button', { name: 'Next speaker: Layla' }));
    expect(send).toHaveBeenCalledWith({ type: 'queue:give-floor', fromTurnId: null });

    await user.click(screen.getByText('Queue settings'));
    await user.click(screen.getByRole('radio', { name: /First come/ }));
    const limit = screen.getByLabelText('Speaking limit per turn (seconds)');
    await user.clear(limit);
    await user.type(limit, '120');
    await user.click(screen.getByRole('button', { name: 'Save queue settings' }));
    expect(send).toHaveBeenLastCalledWith({
      type: 'queue:set-settings',
      settings: { policy: 'first-come', allowPriority: true, speakingLimitSeconds: 120 },
    });
  });
});
