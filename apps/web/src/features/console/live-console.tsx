import type { ConnectionStatus as Status } from '@hiwar/client';
import type { MeetingView } from '@hiwar/domain';
import { elapsedOnCurrentItem } from '@hiwar/domain';
import type { CommandBody, Presence } from '@hiwar/protocol';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../lib/errors';
import { AgendaProgress } from '../agenda/agenda-progress';
import { ConnectionStatus } from '../meeting/connection-status';
import { CurrentItemCard } from '../meeting/current-item-card';
import { MutedMembersNotice } from '../meeting/flood-notices';
import { ItemChangeAnnouncer } from '../meeting/item-change-announcer';
import type { SendCommand } from '../meeting/meeting-store';
import { OfflineBanner } from '../meeting/offline-banner';
import { PresenceCount } from '../meeting/presence-count';
import { useTickingNow } from '../meeting/use-ticking-now';
import { LobbyPanel } from '../members/lobby-panel';
import { MemberList } from '../members/member-list';
import { BalanceCard } from '../queue/balance-card';
import { QueuePanel } from '../queue/queue-panel';
import { QueueSettingsForm } from '../queue/queue-settings-form';
import { ConfirmDialog } from '../retention/confirm-dialog';
import { VotesCard } from '../votes/votes-card';

export interface LiveConsoleProps {
  view: MeetingView;
  presence: Presence;
  status: Status;
  serverNow: () => number;
  send: SendCommand;
  /** Where the projector view of this meeting is; staff who joined by link use the member route. */
  projectorPath?: string;
  /** Where the theme board of this meeting is; staff who joined by link use the member route. */
  boardPath?: string;
  /** Where the report desk of this meeting is; staff who joined by link use the member route. */
  reportPath?: string;
  /** Where the capture desk of this meeting is; staff who joined by link use the member route. */
  capturePath?: string;
  /** Members the server muted for flooding, to tell the staff (from the connection). */
  mutedMembers?: { memberId: string; until: number }[];
}

