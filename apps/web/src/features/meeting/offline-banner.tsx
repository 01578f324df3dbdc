import type { ConnectionStatus } from '@hiwar/client';
import { useTranslation } from 'react-i18next';

/** Tells people plainly that the connection dropped and that the app is reconnecting by itself. */
export function OfflineBanner({ status }: { status: ConnectionStatus }) {
  const { t } = useTranslation();
  if (status !== 'offline') return null;
  return (
    <div className="banner banner-warning" role="alert">
      <strong>{t('connection.offlineTitle')}</strong> {t('connection.offlineBody')}
    </div>
  );
}
