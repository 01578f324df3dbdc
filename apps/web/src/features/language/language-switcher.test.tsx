import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../app/i18n';
import { renderWithApp } from '../../test/render';
import { LanguageSwitcher } from './language-switcher';

describe('LanguageSwitcher', () => {
  it('turns the document right-to-left in Arabic, saves the choice, and back again', async () => {
    const user = userEvent.setup();
    renderWithApp(<LanguageSwitcher />);
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');

    await user.selectOptions(screen.getByLabelText('Language'), 'ar');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ar');
    // The label itself is now Arabic, so the UI really switched.
    expect(screen.getByLabelText('اللغة')).toHaveValue('ar');

    await user.selectOptions(screen.getByLabelText('اللغة'), 'fr');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(document.documentElement).toHaveAttribute('lang', 'fr');
  });
});
