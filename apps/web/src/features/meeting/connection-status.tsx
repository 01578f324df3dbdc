import type { ConnectionStatus as Status } from '@hiwar/client';
import { useTranslation } from 'react-i18next';

/** A small badge with the live connection's state, in words and not only colour. */
export function ConnectionStatus({ status }: { status: Status }) {
  const { t } = useTranslation();
  return (
    <span className={`badge connection connection-${status}`}>
      <span className="dot" aria-hidden="true" />
      {t(`connection.${status}`)}
    </span>
  );
}
