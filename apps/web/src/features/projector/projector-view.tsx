import type { MeetingView } from '@hiwar/domain';
import { elapsedOnCurrentItem } from '@hiwar/domain';
import { directionOf, useFixedT } from '../../app/i18n';
import { formatDuration } from '../../lib/format';
import { FloorCountdown } from '../queue/floor-countdown';
import { speakerName } from '../queue/queue-text';
import { projectorVote, useProjectorDismissal } from '../votes/projector-dismissal';
import { ProjectorVote } from '../votes/projector-vote';
import { ProjectorJoin } from './projector-join';
import './projector.css';

/** How many waiting people the projector lists. */
export const PROJECTOR_NEXT = 3;

interface ProjectorViewProps {
  view: MeetingView;
  /** Server time now, ticking. */
  now: number;
}

/**
 * The wall screen: current item and its clock, who has the floor and for how long, who is next, and how to
 * join. An open vote takes the floor's place; a closed one's results take over the screen until the
 * facilitator moves on. It speaks the meeting's content language, whatever language the laptop that opened
 * it uses, and fits the screen without scrolling. No controls.
 */
export function ProjectorView({ view, now }: ProjectorViewProps) {
  const { meeting, agenda, queue } = view;
  const lang = meeting.contentLanguage;
  const t = useFixedT(lang);
  const current = agenda.find((i) => i.id === meeting.currentItemId) ?? null;
  const elapsed = elapsedOnCurrentItem(view, now);
  const plannedMs = (current?.plannedMinutes ?? 0) * 60_000;
  const overrun = plannedMs > 0 && elapsed > plannedMs;
  const next = queue.entries.slice(0, PROJECTOR_NEXT);
  const [dismissedVoteId] = useProjectorDismissal(meeting.id);
  const shownVote = projectorVote(view, dismissedVoteId);
  // Everyone admitted who may vote; only staff screens have the member list.
  const eligible = view.members?.filter((m) => !m.waiting && m.role !== 'observer').length;
  const voteOnWall = shownVote ? (
    <ProjectorVote
      vote={shownVote.vote}
      takeover={shownVote.takeover}
      t={t}
      locale={lang}
      now={now}
      eligible={eligible}
    />
  ) : null;

  return (
    <div className="projector" lang={lang} dir={directionOf(lang)} data-testid="projector">
      <header className="projector-head">
        <p className="projector-meeting" dir="auto">
          {meeting.title}
        </p>
        {/* The queue's state means something only while the meeting runs (after it, the screen says it ended). */}
        {meeting.status === 'live' ? (
          <p className={`projector-queue-status queue-status-${queue.status}`}>{t(`queue.status.${queue.status}`)}</p>
        ) : null}
      </header>

      <div className="projector-body">
        <div className="projector-main">
          {shownVote?.takeover ? (
            voteOnWall
          ) : (
            <>
              <section
                className={`projector-item${overrun ? ' is-overrun' : ''}`}
                aria-labelledby="projector-item-title"
              >
                {meeting.status === 'live' && current ? (
                  <>
                    <p className="projector-label">{t('live.currentItem')}</p>
                    <h1 id="projector-item-title" dir="auto">
                      {current.title}
                    </h1>
                    <p className="projector-clock">
                      <span className="clock-elapsed">{formatDuration(elapsed, lang)}</span>{' '}
                      <span className="clock-planned">
                        {plannedMs > 0
                          ? t('live.ofPlanned', { time: formatDuration(plannedMs, lang) })
                          : t('live.noPlan')}
                      </span>
                      {overrun ? (
                        <span className="badge badge-overrun">
                          {t('live.overrun', { time: formatDuration(elapsed - plannedMs, lang) })}
                        </span>
                      ) : null}
                    </p>
                  </>
                ) : (
                  <h1 id="projector-item-title">
                    {meeting.status === 'ended' ? t('live.endedTitle') : t('live.notStartedTitle')}
                  </h1>
                )}
              </section>

              {voteOnWall ?? (
                <div className="projector-grid">
                  <section className="projector-floor" aria-labelledby="projector-floor-title">
                    <h2 id="projector-floor-title" className="projector-heading">
                      {t('projector.speaking')}
                    </h2>
                    {queue.floor ? (
                      <>
                        <p className="projector-speaker" dir="auto">
                          {speakerName(t, queue.floor.name)}
                        </p>
                        <FloorCountdown floor={queue.floor} now={now} t={t} locale={lang} size="huge" />
                      </>
                    ) : (
                      <p className="projector-empty">{t('queue.nobodySpeaking')}</p>
                    )}
                  </section>
                  <section className="projector-next" aria-labelledby="projector-next-title">
                    <h2 id="projector-next-title" className="projector-heading">
                      {t('projector.next')}
                    </h2>
                    {next.length > 0 ? (
                      <ol className="projector-next-list">
                        {next.map((entry) => (
                          <li key={entry.id}>
                            <span dir="auto">{speakerName(t, entry.name)}</span>
                            {entry.kind !== 'new-point' ? (
                              <span className={`badge kind-${entry.kind}`}>{t(`queue.kind.${entry.kind}`)}</span>
                            ) : null}
                          </li>
                        ))}
                      </ol>
                    ) : (
                      <p className="projector-empty">{t('queue.empty')}</p>
                    )}
                    {queue.entries.length > next.length ? (
                      <p className="projector-more">
                        {t('projector.more', { count: queue.entries.length - next.length })}
                      </p>
                    ) : null}
                  </section>
                </div>
              )}
            </>
          )}
        </div>
        {meeting.status !== 'ended' ? <ProjectorJoin joinCode={meeting.joinCode} t={t} /> : null}
      </div>
    </div>
  );
}
