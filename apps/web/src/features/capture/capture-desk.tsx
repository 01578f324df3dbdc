import type { MeetingView } from '@hiwar/domain';
import { can, suggestDuplicates } from '@hiwar/domain';
import { LIMITS } from '@hiwar/protocol';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../lib/api';
import type { SendCommand } from '../meeting/meeting-store';
import { useRun } from '../points/use-run';
import { PointsSettingsForm } from '../themes/points-settings-form';
import { ThemesEditor } from '../themes/themes-editor';
import { CaptureForm, type Draft, emptyDraft } from './capture-form';
import type { Revision } from './desk-point';
import { DeskPointList } from './desk-point-list';
import { type LogEntry, ModerationLog } from './moderation-log';
import './capture-desk.css';

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

type Pane = 'capture' | 'moderate';
const PANES: Pane[] = ['capture', 'moderate'];

/**
 * The rapporteur's desk in two panes, as moderators of live Q&A tools know it: "Capture" to note points
 * fast with themes from the keyboard next to the list of points, and "Moderate" for the queue of points
 * waiting to be published or hidden, one at a time or several at once. The pane is in the address
 * (?pane=moderate), so a link can open the queue directly.
 */
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
  const { run, busy, error } = useRun(send);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [params, setParams] = useSearchParams();
  const pane: Pane = params.get('pane') === 'moderate' ? 'moderate' : 'capture';
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const announcement = useNewPointsAnnouncement(view);

  const visible = view.points.filter((p) => p.status !== 'merged');
  const waiting = visible.filter((p) => p.status === 'pending').length;

  const choose = (next: Pane, focus = false) => {
    setParams(
      (prev) => {
        const copy = new URLSearchParams(prev);
        if (next === 'capture') copy.delete('pane');
        else copy.set('pane', next);
        return copy;
      },
      { replace: true },
    );
    if (focus) tabs.current[PANES.indexOf(next)]?.focus();
  };

  // Arrow keys move between the tabs in reading order, which runs the other way in Arabic.
  const onTabKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const rtl = getComputedStyle(e.currentTarget).direction === 'rtl';
    const step =
      e.key === 'ArrowRight'
        ? rtl
          ? -1
          : 1
        : e.key === 'ArrowLeft'
          ? rtl
            ? 1
            : -1
          : e.key === 'Home'
            ? 'first'
            : e.key === 'End'
              ? 'last'
              : null;
    if (step === null) return;
    e.preventDefault();
    const at = PANES.indexOf(pane);
    const next =
      step === 'first'
        ? PANES[0]
        : step === 'last'
          ? PANES[PANES.length - 1]
          : PANES[(at + step + PANES.length) % PANES.length];
    if (next) choose(next, true);
  };

  const merge = async (targetId: string, sourceIds: string[]) => {
    const sources = sourceIds.filter((s) => s !== targetId).slice(0, LIMITS.pointsPerMerge);
    if (sources.length === 0) return false;
    return run({ type: 'point:merge', targetId, sourceIds: sources });
  };

  const listProps = {
    points: visible,
    themes,
    agenda,
    language: meeting.contentLanguage,
    send,
    run,
    busy,
    merge,
    loadHistory: (pointId: string) => loadPointHistory(meeting.id, pointId),
  };

  return (
    <div className="capture">
      <div className="page-head capture-head">
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

      <div className="desk-tabs" role="tablist" aria-label={t('capture.panes')}>
        {PANES.map((p, i) => (
          <button
            key={p}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            id={`${id}-tab-${p}`}
            type="button"
            role="tab"
            className="desk-tab"
            aria-selected={pane === p}
            aria-controls={`${id}-pane`}
            tabIndex={pane === p ? 0 : -1}
            onClick={() => choose(p)}
            onKeyDown={onTabKeyDown}
          >
            {p === 'capture' ? t('capture.tabCapture') : t('capture.tabModerate')}
            {p === 'moderate' ? ' ' : null}
            {p === 'moderate' ? (
              <span className={`desk-count${waiting > 0 ? ' desk-count-due' : ''}`}>
                <span aria-hidden="true">{waiting}</span>
                <span className="visually-hidden">{t('capture.waiting', { count: waiting })}</span>
              </span>
            ) : null}
          </button>
        ))}
      </div>

      {error ? (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      ) : null}

      <div
        id={`${id}-pane`}
        role="tabpanel"
        aria-labelledby={`${id}-tab-${pane}`}
        className={`desk-pane desk-pane-${pane}`}
      >
        {pane === 'capture' ? (
          <>
            <div className="desk-side">
              <CaptureForm
                current={current}
                live={live}
                themes={themes}
                draft={draft}
                setDraft={setDraft}
                run={run}
                busy={busy}
              />
              <ThemesCard view={view} send={send} reuseThemes={reuseThemes} />
            </div>
            <DeskPointList
              key="capture"
              {...listProps}
              title={t('capture.points', { count: visible.length })}
              initialFilter="all"
              emptyText={t('capture.noPoints')}
            />
          </>
        ) : (
          <>
            <DeskPointList
              key="moderate"
              {...listProps}
              title={t('capture.queue')}
              initialFilter="pending"
              emptyText={t('capture.noPoints')}
            />
            <div className="desk-side">
              <Duplicates view={view} busy={busy} merge={merge} />
              <ModerationLog meetingId={meeting.id} points={view.points} load={loadModerationLog} />
            </div>
          </>
        )}
      </div>
    </div>
  );
}

/** Pairs of points that read alike, each merged with one press. */
function Duplicates({
  view,
  busy,
  merge,
}: {
  view: MeetingView;
  busy: boolean;
  merge: (targetId: string, sourceIds: string[]) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const visible = view.points.filter((p) => p.status !== 'merged');
  const byId = new Map(view.points.map((p) => [p.id, p]));
  const duplicates = suggestDuplicates(visible).slice(0, 10);
  if (duplicates.length === 0) return null;
  return (
    <section className="card" aria-labelledby={`${id}-dupes`}>
      <h2 id={`${id}-dupes`}>{t('capture.duplicates')}</h2>
      <ul className="duplicate-list">
        {duplicates.map(({ a, b }) => (
          <li key={`${a}-${b}`} className="duplicate-pair">
            <p dir="auto">{byId.get(a)?.text}</p>
            <p dir="auto">{byId.get(b)?.text}</p>
            <button type="button" className="button button-small" disabled={busy} onClick={() => void merge(a, [b])}>
              {t('capture.mergePair')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Themes and the points settings, folded away until the desk needs them during the meeting. */
function ThemesCard({ view, send, reuseThemes }: { view: MeetingView; send: SendCommand; reuseThemes: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const { meeting } = view;
  const [open, setOpen] = useState(false);
  return (
    <section className="card desk-themes" aria-labelledby={`${id}-themes`}>
      <div className="card-head">
        <h2 id={`${id}-themes`}>{t('themes.title')}</h2>
        <button
          type="button"
          className="button button-small"
          aria-expanded={open}
          aria-controls={`${id}-themes-panel`}
          onClick={() => setOpen(!open)}
        >
          {open ? t('capture.closeThemes') : t('capture.manageThemes')}
        </button>
      </div>
      <div id={`${id}-themes-panel`} hidden={!open}>
        {open ? (
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
