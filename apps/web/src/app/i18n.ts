import i18next, { type i18n as I18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import ar from '../locales/ar.json';
import en from '../locales/en.json';
import fr from '../locales/fr.json';
import sv from '../locales/sv.json';

/** The UI languages, each named in its own language for the switcher. */
export const UI_LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'ar', label: 'العربية' },
  { code: 'fr', label: 'Français' },
  { code: 'sv', label: 'Svenska' },
] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number]['code'];

/** Where the chosen UI language is kept between visits. */
export const LANGUAGE_STORAGE_KEY = 'hiwar.language';

const RTL_LANGUAGES = new Set(['ar']);

/** The writing direction of a language code such as "ar" or "fr-CA". */
export function directionOf(language: string): 'rtl' | 'ltr' {
  return RTL_LANGUAGES.has(language.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/** Sets <html lang dir> so the browser, the CSS logical properties and screen readers follow the language. */
export function applyDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

export const resources = {
  en: { translation: en },
  ar: { translation: ar },
  fr: { translation: fr },
  sv: { translation: sv },
};

/** Creates and initialises an i18next instance for the app (or for a test, with a fixed language). */
export function createI18n(options: { language?: UiLanguage } = {}): I18n {
  const instance = i18next.createInstance();
  if (!options.language) instance.use(LanguageDetector);
  instance.use(initReactI18next);
  instance.on('languageChanged', applyDocumentLanguage);
  void instance.init({
    resources,
    lng: options.language,
    fallbackLng: 'en',
    supportedLngs: UI_LANGUAGES.map((l) => l.code),
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    interpolation: { escapeValue: false },
    initAsync: false,
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
    },
  });
  applyDocumentLanguage(instance.resolvedLanguage ?? 'en');
  return instance;
}
