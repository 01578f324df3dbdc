import {
  BALANCE_PRESETS,
  type BalanceCategory,
  balanceCategoriesSchema,
  LANGUAGES,
  type Language,
  LIMITS,
  type NameTranslations,
  namedIn,
} from '@hiwar/protocol';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';
import { cleanTranslations, otherLanguages } from '../themes/translations-fields';
import '../themes/themes.css';

interface BalanceCategoriesEditorProps {
  categories: BalanceCategory[];
  onSave: (categories: BalanceCategory[]) => Promise<unknown>;
  disabled?: boolean;
  /**
   * The language the names are written in (the meeting's); the translation fields offer the other three.
   * Without it, all four are offered and the example is written in the UI language.
   */
  contentLanguage?: Language;
}

/** A category as the protocol takes it: translations trimmed, blank ones dropped, empty maps left out. */
function withCleanTranslations(category: BalanceCategory): BalanceCategory {
  const clean = (named: { translations?: NameTranslations }) => {
    const { translations, ...rest } = named;
    const kept = cleanTranslations(translations ?? {});
    return kept ? { ...rest, translations: kept } : rest;
  };
  return { ...(clean(category) as BalanceCategory), options: category.options.map((o) => clean(o) as typeof o) };
}

/** A short random key in the shape the protocol accepts; names can change later, keys stay. */
function newKey(prefix: string): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Defines the dimensions of speaking balance (sector, region, gender…) and their options. People answer
 * them, optionally, when joining; only totals per option are ever shown.
 */
