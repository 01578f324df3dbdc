import type { Point } from '@hiwar/protocol';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';

export type LogEntry = { pointId: string; status: string; reason: string | null; at: number };

/**
 * Where a point stands with the moderators, if anything was decided or is awaited: a participant's point
 * waiting for moderation, and any point held, hidden or merged. Published points are the normal case.
 */
function decisionOf(p: Point): 'pending' | 'held' | 'hidden' | 'merged' | null {
  if (p.status === 'published') return null;
  if (p.status === 'pending') return p.reason ? 'held' : p.origin === 'participant' ? 'pending' : null;
  return p.status;
}

/** The decisions standing now, with their reasons, and the full history from the server on request. */
export function ModerationLog({
  meetingId,
  points,
  load,
}: {
  meetingId: string;
  points: Point[];
  load: (meetingId: string) => Promise<LogEntry[]>;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [entries, setEntries] = useState<LogEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const byId = new Map(points.map((p) => [p.id, p]));
  const decided = points
    .map((p) => ({ point: p, decision: decisionOf(p) }))
    .filter((d) => d.decision !== null)
    .sort((a, b) => (b.point.editedAt ?? b.point.createdAt) - (a.point.editedAt ?? a.point.createdAt));
  const refresh = async () => {
    setError(null);
    try {
      setEntries(await load(meetingId));
    } catch (err) {
      setError(errorMessage(t, err));
    }
  };
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('capture.moderationLog')}</h2>
      {decided.length === 0 ? (
        <p className="muted">{t('capture.logEmpty')}</p>
      ) : (
        <ul className="moderation-log" aria-label={t('capture.currentDecisions')}>
          {decided.map(({ point, decision }) => (
            <li key={point.id}>
              <span className={`badge point-status-${point.status}`}>{t(`pointStatus.${decision}`)}</span>{' '}
              <span dir="auto">{point.text}</span>
              {point.reason ? (
                <span className="muted" dir="auto">
                  {' '}
                  — {t('capture.reason', { reason: point.reason })}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <details
        onToggle={(e) => {
          if (e.currentTarget.open) void refresh();
        }}
      >
        <summary>{t('capture.history')}</summary>
        {error ? (
          <p className="banner banner-error" role="alert">
            {error}
          </p>
        ) : null}
        {entries === null ? null : entries.length === 0 ? (
          <p className="muted">{t('capture.logEmpty')}</p>
        ) : (
          <ul className="moderation-log">
            {[...entries]
              .sort((a, b) => b.at - a.at)
              .map((entry) => (
                <li key={`${entry.pointId}-${entry.at}-${entry.status}`}>
                  <time dateTime={new Date(entry.at).toISOString()}>
                    {new Date(entry.at).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' })}
                  </time>{' '}
                  <span className="badge">{t(`pointStatus.${entry.status}`, { defaultValue: entry.status })}</span>{' '}
                  <span dir="auto">{byId.get(entry.pointId)?.text ?? '—'}</span>
                  {entry.reason ? (
                    <span className="muted" dir="auto">
                      {' '}
                      — {entry.reason}
                    </span>
                  ) : null}
                </li>
              ))}
          </ul>
        )}
        <button type="button" className="button button-small" onClick={() => void refresh()}>
          {t('capture.refresh')}
        </button>
      </details>
    </section>
  );
}
