import { useTranslation } from 'react-i18next';
import { LANGUAGE_STORAGE_KEY, UI_LANGUAGES } from '../../app/i18n';

/** Picks the UI language; the choice is kept in localStorage and sets the page direction. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const current = UI_LANGUAGES.find((l) => i18n.resolvedLanguage === l.code)?.code ?? 'en';
  const change = (code: string) => {
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, code);
    } catch {
      // Without storage the choice lasts for this visit only.
    }
    void i18n.changeLanguage(code);
  };
  return (
    <div className="language-switcher">
      <label htmlFor="language-select" className="visually-hidden">
        {t('nav.language')}
      </label>
      <select id="language-select" value={current} onChange={(e) => change(e.target.value)}>
        {UI_LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.label}
          </option>
        ))}
      </select>
    </div>
  );
}
