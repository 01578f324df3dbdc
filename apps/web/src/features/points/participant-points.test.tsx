import type { MeetingView } from '@hiwar/domain';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildMember, buildPoint, liveView } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { draftKey, ParticipantPoints } from './participant-points';

const self = buildMember({ id: 'member-0001', role: 'participant' });
const viewWith = (overrides: Partial<MeetingView> = {}): MeetingView =>
  liveView(60_000, { members: null, self, ...overrides });

describe('ParticipantPoints', () => {
  beforeEach(() => localStorage.clear());

  it('keeps the draft after a failed send and clears it after a successful one', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockRejectedValueOnce({ code: 'POINTS_NOT_OPEN' }).mockResolvedValueOnce({ ok: true });
    renderWithApp(<ParticipantPoints view={viewWith()} send={send} />);
    await user.type(screen.getByLabelText('Your point'), 'Fund shelters');
    expect(localStorage.getItem(draftKey('meeting-0001'))).toBe('Fund shelters');
    await user.click(screen.getByRole('button', { name: 'Send point' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Participants cannot send points in this meeting.');
    expect(screen.getByLabelText('Your point')).toHaveValue('Fund shelters');
    expect(localStorage.getItem(draftKey('meeting-0001'))).toBe('Fund shelters');

    await user.click(screen.getByRole('button', { name: 'Send point' }));
    expect(send).toHaveBeenLastCalledWith({
      type: 'point:submit',
      text: 'Fund shelters',
      themeIds: [],
      fromFloor: false,
    });
    expect(screen.getByLabelText('Your point')).toHaveValue('');
    expect(localStorage.getItem(draftKey('meeting-0001'))).toBeNull();
  });

  it('restores a stored draft', () => {
    localStorage.setItem(draftKey('meeting-0001'), 'Half written');
    renderWithApp(<ParticipantPoints view={viewWith()} send={vi.fn()} />);
    expect(screen.getByLabelText('Your point')).toHaveValue('Half written');
  });

  it('shows the reason a point of mine was hidden and announces it', () => {
    const pending = buildPoint({ status: 'pending', text: 'My point' });
    const { rerender } = renderWithApp(
      <ParticipantPoints view={viewWith({ points: [pending], myPointIds: ['point-0001'] })} send={vi.fn()} />,
    );
    expect(screen.getByText('Waiting for moderation')).toBeInTheDocument();
    const hidden = { ...pending, status: 'hidden' as const, reason: 'Off topic' };
    rerender(<ParticipantPoints view={viewWith({ points: [hidden], myPointIds: ['point-0001'] })} send={vi.fn()} />);
    expect(screen.getByText('Hidden')).toBeInTheDocument();
    expect(screen.getByText('Reason: Off topic')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Your point has been hidden. Reason: Off topic');
  });

  it('supports a published point and withdraws the support', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({ ok: true });
    const point = buildPoint({ supportCount: 2 });
    const { rerender } = renderWithApp(<ParticipantPoints view={viewWith({ points: [point] })} send={send} />);
    const button = screen.getByRole('button', { name: /^Support/ });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(button).toHaveTextContent('Support (2)');
    await user.click(button);
    expect(send).toHaveBeenCalledWith({ type: 'point:support', pointId: 'point-0001' });
    rerender(
      <ParticipantPoints
        view={viewWith({ points: [{ ...point, supportCount: 3 }], mySupportIds: ['point-0001'] })}
        send={send}
      />,
    );
    const supported = screen.getByRole('button', { name: /^Supported/ });
    expect(supported).toHaveAttribute('aria-pressed', 'true');
    await user.click(supported);
    expect(send).toHaveBeenLastCalledWith({ type: 'point:withdraw-support', pointId: 'point-0001' });
  });

  it('offers no form on an off-the-record item', () => {
    const base = viewWith();
    const agenda = base.agenda.map((i) => ({ ...i, confidentiality: 'off-record' as const }));
    renderWithApp(<ParticipantPoints view={{ ...base, agenda }} send={vi.fn()} />);
    expect(screen.queryByLabelText('Your point')).not.toBeInTheDocument();
  });

  it('counts supporters with Arabic plural forms', () => {
    const observer = { ...self, role: 'observer' as const };
    renderWithApp(
      <ParticipantPoints
        view={viewWith({ self: observer, points: [buildPoint({ supportCount: 2 })] })}
        send={vi.fn()}
      />,
      { language: 'ar' },
    );
    expect(screen.getByText('مؤيدان')).toBeInTheDocument();
  });

  it('tells the sender their point was held, and why', () => {
    const held = buildPoint({ status: 'pending', reason: 'Please leave out the name', text: 'My held point' });
    renderWithApp(<ParticipantPoints view={viewWith({ points: [held], myPointIds: ['point-0001'] })} send={vi.fn()} />);
    const mine = screen.getByRole('region', { name: 'My points' });
    expect(mine).toHaveTextContent('My held point');
    expect(mine).toHaveTextContent('Held');
    expect(mine).toHaveTextContent('Reason: Please leave out the name');
    expect(screen.queryByRole('region', { name: 'Points so far' })).not.toBeInTheDocument();
  });

  it('shows markup in a published point as text', () => {
    const point = buildPoint({ text: '<script>alert(1)</script><i>x</i>' });
    const { container } = renderWithApp(<ParticipantPoints view={viewWith({ points: [point] })} send={vi.fn()} />);
    expect(screen.getByText('<script>alert(1)</script><i>x</i>')).toHaveAttribute('dir', 'auto');
    expect(container.querySelector('script, i')).toBeNull();
  });
});
