import type { MeetingView } from '@hiwar/domain';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildMeeting, buildPoint, liveView, NOW, THEMES } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { CaptureDesk } from './capture-desk';

const noLog = () => Promise.resolve([]);

function desk(points: ReturnType<typeof buildPoint>[], send = vi.fn().mockResolvedValue({ ok: true })) {
  const base = liveView(60_000);
  const view: MeetingView = { ...base, meeting: buildMeeting({ ...base.meeting, themes: THEMES }), points };
  const rendered = renderWithApp(<CaptureDesk view={view} send={send} loadModerationLog={noLog} />);
  return { send, user: userEvent.setup(), ...rendered };
}

/** The texts of the rows a list shows, top to bottom. */
const rows = (region: HTMLElement) =>
  within(region)
    .queryAllByRole('article')
    .map((a) => a.querySelector('.point-text')?.textContent);

const MIXED = [
  buildPoint({
    id: 'point-0001',
    text: 'Waiting on funding',
    status: 'pending',
    themeIds: ['theme-0001'],
    createdAt: NOW - 4000,
  }),
  buildPoint({ id: 'point-0002', text: 'Published on protection', themeIds: ['theme-0002'], createdAt: NOW - 3000 }),
  buildPoint({ id: 'point-0003', text: 'Hidden insult', status: 'hidden', reason: 'Insulting', createdAt: NOW - 2000 }),
  buildPoint({
    id: 'point-0004',
    text: 'Waiting on protection',
    status: 'pending',
    themeIds: ['theme-0002'],
    createdAt: NOW - 1000,
  }),
];

describe('the desk’s filters', () => {
  it('filters by state and by theme, each choice with its count, newest first', async () => {
    const { user } = desk(MIXED);
    const list = screen.getByRole('region', { name: '4 points' });
    const filter = (name: RegExp) => within(list).getByRole('button', { name });
    expect(filter(/^All/)).toHaveTextContent('All4');
    expect(filter(/^All/)).toHaveAttribute('aria-pressed', 'true');
    expect(filter(/^Waiting/)).toHaveTextContent('Waiting2');
    expect(filter(/^Published/)).toHaveTextContent('Published1');
    expect(filter(/^Hidden/)).toHaveTextContent('Hidden1');
    expect(rows(list)).toEqual([
      'Waiting on protection',
      'Hidden insult',
      'Published on protection',
      'Waiting on funding',
    ]);

    await user.click(filter(/^Hidden/));
    expect(rows(list)).toEqual(['Hidden insult']);
    await user.click(filter(/^Waiting/));
    expect(rows(list)).toEqual(['Waiting on protection', 'Waiting on funding']);

    // The theme's counts follow the chosen state; the state's counts follow the chosen theme.
    const theme = within(list).getByLabelText('Theme');
    expect(within(theme).getByRole('option', { name: 'Protection (1)' })).toBeInTheDocument();
    await user.selectOptions(theme, 'theme-0002');
    expect(rows(list)).toEqual(['Waiting on protection']);
    expect(filter(/^All/)).toHaveTextContent('All2');
    await user.click(filter(/^All/));
    expect(rows(list)).toEqual(['Waiting on protection', 'Published on protection']);
    await user.selectOptions(theme, 'none');
    expect(rows(list)).toEqual(['Hidden insult']);
  });

  it('says when no point matches, rather than showing an empty list', async () => {
    const { user } = desk([buildPoint({ text: 'Only published' })]);
    const list = screen.getByRole('region', { name: '1 point' });
    await user.click(within(list).getByRole('button', { name: /^Hidden/ }));
    expect(within(list).getByText('No points match these filters.')).toBeInTheDocument();
  });
});

