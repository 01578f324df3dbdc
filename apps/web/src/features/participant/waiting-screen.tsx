import type { ConnectionStatus as Status } from '@hiwar/client';
import type { WaitingStatus } from '@hiwar/protocol';
import { useTranslation } from 'react-i18next';
import { OfflineBanner } from '../meeting/offline-banner';

/**
 * What someone in the waiting room sees: that they wait, under which name, and nothing of the meeting.
 * The meeting appears by itself, pushed by the server, once a facilitator admits them.
 */
export function WaitingScreen({ waiting, status }: { waiting: WaitingStatus; status: Status }) {
  const { t } = useTranslation();
  return (
    <>
      <OfflineBanner status={status} />
      <section className="card narrow" aria-labelledby="waiting-title" aria-live="polite">
        <h1 id="waiting-title">{t('participant.waitingTitle')}</h1>
        <p>{t('participant.waitingBody', { name: waiting.displayName })}</p>
        <p className="muted">{t('participant.waitingHint')}</p>
      </section>
    </>
  );
}
