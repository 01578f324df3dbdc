import { joinCodeSchema } from '@hiwar/protocol';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Lets someone type the 8-character join code they were given; spaces and dashes are forgiven. */
export function JoinCodeForm({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = joinCodeSchema.safeParse(code);
    if (!parsed.success) return setError(t('validation.joinCode'));
    setError(null);
    onCode(parsed.data);
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor="join-code">{t('join.code')}</label>
        <input
          id="join-code"
          className="code-input"
          dir="ltr"
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'join-code-error' : undefined}
        />
        {error ? (
          <p className="field-error" id="join-code-error">
            {error}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button button-primary">
        {t('join.continue')}
      </button>
    </form>
  );
}
