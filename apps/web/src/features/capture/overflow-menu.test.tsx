import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildMeeting, buildPoint, liveView, THEMES } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { CaptureDesk } from './capture-desk';

function desk(language: 'en' | 'ar' = 'en') {
  const base = liveView(60_000);
  const view = {
    ...base,
    meeting: buildMeeting({ ...base.meeting, themes: THEMES }),
    points: [buildPoint({ text: 'Fund shelters' })],
  };
  const send = vi.fn().mockResolvedValue({ ok: true });
  renderWithApp(<CaptureDesk view={view} send={send} loadModerationLog={() => Promise.resolve([])} />, { language });
  return { send, user: userEvent.setup() };
}

describe('the "More actions" menu of a point', () => {
  it('opens with Enter on its first item, moves with the arrows, and Escape closes it back onto the button', async () => {
    const { user } = desk();
    const button = screen.getByRole('button', { name: 'More actions' });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const menu = screen.getByRole('menu', { name: 'More actions' });
    expect(button).toHaveAttribute('aria-controls', menu.id);
    const items = [...menu.querySelectorAll<HTMLElement>('[role^="menuitem"]')];
    expect(items.map((i) => i.textContent)).toEqual([
      'Hold',
      'Hide',
      'Star',
      'Recommendation',
      'Marks for the report',
      'Parking lot',
      'Merge selected into this point',
    ]);
    expect(items[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('menuitemcheckbox', { name: 'Star' })).toHaveFocus();
    expect(screen.getByRole('menuitemcheckbox', { name: 'Star' })).toHaveAttribute('aria-checked', 'false');
    // Merge is unavailable with nothing chosen, so End lands on the last item that can be used, and Down wraps.
    await user.keyboard('{End}');
    expect(screen.getByRole('menuitem', { name: 'Parking lot' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Hold' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens on its last usable item with ArrowUp, and Tab or a press outside closes it', async () => {
    const { user } = desk();
    const button = screen.getByRole('button', { name: 'More actions' });
    button.focus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Parking lot' })).toHaveFocus();
    await user.keyboard('{Tab}');
    expect(screen.queryByRole('menu')).toBeNull();
    await user.click(button);
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await user.click(screen.getByLabelText('Point'));
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('stars a point from the menu with Space, and closes', async () => {
    const { user, send } = desk();
    screen.getByRole('button', { name: 'More actions' }).focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    await user.keyboard(' ');
    expect(send).toHaveBeenCalledWith({ type: 'point:mark', pointId: 'point-0001', starred: true });
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('is named and works in Arabic', async () => {
    const { user } = desk('ar');
    await user.click(screen.getByRole('button', { name: 'إجراءات أخرى' }));
    expect(screen.getByRole('menuitem', { name: 'تعليق' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
  });
});
