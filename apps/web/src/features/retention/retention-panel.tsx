import { DEFAULT_RETENTION_DAYS, LIMITS, type Retention } from '@hiwar/protocol';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import type { SendCommand } from '../meeting/meeting-store';
import { ConfirmDialog } from './confirm-dialog';

export interface RetentionPanelProps {
  meetingId: string;
  title: string;
  /** Only the owner may delete the meeting. */
  isOwner: boolean;
  send: SendCommand;
}

/**
 * How long the meeting's raw data is kept after it ends (or a hold), when the purge is due, and, for the
 * owner, "Delete this meeting now" behind an in-app confirmation.
 */
export function RetentionPanel({ meetingId, title, isOwner, send }: RetentionPanelProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [retention, setRetention] = useState<Retention | null>(null);
  const [days, setDays] = useState(String(DEFAULT_RETENTION_DAYS));
  const [hold, setHold] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);

  const load = async () => {
    try {
      const current = await api.retention(meetingId);
      setRetention(current);
      setHold(current.retentionDays === null);
      setDays(String(current.retentionDays ?? DEFAULT_RETENTION_DAYS));
    } catch (err) {
      setError(errorMessage(t, err));
    }
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: loaded once per meeting
  useEffect(() => {
    void load();
  }, [meetingId]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    setError(null);
    try {
      await send({ type: 'meeting:set-retention', retentionDays: hold ? null : Number(days) });
      await load();
      setStatus(t('retention.saved'));
    } catch (err) {
      setError(errorMessage(t, err));
    }
  };

  const remove = async () => {
    setDeleting(true);
    setError(null);
    try {
      await api.deleteMeeting(meetingId);
      navigate('/');
    } catch (err) {
      setError(errorMessage(t, err));
      setDeleting(false);
      setConfirming(false);
    }
  };

  const purgeDate =
    retention?.purgeAt != null
      ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(retention.purgeAt))
      : null;

  return (
    <div className="stack">
      <p className="hint">{t('retention.intro')}</p>
      <form className="stack" onSubmit={save}>
        <div className="field">
          <label htmlFor="retention-days">{t('retention.days')}</label>
          <input
            id="retention-days"
            type="number"
            inputMode="numeric"
            min={1}
            max={LIMITS.retentionDaysMax}
            required={!hold}
            disabled={hold}
            value={days}
            onChange={(e) => setDays(e.target.value)}
          />
        </div>
        <div className="field-check">
          <input id="retention-hold" type="checkbox" checked={hold} onChange={(e) => setHold(e.target.checked)} />
          <label htmlFor="retention-hold">{t('retention.hold')}</label>
        </div>
        <div>
          <button type="submit" className="button">
            {t('retention.save')}
          </button>
        </div>
      </form>
      <p className="muted" role="status">
        {retention?.purgedAt != null
          ? t('retention.purged')
          : retention && retention.retentionDays === null
            ? t('retention.onHold')
            : purgeDate
              ? t('retention.purgeOn', { date: purgeDate })
              : ''}
      </p>
      {status ? <p className="muted">{status}</p> : null}
      {error ? (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      ) : null}
      {isOwner ? (
        <div className="stack">
          <h3>{t('retention.deleteTitle')}</h3>
          <p className="hint">{t('retention.deleteIntro')}</p>
          <div>
            <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
              {t('retention.deleteNow')}
            </button>
          </div>
          <ConfirmDialog
            open={confirming}
            danger
            busy={deleting}
            title={t('retention.confirmTitle')}
            confirmLabel={t('retention.confirmDelete')}
            cancelLabel={t('common.cancel')}
            onCancel={() => setConfirming(false)}
            onConfirm={() => void remove()}
          >
            <p>{t('retention.confirmBody', { title })}</p>
          </ConfirmDialog>
        </div>
      ) : null}
    </div>
  );
}
