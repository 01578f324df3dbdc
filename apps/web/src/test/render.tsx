import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { createI18n, type UiLanguage } from '../app/i18n';
import ar from '../locales/ar.json';
import en from '../locales/en.json';
import fr from '../locales/fr.json';
import sv from '../locales/sv.json';

const resources = {
  en: { translation: en },
  ar: { translation: ar },
  fr: { translation: fr },
  sv: { translation: sv },
};

/**
 * Renders a component with translations (English unless asked) and an in-memory router. The providers are
 * a wrapper, so `rerender` keeps them and updates the component in place instead of mounting it afresh.
 */
export function renderWithApp(ui: ReactElement, options: { language?: UiLanguage; route?: string } = {}) {
  const i18n = createI18n({ language: options.language ?? 'en', resources });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={[options.route ?? '/']}>{children}</MemoryRouter>
    </I18nextProvider>
  );
  const result = render(ui, { wrapper });
  return { ...result, i18n };
}
