import { type BalanceCategory, balanceCategoriesSchema, LIMITS } from '@hiwar/protocol';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';

interface BalanceCategoriesEditorProps {
  categories: BalanceCategory[];
  onSave: (categories: BalanceCategory[]) => Promise<unknown>;
  disabled?: boolean;
}

/** A short random key in the shape the protocol accepts; names can change later, keys stay. */
function newKey(prefix: string): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The example options, keyed by stable ids so that answers keep their meaning if labels are renamed. */
const SECTOR_OPTIONS = ['civil-society', 'government', 'donor', 'academia'] as const;

/**
 * Defines the dimensions of speaking balance (sector, region, gender…) and their options. People answer
 * them, optionally, when joining; only totals per option are ever shown.
 */
export function BalanceCategoriesEditor({ categories, onSave, disabled }: BalanceCategoriesEditorProps) {
  const { t } = useTranslation();
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

  const addExample = () =>
    addCategory({
      id: draft.some((c) => c.id === 'sector') ? newKey('sector') : 'sector',
      name: t('balance.example.sector'),
      options: SECTOR_OPTIONS.map((o) => ({ id: o, label: t(`balance.example.${o}`) })),
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = balanceCategoriesSchema.safeParse(draft);
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