export function BalanceCategoriesEditor({
  categories,
  onSave,
  disabled,
  contentLanguage,
}: BalanceCategoriesEditorProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<BalanceCategory[]>(categories);
  const [error, setError] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const [saved, setSaved] = useState('');
  const [pending, setPending] = useState(false);

  const update = (index: number, change: (c: BalanceCategory) => BalanceCategory) =>
    setDraft((d) => d.map((c, n) => (n === index ? change(c) : c)));

  const addCategory = (category?: BalanceCategory) =>
    setDraft((d) => [...d, category ?? { id: newKey('c'), name: '', options: [{ id: newKey('o'), label: '' }] }]);

  const uiLanguage = LANGUAGES.find((l) => i18n.language.startsWith(l)) ?? 'en';
  const translatable = contentLanguage ? otherLanguages(contentLanguage) : [...LANGUAGES];

  /** The preset sector category, named in the meeting's language and translated into the others. */
  const addExample = () => {
    const preset = BALANCE_PRESETS[0];
    if (!preset) return;
    const language = contentLanguage ?? uiLanguage;
    addCategory({
      id: draft.some((c) => c.id === preset.id) ? newKey(preset.id) : preset.id,
      ...namedIn(preset.name, language),
      options: preset.options.map((o) => {
        const { name, translations } = namedIn(o.label, language);
        return { id: o.id, label: name, translations };
      }),
    });
  };

  const translate = (index: number, language: Language, text: string, optionId?: string) =>
    update(index, (c) =>
      optionId === undefined
        ? { ...c, translations: { ...c.translations, [language]: text } }
        : {
            ...c,
            options: c.options.map((o) =>
              o.id === optionId ? { ...o, translations: { ...o.translations, [language]: text } } : o,
            ),
          },
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = balanceCategoriesSchema.safeParse(draft.map(withCleanTranslations));
    if (!parsed.success) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setError(null);
    setSaved('');
    setPending(true);
    try {
      await onSave(parsed.data);
      setSaved(t('balance.saved'));
    } catch (err) {
      setError(errorMessage(t, err));
    } finally {
      setPending(false);
    }
  };

  return (
    <form className="form balance-editor" onSubmit={submit} noValidate>
      <p className="hint">{t('balance.setupIntro')}</p>
      <fieldset disabled={disabled || pending}>
        {draft.length === 0 ? <p className="muted">{t('balance.noneYet')}</p> : null}
        {draft.map((category, index) => (
          <fieldset className="category-editor" key={category.id}>
            <legend>{category.name.trim() || t('balance.categoryNumber', { number: index + 1 })}</legend>
            <div className="field">
              <label htmlFor={`${id}-${category.id}-name`}>{t('balance.categoryName')}</label>
              <input
                id={`${id}-${category.id}-name`}
                dir="auto"
                maxLength={60}
                value={category.name}
                aria-invalid={invalid && !category.name.trim() ? true : undefined}
                onChange={(e) => update(index, (c) => ({ ...c, name: e.target.value }))}
              />
            </div>
            <ul className="option-list">
              {category.options.map((option, optionIndex) => (
                <li key={option.id} className="option-row">
                  <div className="field">
                    <label htmlFor={`${id}-${category.id}-${option.id}`}>
                      {t('balance.optionNumber', { number: optionIndex + 1 })}
                    </label>
                    <input
                      id={`${id}-${category.id}-${option.id}`}
                      dir="auto"
                      maxLength={60}
                      value={option.label}
                      aria-invalid={invalid && !option.label.trim() ? true : undefined}
                      onChange={(e) =>
                        update(index, (c) => ({
                          ...c,
                          options: c.options.map((o) => (o.id === option.id ? { ...o, label: e.target.value } : o)),
                        }))
                      }
                    />
                  </div>
                  <button
                    type="button"
                    className="button button-quiet"
                    disabled={category.options.length <= 1}
                    aria-label={t('balance.removeOption', { label: option.label || optionIndex + 1 })}
                    onClick={() =>
                      update(index, (c) => ({ ...c, options: c.options.filter((o) => o.id !== option.id) }))
                    }
                  >
                    {t('balance.remove')}
                  </button>
                </li>
              ))}
            </ul>
            <CategoryTranslations
              category={category}
              languages={translatable}
              onChange={(language, text, optionId) => translate(index, language, text, optionId)}
            />
            <div className="actions">
              {category.options.length < LIMITS.balanceOptions ? (
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() =>
                    update(index, (c) => ({ ...c, options: [...c.options, { id: newKey('o'), label: '' }] }))
                  }
                >
                  {t('balance.addOption')}
                </button>
              ) : null}
              <button
                type="button"
                className="button button-danger"
                onClick={() => setDraft((d) => d.filter((_, n) => n !== index))}
              >
                {t('balance.removeCategory', { name: category.name || index + 1 })}
              </button>
            </div>
          </fieldset>
        ))}
        {draft.length < LIMITS.balanceCategories ? (
          <div className="actions">
            <button type="button" className="button" onClick={() => addCategory()}>
              {t('balance.addCategory')}
            </button>
            <button type="button" className="button button-quiet" onClick={addExample}>
              {t('balance.useExample')}
            </button>
          </div>
        ) : null}
        {invalid ? (
          <p className="field-error" role="alert">
            {t('balance.fillAll')}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="button button-primary">
            {t('balance.save')}
          </button>
        </div>
      </fieldset>
      {error ? (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      ) : null}
      <p className="muted" role="status">
        {saved}
      </p>
    </form>
  );
}

/**
 * A category's name and options in other languages, folded away by default; per language, the options are
 * labelled by their own names, so each field says what it translates.
 */
function CategoryTranslations({
  category,
  languages,
  onChange,
}: {
  category: BalanceCategory;
  languages: Language[];
  onChange: (language: Language, text: string, optionId?: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const filled = languages.filter((l) => (category.translations?.[l] ?? '').trim() !== '').length;
  return (
    <details className="translations-fold">
      <summary>
        {t('themes.translations')}
        {filled > 0 ? <span className="muted"> ({t('themes.translationsFilled', { count: filled })})</span> : null}
      </summary>
      <p className="hint">{t('themes.translationsHint')}</p>
      {languages.map((language) => (
        <fieldset className="translations-fields" key={language}>
          <legend>{t(`languages.${language}`)}</legend>
          <div className="field">
            <label htmlFor={`${id}-${language}`}>{t('balance.categoryName')}</label>
            <input
              id={`${id}-${language}`}
              lang={language}
              dir={language === 'ar' ? 'rtl' : 'ltr'}
              maxLength={60}
              value={category.translations?.[language] ?? ''}
              onChange={(e) => onChange(language, e.target.value)}
            />
          </div>
          {/* An option is translated once it has a name: the field is labelled by that name. */}
          {category.options
            .filter((option) => option.label.trim() !== '')
            .map((option) => (
              <div className="field" key={option.id}>
                <label htmlFor={`${id}-${language}-${option.id}`}>
                  <bdi>{option.label.trim()}</bdi>
                </label>
                <input
                  id={`${id}-${language}-${option.id}`}
                  lang={language}
                  dir={language === 'ar' ? 'rtl' : 'ltr'}
                  maxLength={60}
                  value={option.translations?.[language] ?? ''}
                  onChange={(e) => onChange(language, e.target.value, option.id)}
                />
              </div>
            ))}
        </fieldset>
      ))}
    </details>
  );
}
