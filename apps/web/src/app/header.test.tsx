import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useAuthStore } from '../features/auth/auth-store';
import { renderWithApp } from '../test/render';
import { Header } from './header';

const account = { id: 'a1', email: 'layla@example.org', name: 'Layla Haddad' };

afterEach(() => useAuthStore.setState({ status: 'unknown', account: null }));

describe('Header', () => {
  it('marks the page you are on among the places to go', () => {
    useAuthStore.setState({ status: 'ready', account: account as never });
    renderWithApp(<Header />, { route: '/join' });
    expect(screen.getByRole('link', { name: 'Join a meeting' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'My meetings' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('link', { name: 'Your account: Layla Haddad' })).toBeInTheDocument();
  });

  it('folds the navigation and the account into a menu that the button opens and closes', async () => {
    useAuthStore.setState({ status: 'ready', account: account as never });
    renderWithApp(<Header />, { route: '/' });
    const button = screen.getByRole('button', { name: 'Menu' });
    const header = button.closest('header');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(header).toHaveAttribute('data-menu', 'closed');
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(header).toHaveAttribute('data-menu', 'open');
    // The menu the button controls holds the navigation.
    const menu = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(menu).toContainElement(screen.getByRole('link', { name: 'My meetings' }));
    // Going somewhere folds it again.
    await userEvent.click(screen.getByRole('link', { name: 'Join a meeting' }));
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('offers a guest only the way to join, in Arabic too', () => {
    useAuthStore.setState({ status: 'ready', account: null });
    renderWithApp(<Header />, { language: 'ar', route: '/join' });
    expect(screen.getByRole('link', { name: 'الانضمام إلى اجتماع' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /اجتماعاتي/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'التنقّل' })).toBeInTheDocument();
  });
});
