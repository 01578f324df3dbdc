import { LIMITS, QUEUE_POLICIES, type QueuePolicy, type QueueSettings } from '@hiwar/protocol';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';

interface QueueSettingsFormProps {
  settings: QueueSettings;
  /** Sends the change; a rejection is shown next to the form. */
  onSubmit: (settings: QueueSettings) => Promise<unknown>;
  disabled?: boolean;
  /** Called once the server accepted the change (the console closes its dialog then). */
  onSaved?: () => void;
}

/** How the floor is run: first come or progressive stack, priority interventions, a limit per turn. */
export function QueueSettingsForm({ settings, onSubmit, disabled, onSaved }: QueueSettingsFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [policy, setPolicy] = useState<QueuePolicy>(settings.policy);
  const [allowPriority, setAllowPriority] = useState(settings.allowPriority);
  const [limit, setLimit] = useState(String(settings.speakingLimitSeconds));
  const [limitError, setLimitError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState('');
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const seconds = Number(limit);
    if (limit.trim() === '' || !Number.isInteger(seconds) || seconds < 0 || seconds > LIMITS.speakingLimitMaxSeconds) {
      setLimitError(t('validation.seconds', { max: LIMITS.speakingLimitMaxSeconds }));
      return;
    }
    setLimitError(null);
    setError(null);
    setSaved('');
    setPending(true);
    try {
      await onSubmit({ policy, allowPriority, speakingLimitSeconds: seconds });
      setSaved(t('queueSettings.saved'));
      onSaved?.();
    } catch (err) {
      setError(errorMessage(t, err));
    } finally {
      setPending(false);
    }
  };

  return (
    <form className="form queue-settings" onSubmit={submit} noValidate>
      <fieldset disabled={disabled || pending}>
        <fieldset className="choice-group">
          <legend>{t('queueSettings.policy')}</legend>
          {QUEUE_POLICIES.map((p) => (
            <label key={p} className="choice">
              <input
                type="radio"
                name={`${id}-policy`}
                value={p}
                checked={policy === p}
                onChange={() => setPolicy(p)}
              />
              <span>
                <span className="choice-name">{t(`queueSettings.policyName.${p}`)}</span>
                <span className="hint">{t(`queueSettings.policyHint.${p}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <label className="choice">
          <input type="checkbox" checked={allowPriority} onChange={(e) => setAllowPriority(e.target.checked)} />
          <span>
            <span className="choice-name">{t('queueSettings.allowPriority')}</span>
            <span className="hint">{t('queueSettings.allowPriorityHint')}</span>
          </span>
        </label>
        <div className="field">
          <label htmlFor={`${id}-limit`}>{t('queueSettings.limit')}</label>
          <p className="hint" id={`${id}-limit-hint`}>
            {t('queueSettings.limitHint')}
          </p>
          <input
            id={`${id}-limit`}
            className="input-short"
            type="number"
            inputMode="numeric"
            min={0}
            max={LIMITS.speakingLimitMaxSeconds}
            value={limit}
            onChange={(e) => setLimit(e.target.value)}
            aria-invalid={limitError ? true : undefined}
            aria-describedby={limitError ? `${id}-limit-hint ${id}-limit-error` : `${id}-limit-hint`}
          />
          {limitError ? (
            <p className="field-error" id={`${id}-limit-error`}>
              {limitError}
            </p>
          ) : null}
        </div>
        <button type="submit" className="button">
          {t('queueSettings.save')}
        </button>
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
