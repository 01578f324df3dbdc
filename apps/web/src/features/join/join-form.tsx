import { type BalanceCategory, LIMITS, type MemberCategories } from '@hiwar/protocol';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCategoryName, useOptionLabel } from '../themes/localized-name';

export interface JoinFormValues {
  displayName: string;
  organisation: string | null;
  /** Only the categories the person chose to answer. */
  categories: MemberCategories;
  /** Agreed to be named in the report's internal participant list. */
  listedInReport: boolean;
}

interface JoinFormProps {
  onSubmit: (values: JoinFormValues) => Promise<void>;
  /** A translated server error to show, if the last attempt failed. */
  error?: string | null;
  /** The meeting's balance categories, each asked as an optional question. */
  categories?: BalanceCategory[];
}

/** Asks for the name to show in the meeting (pseudonyms welcome) and an optional organisation. */
export function JoinForm({ onSubmit, error, categories = [] }: JoinFormProps) {
  const { t } = useTranslation();
  // Category and option names in the newcomer's language, when the facilitator translated them.
  const categoryName = useCategoryName();
  const optionLabel = useOptionLabel();
  const [displayName, setDisplayName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [answers, setAnswers] = useState<MemberCategories>({});
  const [listed, setListed] = useState(false);
  const [nameError, setNameError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const name = displayName.trim();
    if (!name) return setNameError(t('validation.required'));
    if (name.length > LIMITS.nameLength) return setNameError(t('validation.tooLong', { count: LIMITS.nameLength }));
    setNameError(null);
    setPending(true);
    try {
      // "Prefer not to say" is the absence of an answer, so it is never sent.
      const chosen = Object.fromEntries(Object.entries(answers).filter(([, option]) => option !== ''));
      await onSubmit({
        displayName: name,
        organisation: organisation.trim() || null,
        categories: chosen,
        listedInReport: listed,
      });
    } finally {
      setPending(false);
    }
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor="join-name">{t('join.displayName')}</label>
        <p className="hint" id="join-name-hint">
          {t('join.displayNameHint')}
        </p>
        <input
          id="join-name"
          name="displayName"
          dir="auto"
          autoComplete="nickname"
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? 'join-name-hint join-name-error' : 'join-name-hint'}
          required
        />
        {nameError ? (
          <p className="field-error" id="join-name-error">
            {nameError}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="join-org">
          {t('join.organisation')} <span className="muted">{t('common.optional')}</span>
        </label>
        <input
          id="join-org"
          name="organisation"
          dir="auto"
          autoComplete="organization"
          maxLength={LIMITS.organisationLength}
          value={organisation}
          onChange={(e) => setOrganisation(e.target.value)}
        />
      </div>
      {categories.length > 0 ? (
        <fieldset className="join-categories">
          <legend>{t('join.balanceTitle')}</legend>
          <p className="hint">{t('join.balanceHint')}</p>
          {categories.map((category) => (
            <div className="field" key={category.id}>
              <label htmlFor={`join-cat-${category.id}`} dir="auto">
                {categoryName(category)} <span className="muted">{t('common.optional')}</span>
              </label>
              <select
                id={`join-cat-${category.id}`}
                value={answers[category.id] ?? ''}
                onChange={(e) => setAnswers((a) => ({ ...a, [category.id]: e.target.value }))}
              >
                <option value="">{t('join.preferNotToSay')}</option>
                {category.options.map((option) => (
                  <option key={option.id} value={option.id}>
                    {optionLabel(option)}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
      ) : null}
      <div className="field field-check">
        <input
          id="join-listed"
          type="checkbox"
          checked={listed}
          aria-describedby="join-listed-hint"
          onChange={(e) => setListed(e.target.checked)}
        />
        <label htmlFor="join-listed">{t('join.listed')}</label>
        <p className="hint" id="join-listed-hint">
          {t('join.listedHint')}
        </p>
      </div>
      {error ? (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button button-primary" disabled={pending}>
        {t('join.submit')}
      </button>
    </form>
  );
}
