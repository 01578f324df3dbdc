import type { AgendaItem, Language, Point, Theme } from '@hiwar/protocol';
import { LIMITS } from '@hiwar/protocol';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SendCommand } from '../meeting/meeting-store';
import type { useRun } from '../points/use-run';
import { useThemeName } from '../themes/localized-name';
import { DeskPoint, type Revision } from './desk-point';
import { type BulkSummary, useBulkModeration } from './use-bulk-moderation';

type Run = ReturnType<typeof useRun>['run'];
export type StatusFilter = 'all' | 'pending' | 'published' | 'hidden';
const STATUS_FILTERS: StatusFilter[] = ['all', 'pending', 'published', 'hidden'];
/** 'any' shows every theme, 'none' the points without one, else a theme's id. */
type ThemeFilter = string;

const matchesStatus = (p: Point, f: StatusFilter) => f === 'all' || p.status === f;
const matchesTheme = (p: Point, f: ThemeFilter) =>
  f === 'any' || (f === 'none' ? p.themeIds.length === 0 : p.themeIds.includes(f));

/**
 * The desk's list of points, newest first, with filters by state and theme (each with its count),
 * checkboxes to choose several points, and a bar to publish or hide the chosen ones at once. The list
 * scrolls inside its pane on wider screens, so the pane's tools stay in reach.
 */
export function DeskPointList({
  title,
  points,
  themes,
  agenda,
  language,
  initialFilter,
  emptyText,
  send,
  run,
  busy,
  merge,
  loadHistory,
}: {
  title: string;
  /** The points to list: every point that is not merged into another. */
  points: Point[];
  themes: Theme[];
  agenda: AgendaItem[];
  language: Language;
  initialFilter: StatusFilter;
  emptyText: string;
  send: SendCommand;
  run: Run;
  busy: boolean;
  merge: (targetId: string, sourceIds: string[]) => Promise<boolean>;
  loadHistory: (pointId: string) => Promise<Revision[]>;
}) {
  const { t } = useTranslation();
  const themeName = useThemeName();
  const id = useId();
  const [status, setStatus] = useState<StatusFilter>(initialFilter);
  const [theme, setTheme] = useState<ThemeFilter>('any');
  const [chosen, setChosen] = useState<string[]>([]);
  const bulk = useBulkModeration(send);
  const [hiding, setHiding] = useState(false);
  const [reason, setReason] = useState('');
  const selectAll = useRef<HTMLInputElement>(null);

  const known = new Set(points.map((p) => p.id));
  const selected = chosen.filter((x) => known.has(x));
  const shown = points
    .filter((p) => matchesStatus(p, status) && matchesTheme(p, theme))
    .sort((a, b) => b.createdAt - a.createdAt);
  const shownSelected = shown.filter((p) => selected.includes(p.id));
  const statusCount = (f: StatusFilter) => points.filter((p) => matchesStatus(p, f) && matchesTheme(p, theme)).length;
  const themeCount = (f: ThemeFilter) => points.filter((p) => matchesStatus(p, status) && matchesTheme(p, f)).length;
  const allShownSelected = shown.length > 0 && shownSelected.length === shown.length;

  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = shownSelected.length > 0 && !allShownSelected;
  });

  const decide = async (next: 'published' | 'hidden') => {
    // Oldest first, so that points reach the board and participants in the order they were made.
    const targets = points.filter((p) => selected.includes(p.id)).sort((a, b) => a.createdAt - b.createdAt);
    const result = await bulk.apply(targets, next, reason.trim() || null);
    const refused = new Set(result.refused.map((r) => r.pointId));
    // What was refused stays chosen, to be looked at or tried again; the rest is done with.
    setChosen((ids) => ids.filter((x) => refused.has(x)));
    setHiding(false);
    setReason('');
  };

  const busyAny = busy || bulk.busy;

  return (
    <section className="card desk-list" aria-labelledby={`${id}-title`}>
      <div className="desk-list-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <div className="desk-filters">
          <fieldset className="desk-status-filter">
            <legend className="visually-hidden">{t('capture.filterByState')}</legend>
            {STATUS_FILTERS.map((f) => (
              <button
                key={f}
                type="button"
                className="button button-small desk-filter"
                aria-pressed={status === f}
                onClick={() => setStatus(f)}
              >
                {f === 'all' ? t('capture.filterAll') : t(`pointStatus.${f}`)}
                <span className="desk-count">{statusCount(f)}</span>
              </button>
            ))}
          </fieldset>
          {themes.length > 0 ? (
            <div className="desk-theme-filter">
              <label htmlFor={`${id}-theme`}>{t('capture.filterTheme')}</label>
              <select
                id={`${id}-theme`}
                className="select-small"
                value={theme}
                onChange={(e) => setTheme(e.target.value)}
              >
                <option value="any">{t('capture.anyTheme', { count: themeCount('any') })}</option>
                {themes.map((th) => (
                  <option key={th.id} value={th.id}>
                    {t('capture.themeWithCount', { name: themeName(th), count: themeCount(th.id) })}
                  </option>
                ))}
                <option value="none">
                  {t('capture.themeWithCount', { name: t('points.noTheme'), count: themeCount('none') })}
                </option>
              </select>
            </div>
          ) : null}
        </div>
      </div>

      <div className="desk-bulk">
        <label className="check desk-select-all">
          <input
            ref={selectAll}
            type="checkbox"
            checked={allShownSelected}
            disabled={shown.length === 0}
            onChange={(e) =>
              setChosen((ids) =>
                e.target.checked
                  ? [...new Set([...ids, ...shown.map((p) => p.id)])]
                  : ids.filter((x) => !shown.some((p) => p.id === x)),
              )
            }
          />
          {selected.length > 0 ? t('capture.selected', { count: selected.length }) : t('capture.selectAll')}
        </label>
        {selected.length > 0 ? (
          <div className="desk-bulk-actions">
            <button
              type="button"
              className="button button-small button-primary"
              disabled={busyAny}
              onClick={() => void decide('published')}
            >
              {t('capture.publishSelected')}
            </button>
            <button
              type="button"
              className="button button-small button-danger"
              aria-expanded={hiding}
              disabled={busyAny}
              onClick={() => setHiding(!hiding)}
            >
              {t('capture.hideSelected')}
            </button>
            <button type="button" className="button button-small button-quiet" onClick={() => setChosen([])}>
              {t('capture.clearSelection')}
            </button>
          </div>
        ) : null}
        {hiding && selected.length > 0 ? (
          <form
            className="form desk-bulk-hide"
            onSubmit={(e) => {
              e.preventDefault();
              void decide('hidden');
            }}
          >
            <div className="field">
              <label htmlFor={`${id}-reason`}>{t('capture.reasonForAll')}</label>
              <input
                id={`${id}-reason`}
                dir="auto"
                value={reason}
                maxLength={LIMITS.reasonLength}
                onChange={(e) => setReason(e.target.value)}
              />
            </div>
            <button type="submit" className="button button-small button-danger" disabled={busyAny}>
              {t('capture.confirmHideSelected', { count: selected.length })}
            </button>
          </form>
        ) : null}
      </div>
      <div className="desk-bulk-summary" role="status" aria-live="polite">
        {bulk.summary ? <BulkReport summary={bulk.summary} onDismiss={bulk.dismiss} /> : null}
      </div>

      <div className="desk-list-scroll">
        {shown.length === 0 ? (
          <p className="muted desk-empty">{points.length === 0 ? emptyText : t('capture.noMatch')}</p>
        ) : null}
        <ol className="point-list">
          {shown.map((point) => (
            <DeskPoint
              key={point.id}
              point={point}
              themes={themes}
              itemTitle={agenda.find((i) => i.id === point.itemId)?.title ?? ''}
              language={language}
              loadHistory={() => loadHistory(point.id)}
              busy={busyAny}
              run={run}
              selected={selected.includes(point.id)}
              onSelect={(on) => setChosen((ids) => (on ? [...ids, point.id] : ids.filter((x) => x !== point.id)))}
              canMergeHere={selected.some((s) => s !== point.id)}
              onMergeHere={async () => {
                const sources = selected.filter((s) => s !== point.id);
                if (await merge(point.id, sources)) {
                  setChosen((ids) => ids.filter((x) => !sources.includes(x) && x !== point.id));
                }
              }}
            />
          ))}
        </ol>
      </div>
    </section>
  );
}

