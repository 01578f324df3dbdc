import type { MeetingView } from '@hiwar/domain';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildMeeting, buildPoint, liveView, NOW, THEMES } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { CaptureDesk } from './capture-desk';

function deskView(overrides: Partial<MeetingView> = {}): MeetingView {
  const base = liveView(60_000);
  return {
    ...base,
    meeting: buildMeeting({ ...base.meeting, themes: THEMES }),
    ...overrides,
  };
}

const noLog = () => Promise.resolve([]);

describe('CaptureDesk', () => {
  it('toggles the second theme with Alt+2 and sends the point with Enter, then clears and keeps focus', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({ ok: true });
    renderWithApp(<CaptureDesk view={deskView()} send={send} loadModerationLog={noLog} />);
    const box = screen.getByLabelText('Point');
    await user.click(box);
    await user.type(box, 'More funding for local groups');
    await user.keyboard('{Alt>}2{/Alt}');
    expect(screen.getByRole('button', { name: 'Protection' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Participation' })).toHaveAttribute('aria-pressed', 'false');
    await user.keyboard('{Enter}');
    expect(send).toHaveBeenCalledWith({
      type: 'point:submit',
      text: 'More funding for local groups',
      themeIds: ['theme-0002'],
      fromFloor: true,
    });
    expect(box).toHaveValue('');
    expect(box).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Protection' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('disables capture on an off-the-record item', () => {
    const base = deskView();
    const agenda = base.agenda.map((i) =>
      i.id === 'item-0002' ? { ...i, confidentiality: 'off-record' as const } : i,
    );
    renderWithApp(<CaptureDesk view={{ ...base, agenda }} send={vi.fn()} loadModerationLog={noLog} />);
    expect(screen.getByLabelText('Point')).toBeDisabled();
    expect(screen.getByText(/off the record/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Speaker on the floor is the source')).not.toBeInTheDocument();
  });

  it('merges the selected points into another with "Merge selected into this point"', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({ ok: true });
    const points = [
      buildPoint({ id: 'point-0001', text: 'Schools for girls', createdAt: NOW - 3000 }),
      buildPoint({ id: 'point-0002', text: 'Shelters in every district', createdAt: NOW - 2000 }),
      buildPoint({ id: 'point-0003', text: 'Quotas in parliament', createdAt: NOW - 1000 }),
    ];
    renderWithApp(<CaptureDesk view={deskView({ points })} send={send} loadModerationLog={noLog} />);
    const item = (text: string) => screen.getByText(text).closest('li') as HTMLElement;
    await user.click(within(item('Schools for girls')).getByRole('checkbox', { name: 'Select for merge' }));
    await user.click(within(item('Quotas in parliament')).getByRole('checkbox', { name: 'Select for merge' }));
    await user.click(
      within(item('Shelters in every district')).getByRole('button', { name: 'Merge selected into this point' }),
    );
    expect(send).toHaveBeenCalledWith({
      type: 'point:merge',
      targetId: 'point-0002',
      sourceIds: ['point-0001', 'point-0003'],
    });
  });

  it('holds a point with a reason', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({ ok: true });
    const points = [buildPoint({ status: 'pending', text: 'Name the minister responsible' })];
    renderWithApp(<CaptureDesk view={deskView({ points })} send={send} loadModerationLog={noLog} />);
    await user.click(screen.getByRole('button', { name: 'Hold' }));
    await user.type(screen.getByLabelText('Reason, told to the person who sent it'), 'Names a person');
    await user.click(screen.getByRole('button', { name: 'Confirm hold' }));
    expect(send).toHaveBeenCalledWith({
      type: 'point:moderate',
      pointId: 'point-0001',
      status: 'pending',
      reason: 'Names a person',
    });
  });

  it('shows markup in a point as text', () => {
    const points = [buildPoint({ text: '<img src=x onerror=alert(1)><b>bold</b>' })];
    const { container } = renderWithApp(
      <CaptureDesk view={deskView({ points })} send={vi.fn()} loadModerationLog={noLog} />,
    );
    expect(screen.getByText('<img src=x onerror=alert(1)><b>bold</b>')).toBeInTheDocument();
    expect(container.querySelector('img, b')).toBeNull();
  });
});
