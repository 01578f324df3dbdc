import type { Member } from '@hiwar/protocol';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A person's name and organisation as the staff panels show them, each in its own direction. */
export function MemberWho({
  member,
  children,
}: {
  member: Pick<Member, 'displayName' | 'organisation'>;
  children?: ReactNode;
}) {
  return (
    <div className="member-who">
      <span dir="auto" className="member-name">
        {member.displayName}
      </span>
      {member.organisation ? (
        <span dir="auto" className="muted">
          {member.organisation}
        </span>
      ) : null}
      {children}
    </div>
  );
}

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
