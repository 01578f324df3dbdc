import { LANGUAGES, type Language, type NameTranslations } from '@hiwar/protocol';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import './themes.css';

/** What the fields hold while typed: one text per language, blank for none. */
export type TranslationDrafts = Partial<Record<Language, string>>;

/** The languages a name may be translated into: all but the one it is written in, when that is known. */
export function otherLanguages(original?: Language): Language[] {
  return LANGUAGES.filter((l) => l !== original);
}

/** Typed translations as the protocol takes them: trimmed, blanks dropped; undefined when none is left. */
export function cleanTranslations(drafts: TranslationDrafts): NameTranslations | undefined {
  const kept = Object.entries(drafts)
    .map(([language, text]) => [language, (text ?? '').trim()] as const)
    .filter(([, text]) => text !== '');
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

interface TranslationsFieldsProps {
  languages: Language[];
  value: TranslationDrafts;
  onChange: (value: TranslationDrafts) => void;
  maxLength: number;
}

/**
 * A name in other languages, folded away by default: most meetings need none, and those that do open it
 * once per name. The summary says how many are filled, so a folded translation is not forgotten.
 */
export function TranslationsFields({ languages, value, onChange, maxLength }: TranslationsFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const filled = languages.filter((l) => (value[l] ?? '').trim() !== '').length;
  return (
    <details className="translations-fold">
      <summary>
        {t('themes.translations')}
        {filled > 0 ? <span className="muted"> ({t('themes.translationsFilled', { count: filled })})</span> : null}
      </summary>
      {/* Each field is labelled by its language alone; the group's name says whose name it is. */}
      <fieldset className="translations-fields">
        <legend className="visually-hidden">{t('themes.translations')}</legend>
        <p className="hint">{t('themes.translationsHint')}</p>
        {languages.map((language) => (
          <div className="field" key={language}>
            <label htmlFor={`${id}-${language}`}>{t(`languages.${language}`)}</label>
            <input
              id={`${id}-${language}`}
              lang={language}
              dir={language === 'ar' ? 'rtl' : 'ltr'}
              value={value[language] ?? ''}
              maxLength={maxLength}
              onChange={(e) => onChange({ ...value, [language]: e.target.value })}
            />
          </div>
        ))}
      </fieldset>
    </details>
  );
}
