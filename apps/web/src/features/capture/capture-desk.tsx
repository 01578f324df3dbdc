import type { MeetingView } from '@hiwar/domain';
import { can, suggestDuplicates } from '@hiwar/domain';
import type { Point, Theme } from '@hiwar/protocol';
import { LIMITS } from '@hiwar/protocol';
import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import type { SendCommand } from '../meeting/meeting-store';
import { useRun } from '../points/use-run';
import { PointsSettingsForm } from '../themes/points-settings-form';
import { ThemeChips } from '../themes/theme-chips';
import { ThemesEditor } from '../themes/themes-editor';
import { PointMarks } from './point-marks';

type LogEntry = { pointId: string; status: string; reason: string | null; at: number };
type Revision = { text: string; themeIds: string[]; replacedAt: number };

export interface CaptureDeskProps {
  view: MeetingView;
  send: SendCommand;
  loadModerationLog?: (meetingId: string) => Promise<LogEntry[]>;
  loadPointHistory?: (meetingId: string, pointId: string) => Promise<Revision[]>;
  /** The theme board of this meeting (session or member route). */
  boardPath?: string;
  /** Where the report desk is; desk staff who joined by link use the member route. */
  reportPath?: string;
  /** The console, for facilitators who came here from it. */
  consolePath?: string;
  /** Whether the themes panel may offer the account's earlier meetings (needs a signed-in account). */
  reuseThemes?: boolean;
}

/** The digit of an Alt+1…Alt+9 press, or null. */
function altDigit(e: KeyboardEvent): number | null {
  if (!e.altKey || e.ctrlKey || e.metaKey) return null;
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(e.code) ?? /^([1-9])$/.exec(e.key);
  return match?.[1] ? Number(match[1]) : null;
}

