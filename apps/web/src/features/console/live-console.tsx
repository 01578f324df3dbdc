import type { ConnectionStatus as Status } from '@hiwar/client';
import type { MeetingView } from '@hiwar/domain';
import { can, elapsedOnCurrentItem } from '@hiwar/domain';
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
import { ConfirmDialog } from '../retention/confirm-dialog';
import { VotesCard } from '../votes/votes-card';
import { type ConsoleTab, ConsoleTabs } from './console-tabs';
import { awaitingModeration, PointsFeed } from './points-feed';
import { ShortcutsDialog } from './shortcuts-dialog';
import { SHORTCUT_KEYS, useConsoleShortcuts } from './use-console-shortcuts';
import { useMediaQuery } from './use-media-query';
import './console.css';

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

/** On a screen this wide the points feed gets its own column instead of a tab beside votes. */
const WIDE = '(min-width: 1600px)';

/**
 * The facilitator's console on one screen: the agenda and its clock, the floor and the queue, and a tabbed
 * pane with the newest points, votes, balance and people. Forms open in dialogs; N, F and E run the agenda
 * and the floor from the keyboard. Data comes in through props.
 */
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
  const wide = useMediaQuery(WIDE);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const [tab, setTab] = useState<string>('points');
  const [helpOpen, setHelpOpen] = useState(false);
  const { meeting, agenda, queue } = view;
  const members = view.members ?? [];
  // People in the waiting room are listed in the lobby panel, not among those taking part.
  const admitted = members.filter((m) => !m.waiting);
  const current = agenda.find((i) => i.id === meeting.currentItemId) ?? null;
  const index = current ? agenda.indexOf(current) : -1;
  const live = meeting.status === 'live';
  const runsMeeting = can(view.self.role, 'agenda:next');
  // Naming the item we saw as current lets the server refuse a second, simultaneous press.
  const from = meeting.currentItemId ? { fromItemId: meeting.currentItemId } : {};
  const paths = {
    capture: capturePath ?? `/meetings/${meeting.id}/capture`,
    board: boardPath ?? `/meetings/${meeting.id}/board`,
    report: reportPath ?? `/meetings/${meeting.id}/report`,
    projector: projectorPath ?? `/meetings/${meeting.id}/projector`,
  };

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

  // A key that has nothing to act on says so, rather than doing nothing silently.
  const say = (message: string) => setSaid((before) => (before === message ? `${message}\u00a0` : message));
  useConsoleShortcuts(
    {
      nextItem: () => {
        if (!live || busy) return;
        if (index >= agenda.length - 1) say(t('live.shortcuts.lastItem'));
        else void run({ type: 'agenda:next', ...from });
      },
      giveFloor: () => {
        if (!live || busy) return;
        if (queue.entries.length === 0) say(t('queue.empty'));
        // The turn we saw lets the server refuse a second, simultaneous press by another facilitator.
        else void run({ type: 'queue:give-floor', fromTurnId: queue.floor?.turnId ?? null });
      },
      endTurn: () => {
        if (!live || busy) return;
        if (!queue.floor) say(t('queue.nobodySpeaking'));
        else void run({ type: 'queue:end-turn', turnId: queue.floor.turnId });
      },
      help: () => setHelpOpen(true),
    },
    runsMeeting,
  );

  const waitingPoints = awaitingModeration(view.points).length;
  const openVotes = view.votes.filter((v) => v.status === 'open').length;
  const inLobby = members.filter((m) => m.waiting).length;
  const pointsFeed = <PointsFeed view={view} send={send} capturePath={paths.capture} />;
  const tabs: ConsoleTab[] = [
    ...(wide
      ? []
      : [
          {
            id: 'points',
            label: t('live.tabs.points'),
            badge:
              waitingPoints > 0
                ? { text: String(waitingPoints), label: t('live.feed.awaiting', { count: waitingPoints }) }
                : undefined,
            content: pointsFeed,
          },
        ]),
    {
      id: 'votes',
      label: t('live.tabs.votes'),
      badge:
        openVotes > 0 ? { text: String(openVotes), label: t('live.tabs.openVotes', { count: openVotes }) } : undefined,
      content: <VotesCard view={view} send={send} />,
    },
    {
      id: 'balance',
      label: t('live.tabs.balance'),
      content: <BalanceCard members={admitted} categories={meeting.balanceCategories} />,
    },
    {
      id: 'people',
      label: t('live.tabs.people'),
      badge: inLobby > 0 ? { text: String(inLobby), label: t('live.tabs.inLobby', { count: inLobby }) } : undefined,
      content: (
        <div className="stack">
          <section aria-labelledby="lobby-heading">
            <h2 id="lobby-heading">{t('lobby.title')}</h2>
            <LobbyPanel lobby={meeting.lobby} members={members} ended={meeting.status === 'ended'} send={send} />
          </section>
          <section aria-labelledby="members-heading">
            <h2 id="members-heading">{t('members.title')}</h2>
            <MemberList members={admitted} onlineIds={presence.memberIds} />
          </section>
        </div>
      ),
    },
  ];

  return (
    <div className={`console${wide ? ' is-wide' : ''}`}>
      <OfflineBanner status={status} />
      <MutedMembersNotice muted={mutedMembers} members={view.members} />
      <ItemChangeAnnouncer item={live ? current : null} />
      <div className="console-head">
        <div className="console-title">
          <span className={`badge status-${meeting.status}`}>{t(`meetingStatus.${meeting.status}`)}</span>
          <h1 dir="auto" title={meeting.title}>
            {meeting.title}
          </h1>
        </div>
        <div className="console-meta">
          <ConnectionStatus status={status} />
          <PresenceCount count={presence.count} />
        </div>
        <div className="console-toolbar">
          <nav className="console-views" aria-label={t('live.views')}>
            <span className="console-view console-view-current" aria-current="page">
              {t('live.thisView')}
            </span>
            <a
              className="console-view"
              href={paths.projector}
              // A named window: pressing again brings the same projector window back rather than a second one.
              target={`hiwar-projector-${meeting.id}`}
              rel="noopener"
            >
              {t('live.nav.projector')} <span className="visually-hidden">{t('projector.opensNewWindow')}</span>
              <span aria-hidden="true" className="console-view-external">
                ↗
              </span>
            </a>
            <Link className="console-view" to={paths.capture}>
              {t('live.nav.capture')}
            </Link>
            <Link className="console-view" to={paths.board}>
              {t('board.link')}
            </Link>
            <Link className="console-view" to={paths.report}>
              {t('report.open')}
            </Link>
            {/* Setup works with the facilitator's account; a co-facilitator who joined by link runs the live part. */}
            {view.self.role === 'facilitator' ? (
              <Link className="console-view" to={`/meetings/${meeting.id}/setup`}>
                {t('live.toSetup')}
              </Link>
            ) : null}
          </nav>
          {runsMeeting ? (
            <button
              type="button"
              className="button button-quiet console-help"
              aria-keyshortcuts="Shift+?"
              aria-haspopup="dialog"
              title={t('live.shortcuts.title')}
              onClick={() => setHelpOpen(true)}
            >
              <span className="shortcut-key" aria-hidden="true">
                ?
              </span>
              <span className="visually-hidden">{t('live.shortcuts.title')}</span>
            </button>
          ) : null}
        </div>
      </div>

      {error ? (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      ) : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>

      <div className={`console-panes${live ? ' has-queue' : ''}`}>
        <section className="console-pane console-pane-agenda" aria-label={t('live.agendaPane')}>
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
          {live && current ? (
            <CurrentItemCard item={current} elapsedMs={elapsedOnCurrentItem(view, now)} compact />
          ) : null}
          {live ? (
            <fieldset className="controls console-agenda-controls" disabled={busy}>
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
                aria-keyshortcuts={SHORTCUT_KEYS.nextItem.label}
                onClick={() => run({ type: 'agenda:next', ...from })}
              >
                {t('live.next')}{' '}
                <span aria-hidden="true" className="flip-rtl">
                  →
                </span>
                <span className="shortcut-key" aria-hidden="true">
                  {SHORTCUT_KEYS.nextItem.label}
                </span>
              </button>
            </fieldset>
          ) : null}
          <section className="card console-agenda" aria-labelledby="agenda-heading">
            <h2 id="agenda-heading">{t('agenda.title')}</h2>
            <AgendaProgress
              meeting={meeting}
              agenda={agenda}
              busy={busy}
              onJump={(itemId) => run({ type: 'agenda:jump', itemId })}
            />
            {live ? (
              <button
                type="button"
                className="button button-danger button-small console-end"
                disabled={busy}
                onClick={() => setConfirmingEnd(true)}
              >
                {t('live.end')}
              </button>
            ) : null}
          </section>
        </section>

        {live ? (
          <div className="console-pane console-pane-queue">
            <QueuePanel
              queue={queue}
              settings={meeting.queueSettings}
              members={members}
              onlineIds={presence.memberIds}
              now={now}
              send={send}
              onSaveSettings={(settings) => send({ type: 'queue:set-settings', settings })}
              shortcuts={{ giveFloor: SHORTCUT_KEYS.giveFloor.label, endTurn: SHORTCUT_KEYS.endTurn.label }}
            />
          </div>
        ) : null}

        {wide ? (
          <section className="console-pane console-pane-points card" aria-labelledby="points-feed-heading">
            <h2 id="points-feed-heading">{t('live.tabs.points')}</h2>
            {pointsFeed}
          </section>
        ) : null}

        <div className="console-pane console-pane-side card">
          <ConsoleTabs label={t('live.tabs.label')} tabs={tabs} selected={tab} onSelect={setTab} />
        </div>
      </div>

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
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
