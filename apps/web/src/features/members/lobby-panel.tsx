import type { Lobby, Member } from '@hiwar/protocol';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';
import type { SendCommand } from '../meeting/meeting-store';
import { MemberWho } from './member-list';

interface LobbyPanelProps {
  lobby: Lobby;
  /** Everyone in the meeting's member list; those still waiting are shown here to admit or refuse. */
  members: Member[];
  ended: boolean;
  send: SendCommand;
}

/**
 * Who may come in: lock the meeting, keep newcomers in a waiting room, issue a new join code, and admit
 * or refuse the people waiting. Nobody gets in from the waiting room except by one of these buttons.
 */
export function LobbyPanel({ lobby, members, ended, send }: LobbyPanelProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const waiting = members.filter((m) => m.waiting);

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };
  const rotate = () => {
    if (window.confirm(t('lobby.confirmRotate'))) void run(() => send({ type: 'meeting:rotate-code' }));
  };
  const refuse = (member: Member) => {
    if (window.confirm(t('lobby.confirmRefuse', { name: member.displayName }))) {
      void run(() => send({ type: 'member:remove', memberId: member.id }));
    }
  };

  return (
    <div className="stack">
      {error ? (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      ) : null}
      <label className="check">
        <input
          type="checkbox"
          checked={lobby.locked}
          disabled={busy || ended}
          onChange={(e) => run(() => send({ type: 'meeting:set-lobby', locked: e.target.checked }))}
        />
        {t('lobby.lock')}
      </label>
      <p className="hint">{t('lobby.lockHint')}</p>
      <label className="check">
        <input
          type="checkbox"
          checked={lobby.waitingRoom}
          disabled={busy || ended}
          onChange={(e) => run(() => send({ type: 'meeting:set-lobby', waitingRoom: e.target.checked }))}
        />
        {t('lobby.waitingRoom')}
      </label>
      <p className="hint">{t('lobby.waitingRoomHint')}</p>
      <div>
        <button type="button" className="button" disabled={busy || ended} onClick={rotate}>
          {t('lobby.rotate')}
        </button>
      </div>
      <section aria-labelledby="waiting-heading" className="stack">
        <div className="page-head">
          <h3 id="waiting-heading">{t('lobby.waitingTitle', { count: waiting.length })}</h3>
          {waiting.length > 1 ? (
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => run(() => send({ type: 'member:admit' }))}
            >
              {t('lobby.admitAll')}
            </button>
          ) : null}
        </div>
        {waiting.length === 0 ? (
          <p className="muted">{t('lobby.nobodyWaiting')}</p>
        ) : (
          <ul className="member-list member-admin" aria-live="polite">
            {waiting.map((m) => (
              <li key={m.id}>
                <MemberWho member={m} />
                <div className="row-actions">
                  <button
                    type="button"
                    className="button button-primary"
                    disabled={busy}
                    onClick={() => run(() => send({ type: 'member:admit', memberIds: [m.id] }))}
                  >
                    {t('lobby.admit')}
                    <span className="visually-hidden">: {m.displayName}</span>
                  </button>
                  <button type="button" className="button button-danger" disabled={busy} onClick={() => refuse(m)}>
                    {t('lobby.refuse')}
                    <span className="visually-hidden">: {m.displayName}</span>
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
