import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildMeeting, buildMember, liveView, NOW } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { ParticipantView } from './participant-view';

const self = buildMember({ id: 'member-0001', displayName: 'Layla', role: 'participant' });
const serverNow = () => NOW;
const send = vi.fn().mockResolvedValue({ ok: true });

describe('ParticipantView', () => {
  it('shows the current item, its rule in one line, who I am and how many are present', () => {
    const view = { ...liveView(60_000), members: null, self };
    renderWithApp(
      <ParticipantView
        state={{ view, presence: { count: 28 }, status: 'online', fatal: null }}
        serverNow={serverNow}
        send={send}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Breaking out of the silo' })).toBeInTheDocument();
    expect(screen.getByText(/Layla/)).toBeInTheDocument();
    expect(screen.getAllByText('Participant').length).toBeGreaterThan(0);
    expect(screen.getByText('28 people present')).toBeInTheDocument();
    expect(screen.queryByText('Connection lost.')).not.toBeInTheDocument();
  });

  it('shows an offline banner when the connection drops, keeping the last known state', () => {
    const view = { ...liveView(60_000), members: null, self };
    renderWithApp(
      <ParticipantView
        state={{ view, presence: { count: 28 }, status: 'offline', fatal: null }}
        serverNow={serverNow}
        send={send}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Connection lost.');
    expect(screen.getByRole('heading', { name: 'Breaking out of the silo' })).toBeInTheDocument();
  });

  it('says clearly that the person was removed', () => {
    const view = { ...liveView(0), members: null, self, removed: true };
    renderWithApp(
      <ParticipantView
        state={{ view, presence: { count: 2 }, status: 'closed', fatal: null }}
        serverNow={serverNow}
        send={send}
      />,
    );
    expect(screen.getByRole('heading', { name: 'You were removed from this meeting' })).toBeInTheDocument();
    expect(screen.queryByText('Breaking out of the silo')).not.toBeInTheDocument();
  });

  it('says so when removed before the view arrived', () => {
    const fatal = { code: 'MEMBER_REMOVED' as const, message: 'removed' };
    renderWithApp(
      <ParticipantView
        state={{ view: null, presence: { count: 0 }, status: 'closed', fatal }}
        serverNow={serverNow}
        send={send}
      />,
    );
    expect(screen.getByRole('heading', { name: 'You were removed from this meeting' })).toBeInTheDocument();
  });

  it('says the meeting has not started, then that it has ended', () => {
    const draft = { ...liveView(0), meeting: buildMeeting(), members: null, self };
    const { unmount } = renderWithApp(
      <ParticipantView
        state={{ view: draft, presence: { count: 1 }, status: 'online', fatal: null }}
        serverNow={serverNow}
        send={send}
      />,
    );
    expect(screen.getByText('The meeting has not started yet')).toBeInTheDocument();
    unmount();
    const ended = { ...draft, meeting: buildMeeting({ status: 'ended' }) };
    renderWithApp(
      <ParticipantView
        state={{ view: ended, presence: { count: 1 }, status: 'online', fatal: null }}
        serverNow={serverNow}
        send={send}
      />,
    );
    expect(screen.getByText('The meeting has ended')).toBeInTheDocument();
  });

  it('uses Arabic plural forms for the number of people present', () => {
    const view = { ...liveView(0), members: null, self };
    renderWithApp(
      <ParticipantView
        state={{ view, presence: { count: 2 }, status: 'online', fatal: null }}
        serverNow={serverNow}
        send={send}
      />,
      { language: 'ar' },
    );
    expect(screen.getByText('شخصان حاضران')).toBeInTheDocument();
  });
});