/** One sentence for what succeeded, and each refusal with its reason, so nothing is dropped silently. */
function BulkReport({ summary, onDismiss }: { summary: BulkSummary; onDismiss: () => void }) {
  const { t } = useTranslation();
  const failed = summary.refused.length > 0;
  return (
    <div className={`banner ${failed ? 'banner-warning' : ''} desk-bulk-report`}>
      <p>
        {summary.status === 'published'
          ? t('capture.bulkPublished', { count: summary.done.length })
          : t('capture.bulkHidden', { count: summary.done.length })}
        {summary.unchanged.length > 0
          ? ` ${summary.status === 'published' ? t('capture.bulkAlreadyPublished', { count: summary.unchanged.length }) : t('capture.bulkAlreadyHidden', { count: summary.unchanged.length })}`
          : null}
        {failed ? ` ${t('capture.bulkRefused', { count: summary.refused.length })}` : null}
      </p>
      {failed ? (
        <ul className="desk-refused">
          {summary.refused.map((r) => (
            <li key={r.pointId}>
              <bdi>{t('capture.refusedPoint', { text: r.text, reason: r.message })}</bdi>
            </li>
          ))}
        </ul>
      ) : null}
      <button type="button" className="button button-quiet button-small" onClick={onDismiss}>
        {t('capture.dismiss')}
      </button>
    </div>
  );
}
