import type { MeetingView } from '@hiwar/domain';
import { can } from '@hiwar/domain';
import type { Point } from '@hiwar/protocol';
import { LIMITS } from '@hiwar/protocol';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Dialog } from '../meeting/dialog';
import type { SendCommand } from '../meeting/meeting-store';
import { useRun } from '../points/use-run';
import { ThemeChips } from '../themes/theme-chips';

/** How many of the newest points the console lists; the capture desk has them all. */
export const FEED_LENGTH = 50;

export interface PointsFeedProps {
  view: MeetingView;
  send: SendCommand;
  /** The capture desk, for everything beyond publish and hide. */
  capturePath: string;
}

/** Points a moderator still has to decide on: sent by a participant and neither published nor held. */
export function awaitingModeration(points: Point[]): Point[] {
  return points.filter((p) => p.status === 'pending' && p.origin === 'participant' && !p.reason);
}

/**
 * The newest points as they arrive, with the two decisions the facilitator takes most during the meeting,
 * publish and hide, one press away. They are the capture desk's own commands (point:moderate); editing,
 * tagging, marks and merging stay at the desk.
 */
export function PointsFeed({ view, send, capturePath }: PointsFeedProps) {
  const { t } = useTranslation();
  const { run, busy, error } = useRun(send);
  const [hiding, setHiding] = useState<Point | null>(null);
  const moderates = can(view.self.role, 'point:moderate');
  const themes = view.meeting.themes;
  const visible = view.points.filter((p) => p.status !== 'merged');
  const newest = [...visible].sort((a, b) => b.createdAt - a.createdAt).slice(0, FEED_LENGTH);
  const waiting = awaitingModeration(view.points).length;
  const titleOf = new Map(view.agenda.map((i) => [i.id, i.title]));

  return (
    <div className="points-feed">
      <p className="points-feed-summary">
        <span>{t('live.feed.count', { count: visible.length })}</span>
        {waiting > 0 ? (
          <span className="badge point-status-pending">{t('live.feed.awaiting', { count: waiting })}</span>
        ) : null}
        <Link className="points-feed-desk" to={capturePath}>
          {t('live.feed.toDesk')}
        </Link>
      </p>
      {error ? (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      ) : null}
      {newest.length === 0 ? <p className="muted">{t('capture.noPoints')}</p> : null}
      <ol className="point-list points-feed-list" aria-label={t('live.feed.newestFirst')}>
        {newest.map((point) => {
          const held = point.status === 'pending' && point.reason;
          return (
            <li key={point.id} className={`feed-point point-${point.status}`}>
              <div className="feed-point-head">
                <p className="feed-point-meta muted">
                  <span className={`badge point-status-${point.status}`}>
                    {held ? t('pointStatus.held') : t(`pointStatus.${point.status}`)}
                  </span>{' '}
                  <span dir="auto">{titleOf.get(point.itemId) ?? ''}</span>
                  {point.status === 'published' && point.supportCount > 0 ? (
                    <> · {t('points.supportCount', { count: point.supportCount })}</>
                  ) : null}
                </p>
                {moderates ? (
                  <div className="row-actions feed-point-actions">
                    {point.status !== 'published' ? (
                      <button
                        type="button"
                        className="button button-small button-primary"
                        disabled={busy}
                        onClick={() =>
                          void run({ type: 'point:moderate', pointId: point.id, status: 'published', reason: null })
                        }
                      >
                        {t('capture.publish')}
                        <span className="visually-hidden">: {point.text}</span>
                      </button>
                    ) : null}
                    {point.status !== 'hidden' ? (
                      <button
                        type="button"
                        className="button button-small button-danger"
                        disabled={busy}
                        onClick={() => setHiding(point)}
                      >
                        {t('capture.hide')}
                        <span className="visually-hidden">: {point.text}</span>
                      </button>
                    ) : null}
                  </div>
                ) : null}
              </div>
              <p className="point-text" dir="auto">
                {point.text}
              </p>
              <ThemeChips themes={themes} themeIds={point.themeIds} />
            </li>
          );
        })}
      </ol>
      <Dialog open={hiding !== null} title={t('live.feed.hideTitle')} onClose={() => setHiding(null)}>
        {hiding ? (
          <HideForm
            point={hiding}
            busy={busy}
            onHide={async (reason) => {
              const ok = await run({ type: 'point:moderate', pointId: hiding.id, status: 'hidden', reason });
              if (ok) setHiding(null);
            }}
            onCancel={() => setHiding(null)}
          />
        ) : null}
      </Dialog>
    </div>
  );
}

/** The reason for hiding, optional, which the person who sent the point is told (open moderation). */
function HideForm({
  point,
  busy,
  onHide,
  onCancel,
}: {
  point: Point;
  busy: boolean;
  onHide: (reason: string | null) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onHide(reason.trim() || null);
  };
  return (
    <form className="form" onSubmit={submit}>
      <blockquote className="feed-hide-quote point-text" dir="auto">
        {point.text}
      </blockquote>
      <div className="field">
        <label htmlFor={`${id}-reason`}>
          {t('capture.reasonLabel')} <span className="muted">{t('common.optional')}</span>
        </label>
        <input
          id={`${id}-reason`}
          dir="auto"
          value={reason}
          maxLength={LIMITS.reasonLength}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <div className="row-actions">
        <button type="submit" className="button button-danger" disabled={busy}>
          {t('capture.confirmHide')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