describe('the Moderate pane', () => {
  it('shows the waiting count on its tab, opens on the waiting points, and is reached with the arrow keys', async () => {
    const { user } = desk(MIXED);
    const moderate = screen.getByRole('tab', { name: 'Moderate 2 waiting' });
    expect(moderate).toHaveAttribute('aria-selected', 'false');
    expect(screen.getByLabelText('Point')).toBeInTheDocument();
    screen.getByRole('tab', { name: 'Capture' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(moderate).toHaveFocus();
    expect(moderate).toHaveAttribute('aria-selected', 'true');
    // Capture and moderation are apart: the form is on the other pane.
    expect(screen.queryByLabelText('Point')).toBeNull();
    const queue = screen.getByRole('region', { name: 'Moderation queue' });
    expect(rows(queue)).toEqual(['Waiting on protection', 'Waiting on funding']);
    await user.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: 'Capture' })).toHaveAttribute('aria-selected', 'true');
  });

  it('keeps a half-written point when the desk looks at the queue and comes back', async () => {
    const { user } = desk(MIXED);
    await user.type(screen.getByLabelText('Point'), 'Half a thought');
    await user.click(screen.getByRole('tab', { name: /^Moderate/ }));
    await user.click(screen.getByRole('tab', { name: 'Capture' }));
    expect(screen.getByLabelText('Point')).toHaveValue('Half a thought');
  });
});

describe('publishing or hiding several points at once', () => {
  it('publishes the chosen points one after the other and reports the one that was refused', async () => {
    let inFlight = 0;
    let most = 0;
    const send = vi.fn(async (body: { pointId?: string }) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight -= 1;
      if (body.pointId === 'point-0002') throw Object.assign(new Error('refused'), { code: 'POINT_NOT_FOUND' });
      return { ok: true };
    });
    const points = [
      buildPoint({ id: 'point-0001', text: 'First waiting', status: 'pending', createdAt: NOW - 3000 }),
      buildPoint({ id: 'point-0002', text: 'Merged meanwhile', status: 'pending', createdAt: NOW - 2000 }),
      buildPoint({ id: 'point-0003', text: 'Third waiting', status: 'pending', createdAt: NOW - 1000 }),
    ];
    const { user } = desk(points, send);
    await user.click(screen.getByRole('tab', { name: /^Moderate/ }));
    const queue = screen.getByRole('region', { name: 'Moderation queue' });
    await user.click(within(queue).getByRole('checkbox', { name: 'Select all shown' }));
    expect(within(queue).getByRole('checkbox', { name: '3 selected' })).toBeChecked();
    await user.click(within(queue).getByRole('button', { name: 'Publish selected' }));

    const summary = await within(queue).findByText(/points published/);
    expect(summary).toHaveTextContent('2 points published. 1 was refused:');
    expect(
      within(queue).getByText('“Merged meanwhile”: The point does not exist in this meeting.'),
    ).toBeInTheDocument();
    expect(send.mock.calls.map(([body]) => body)).toEqual([
      { type: 'point:moderate', pointId: 'point-0001', status: 'published', reason: null },
      { type: 'point:moderate', pointId: 'point-0002', status: 'published', reason: null },
      { type: 'point:moderate', pointId: 'point-0003', status: 'published', reason: null },
    ]);
    expect(most).toBe(1);
    // The refused point stays chosen, to be looked at; the others are done with.
    expect(within(queue).getByRole('checkbox', { name: 'Select Merged meanwhile' })).toBeChecked();
    expect(within(queue).getByRole('checkbox', { name: 'Select First waiting' })).not.toBeChecked();
  });

  it('hides the chosen points with one reason, and counts those already hidden without sending for them', async () => {
    const points = [
      buildPoint({ id: 'point-0001', text: 'Rude one', status: 'pending', createdAt: NOW - 2000 }),
      buildPoint({ id: 'point-0002', text: 'Already gone', status: 'hidden', createdAt: NOW - 1000 }),
    ];
    const { user, send } = desk(points);
    const list = screen.getByRole('region', { name: '2 points' });
    await user.click(within(list).getByRole('checkbox', { name: 'Select Rude one' }));
    await user.click(within(list).getByRole('checkbox', { name: 'Select Already gone' }));
    await user.click(within(list).getByRole('button', { name: 'Hide selected' }));
    await user.type(within(list).getByLabelText('Reason, told to each person who sent one of them'), 'Insulting');
    await user.click(within(list).getByRole('button', { name: 'Hide 2 points' }));
    expect(await within(list).findByText(/point hidden/)).toHaveTextContent('1 point hidden. 1 was already hidden.');
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({
      type: 'point:moderate',
      pointId: 'point-0001',
      status: 'hidden',
      reason: 'Insulting',
    });
  });
});
