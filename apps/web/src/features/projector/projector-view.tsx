import type { MeetingView } from '@hiwar/domain';
import { elapsedOnCurrentItem } from '@hiwar/domain';
import { directionOf, useFixedT } from '../../app/i18n';
import { formatDuration } from '../../lib/format';
import { FloorCountdown } from '../queue/floor-countdown';
import { speakerName } from '../queue/queue-text';
import { ProjectorVote } from '../votes/projector-vote';

/** How many waiting people the projector lists. */
export const PROJECTOR_NEXT = 3;

interface ProjectorViewProps {
  view: MeetingView;
  /** Server time now, ticking. */
  now: number;
}

/**
 * The wall screen: current item and its clock, who has the floor and for how long, who is next. It speaks
 * the meeting's content language, whatever language the laptop that opened it uses. No controls.
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

      <section className={`projector-item${overrun ? ' is-overrun' : ''}`} aria-labelledby="projector-item-title">
        {meeting.status === 'live' && current ? (
          <>
            <p className="projector-label">{t('live.currentItem')}</p>
            <h1 id="projector-item-title" dir="auto">
              {current.title}
            </h1>
            <p className="projector-clock">
              <span className="clock-elapsed">{formatDuration(elapsed, lang)}</span>{' '}
              <span className="clock-planned">
                {plannedMs > 0 ? t('live.ofPlanned', { time: formatDuration(plannedMs, lang) }) : t('live.noPlan')}
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
            <p className="projector-more">{t('projector.more', { count: queue.entries.length - next.length })}</p>
          ) : null}
        </section>
      </div>
      <ProjectorVote votes={view.votes} t={t} locale={lang} />
    </div>
  );
}
