import { withTypography } from '@hiwar/protocol';
import i18next, { type BackendModule, type i18n as I18n, type Resource, type ResourceLanguage } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { useEffect, useReducer } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import en from '../locales/en.json';

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

/**
 * Each language's strings are their own file, fetched when someone chooses the language (or a meeting's
 * projector speaks it): a participant on a slow connection downloads one language, not four. English is
 * in the main file, as the fallback for a key a translation lacks.
 */
const LOCALE_FILES: Record<UiLanguage, () => Promise<{ default: ResourceLanguage['translation'] }>> = {
  en: async () => ({ default: en }),
  ar: () => import('../locales/ar.json'),
  fr: () => import('../locales/fr.json'),
  sv: () => import('../locales/sv.json'),
};

/**
 * Each language's typography (French no-break spaces before : ; ? ! and inside « ») is applied to its
 * strings as they load, not after interpolation: a participant's own words in a {{title}} and clock values
 * such as 12:30 stay as they were typed.
 */
const localeFiles: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    const load = LOCALE_FILES[language as UiLanguage];
    if (!load) return callback(new Error(`no translations for "${language}"`), false);
    load().then(
      (file) => callback(null, withTypography(language, file.default)),
      (error: Error) => callback(error, false),
    );
  },
};

const shared = {
  fallbackLng: 'en',
  supportedLngs: UI_LANGUAGES.map((l) => l.code),
  nonExplicitSupportedLngs: true,
  load: 'languageOnly',
  interpolation: { escapeValue: false },
} as const;

/**
 * The app's i18next: the language the person chose before (localStorage), else the browser's; resolves
 * once that language's strings have arrived, so the first screen is already in it.
 */
export async function startI18n(): Promise<I18n> {
  const instance = i18next.createInstance();
  instance.use(LanguageDetector).use(localeFiles).use(initReactI18next);
  instance.on('languageChanged', applyDocumentLanguage);
  await instance.init({
    ...shared,
    resources: { en: { translation: en } },
    partialBundledLanguages: true,
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
    },
  });
  applyDocumentLanguage(instance.resolvedLanguage ?? 'en');
  return instance;
}

/** An i18next instance with every language already present and a fixed start language, for tests. */
export function createI18n(options: { language: UiLanguage; resources: Resource }): I18n {
  const instance = i18next.createInstance();
  instance.use(initReactI18next);
  instance.on('languageChanged', applyDocumentLanguage);
  const resources = Object.fromEntries(
    Object.entries(options.resources).map(([language, bundle]) => [language, withTypography(language, bundle)]),
  );
  void instance.init({ ...shared, resources, lng: options.language, initAsync: false });
  applyDocumentLanguage(options.language);
  return instance;
}

/**
 * A translate function fixed to a language other than the person's own (a projector speaks the meeting's
 * content language); renders again once that language's file has arrived.
 */
export function useFixedT(language: string) {
  const { i18n } = useTranslation();
  const [, loaded] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!i18n.hasResourceBundle(language, 'translation')) void i18n.loadLanguages(language).then(loaded);
  }, [i18n, language]);
  return i18n.getFixedT(language);
}