/** The facilitator's console: runs the agenda clock and shows who is there. Data comes in through props. */
export function LiveConsole({
  view,
  presence,
  status,
  serverNow,
  send,
  projectorPath,
  boardPath,
  reportPath,
  capturePath,
  mutedMembers,
}: LiveConsoleProps) {
  const { t } = useTranslation();
  const now = useTickingNow(serverNow);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { meeting, agenda } = view;
  // People in the waiting room are listed in the lobby panel, not among those taking part.
  const admitted = (view.members ?? []).filter((m) => !m.waiting);
  const current = agenda.find((i) => i.id === meeting.currentItemId) ?? null;
  const index = current ? agenda.indexOf(current) : -1;
  const live = meeting.status === 'live';
  // Naming the item we saw as current lets the server refuse a second, simultaneous press.
  const from = meeting.currentItemId ? { fromItemId: meeting.currentItemId } : {};

  const run = async (body: CommandBody) => {
    setBusy(true);
    setError(null);
    try {
      await send(body);
    } catch (err) {
      setError(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };
  // Ending is for everyone and cannot be undone: asked in the page's own dialog, in the page's language.
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  const end = () => setConfirmingEnd(true);

  return (
    <div className="console">
      <OfflineBanner status={status} />
      <MutedMembersNotice muted={mutedMembers} members={view.members} />
      <ItemChangeAnnouncer item={live ? current : null} />
      <div className="page-head">
        <div>
          <p className="eyebrow">{t(`meetingStatus.${meeting.status}`)}</p>
          <h1 dir="auto">{meeting.title}</h1>
        </div>
        <div className="head-meta">
          <ConnectionStatus status={status} />
          <PresenceCount count={presence.count} />
          <a
            className="button button-quiet"
            href={projectorPath ?? `/meetings/${meeting.id}/projector`}
            // A named window: pressing again brings the same projector window back rather than a second one.
            target={`hiwar-projector-${meeting.id}`}
            rel="noopener"
          >
            {t('projector.open')} <span className="visually-hidden">{t('projector.opensNewWindow')}</span>
          </a>
          <Link className="button button-quiet" to={capturePath ?? `/meetings/${meeting.id}/capture`}>
            {t('capture.open')}
          </Link>
          <Link className="button button-quiet" to={boardPath ?? `/meetings/${meeting.id}/board`}>
            {t('board.link')}
          </Link>
          <Link className="button button-quiet" to={reportPath ?? `/meetings/${meeting.id}/report`}>
            {t('report.open')}
          </Link>
          {/* Setup works with the facilitator's account; a co-facilitator who joined by link runs the live part. */}
          {view.self.role === 'facilitator' ? (
            <Link className="button button-quiet" to={`/meetings/${meeting.id}/setup`}>
              {t('live.toSetup')}
            </Link>
          ) : null}
        </div>
      </div>

      {error ? (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      ) : null}

      <div className="console-grid">
        <div className="stack">
          {meeting.status === 'draft' ? (
            <section className="card">
              <h2>{t('live.notStartedTitle')}</h2>
              <p>{t('live.notStartedFacilitator')}</p>
              <button
                type="button"
                className="button button-primary"
                disabled={busy || agenda.length === 0}
                onClick={() => run({ type: 'meeting:start' })}
              >
                {t('live.start')}
              </button>
              {agenda.length === 0 ? <p className="muted">{t('errors.AGENDA_EMPTY')}</p> : null}
            </section>
          ) : null}
          {meeting.status === 'ended' ? (
            <section className="card">
              <h2>{t('live.endedTitle')}</h2>
              <p>{t('live.endedBody')}</p>
            </section>
          ) : null}
          {live && current ? <CurrentItemCard item={current} elapsedMs={elapsedOnCurrentItem(view, now)} /> : null}
          {live ? (
            <fieldset className="controls" disabled={busy}>
              <legend className="visually-hidden">{t('live.controls')}</legend>
              <button
                type="button"
                className="button"
                disabled={index <= 0}
                onClick={() => run({ type: 'agenda:previous', ...from })}
              >
                <span aria-hidden="true" className="flip-rtl">
                  ←
                </span>{' '}
                {t('live.previous')}
              </button>
              <button
                type="button"
                className="button button-primary"
                disabled={index >= agenda.length - 1}
                onClick={() => run({ type: 'agenda:next', ...from })}
              >
                {t('live.next')}{' '}
                <span aria-hidden="true" className="flip-rtl">
                  →
                </span>
              </button>
              <button type="button" className="button button-danger" onClick={end}>
                {t('live.end')}
              </button>
              <ConfirmDialog
                open={confirmingEnd}
                title={t('live.end')}
                confirmLabel={t('live.end')}
                cancelLabel={t('common.cancel')}
                danger
                busy={busy}
                onConfirm={() => {
                  setConfirmingEnd(false);
                  void run({ type: 'meeting:end' });
                }}
                onCancel={() => setConfirmingEnd(false)}
              >
                <p>{t('live.confirmEnd')}</p>
              </ConfirmDialog>
            </fieldset>
          ) : null}
          {live ? (
            <QueuePanel
              queue={view.queue}
              settings={meeting.queueSettings}
              members={view.members ?? []}
              onlineIds={presence.memberIds}
              now={now}
              send={send}
            />
          ) : null}
          <VotesCard view={view} send={send} />
          <section className="card" aria-labelledby="agenda-heading">
            <h2 id="agenda-heading">{t('agenda.title')}</h2>
            <AgendaProgress
              meeting={meeting}
              agenda={agenda}
              busy={busy}
              onJump={(itemId) => run({ type: 'agenda:jump', itemId })}
            />
          </section>
        </div>
        <aside className="stack" aria-label={t('live.sidePanel')}>
          <BalanceCard members={admitted} categories={meeting.balanceCategories} />
          <details className="card settings-card">
            <summary>
              <h2>{t('queueSettings.title')}</h2>
            </summary>
            <QueueSettingsForm
              // Remount when the settings change elsewhere, so the form shows what the server holds.
              key={JSON.stringify(meeting.queueSettings)}
              settings={meeting.queueSettings}
              onSubmit={(settings) => send({ type: 'queue:set-settings', settings })}
              disabled={meeting.status === 'ended'}
            />
          </details>
          <section className="card" aria-labelledby="lobby-heading">
            <h2 id="lobby-heading">{t('lobby.title')}</h2>
            <LobbyPanel
              lobby={meeting.lobby}
              members={view.members ?? []}
              ended={meeting.status === 'ended'}
              send={send}
            />
          </section>
          <section className="card" aria-labelledby="members-heading">
            <h2 id="members-heading">{t('members.title')}</h2>
            <MemberList members={admitted} onlineIds={presence.memberIds} />
          </section>
        </aside>
      </div>
    </div>
  );
}
