import { localizedLabel, localizedName, type NameTranslations } from '@hiwar/protocol';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

export { localizedLabel, localizedName };

type Named = { name: string; translations?: NameTranslations };
type Labelled = { label: string; translations?: NameTranslations };

/**
 * The name of a theme or a balance category in the viewer's UI language (its translation, else the name as
 * written). A view that speaks another language (the projector speaks the meeting's) passes that language.
 */
export function useThemeName(language?: string): (named: Named) => string {
  const { i18n } = useTranslation();
  const lang = language ?? i18n.language;
  return useCallback((named: Named) => localizedName(named, lang), [lang]);
}

/** The label of a balance option in the viewer's UI language (or `language`), like useThemeName. */
export function useOptionLabel(language?: string): (option: Labelled) => string {
  const { i18n } = useTranslation();
  const lang = language ?? i18n.language;
  return useCallback((option: Labelled) => localizedLabel(option, lang), [lang]);
}

/** The name of a balance category in the viewer's language (the same rule as a theme's). */
export const useCategoryName = useThemeName;
