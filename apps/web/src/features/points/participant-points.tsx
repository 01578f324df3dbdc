import type { MeetingView } from '@hiwar/domain';
import { can } from '@hiwar/domain';
import type { Point } from '@hiwar/protocol';
import { LIMITS } from '@hiwar/protocol';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SendCommand } from '../meeting/meeting-store';
import { useThemeName } from '../themes/localized-name';
import { ThemeChips } from '../themes/theme-chips';
import { useRun } from './use-run';

/** Where a participant's unsent point waits, per meeting, until the server has it. */
export const draftKey = (meetingId: string) => `hiwar.pointDraft.${meetingId}`;

function readDraft(meetingId: string): string {
  try {
    return localStorage.getItem(draftKey(meetingId)) ?? '';
  } catch {
    return '';
  }
}
function storeDraft(meetingId: string, text: string): void {
  try {
    if (text) localStorage.setItem(draftKey(meetingId), text);
    else localStorage.removeItem(draftKey(meetingId));
  } catch {
    // Private mode or full storage: the draft only lives in the form.
  }
}

/** What a point's sender is told about it. */
type Standing = 'waiting' | 'held' | 'published' | 'hidden' | 'merged';
const standingOf = (p: Point): Standing =>
  p.status === 'pending' ? (p.reason ? 'held' : 'waiting') : p.status === 'published' ? 'published' : p.status;

/** A participant's points: send one, follow what happened to one's own, and support others'. */
export function ParticipantPoints({
  view,
  send,
  offline = false,
}: {
  view: MeetingView;
  send: SendCommand;
  /** Whether the live connection is down: a point sent now waits, and the person is told so. */
  offline?: boolean;
}) {
  const { t } = useTranslation();
  const themeName = useThemeName();
  const id = useId();
  const { meeting, agenda, self } = view;
  const current = agenda.find((i) => i.id === meeting.currentItemId) ?? null;
  const settings = meeting.pointsSettings;
  const mayWrite =
    meeting.status === 'live' &&
    settings.participantsMaySubmit &&
    current !== null &&
    current.confidentiality !== 'off-record' &&
    can(self.role, 'point:submit');
  const maySupport = can(self.role, 'point:support');
  const { run, busy, error } = useRun(send);
  const support = useRun(send);
  const [text, setText] = useState(() => readDraft(meeting.id));
  const [themeId, setThemeId] = useState('');
  const [announcement, setAnnouncement] = useState('');

  const mine = view.points.filter((p) => view.myPointIds.includes(p.id)).sort((a, b) => b.createdAt - a.createdAt);
  const published = view.points.filter((p) => p.status === 'published').sort((a, b) => b.createdAt - a.createdAt);

  // Tell the sender, politely, when the moderators decide on one of their points.
  const seen = useRef<Map<string, Standing> | null>(null);
  useEffect(() => {
    const before = seen.current;
    const now = new Map(mine.map((p) => [p.id, standingOf(p)]));
    seen.current = now;
    if (!before) return;
    for (const p of mine) {
      const was = before.get(p.id);
      const is = now.get(p.id);
      if (was && is && was !== is && is !== 'waiting') {
        setAnnouncement(t(`points.announce.${is}`, { reason: p.reason ?? '' }));
      }
    }
  });

  const change = (value: string) => {
    setText(value);
    storeDraft(meeting.id, value);
  };

  const submit = async () => {
    const trimmed = text.trim();
    if (!trimmed) return;
    const ok = await run({ type: 'point:submit', text: trimmed, themeIds: themeId ? [themeId] : [], fromFloor: false });
    if (ok) {
      change('');
      setThemeId('');
    }
  };

  const left = LIMITS.pointLength - text.length;

  return (
    <>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {mayWrite ? (
        <section className="card" aria-labelledby={`${id}-send`}>
          <h2 id={`${id}-send`}>{t('points.sendTitle')}</h2>
          {settings.premoderate ? <p className="muted">{t('points.premoderated')}</p> : null}
          <form
            className="form"
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <div className="field">
              <label htmlFor={`${id}-text`}>{t('points.yourPoint')}</label>
              <textarea
                id={`${id}-text`}
                dir="auto"
                rows={4}
                value={text}
                maxLength={LIMITS.pointLength}
                aria-describedby={`${id}-counter`}
                onChange={(e) => change(e.target.value)}
              />
              <p id={`${id}-counter`} className="hint">
                {t('points.charactersLeft', { count: left })}
              </p>
            </div>
            {meeting.themes.length > 0 ? (
              <div className="field">
                <label htmlFor={`${id}-theme`}>
                  {t('points.theme')} <span className="muted">{t('common.optional')}</span>
                </label>
                <select id={`${id}-theme`} value={themeId} onChange={(e) => setThemeId(e.target.value)}>
                  <option value="">{t('points.noTheme')}</option>
                  {meeting.themes.map((th) => (
                    <option key={th.id} value={th.id}>
                      {themeName(th)}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            <button type="submit" className="button button-primary button-big" disabled={busy || !text.trim()}>
              {t('points.send')}
            </button>
            <p className="hint" aria-live="polite">
              {busy ? t(offline ? 'points.waitingToSend' : 'points.sending') : ''}
            </p>
          </form>
          {error ? (
            <p className="banner banner-error" role="alert">
              {error}
            </p>
          ) : null}
        </section>
      ) : current?.confidentiality === 'off-record' && meeting.status === 'live' ? (
        <p className="banner">{t('points.offRecord')}</p>
      ) : null}

      {mine.length > 0 ? (
        <section className="card" aria-labelledby={`${id}-mine`}>
          <h2 id={`${id}-mine`}>{t('points.mine')}</h2>
          <ul className="point-list">
            {mine.map((p) => {
              const standing = standingOf(p);
              return (
                <li key={p.id} className={`my-point point-${p.status}`}>
                  <p className="point-text" dir="auto">
                    {p.text}
                  </p>
                  <ThemeChips themes={meeting.themes} themeIds={p.themeIds} />
                  <p>
                    <span className={`badge point-status-${p.status}`}>{t(`points.standing.${standing}`)}</span>
                    {p.reason && (standing === 'held' || standing === 'hidden') ? (
                      <span dir="auto"> {t('points.reason', { reason: p.reason })}</span>
                    ) : null}
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {published.length > 0 ? (
        <section className="card" aria-labelledby={`${id}-all`}>
          <h2 id={`${id}-all`}>{t('points.soFar')}</h2>
          <ul className="point-list">
            {published.map((p) => {
              const supported = view.mySupportIds.includes(p.id);
              return (
                <li key={p.id} className="published-point">
                  <p className="point-text" dir="auto">
                    {p.text}
                  </p>
                  <ThemeChips themes={meeting.themes} themeIds={p.themeIds} />
                  {maySupport ? (
                    <button
                      type="button"
                      className="button button-small support-toggle"
                      aria-pressed={supported}
                      disabled={support.busy}
                      onClick={() =>
                        void support.run({
                          type: supported ? 'point:withdraw-support' : 'point:support',
                          pointId: p.id,
                        })
                      }
                    >
                      <span aria-hidden="true" dir="ltr">
                        +1
                      </span>{' '}
                      {supported ? t('points.supported') : t('points.support')}{' '}
                      <span className="support-count">({p.supportCount.toLocaleString()})</span>
                    </button>
                  ) : (
                    <p className="muted">{t('points.supportCount', { count: p.supportCount })}</p>
                  )}
                </li>
              );
            })}
          </ul>
          {support.error ? (
            <p className="banner banner-error" role="alert">
              {support.error}
            </p>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
