import type { Language, NameTranslations } from './model.js';

/** The base language of a code such as "fr-CA" or "ar". */
const baseOf = (language: string) => language.split('-')[0]?.toLowerCase() ?? '';

/**
 * A text for a reader of `language`: its translation when the facilitator gave one, else the text as written.
 * Blank translations never hide the original.
 */
export function translated(original: string, translations: NameTranslations | undefined, language: string): string {
  const found = translations?.[baseOf(language) as Language];
  return found?.trim() ? found : original;
}

/** The name of a theme or a balance category for a reader of `language` (see translated). */
export function localizedName(named: { name: string; translations?: NameTranslations }, language: string): string {
  return translated(named.name, named.translations, language);
}

/** The label of a balance option for a reader of `language` (see translated). */
export function localizedLabel(option: { label: string; translations?: NameTranslations }, language: string): string {
  return translated(option.label, option.translations, language);
}
