import type { MeetingView } from '@hiwar/domain';
import type { Queue } from '@hiwar/protocol';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildEntry, buildFloor, buildMeeting, buildMember, liveView, NOW } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { ParticipantQueue } from './participant-queue';
import { SOUND_STORAGE_KEY } from './sound';

const self = buildMember({ id: 'member-0001', displayName: 'Layla', role: 'participant' });
const others = [
  buildEntry({ id: 'entry-0010', memberId: 'member-0010', name: 'Omar' }),
  buildEntry({ id: 'entry-0011', memberId: null, name: null }),
];
const mine = buildEntry({ id: 'entry-0001', memberId: self.id, name: 'Layla' });

function viewWith(queue: Partial<Queue>, overrides: Partial<MeetingView> = {}): MeetingView {
  const base = liveView(60_000, { members: null, self });
  return { ...base, queue: { ...base.queue, ...queue }, ...overrides };
}

describe('ParticipantQueue', () => {
  it('raises a hand with the chosen kind, and shows the place, the wait and a lower-hand button once queued', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({ ok: true });
    const { rerender } = renderWithApp(
      <ParticipantQueue view={viewWith({ entries: others })} now={NOW} send={send} playCue={vi.fn()} />,
    );
    const kinds = screen.getByRole('group', { name: 'What do you want to say?' });
    expect(within(kinds).getByRole('radio', { name: /New point/ })).toBeChecked();
    await user.click(within(kinds).getByRole('radio', { name: /Point of order/ }));
    await user.click(screen.getByRole('button', { name: 'Raise hand' }));
    expect(send).toHaveBeenCalledWith({ type: 'queue:raise-hand', kind: 'point-of-order' });

    // The server put the hand third; no turns so far, so each turn ahead counts as the 3-minute limit.
    rerender(
      <ParticipantQueue view={viewWith({ entries: [...others, mine] })} now={NOW} send={send} playCue={vi.fn()} />,
    );
    expect(screen.getByText('Your place in the queue:')).toHaveTextContent('Your place in the queue: 3');
    expect(screen.getByText('Estimated wait: about 6 minutes')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Raise hand' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lower hand' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'queue:lower-hand' });
  });

  it('estimates the wait from the person’s own finished turns when there are some', () => {
    const talkative = { ...self, turns: 2, floorMs: 120_000 };
    renderWithApp(
      <ParticipantQueue
        view={viewWith({ entries: [...others, mine] }, { self: talkative })}
        now={NOW}
        send={vi.fn()}
        playCue={vi.fn()}
      />,
    );
    expect(screen.getByText('Estimated wait: about 2 minutes')).toBeInTheDocument();
  });

  it('offers only a new point when the meeting allows no priority interventions', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({ ok: true });
    const meeting = buildMeeting({
      status: 'live',
      currentItemId: 'item-0002',
      itemStartedAt: NOW,
      queueSettings: { policy: 'first-come', allowPriority: false, speakingLimitSeconds: 0 },
    });
    renderWithApp(<ParticipantQueue view={viewWith({}, { meeting })} now={NOW} send={send} playCue={vi.fn()} />);
    expect(screen.queryByRole('group', { name: 'What do you want to say?' })).not.toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Raise hand' }));
    expect(send).toHaveBeenCalledWith({ type: 'queue:raise-hand', kind: 'new-point' });
  });

  it('announces being next and then having the floor, and plays the cue only when asked for', async () => {
    const user = userEvent.setup();
    const cue = vi.fn();
    const send = vi.fn();
    const { rerender } = renderWithApp(
      <ParticipantQueue view={viewWith({ entries: [...others, mine] })} now={NOW} send={send} playCue={cue} />,
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Play a sound when my turn comes' }));
    expect(localStorage.getItem(SOUND_STORAGE_KEY)).toBe('on');
    cue.mockClear();

    rerender(<ParticipantQueue view={viewWith({ entries: [mine] })} now={NOW} send={send} playCue={cue} />);
    expect(screen.getByRole('alert')).toHaveTextContent('You are next');
    expect(cue).toHaveBeenCalledTimes(1);

    const floor = buildFloor(10_000, { memberId: self.id, name: 'Layla' });
    rerender(<ParticipantQueue view={viewWith({ entries: [], floor })} now={NOW} send={send} playCue={cue} />);
    expect(screen.getByRole('alert')).toHaveTextContent('You have the floor');
    expect(screen.getByText('Speaking now:').parentElement).toHaveTextContent('Speaking now: You');
    expect(screen.getByTestId('countdown')).toHaveTextContent('2:50');
    expect(cue).toHaveBeenCalledTimes(2);
    // While speaking the main button hands the floor back; there is no hand to raise.
    expect(screen.queryByRole('button', { name: /Raise hand/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'I’m done: hand the floor back' }));
    expect(send).toHaveBeenCalledWith({ type: 'queue:yield-floor', turnId: floor.turnId });
  });

  it('stays silent by default', () => {
    const cue = vi.fn();
    const { rerender } = renderWithApp(
      <ParticipantQueue view={viewWith({ entries: [...others, mine] })} now={NOW} send={vi.fn()} playCue={cue} />,
    );
    expect(screen.getByRole('checkbox', { name: 'Play a sound when my turn comes' })).not.toBeChecked();
    rerender(<ParticipantQueue view={viewWith({ entries: [mine] })} now={NOW} send={vi.fn()} playCue={cue} />);
    expect(screen.getByRole('alert')).toHaveTextContent('You are next');
    expect(cue).not.toHaveBeenCalled();
  });

  it('shows who has the floor with the time left, and says when the queue is paused', () => {
    const floor = buildFloor(30_000, { name: null, memberId: null });
    renderWithApp(
      <ParticipantQueue view={viewWith({ floor, status: 'paused' })} now={NOW} send={vi.fn()} playCue={vi.fn()} />,
    );
    expect(screen.getByText('Participant in the room')).toBeInTheDocument();
    expect(screen.getByTestId('countdown')).toHaveTextContent('2:30left');
    expect(screen.getByText(/The queue is paused/)).toBeInTheDocument();
    // A pause only stops the floor being given; hands can still go up.
    expect(screen.getByRole('button', { name: 'Raise hand' })).toBeEnabled();
  });

  it('gives observers no raise button', () => {
    const observer = { ...self, role: 'observer' as const };
    renderWithApp(
      <ParticipantQueue view={viewWith({ entries: others }, { self: observer })} now={NOW} send={vi.fn()} />,
    );
    expect(screen.getByRole('heading', { name: 'Speaker queue' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Raise hand' })).not.toBeInTheDocument();
    expect(screen.getByText('2 people waiting')).toBeInTheDocument();
  });

  it('still lets someone made an observer while waiting take their hand down', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({ ok: true });
    const observer = { ...self, role: 'observer' as const };
    renderWithApp(<ParticipantQueue view={viewWith({ entries: [mine] }, { self: observer })} now={NOW} send={send} />);
    expect(screen.queryByRole('button', { name: 'Raise hand' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lower hand' }));
    expect(send).toHaveBeenCalledWith({ type: 'queue:lower-hand' });
  });

  it('keeps the one action of the moment in a bar with the person’s state (pinned at the foot of a phone)', () => {
    const { rerender } = renderWithApp(
      <ParticipantQueue view={viewWith({ entries: others })} now={NOW} send={vi.fn()} playCue={vi.fn()} />,
    );
    const bar = () => document.querySelector('.turn-bar') as HTMLElement;
    expect(bar()).toHaveTextContent('2 people waiting');
    expect(within(bar()).getByRole('button', { name: /Raise hand/ })).toBeInTheDocument();
    rerender(
      <ParticipantQueue view={viewWith({ entries: [...others, mine] })} now={NOW} send={vi.fn()} playCue={vi.fn()} />,
    );
    expect(bar()).toHaveTextContent('Your place in the queue: 3');
    expect(within(bar()).getByRole('button', { name: 'Lower hand' })).toBeInTheDocument();
    const floor = buildFloor(10_000, { memberId: self.id, name: 'Layla' });
    rerender(<ParticipantQueue view={viewWith({ entries: [], floor })} now={NOW} send={vi.fn()} playCue={vi.fn()} />);
    expect(bar()).toHaveTextContent('You have the floor');
    expect(within(bar()).getByRole('button', { name: 'I’m done: hand the floor back' })).toBeInTheDocument();
  });

  it('counts the people waiting with Arabic plural forms', () => {
    renderWithApp(
      <ParticipantQueue view={viewWith({ entries: others })} now={NOW} send={vi.fn()} playCue={vi.fn()} />,
      { language: 'ar' },
    );
    expect(screen.getByText('شخصان في الانتظار', { selector: 'p.muted' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'رفع اليد' })).toBeInTheDocument();
  });
});
