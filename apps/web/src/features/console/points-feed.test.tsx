import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildMember, buildPoint, liveView, NOW, THEMES } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { PointsFeed } from './points-feed';

const POINTS = [
  buildPoint({ id: 'point-0001', text: 'Oldest, published', createdAt: NOW - 300_000, supportCount: 2 }),
  buildPoint({
    id: 'point-0002',
    text: 'Waiting one',
    status: 'pending',
    createdAt: NOW - 200_000,
    themeIds: ['theme-0001'],
  }),
  buildPoint({ id: 'point-0003', text: 'Merged away', status: 'merged', createdAt: NOW - 150_000 }),
  buildPoint({ id: 'point-0004', text: 'Hidden one', status: 'hidden', createdAt: NOW - 100_000 }),
  buildPoint({ id: 'point-0005', text: 'Newest, held', status: 'pending', reason: 'Names a person', createdAt: NOW }),
];

function renderFeed(send = vi.fn().mockResolvedValue({ ok: true }), role: 'facilitator' | 'observer' = 'facilitator') {
  const view = liveView(0, { points: POINTS });
  view.meeting = { ...view.meeting, themes: THEMES };
  view.self = buildMember({ id: 'member-0000', role });
  renderWithApp(<PointsFeed view={view} send={send} capturePath="/meetings/meeting-0001/capture" />);
  return { send };
}

describe('PointsFeed', () => {
  it('lists the points newest first, merged ones left out, with state, item, themes and support', () => {
    renderFeed();
    const items = within(screen.getByRole('list', { name: 'Newest points first' }))
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('feed-point'));
    const texts = items.map((li) => li.querySelector('.point-text')?.textContent);
    expect(texts).toEqual(['Newest, held', 'Hidden one', 'Waiting one', 'Oldest, published']);
    expect(items[0]).toHaveTextContent('Held');
    expect(items[2]).toHaveTextContent('Waiting');
    expect(items[2]).toHaveTextContent('Participation');
    expect(items[3]).toHaveTextContent('2 supporters');
    expect(screen.getByText('4 points')).toBeInTheDocument();
    expect(screen.getByText('1 waiting for moderation')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Edit and tag at the capture desk' })).toHaveAttribute(
      'href',
      '/meetings/meeting-0001/capture',
    );
  });

  it('publishes a waiting point with one press, with the capture desk’s command', async () => {
    const user = userEvent.setup();
    const { send } = renderFeed();
    await user.click(screen.getByRole('button', { name: 'Publish: Waiting one' }));
    expect(send).toHaveBeenCalledWith({
      type: 'point:moderate',
      pointId: 'point-0002',
      status: 'published',
      reason: null,
    });
    // Published points offer no Publish; hidden ones no Hide.
    expect(screen.queryByRole('button', { name: 'Publish: Oldest, published' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Hide: Hidden one' })).not.toBeInTheDocument();
  });

  it('hides a point from a dialog that asks for the reason the sender is told', async () => {
    const user = userEvent.setup();
    const { send } = renderFeed();
    const hide = screen.getByRole('button', { name: 'Hide: Oldest, published' });
    await user.click(hide);
    const dialog = screen.getByRole('dialog', { name: 'Hide this point' });
    expect(dialog).toHaveTextContent('Oldest, published');
    await user.type(within(dialog).getByLabelText(/Reason, told to the person who sent it/), ' Off topic ');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm hide' }));
    expect(send).toHaveBeenCalledWith({
      type: 'point:moderate',
      pointId: 'point-0001',
      status: 'hidden',
      reason: 'Off topic',
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(hide).toHaveFocus();
  });

  it('offers no moderation to someone who may not moderate', () => {
    renderFeed(vi.fn(), 'observer');
    expect(screen.getByText('Waiting one')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Publish|Hide/ })).not.toBeInTheDocument();
  });
});
