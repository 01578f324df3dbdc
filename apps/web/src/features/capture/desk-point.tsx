import type { Language, Point, Theme } from '@hiwar/protocol';
import { LIMITS } from '@hiwar/protocol';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';
import type { useRun } from '../points/use-run';
import { useThemeName } from '../themes/localized-name';
import { ThemeChips } from '../themes/theme-chips';
import { type MenuEntry, OverflowMenu } from './overflow-menu';
import { PointMarks } from './point-marks';

type Run = ReturnType<typeof useRun>['run'];
export type Revision = { text: string; themeIds: string[]; replacedAt: number };
type Mode = 'view' | 'edit' | 'themes' | 'parking' | 'pending' | 'hidden' | 'marks' | 'history';

/**
 * One point on the desk as a compact row: its words, themes, state and supporters, the frequent actions
 * in the row (publish or hide a waiting point, tag themes, edit) and the rest in a "more actions" menu.
 * What an action needs (a reason, an owner, the report's marks) opens under the row, not in a dialog.
 */
export function DeskPoint({
  point,
  themes,
  itemTitle,
  language,
  busy,
  run,
  selected,
  onSelect,
  canMergeHere,
  onMergeHere,
  loadHistory,
}: {
  point: Point;
  themes: Theme[];
  itemTitle: string;
  language: Language;
  busy: boolean;
  run: Run;
  selected: boolean;
  onSelect: (on: boolean) => void;
  canMergeHere: boolean;
  onMergeHere: () => void;
  loadHistory: () => Promise<Revision[]>;
}) {
  const { t } = useTranslation();
  const themeName = useThemeName();
  const id = useId();
  const [mode, setMode] = useState<Mode>('view');
  const [draft, setDraft] = useState(point.text);
  const [reason, setReason] = useState('');
  const [owner, setOwner] = useState(point.parkingLot?.owner ?? '');
  const [dueDate, setDueDate] = useState(point.parkingLot?.dueDate ?? '');
  const panel = useRef<HTMLDivElement>(null);
  const held = point.status === 'pending' && point.reason;
  const toggle = (next: Mode) => setMode(mode === next ? 'view' : next);
  const done = (ok: boolean) => {
    if (ok) setMode('view');
  };

  // A panel opened from the menu takes the focus, so the keyboard lands where the next press is.
  useEffect(() => {
    if (mode === 'view' || mode === 'edit' || mode === 'themes') return;
    panel.current?.querySelector<HTMLElement>('input, select, textarea, button, summary')?.focus();
  }, [mode]);

  const menu: MenuEntry[] = [
    { kind: 'action', label: t('capture.hold'), onSelect: () => setMode('pending') },
    ...(point.status === 'published'
      ? [{ kind: 'action' as const, label: t('capture.hide'), danger: true, onSelect: () => setMode('hidden') }]
      : []),
    {
      kind: 'toggle',
      label: t('capture.star'),
      checked: point.starred,
      disabled: busy,
      onSelect: () => void run({ type: 'point:mark', pointId: point.id, starred: !point.starred }),
    },
    {
      kind: 'toggle',
      label: t('capture.recommendation'),
      checked: point.recommendation,
      disabled: busy,
      onSelect: () => void run({ type: 'point:mark', pointId: point.id, recommendation: !point.recommendation }),
    },
    { kind: 'action', label: t('capture.reportMarks'), onSelect: () => setMode('marks') },
    { kind: 'action', label: t('capture.parkingLot'), onSelect: () => setMode('parking') },
    { kind: 'action', label: t('capture.mergeHere'), disabled: busy || !canMergeHere, onSelect: onMergeHere },
    ...(point.editedAt !== null
      ? [{ kind: 'action' as const, label: t('capture.earlierVersions'), onSelect: () => setMode('history') }]
      : []),
  ];

  return (
    <li className={`desk-point point-${point.status}${selected ? ' desk-point-selected' : ''}`}>
      <article className="desk-row" aria-labelledby={`${id}-text`}>
        {/* The label is the 44 px target around the small box; the name comes from "Select" and the words. */}
        <label className="desk-select">
          <input
            type="checkbox"
            checked={selected}
            aria-labelledby={`${id}-select ${id}-text`}
            onChange={(e) => onSelect(e.target.checked)}
          />
        </label>
        <span id={`${id}-select`} hidden>
          {t('capture.selectPoint')}
        </span>
        <div className="desk-row-body">
          {mode === 'edit' ? (
            <form
              className="form desk-edit"
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
                  // biome-ignore lint/a11y/noAutofocus: the desk pressed Edit; the words are what it wants next.
                  autoFocus
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
          ) : null}
          <p id={`${id}-text`} className="point-text" dir="auto" hidden={mode === 'edit'}>
            {point.text}
          </p>
          <div className="desk-row-meta">
            <span className={`badge point-status-${point.status}`}>
              {held ? t('pointStatus.held') : t(`pointStatus.${point.status}`)}
            </span>
            <ThemeChips themes={themes} themeIds={point.themeIds} />
            {point.status === 'published' ? (
              <span className="desk-support">{t('points.supportCount', { count: point.supportCount })}</span>
            ) : null}
            {point.starred ? (
              <span className="badge badge-mark">
                <span aria-hidden="true">★ </span>
                {t('capture.starred')}
              </span>
            ) : null}
            {point.recommendation ? <span className="badge badge-mark">{t('capture.recommendation')}</span> : null}
            {point.identifying ? (
              <span className="badge badge-identifying">{t('capture.marks.identifying')}</span>
            ) : null}
            <span className="desk-origin muted" dir="auto">
              {itemTitle}
              {point.origin === 'participant' ? <> · {t('capture.fromParticipant')}</> : null}
            </span>
          </div>
          {point.source ? (
            <p className="desk-note muted" dir="auto">
              {t('capture.source', { name: point.source.name, organisation: point.source.organisation })}
            </p>
          ) : null}
          {point.reason ? (
            <p className="desk-note muted" dir="auto">
              {t('capture.reason', { reason: point.reason })}
            </p>
          ) : null}
          {point.parkingLot ? (
            <p className="desk-note muted" dir="auto">
              {t('capture.parked', { owner: point.parkingLot.owner, date: point.parkingLot.dueDate ?? '—' })}
            </p>
          ) : null}
        </div>

        <div className="desk-row-actions">
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
          {point.status === 'pending' ? (
            <button
              type="button"
              className="button button-small button-danger"
              aria-expanded={mode === 'hidden'}
              disabled={busy}
              onClick={() => toggle('hidden')}
            >
              {t('capture.hide')}
            </button>
          ) : null}
          {themes.length > 0 ? (
            <button
              type="button"
              className="button button-small"
              aria-expanded={mode === 'themes'}
              aria-controls={`${id}-themes`}
              onClick={() => toggle('themes')}
            >
              {t('capture.tagThemes')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button-small"
            aria-expanded={mode === 'edit'}
            disabled={busy}
            onClick={() => {
              setDraft(point.text);
              toggle('edit');
            }}
          >
            {t('capture.edit')}
          </button>
          <OverflowMenu label={t('capture.moreActions')} entries={menu} />
        </div>

        <div className="desk-row-panel" ref={panel}>
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
                    <span dir="auto">{themeName(theme)}</span>
                  </button>
                );
              })}
            </fieldset>
          ) : null}

          {mode === 'pending' || mode === 'hidden' ? (
            <form
              className="form desk-panel-form"
              onSubmit={async (e) => {
                e.preventDefault();
                done(
                  await run({ type: 'point:moderate', pointId: point.id, status: mode, reason: reason.trim() || null }),
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
              className="form desk-panel-form"
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
                <button type="button" className="button button-quiet button-small" onClick={() => setMode('view')}>
                  {t('common.cancel')}
                </button>
              </div>
            </form>
          ) : null}

          {mode === 'marks' ? (
            <div className="desk-panel-marks">
              <PointMarks point={point} language={language} busy={busy} run={run} />
              <button type="button" className="button button-quiet button-small" onClick={() => setMode('view')}>
                {t('capture.done')}
              </button>
            </div>
          ) : null}

          {mode === 'history' ? <PointHistory load={loadHistory} onClose={() => setMode('view')} /> : null}
        </div>
      </article>
    </li>
  );
}

/** A point's earlier wordings, kept by the server, fetched when the desk opens them. */
function PointHistory({ load, onClose }: { load: () => Promise<Revision[]>; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [revisions, setRevisions] = useState<Revision[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: loaded once, when the panel opens.
  useEffect(() => {
    let live = true;
    load().then(
      (found) => live && setRevisions(found),
      (err) => live && setError(errorMessage(t, err)),
    );
    return () => {
      live = false;
    };
  }, []);
  return (
    <section className="point-history" aria-label={t('capture.earlierVersions')}>
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
      <button type="button" className="button button-quiet button-small" onClick={onClose}>
        {t('capture.done')}
      </button>
    </section>
  );
}
