import { duplicateMeetingBodySchema, LIMITS, type Meeting, type MeetingSummary } from '@hiwar/protocol';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/errors';

export interface DuplicateDialogProps {
  /** The meeting to copy; null when the dialog is closed. */
  meeting: MeetingSummary | null;
  onCreated: (copy: Meeting) => void;
  onCancel: () => void;
}

type Field = 'title' | 'startsAt';

/**
 * "Use as template": names the copy (suggesting "… (copy)" in the person's language) and its date before
 * creating it, and says plainly what comes along and what stays behind.
 */
export function DuplicateDialog({ meeting, onCreated, onCancel }: DuplicateDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const introId = useId();
  const [title, setTitle] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (meeting) {
      setTitle(t('dashboard.copyTitle', { title: meeting.title }).slice(0, LIMITS.titleLength));
      setStartsAt(meeting.startsAt);
      setErrors({});
      setFailure(null);
      if (!dialog.open) {
        if (typeof dialog.showModal === 'function') dialog.showModal();
        else dialog.setAttribute('open', '');
      }
    } else if (dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [meeting, t]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!meeting) return;
    const parsed = duplicateMeetingBodySchema.safeParse({ title, startsAt });
    if (!parsed.success) {
      const found: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as Field;
        found[field] ??= t(field === 'startsAt' ? 'validation.dateTime' : 'validation.required');
      }
      setErrors(found);
      return;
    }
    setErrors({});
    setFailure(null);
    setBusy(true);
    try {
      onCreated(await api.duplicateMeeting(meeting.id, parsed.data));
    } catch (err) {
      setFailure(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (field: Field) =>
    errors[field] ? (
      <p className="field-error" id={`duplicate-${field}-error`}>
        {errors[field]}
      </p>
    ) : null;

  return (
    <dialog
      ref={ref}
      className="confirm-dialog card desk-dialog"
      aria-labelledby={headingId}
      aria-describedby={introId}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onCancel();
      }}
    >
      {meeting ? (
        <form className="form stack" onSubmit={submit} noValidate>
          <h2 id={headingId}>{t('dashboard.duplicateTitle')}</h2>
          <p id={introId} className="muted">
            {t('dashboard.duplicateIntro')}
          </p>
          <div className="field">
            <label htmlFor="duplicate-title">{t('setup.titleField')}</label>
            <input
              id="duplicate-title"
              dir="auto"
              maxLength={LIMITS.titleLength}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              aria-invalid={errors.title ? true : undefined}
              aria-describedby={errors.title ? 'duplicate-title-error' : undefined}
              autoFocus
            />
            {fieldError('title')}
          </div>
          <div className="field">
            <label htmlFor="duplicate-startsAt">{t('setup.startsAt')}</label>
            <input
              id="duplicate-startsAt"
              type="datetime-local"
              value={startsAt}
              onChange={(e) => setStartsAt(e.target.value)}
              aria-invalid={errors.startsAt ? true : undefined}
              aria-describedby={errors.startsAt ? 'duplicate-startsAt-error' : undefined}
            />
            {fieldError('startsAt')}
          </div>
          {failure ? (
            <p className="banner banner-error" role="alert">
              {failure}
            </p>
          ) : null}
          <div className="confirm-dialog-actions">
            <button type="button" className="button" onClick={onCancel} disabled={busy}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('dashboard.createCopy')}
            </button>
          </div>
        </form>
      ) : null}
    </dialog>
  );
}
