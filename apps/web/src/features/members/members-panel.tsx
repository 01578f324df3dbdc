import { ASSIGNABLE_ROLES, type Member, type Role } from '@hiwar/protocol';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';
import type { SendCommand } from '../meeting/meeting-store';
import { MemberWho } from './member-list';

type AssignableRole = Exclude<Role, 'facilitator'>;

interface MembersPanelProps {
  members: Member[];
  selfId: string;
  onlineIds?: string[];
  send: SendCommand;
}

/** The facilitator's list of people in the meeting, to give roles to and remove. Updates live. */
export function MembersPanel({ members, selfId, onlineIds, send }: MembersPanelProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const online = new Set(onlineIds ?? []);
  // Only the owner makes, unmakes or removes co-facilitators (the server refuses the others with OWNER_ONLY).
  const selfIsOwner = members.find((m) => m.id === selfId)?.role === 'facilitator';
  const roles = selfIsOwner ? ASSIGNABLE_ROLES : ASSIGNABLE_ROLES.filter((r) => r !== 'co-facilitator');

  const run = async (memberId: string, action: () => Promise<unknown>) => {
    setBusy(memberId);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(errorMessage(t, err));
    } finally {
      setBusy(null);
    }
  };
  const setRole = (member: Member, role: AssignableRole) =>
    run(member.id, () => send({ type: 'member:set-role', memberId: member.id, role }));
  const remove = (member: Member) => {
    if (window.confirm(t('members.confirmRemove', { name: member.displayName }))) {
      void run(member.id, () => send({ type: 'member:remove', memberId: member.id }));
    }
  };

  if (members.length === 0) return <p className="muted">{t('members.none')}</p>;
  return (
    <div className="stack">
      {error ? (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      ) : null}
      <ul className="member-list member-admin">
        {members.map((m) => {
          const fixed = m.role === 'facilitator' || m.id === selfId || (m.role === 'co-facilitator' && !selfIsOwner);
          return (
            <li key={m.id}>
              <MemberWho member={m}>
                {onlineIds ? (
                  <span className="muted">{online.has(m.id) ? t('members.online') : t('members.away')}</span>
                ) : null}
              </MemberWho>
              {fixed ? (
                <span className="badge">{t(`roles.${m.role}`)}</span>
              ) : (
                <div className="row-actions">
                  <label className="visually-hidden" htmlFor={`role-${m.id}`}>
                    {t('members.roleOf', { name: m.displayName })}
                  </label>
                  <select
                    id={`role-${m.id}`}
                    value={m.role}
                    disabled={busy === m.id}
                    onChange={(e) => setRole(m, e.target.value as AssignableRole)}
                  >
                    {roles.map((r) => (
                      <option key={r} value={r}>
                        {t(`roles.${r}`)}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    className="button button-danger"
                    disabled={busy === m.id}
                    onClick={() => remove(m)}
                  >
                    {t('members.remove')}
                    <span className="visually-hidden">: {m.displayName}</span>
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
