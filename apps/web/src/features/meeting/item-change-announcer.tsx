import type { AgendaItem } from '@hiwar/protocol';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A polite live region that announces the new agenda item when it changes, so screen-reader users
 * follow the meeting without hunting for the change. The first item seen is not announced.
 */
export function ItemChangeAnnouncer({ item }: { item: AgendaItem | null }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const previousId = useRef<string | null | undefined>(undefined);
  const id = item?.id ?? null;
  const title = item?.title ?? '';
  useEffect(() => {
    if (previousId.current !== undefined && previousId.current !== id && id) {
      setMessage(t('live.nowOn', { title }));
    }
    previousId.current = id;
  }, [id, title, t]);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
