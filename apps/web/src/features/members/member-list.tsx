import type { Member } from '@hiwar/protocol';
import { useTranslation } from 'react-i18next';

/** A read-only list of members and their roles, marking who is connected when that is known. */
export function MemberList({ members, onlineIds }: { members: Member[]; onlineIds?: string[] }) {
  const { t } = useTranslation();
  const online = new Set(onlineIds ?? []);
  if (members.length === 0) return <p className="muted">{t('members.none')}</p>;
  return (
    <ul className="member-list">
      {members.map((m) => (
        <li key={m.id}>
          <span dir="auto" className="member-name">
            {m.displayName}
          </span>
          {onlineIds ? (
            <span className={`presence-dot${online.has(m.id) ? ' is-online' : ''}`}>
              <span className="visually-hidden">{online.has(m.id) ? t('members.online') : t('members.away')}</span>
            </span>
          ) : null}
          <span className="badge">{t(`roles.${m.role}`)}</span>
        </li>
      ))}
    </ul>
  );
}
