import { useTranslation } from 'react-i18next';

/** "N people present", with the plural forms of the UI language. */
export function PresenceCount({ count }: { count: number }) {
  const { t } = useTranslation();
  return <span className="presence">{t('presence.count', { count })}</span>;
}
