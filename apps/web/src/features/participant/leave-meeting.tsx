import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';
import type { SendCommand } from '../meeting/meeting-store';
import { ConfirmDialog } from '../retention/confirm-dialog';

/**
 * "Leave and remove my name": the person leaves the meeting, and their name, organisation and answers
 * are erased from it. Their points stay, without their name, as they always were.
 */
export function LeaveMeeting({ send, onLeaving }: { send: SendCommand; onLeaving: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const leave = async () => {
    setBusy(true);
    setError(null);
    try {
      onLeaving();
      await send({ type: 'member:leave' });
    } catch (err) {
      // The session ends as the command commits, so a lost answer is expected; a refusal is not.
      const code = (err as { code?: string }).code;
      if (code && code !== 'MEMBER_LEFT') setError(errorMessage(t, err));
      setBusy(false);
      setConfirming(false);
    }
  };
  return (
    <section className="card" aria-labelledby="leave-heading">
      <h2 id="leave-heading">{t('participant.leaveTitle')}</h2>
      <p className="hint">{t('participant.leaveIntro')}</p>
      <div>
        <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
          {t('participant.leave')}
        </button>
      </div>
      {error ? (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      ) : null}
      <ConfirmDialog
        open={confirming}
        danger
        busy={busy}
        title={t('participant.leaveConfirmTitle')}
        confirmLabel={t('participant.leaveConfirm')}
        cancelLabel={t('common.cancel')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void leave()}
      >
        <p>{t('participant.leaveConfirmBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
