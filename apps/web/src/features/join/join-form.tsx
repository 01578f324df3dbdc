import { LIMITS } from '@hiwar/protocol';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface JoinFormValues {
  displayName: string;
  organisation: string | null;
}

interface JoinFormProps {
  onSubmit: (values: JoinFormValues) => Promise<void>;
  /** A translated server error to show, if the last attempt failed. */
  error?: string | null;
}

/** Asks for the name to show in the meeting (pseudonyms welcome) and an optional organisation. */
export function JoinForm({ onSubmit, error }: JoinFormProps) {
  const { t } = useTranslation();
  const [displayName, setDisplayName] = useState('');
  const [organisation, setOrganisation] = useState('');
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
      await onSubmit({ displayName: name, organisation: organisation.trim() || null });
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
