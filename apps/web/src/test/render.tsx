import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { createI18n, type UiLanguage } from '../app/i18n';

/** Renders a component with translations (English unless asked) and an in-memory router. */
export function renderWithApp(ui: ReactElement, options: { language?: UiLanguage; route?: string } = {}) {
  const i18n = createI18n({ language: options.language ?? 'en' });
  const result = render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={[options.route ?? '/']}>{ui}</MemoryRouter>
    </I18nextProvider>,
  );
  return { ...result, i18n };
}
