import { DEFAULT_POINTS_SETTINGS } from '@hiwar/protocol';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildMember, liveView, NOW } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { ParticipantView } from '../participant/participant-view';
import { PointsSettingsForm } from '../themes/points-settings-form';
import { MutedMembersNotice } from './flood-notices';

const self = buildMember({ id: 'member-0001', displayName: 'Layla', role: 'participant' });

describe('flood notices', () => {
  it('tells a muted participant why and until when, and keeps the meeting in view', () => {
    const view = { ...liveView(60_000), members: null, self };
    renderWithApp(
      <ParticipantView
        state={{ view, presence: { count: 3 }, status: 'online', fatal: null, mutedUntil: Date.now() + 120_000 }}
        serverNow={() => NOW}
        send={vi.fn()}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(/too many requests.*paused until/);
    expect(screen.getByRole('heading', { name: 'Breaking out of the silo' })).toBeInTheDocument();
  });

  it('says nothing once the pause is over', () => {
    const view = { ...liveView(60_000), members: null, self };
    renderWithApp(
      <ParticipantView
        state={{ view, presence: { count: 3 }, status: 'online', fatal: null, mutedUntil: Date.now() - 1 }}
        serverNow={() => NOW}
        send={vi.fn()}
      />,
    );
    expect(screen.queryByText(/too many requests/)).not.toBeInTheDocument();
  });

  it('names the muted member to the staff, in Arabic too', () => {
    const members = [buildMember({ id: 'member-0009', displayName: 'Omar' })];
    renderWithApp(
      <MutedMembersNotice muted={[{ memberId: 'member-0009', until: Date.now() + 60_000 }]} members={members} />,
      {
        language: 'ar',
      },
    );
    expect(screen.getByRole('status')).toHaveTextContent(/Omar.*طلبات كثيرة/);
  });
});

describe('points settings: the cap per person per minute', () => {
  it('saves a new cap when the field is left, and ignores an invalid one', () => {
    const send = vi.fn().mockResolvedValue({ ok: true });
    renderWithApp(<PointsSettingsForm settings={DEFAULT_POINTS_SETTINGS} send={send} />);
    const field = screen.getByLabelText('Most points one participant may send per minute');
    fireEvent.change(field, { target: { value: '4' } });
    fireEvent.blur(field);
    expect(send).toHaveBeenCalledWith({ type: 'points:set-settings', settings: { maxPerMinute: 4 } });
    send.mockClear();
    fireEvent.change(field, { target: { value: '-3' } });
    fireEvent.blur(field);
    expect(send).not.toHaveBeenCalled();
  });
});