/** The rapporteur's desk: note points fast with themes from the keyboard, then moderate, mark and merge them. */
export function CaptureDesk({
  view,
  send,
  loadModerationLog = (meetingId) => api.moderationLog(meetingId),
  loadPointHistory = (meetingId, pointId) => api.pointHistory(meetingId, pointId),
  boardPath,
  reportPath,
  consolePath,
  reuseThemes = true,
}: CaptureDeskProps) {
  const { t } = useTranslation();
  const id = useId();
  const { meeting, agenda } = view;
  const themes = meeting.themes;
  const current = agenda.find((i) => i.id === meeting.currentItemId) ?? null;
  const live = meeting.status === 'live' && current !== null;
  const offRecord = current?.confidentiality === 'off-record';
  const onRecord = current?.confidentiality === 'on-record';
  const { run, busy, error } = useRun(send);
  const [text, setText] = useState('');
  const [themeIds, setThemeIds] = useState<string[]>([]);
  // The speaker is the source by default on every on-the-record item; unticking holds for that item only.
  const [floorOffFor, setFloorOffFor] = useState<string | null>(null);
  const fromFloor = current !== null && floorOffFor !== current.id;
  const [selected, setSelected] = useState<string[]>([]);
  const [themesOpen, setThemesOpen] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const announcement = useNewPointsAnnouncement(view);

  const toggleTheme = (themeId: string) =>
    setThemeIds((ids) => (ids.includes(themeId) ? ids.filter((x) => x !== themeId) : [...ids, themeId]));

  const submit = async () => {
    const trimmed = text.trim();
    if (!trimmed || busy) return;
    const ok = await run({ type: 'point:submit', text: trimmed, themeIds, fromFloor: onRecord && fromFloor });
    if (ok) {
      setText('');
      setThemeIds([]);
    }
    textarea.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    const digit = altDigit(e);
    if (digit !== null) {
      const theme = themes[digit - 1];
      if (theme) {
        e.preventDefault();
        toggleTheme(theme.id);
      }
      return;
    }
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void submit();
    }
  };

  const visible = view.points.filter((p) => p.status !== 'merged');
  const newestFirst = [...visible].sort((a, b) => b.createdAt - a.createdAt);
  const byId = new Map(view.points.map((p) => [p.id, p]));
  const duplicates = suggestDuplicates(visible).slice(0, 10);

  const mergeInto = async (targetId: string, sourceIds: string[]) => {
    const sources = sourceIds.filter((s) => s !== targetId).slice(0, LIMITS.pointsPerMerge);
    if (sources.length === 0) return;
    if (await run({ type: 'point:merge', targetId, sourceIds: sources })) {
      setSelected((ids) => ids.filter((s) => !sources.includes(s) && s !== targetId));
    }
  };

  return (
    <div className="capture stack">
      <div className="page-head">
        <div>
          <p className="eyebrow">{t('capture.eyebrow')}</p>
          <h1 dir="auto">{meeting.title}</h1>
          {current ? (
            <p className="muted" dir="auto">
              {current.title} · {t(`confidentiality.mode.${current.confidentiality}`)}
            </p>
          ) : null}
        </div>
        <div className="head-meta">
          <Link className="button button-quiet" to={boardPath ?? `/meetings/${meeting.id}/board`}>
            {t('board.link')}
          </Link>
          <Link className="button button-quiet" to={reportPath ?? `/meetings/${meeting.id}/report`}>
            {t('report.open')}
          </Link>
          {consolePath ? (
            <Link className="button button-quiet" to={consolePath}>
              {t('capture.toConsole')}
            </Link>
          ) : null}
        </div>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      <section className="card" aria-labelledby={`${id}-capture`}>
        <h2 id={`${id}-capture`}>{t('capture.title')}</h2>
        {!live ? <p className="banner">{t('capture.notLive')}</p> : null}
        {offRecord ? <p className="banner banner-warning">{t('capture.offRecord')}</p> : null}
        <form
          className="form capture-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <fieldset disabled={!live || offRecord}>
            <legend className="visually-hidden">{t('capture.title')}</legend>
            <div className="field">
              <label htmlFor={`${id}-text`}>{t('capture.point')}</label>
              <textarea
                id={`${id}-text`}
                ref={textarea}
                dir="auto"
                rows={3}
                value={text}
                maxLength={LIMITS.pointLength}
                aria-describedby={`${id}-hint`}
                onChange={(e) => setText(e.target.value)}
                onKeyDown={onKeyDown}
              />
              <p id={`${id}-hint`} className="hint">
                {t('capture.keyboardHint')}
              </p>
            </div>
            {themes.length > 0 ? (
              <fieldset className="theme-toggles">
                <legend className="visually-hidden">{t('capture.themes')}</legend>
                {themes.map((theme, i) => (
                  <button
                    key={theme.id}
                    type="button"
                    className="button button-small theme-toggle"
                    aria-pressed={themeIds.includes(theme.id)}
                    aria-label={theme.name}
                    aria-keyshortcuts={i < 9 ? `Alt+${i + 1}` : undefined}
                    onClick={() => toggleTheme(theme.id)}
                  >
                    <span className="swatch" style={{ backgroundColor: theme.colour }} aria-hidden="true" />
                    <span dir="auto">{theme.name}</span>
                    {i < 9 ? <kbd>{t('capture.themeShortcut', { number: i + 1 })}</kbd> : null}
                  </button>
                ))}
              </fieldset>
            ) : null}
            {onRecord ? (
              <label className="check">
                <input
                  type="checkbox"
                  checked={fromFloor}
                  onChange={(e) => setFloorOffFor(e.target.checked ? null : (current?.id ?? null))}
                />
                {t('capture.fromFloor')}
              </label>
            ) : null}
            <button type="submit" className="button button-primary" disabled={busy || !text.trim()}>
              {t('capture.add')}
            </button>
          </fieldset>
        </form>
        {error ? (
          <p className="banner banner-error" role="alert">
            {error}
          </p>
        ) : null}
      </section>

      {duplicates.length > 0 ? (
        <section className="card" aria-labelledby={`${id}-dupes`}>
          <h2 id={`${id}-dupes`}>{t('capture.duplicates')}</h2>
          <ul className="duplicate-list">
            {duplicates.map(({ a, b }) => (
              <li key={`${a}-${b}`} className="duplicate-pair">
                <p dir="auto">{byId.get(a)?.text}</p>
                <p dir="auto">{byId.get(b)?.text}</p>
                <button
                  type="button"
                  className="button button-small"
                  disabled={busy}
                  onClick={() => void mergeInto(a, [b])}
                >
                  {t('capture.mergePair')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="card" aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`}>{t('capture.points', { count: visible.length })}</h2>
        {newestFirst.length === 0 ? <p className="muted">{t('capture.noPoints')}</p> : null}
        <ol className="point-list">
          {newestFirst.map((point) => (
            <DeskPoint
              key={point.id}
              point={point}
              themes={themes}
              itemTitle={agenda.find((i) => i.id === point.itemId)?.title ?? ''}
              loadHistory={() => loadPointHistory(meeting.id, point.id)}
              busy={busy}
              run={run}
              selected={selected.includes(point.id)}
              onSelect={(on) => setSelected((ids) => (on ? [...ids, point.id] : ids.filter((x) => x !== point.id)))}
              canMergeHere={selected.some((s) => s !== point.id)}
              onMergeHere={() => void mergeInto(point.id, selected)}
              marks={<PointMarks point={point} language={meeting.contentLanguage} busy={busy} run={run} />}
            />
          ))}
        </ol>
      </section>

      <section className="card" aria-labelledby={`${id}-themes`}>
        <div className="card-head">
          <h2 id={`${id}-themes`}>{t('themes.title')}</h2>
          <button
            type="button"
            className="button button-small"
            aria-expanded={themesOpen}
            aria-controls={`${id}-themes-panel`}
            onClick={() => setThemesOpen(!themesOpen)}
          >
            {themesOpen ? t('capture.closeThemes') : t('capture.manageThemes')}
          </button>
        </div>
        <div id={`${id}-themes-panel`} hidden={!themesOpen}>
          {themesOpen ? (
            <div className="stack">
              <ThemesEditor
                meeting={meeting}
                send={send}
                disabled={meeting.status === 'ended'}
                reuseEarlier={reuseThemes}
              />
              {can(view.self.role, 'points:set-settings') ? (
                <>
                  <h3>{t('pointsSettings.title')}</h3>
                  <PointsSettingsForm
                    settings={meeting.pointsSettings}
                    send={send}
                    disabled={meeting.status === 'ended'}
                  />
                </>
              ) : null}
            </div>
          ) : null}
        </div>
      </section>

      <ModerationLog meetingId={meeting.id} points={view.points} load={loadModerationLog} />
    </div>
  );
}

/** Tells the desk, politely, how many points arrived from others since the last announcement. */
function useNewPointsAnnouncement(view: MeetingView): string {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const known = useRef<Set<string> | null>(null);
  const ids = view.points.map((p) => p.id).join(' ');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the joined ids stand for the list of points.
  useEffect(() => {
    const before = known.current;
    known.current = new Set(view.points.map((p) => p.id));
    if (!before) return;
    const fresh = view.points.filter((p) => !before.has(p.id) && !view.myPointIds.includes(p.id));
    if (fresh.length > 0) setMessage(t('capture.newPoints', { count: fresh.length }));
  }, [ids]);
  return message;
}

type Run = ReturnType<typeof useRun>['run'];

function DeskPoint({
  point,
  themes,
  itemTitle,
  busy,
  run,
  selected,
  onSelect,
  canMergeHere,
  onMergeHere,
  loadHistory,
  marks,
}: {
  point: Point;
  themes: Theme[];
  itemTitle: string;
  busy: boolean;
  run: Run;
  selected: boolean;
  onSelect: (on: boolean) => void;
  canMergeHere: boolean;
  onMergeHere: () => void;
  loadHistory: () => Promise<Revision[]>;
  /** The report's marks on this point: form, addressee, identifying. */
  marks: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [mode, setMode] = useState<'view' | 'edit' | 'themes' | 'parking' | 'pending' | 'hidden'>('view');
  const [draft, setDraft] = useState(point.text);
  const [reason, setReason] = useState('');
  const [owner, setOwner] = useState(point.parkingLot?.owner ?? '');
  const [dueDate, setDueDate] = useState(point.parkingLot?.dueDate ?? '');
  const held = point.status === 'pending' && point.reason;

  const done = (ok: boolean) => {
    if (ok) setMode('view');
  };

  return (
    <li className={`desk-point point-${point.status}`}>
      <article aria-labelledby={`${id}-text`}>
        <p className="point-meta muted">
          <span className={`badge point-status-${point.status}`}>
            {held ? t('pointStatus.held') : t(`pointStatus.${point.status}`)}
          </span>{' '}
          <span dir="auto">{itemTitle}</span>
          {point.origin === 'participant' ? <> · {t('capture.fromParticipant')}</> : null}
        </p>
        {mode === 'edit' ? (
          <form
            className="form"
            onSubmit={async (e) => {
              e.preventDefault();
              if (draft.trim()) done(await run({ type: 'point:edit', pointId: point.id, text: draft.trim() }));
            }}
          >
            <div className="field">
              <label htmlFor={`${id}-edit`}>{t('capture.editPoint')}</label>
              <textarea
                id={`${id}-edit`}
                dir="auto"
                rows={3}
                value={draft}
                maxLength={LIMITS.pointLength}
                onChange={(e) => setDraft(e.target.value)}
              />
            </div>
            <div className="row-actions">
              <button type="submit" className="button button-primary button-small" disabled={busy}>
                {t('capture.save')}
              </button>
              <button type="button" className="button button-quiet button-small" onClick={() => setMode('view')}>
                {t('common.cancel')}
              </button>
            </div>
          </form>
        ) : (
          <p id={`${id}-text`} className="point-text" dir="auto">
            {point.text}
          </p>
        )}
        {point.editedAt !== null ? <PointHistory load={loadHistory} /> : null}
        {point.source ? (
          <p className="muted" dir="auto">
            {t('capture.source', { name: point.source.name, organisation: point.source.organisation })}
          </p>
        ) : null}
        <ThemeChips themes={themes} themeIds={point.themeIds} />
        {point.reason ? (
          <p className="muted" dir="auto">
            {t('capture.reason', { reason: point.reason })}
          </p>
        ) : null}
        {point.parkingLot ? (
          <p className="muted" dir="auto">
            {t('capture.parked', { owner: point.parkingLot.owner, date: point.parkingLot.dueDate ?? '—' })}
          </p>
        ) : null}
        {point.status === 'published' ? (
          <p className="muted">{t('points.supportCount', { count: point.supportCount })}</p>
        ) : null}

        <div className="row-actions">
          <button
            type="button"
            className="button button-small"
            aria-pressed={point.starred}
            disabled={busy}
            onClick={() => void run({ type: 'point:mark', pointId: point.id, starred: !point.starred })}
          >
            <span aria-hidden="true">★</span> {t('capture.star')}
          </button>
          <button
            type="button"
            className="button button-small"
            aria-pressed={point.recommendation}
            disabled={busy}
            onClick={() => void run({ type: 'point:mark', pointId: point.id, recommendation: !point.recommendation })}
          >
            {t('capture.recommendation')}
          </button>
          {themes.length > 0 ? (
            <button
              type="button"
              className="button button-small"
              aria-expanded={mode === 'themes'}
              aria-controls={`${id}-themes`}
              onClick={() => setMode(mode === 'themes' ? 'view' : 'themes')}
            >
              {t('capture.tagThemes')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button-small"
            aria-expanded={mode === 'parking'}
            disabled={busy}
            onClick={() => setMode(mode === 'parking' ? 'view' : 'parking')}
          >
            {t('capture.parkingLot')}
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={busy}
            onClick={() => {
              setDraft(point.text);
              setMode('edit');
            }}
          >
            {t('capture.edit')}
          </button>
          {point.status !== 'published' ? (
            <button
              type="button"
              className="button button-small button-primary"
              disabled={busy}
              onClick={() => void run({ type: 'point:moderate', pointId: point.id, status: 'published', reason: null })}
            >
              {t('capture.publish')}
            </button>
          ) : null}
          <button type="button" className="button button-small" disabled={busy} onClick={() => setMode('pending')}>
            {t('capture.hold')}
          </button>
          <button
            type="button"
            className="button button-small button-danger"
            disabled={busy || point.status === 'hidden'}
            onClick={() => setMode('hidden')}
          >
            {t('capture.hide')}
          </button>
        </div>
        {marks}

        {mode === 'themes' ? (
          <fieldset id={`${id}-themes`} className="theme-toggles" disabled={busy}>
            <legend className="visually-hidden">{t('capture.themes')}</legend>
            {themes.map((theme) => {
              const on = point.themeIds.includes(theme.id);
              return (
                <button
                  key={theme.id}
                  type="button"
                  className="button button-small theme-toggle"
                  aria-pressed={on}
                  onClick={() =>
                    void run({
                      type: 'point:edit',
                      pointId: point.id,
                      themeIds: on
                        ? point.themeIds.filter((x) => x !== theme.id)
                        : themes
                            .filter((th) => th.id === theme.id || point.themeIds.includes(th.id))
                            .map((th) => th.id),
                    })
                  }
                >
                  <span className="swatch" style={{ backgroundColor: theme.colour }} aria-hidden="true" />
                  <span dir="auto">{theme.name}</span>
                </button>
              );
            })}
          </fieldset>
        ) : null}

        {mode === 'pending' || mode === 'hidden' ? (
          <form
            className="form"
            onSubmit={async (e) => {
              e.preventDefault();
              done(
                await run({
                  type: 'point:moderate',
                  pointId: point.id,
                  status: mode,
                  reason: reason.trim() || null,
                }),
              );
            }}
          >
            <div className="field">
              <label htmlFor={`${id}-reason`}>{t('capture.reasonLabel')}</label>
              <input
                id={`${id}-reason`}
                dir="auto"
                value={reason}
                maxLength={LIMITS.reasonLength}
                onChange={(e) => setReason(e.target.value)}
              />
            </div>
            <div className="row-actions">
              <button type="submit" className="button button-small button-primary" disabled={busy}>
                {mode === 'pending' ? t('capture.confirmHold') : t('capture.confirmHide')}
              </button>
              <button type="button" className="button button-quiet button-small" onClick={() => setMode('view')}>
                {t('common.cancel')}
              </button>
            </div>
          </form>
        ) : null}

        {mode === 'parking' ? (
          <form
            className="form"
            onSubmit={async (e) => {
              e.preventDefault();
              if (!owner.trim()) return;
              done(
                await run({
                  type: 'point:mark',
                  pointId: point.id,
                  parkingLot: { owner: owner.trim(), dueDate: dueDate || null },
                }),
              );
            }}
          >
            <div className="field">
              <label htmlFor={`${id}-owner`}>{t('capture.owner')}</label>
              <input
                id={`${id}-owner`}
                dir="auto"
                value={owner}
                maxLength={LIMITS.nameLength}
                onChange={(e) => setOwner(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-due`}>{t('capture.dueDate')}</label>
              <input id={`${id}-due`} type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
            </div>
            <div className="row-actions">
              <button type="submit" className="button button-small button-primary" disabled={busy || !owner.trim()}>
                {t('capture.saveParkingLot')}
              </button>
              {point.parkingLot ? (
                <button
                  type="button"
                  className="button button-small"
                  disabled={busy}
                  onClick={async () => done(await run({ type: 'point:mark', pointId: point.id, parkingLot: null }))}
                >
                  {t('capture.removeParkingLot')}
                </button>
              ) : null}
            </div>
          </form>
        ) : null}

        <div className="row-actions merge-actions">
          <label className="check">
            <input type="checkbox" checked={selected} onChange={(e) => onSelect(e.target.checked)} />
            {t('capture.selectForMerge')}
          </label>
          <button type="button" className="button button-small" disabled={busy || !canMergeHere} onClick={onMergeHere}>
            {t('capture.mergeHere')}
          </button>
        </div>
      </article>
    </li>
  );
}

/** A point's earlier wordings, kept by the server, fetched when the desk asks. */
function PointHistory({ load }: { load: () => Promise<Revision[]> }) {
  const { t, i18n } = useTranslation();
  const [revisions, setRevisions] = useState<Revision[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <details
      className="point-history"
      onToggle={async (e) => {
        if (!e.currentTarget.open) return;
        setError(null);
        try {
          setRevisions(await load());
        } catch (err) {
          setError(errorMessage(t, err));
        }
      }}
    >
      <summary>{t('capture.earlierVersions')}</summary>
      {error ? (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      ) : null}
      {revisions && revisions.length === 0 ? <p className="muted">{t('capture.noEarlierVersions')}</p> : null}
      {revisions && revisions.length > 0 ? (
        <ol className="moderation-log">
          {[...revisions]
            .sort((a, b) => b.replacedAt - a.replacedAt)
            .map((r) => (
              <li key={r.replacedAt}>
                <time dateTime={new Date(r.replacedAt).toISOString()}>
                  {new Date(r.replacedAt).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' })}
                </time>{' '}
                <span className="point-text" dir="auto">
                  {r.text}
                </span>
              </li>
            ))}
        </ol>
      ) : null}
    </details>
  );
}

/**
 * Where a point stands with the moderators, if anything was decided or is awaited: a participant's point
 * waiting for moderation, and any point held, hidden or merged. Published points are the normal case.
 */
function decisionOf(p: Point): 'pending' | 'held' | 'hidden' | 'merged' | null {
  if (p.status === 'published') return null;
  if (p.status === 'pending') return p.reason ? 'held' : p.origin === 'participant' ? 'pending' : null;
  return p.status;
}

function ModerationLog({
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
