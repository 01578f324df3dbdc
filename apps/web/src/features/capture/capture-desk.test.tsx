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

  it('merges the chosen points into another from its "More actions" menu', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({ ok: true });
    const points = [
      buildPoint({ id: 'point-0001', text: 'Schools for girls', createdAt: NOW - 3000 }),
      buildPoint({ id: 'point-0002', text: 'Shelters in every district', createdAt: NOW - 2000 }),
      buildPoint({ id: 'point-0003', text: 'Quotas in parliament', createdAt: NOW - 1000 }),
    ];
    renderWithApp(<CaptureDesk view={deskView({ points })} send={send} loadModerationLog={noLog} />);
    const item = (text: string) => screen.getByText(text).closest('li') as HTMLElement;
    await user.click(within(item('Schools for girls')).getByRole('checkbox', { name: 'Select Schools for girls' }));
    await user.click(within(item('Quotas in parliament')).getByRole('checkbox', { name: /^Select/ }));
    await user.click(within(item('Shelters in every district')).getByRole('button', { name: 'More actions' }));
    await user.click(screen.getByRole('menuitem', { name: 'Merge selected into this point' }));
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
    await user.click(screen.getByRole('button', { name: 'More actions' }));
    await user.click(screen.getByRole('menuitem', { name: 'Hold' }));
    expect(screen.getByLabelText('Reason, told to the person who sent it')).toHaveFocus();
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

  it('tags an existing point with a theme through point:edit', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({ ok: true });
    const points = [buildPoint({ text: 'Shelters in every district', themeIds: ['theme-0002'] })];
    renderWithApp(<CaptureDesk view={deskView({ points })} send={send} loadModerationLog={noLog} />);
    const item = screen.getByText('Shelters in every district').closest('li') as HTMLElement;
    const tag = within(item).getByRole('button', { name: 'Tag themes' });
    expect(tag).toHaveAttribute('aria-expanded', 'false');
    await user.click(tag);
    expect(within(item).getByRole('button', { name: 'Protection' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(item).getByRole('button', { name: 'Participation' }));
    expect(send).toHaveBeenCalledWith({
      type: 'point:edit',
      pointId: 'point-0001',
      themeIds: ['theme-0001', 'theme-0002'],
    });
    await user.click(within(item).getByRole('button', { name: 'Protection' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'point:edit', pointId: 'point-0001', themeIds: [] });
  });

  it('merges a likely duplicate pair with one press', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({ ok: true });
    const points = [
      buildPoint({ id: 'point-0001', text: 'Core funding for women-led organisations', createdAt: NOW - 3000 }),
      buildPoint({ id: 'point-0002', text: 'Core funding for women-led organisations!', createdAt: NOW - 2000 }),
    ];
    renderWithApp(<CaptureDesk view={deskView({ points })} send={send} loadModerationLog={noLog} />);
    await user.click(screen.getByRole('tab', { name: /^Moderate/ }));
    const region = screen.getByRole('region', { name: 'Likely duplicates' });
    await user.click(within(region).getByRole('button', { name: 'Merge' }));
    expect(send).toHaveBeenCalledWith({
      type: 'point:merge',
      targetId: expect.any(String),
      sourceIds: [expect.any(String)],
    });
    const call = send.mock.calls[0]?.[0] as { targetId: string; sourceIds: string[] };
    expect([call.targetId, ...call.sourceIds].sort()).toEqual(['point-0001', 'point-0002']);
  });

  it('publishes a participant’s pending point and hides another with a reason', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({ ok: true });
    const points = [
      buildPoint({ id: 'point-0001', status: 'pending', text: 'Waiting one', createdAt: NOW - 2000 }),
      buildPoint({ id: 'point-0002', status: 'pending', text: 'Rude one', createdAt: NOW - 1000 }),
    ];
    renderWithApp(<CaptureDesk view={deskView({ points })} send={send} loadModerationLog={noLog} />);
    await user.click(screen.getByRole('tab', { name: 'Moderate 2 waiting' }));
    const list = screen.getByRole('region', { name: 'Moderation queue' });
    const item = (text: string) => within(list).getByText(text).closest('li') as HTMLElement;
    await user.click(within(item('Waiting one')).getByRole('button', { name: 'Publish' }));
    expect(send).toHaveBeenCalledWith({
      type: 'point:moderate',
      pointId: 'point-0001',
      status: 'published',
      reason: null,
    });
    await user.click(within(item('Rude one')).getByRole('button', { name: 'Hide' }));
    await user.type(within(item('Rude one')).getByLabelText('Reason, told to the person who sent it'), 'Insulting');
    await user.click(within(item('Rude one')).getByRole('button', { name: 'Confirm hide' }));
    expect(send).toHaveBeenLastCalledWith({
      type: 'point:moderate',
      pointId: 'point-0002',
      status: 'hidden',
      reason: 'Insulting',
    });
  });

  it('lists moderation decisions from the points, with their reasons, on the Moderate pane', async () => {
    const points = [
      buildPoint({ id: 'point-0001', status: 'pending', reason: 'Names a person', text: 'Held one' }),
      buildPoint({ id: 'point-0002', status: 'hidden', reason: 'Off topic', text: 'Hidden one' }),
      buildPoint({ id: 'point-0003', status: 'published', text: 'Published one' }),
    ];
    renderWithApp(<CaptureDesk view={deskView({ points })} send={vi.fn()} loadModerationLog={noLog} />);
    expect(screen.queryByRole('list', { name: 'Current decisions' })).toBeNull();
    await userEvent.setup().click(screen.getByRole('tab', { name: /^Moderate/ }));
    const log = screen.getByRole('list', { name: 'Current decisions' });
    const rows = within(log)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(rows).toEqual(['Held Held one — Reason: Names a person', 'Hidden Hidden one — Reason: Off topic']);
  });

  it('announces points that arrive from others, not the desk’s own', () => {
    const first = buildPoint({ id: 'point-0001', text: 'First' });
    const { rerender } = renderWithApp(
      <CaptureDesk view={deskView({ points: [first] })} send={vi.fn()} loadModerationLog={noLog} />,
    );
    // The first live region is the desk's announcement; the list's bulk summary has its own.
    const status = screen.getAllByRole('status')[0] as HTMLElement;
    expect(status).toHaveTextContent('');
    const mine = buildPoint({ id: 'point-0002', text: 'Mine', origin: 'capture' });
    rerender(
      <CaptureDesk
        view={deskView({ points: [first, mine], myPointIds: ['point-0002'] })}
        send={vi.fn()}
        loadModerationLog={noLog}
      />,
    );
    expect(status).toHaveTextContent('');
    const theirs = [buildPoint({ id: 'point-0003', text: 'A' }), buildPoint({ id: 'point-0004', text: 'B' })];
    rerender(
      <CaptureDesk
        view={deskView({ points: [first, mine, ...theirs], myPointIds: ['point-0002'] })}
        send={vi.fn()}
        loadModerationLog={noLog}
      />,
    );
    expect(status).toHaveTextContent('2 new points');
  });

  it('opens theme management during the meeting and links to the board', async () => {
    const user = userEvent.setup();
    renderWithApp(
      <CaptureDesk
        view={deskView()}
        send={vi.fn()}
        loadModerationLog={noLog}
        boardPath="/m/meeting-0001/board"
        reuseThemes={false}
      />,
    );
    expect(screen.getByRole('link', { name: 'Theme board' })).toHaveAttribute('href', '/m/meeting-0001/board');
    await user.click(screen.getByRole('button', { name: 'Manage themes' }));
    expect(screen.getByRole('button', { name: 'Move down Participation' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reuse themes from an earlier meeting' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Participants may send points')).toBeInTheDocument();
  });

  it('merges with the keyboard only: Space chooses, the menu opens with Enter, End reaches Merge', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({ ok: true });
    const points = [
      buildPoint({ id: 'point-0001', text: 'Older', createdAt: NOW - 2000 }),
      buildPoint({ id: 'point-0002', text: 'Newer', createdAt: NOW - 1000 }),
    ];
    renderWithApp(<CaptureDesk view={deskView({ points })} send={send} loadModerationLog={noLog} />);
    const item = (text: string) => screen.getByText(text).closest('li') as HTMLElement;
    within(item('Newer')).getByRole('checkbox', { name: 'Select Newer' }).focus();
    await user.keyboard(' ');
    within(item('Older')).getByRole('button', { name: 'More actions' }).focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{End}');
    expect(screen.getByRole('menuitem', { name: 'Merge selected into this point' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(send).toHaveBeenCalledWith({ type: 'point:merge', targetId: 'point-0001', sourceIds: ['point-0002'] });
  });

  it('shows the earlier wordings of an edited point', async () => {
    const user = userEvent.setup();
    const points = [buildPoint({ text: 'Now', editedAt: NOW })];
    const loadPointHistory = vi.fn().mockResolvedValue([{ text: 'Before', themeIds: [], replacedAt: NOW }]);
    renderWithApp(
      <CaptureDesk
        view={deskView({ points })}
        send={vi.fn()}
        loadModerationLog={noLog}
        loadPointHistory={loadPointHistory}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'More actions' }));
    await user.click(screen.getByRole('menuitem', { name: 'Earlier versions' }));
    expect(await screen.findByText('Before')).toBeInTheDocument();
    expect(loadPointHistory).toHaveBeenCalledWith('meeting-0001', 'point-0001');
  });

  it('sends without the floor as source once unticked, and ticks it again on the next item', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({ ok: true });
    const view = deskView();
    const { rerender } = renderWithApp(<CaptureDesk view={view} send={send} loadModerationLog={noLog} />);
    const floor = screen.getByLabelText('Speaker on the floor is the source');
    expect(floor).toBeChecked();
    await user.click(floor);
    await user.type(screen.getByLabelText('Point'), 'A general remark{Enter}');
    expect(send).toHaveBeenCalledWith({
      type: 'point:submit',
      text: 'A general remark',
      themeIds: [],
      fromFloor: false,
    });
    const next = { ...view, meeting: { ...view.meeting, currentItemId: 'item-0003' } };
    const agenda = next.agenda.map((i) => (i.id === 'item-0003' ? { ...i, confidentiality: 'on-record' as const } : i));
    rerender(<CaptureDesk view={{ ...next, agenda }} send={send} loadModerationLog={noLog} />);
    expect(screen.getByLabelText('Speaker on the floor is the source')).toBeChecked();
  });
});
