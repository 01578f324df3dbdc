import type { ConnectionState } from '@hiwar/client';
import { elapsedOnCurrentItem } from '@hiwar/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMeetingStart } from '../../lib/format';
import { forgetMemberToken } from '../../lib/member-token';
import { AgendaProgress } from '../agenda/agenda-progress';
import { ConnectionStatus } from '../meeting/connection-status';
import { CurrentItemCard } from '../meeting/current-item-card';
import { MutedSelfBanner } from '../meeting/flood-notices';
import { ItemChangeAnnouncer } from '../meeting/item-change-announcer';
import type { SendCommand } from '../meeting/meeting-store';
import { OfflineBanner } from '../meeting/offline-banner';
import { PresenceCount } from '../meeting/presence-count';
import { useTickingNow } from '../meeting/use-ticking-now';
import { ParticipantPoints } from '../points/participant-points';
import { ParticipantQueue } from '../queue/participant-queue';
import { ParticipantVotes } from '../votes/participant-votes';
import { LeaveMeeting } from './leave-meeting';
import './participant.css';

export interface ParticipantViewProps {
  state: Pick<ConnectionState, 'view' | 'presence' | 'status' | 'fatal'> & Partial<Pick<ConnectionState, 'mutedUntil'>>;
  serverNow: () => number;
  send: SendCommand;
}

/** What a participant sees on their phone: where the meeting is, under which rule, and who they are in it. */
export function ParticipantView({ state, serverNow, send }: ParticipantViewProps) {
  const { t, i18n } = useTranslation();
  const now = useTickingNow(serverNow);
  const { view, presence, status, fatal } = state;
  const [leaving, setLeaving] = useState(false);

  if (fatal?.code === 'MEMBER_LEFT' || (leaving && view?.removed)) {
    return (
      <section className="card narrow" role="status" aria-labelledby="left-title">
        <h1 id="left-title">{t('participant.leftTitle')}</h1>
        <p>{t('participant.leftBody')}</p>
      </section>
    );
  }
  if (view?.removed || fatal?.code === 'MEMBER_REMOVED') {
    return (
      <section className="card narrow" role="alert" aria-labelledby="removed-title">
        <h1 id="removed-title">{t('participant.removedTitle')}</h1>
        <p>{t('participant.removedBody')}</p>
      </section>
    );
  }
  if (fatal) {
    return (
      <section className="card narrow" role="alert">
        <h1>{t('participant.cannotJoinTitle')}</h1>
        <p>{t(`errors.${fatal.code}`)}</p>
        <Link to="/join">{t('join.enterCode')}</Link>
      </section>
    );
  }
  if (!view) {
    return (
      <>
        <OfflineBanner status={status} />
        <p className="loading">{t('common.loading')}</p>
      </>
    );
  }

  const { meeting, agenda, self } = view;
  const current = agenda.find((i) => i.id === meeting.currentItemId) ?? null;
  return (
    <div className="participant stack">
      <OfflineBanner status={status} />
      <MutedSelfBanner until={state.mutedUntil} />
      <ItemChangeAnnouncer item={meeting.status === 'live' ? current : null} />
      {/* On a phone the head is a few lines: the meeting, then one line of who and how it is going. */}
      <header className="participant-head">
        <p className="eyebrow" dir="auto">
          {meeting.hostOrganisation}
        </p>
        <h1 dir="auto">{meeting.title}</h1>
        <div className="participant-meta">
          <ConnectionStatus status={status} />
          <PresenceCount count={presence.count} />
          <p className="you-are">
            {t('participant.youAre')}{' '}
            <strong dir="auto" className="member-name">
              {self.displayName}
            </strong>{' '}
            <span className="badge">{t(`roles.${self.role}`)}</span>
          </p>
          <Link className="button button-quiet button-small participant-board-link" to={`/m/${meeting.id}/board`}>
            {t('board.link')}
          </Link>
        </div>
      </header>

      {meeting.status === 'draft' ? (
        <section className="card">
          <h2>{t('live.notStartedTitle')}</h2>
          <p>
            {t('participant.notStartedBody', {
              date: formatMeetingStart(meeting.startsAt, meeting.timeZone, i18n.language),
            })}
          </p>
          {meeting.videoCallUrl ? (
            <p>
              <a href={meeting.videoCallUrl} target="_blank" rel="noreferrer noopener">
                {t('participant.videoCall')}
              </a>
            </p>
          ) : null}
        </section>
      ) : null}
      {meeting.status === 'ended' ? (
        <section className="card">
          <h2>{t('live.endedTitle')}</h2>
          <p>{t('participant.endedBody')}</p>
        </section>
      ) : null}
      {/* What is happening now comes first; then the floor, votes and points. */}
      {meeting.status === 'live' && current ? (
        <CurrentItemCard item={current} elapsedMs={elapsedOnCurrentItem(view, now)} />
      ) : null}
      {meeting.status === 'live' ? <ParticipantQueue view={view} now={now} send={send} /> : null}
      {meeting.status !== 'draft' ? <ParticipantVotes view={view} send={send} /> : null}
      {meeting.status === 'live' ? <ParticipantPoints view={view} send={send} offline={status === 'offline'} /> : null}
      {meeting.status === 'live' && meeting.videoCallUrl ? (
        <p>
          <a href={meeting.videoCallUrl} target="_blank" rel="noreferrer noopener">
            {t('participant.videoCall')}
          </a>
        </p>
      ) : null}
      <section className="card" aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">{t('agenda.title')}</h2>
        <AgendaProgress meeting={meeting} agenda={agenda} />
      </section>
      {/* The owner cannot leave their own meeting; everyone else may, taking their name with them. */}
      {self.role !== 'facilitator' ? (
        <LeaveMeeting
          send={send}
          onLeaving={() => {
            setLeaving(true);
            forgetMemberToken(meeting.id);
          }}
        />
      ) : null}
    </div>
  );
}
