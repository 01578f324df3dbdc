import type { HiwarHttp } from '@hiwar/client';
import {
  type ExportFormat,
  type Inline,
  type Point,
  plainText,
  REPORT_SECTION_KEYS,
  type ReportBlock,
  type ReportDocument,
  type ReportSection,
  type ReportVersion,
} from '@hiwar/protocol';
import type { TFunction } from 'i18next';
import { ArrowDown, ArrowUp, X } from 'lucide-react';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../lib/errors';
import { DragHandle, SortableList, useSortableRow } from '../sortable/sortable-list';
import { LikelyNames } from './likely-names';
import { ReportPreview } from './report-preview';
import { ReportSettings } from './report-settings';
import {
  createReviews,
  editReport,
  flushReport,
  generateReport,
  publishReport,
  regenerateSection,
  reloadReport,
  restoreVersion,
  useReportStore,
} from './report-store';
import { RichText } from './rich-text';
import { isolate } from './runs';
import { Toolbar } from './toolbar';

const GENERATED = new Set<string>(REPORT_SECTION_KEYS);
const EXPORTS: ExportFormat[] = ['md', 'html', 'pdf', 'docx', 'json'];

/** Moves an element of a list from one place to another; the list is returned unchanged for a move outside it. */
function moved<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from < 0 || from >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

/** What a block is called when its move is announced: its first words, or its kind. */
function blockName(t: TFunction, block: ReportBlock): string {
  if (block.kind === 'paragraph' || block.kind === 'heading') {
    const text = plainText(block.content).trim();
    if (text) return text.length > 48 ? `${text.slice(0, 47)}…` : text;
  }
  return t(
    block.kind === 'heading'
      ? 'report.subheading'
      : block.kind === 'list'
        ? 'report.blockList'
        : block.kind === 'chart'
          ? 'report.blockChart'
          : 'report.paragraph',
  );
}

/** Changes one section of the working copy and marks it edited, so regenerating never overwrites it. */
function editSection(key: string, change: (section: ReportSection) => ReportSection) {
  editReport((doc) => ({
    ...doc,
    sections: doc.sections.map((s) => (s.key === key ? { ...change(s), edited: true } : s)),
  }));
}

function editBlock(key: string, blockId: string, change: (block: ReportBlock) => ReportBlock) {
  editSection(key, (s) => ({ ...s, blocks: s.blocks.map((b) => (b.id === blockId ? change(b) : b)) }));
}

/** Language and direction of the interface, for the desk's controls placed inside the document. */
function useInterface() {
  const { i18n } = useTranslation();
  return { lang: i18n.language, dir: i18n.dir() };
}

const newId = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 10)}`;

export interface ReportDeskProps {
  http: HiwarHttp;
  meetingId: string;
  meetingTitle: string;
  /** Whether this person may publish: facilitators and co-facilitators. */
  canPublish: boolean;
  /** Every point the desk sees, for the sources behind generated sentences. */
  points: Point[];
  backPath: string;
}

/** The rapporteur's report desk: generate, edit with autosave and history, check, review, publish, export. */
export function ReportDesk({ http, meetingId, meetingTitle, canPublish, points, backPath }: ReportDeskProps) {
  const { t } = useTranslation();
  const { loading, server, doc, saveStatus, error, busy } = useReportStore();
  const [highlight, setHighlight] = useState<string | null>(null);
  const [view, setView] = useState<'edit' | 'preview'>('edit');
  const gridRef = useRef<HTMLDivElement>(null);
  const findings = server?.findings ?? [];
  const report = server?.report ?? null;
  const byId = new Map(points.map((p) => [p.id, p]));

  useEffect(() => {
    const leave = () => void flushReport();
    window.addEventListener('beforeunload', leave);
    return () => {
      window.removeEventListener('beforeunload', leave);
      leave();
    };
  }, []);

  if (loading) return <p className="loading">{t('common.loading')}</p>;

  return (
    <div className="report-desk">
      <div className="page-head">
        <div>
          <p className="eyebrow">{t('report.eyebrow')}</p>
          <h1 dir="auto">{meetingTitle}</h1>
        </div>
        <div className="actions">
          <Link className="button" to={backPath}>
            {t('report.back')}
          </Link>
          {report ? (
            <a className="button button-quiet report-jump" href="#report-side">
              {t('report.jump')}
            </a>
          ) : null}
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void generateReport()}>
            {report ? t('report.regenerateAll') : t('report.generate')}
          </button>
        </div>
      </div>
      {error && saveStatus !== 'conflict' && saveStatus !== 'failed' ? (
        <p className="banner banner-error" role="alert">
          {error === 'network' ? t('common.networkError') : errorMessage(t, { code: error })}
        </p>
      ) : null}
      <ReportSettings http={http} meetingId={meetingId} />
      {!report || !doc ? (
        <section className="card">
          <p>{t('report.empty')}</p>
        </section>
      ) : (
        <div className="report-grid" ref={gridRef}>
          <div className="report-main stack">
            {/* Edit or Preview, the save status and (when editing) the formatting stay in view. */}
            <div className="report-sticky card">
              <fieldset className="report-view-switch">
                <legend className="visually-hidden">{t('report.view.label')}</legend>
                {(['edit', 'preview'] as const).map((v) => (
                  <button
                    key={v}
                    type="button"
                    className="button button-small"
                    aria-pressed={view === v}
                    onClick={() => {
                      setView(v);
                      // The other view starts at its top, not where the rapporteur had scrolled to.
                      gridRef.current?.scrollIntoView?.({ block: 'start' });
                    }}
                  >
                    {t(`report.view.${v}`)}
                  </button>
                ))}
              </fieldset>
              {/* Hidden, not unmounted, in Preview: each field's undo history survives a look at the print. */}
              <div hidden={view !== 'edit'}>
                <Toolbar />
              </div>
              <div
                className={`report-status${saveStatus === 'conflict' || saveStatus === 'failed' ? ' banner banner-error' : ''}`}
              >
                <p aria-live="polite">{saveStatus !== 'idle' ? t(`report.save.${saveStatus}`) : ''}</p>
                {saveStatus === 'conflict' ? (
                  <button type="button" className="button button-small" onClick={() => void reloadReport()}>
                    {t('report.reload')}
                  </button>
                ) : null}
              </div>
            </div>
            {view === 'preview' ? <ReportPreview doc={doc} /> : null}
            <div className="stack" hidden={view !== 'edit'}>
              {/* The document keeps its own language and direction whatever the interface language; the desk's
                    controls inside it keep the interface's (see useInterfaceDir). */}
              <article className="report-doc" lang={doc.language} dir={doc.dir} aria-label={t('report.document')}>
                {doc.sections.map((section, index) => (
                  <SectionEditor
                    key={section.key}
                    section={section}
                    index={index}
                    count={doc.sections.length}
                    byId={byId}
                    highlight={highlight}
                    busy={busy}
                    language={doc.language}
                    dir={doc.dir}
                  />
                ))}
              </article>
              <button
                type="button"
                className="button"
                onClick={() =>
                  editReport((d) => ({
                    ...d,
                    sections: [
                      ...d.sections,
                      {
                        key: newId('custom'),
                        heading: t('report.newSection'),
                        internal: false,
                        edited: true,
                        blocks: [{ id: newId('p'), kind: 'paragraph', content: [], sources: [], reviewItemId: null }],
                      },
                    ],
                  }))
                }
              >
                {t('report.addSection')}
              </button>
            </div>
          </div>
          <aside className="report-side stack" id="report-side" aria-label={t('report.side')}>
            <CheckPanel
              doc={doc}
              onShow={(at) => {
                // A finding is fixed in the text: the desk goes back to editing to show it.
                setView('edit');
                setHighlight(at);
              }}
            />
            <PublishPanel canPublish={canPublish} blocked={findings.length > 0} />
            <ExportPanel http={http} meetingId={meetingId} blocked={findings.length > 0} />
            <ReviewPanel />
            <HistoryPanel http={http} meetingId={meetingId} />
          </aside>
        </div>
      )}
    </div>
  );
}

interface SectionProps {
  section: ReportSection;
  index: number;
  count: number;
  byId: Map<string, Point>;
  highlight: string | null;
  busy: boolean;
  /** The document's language, for its numbers. */
  language: string;
  /** The document's direction, for a field that has no letter yet. */
  dir: 'ltr' | 'rtl';
}

function SectionEditor({ section, index, count, byId, highlight, busy, language, dir }: SectionProps) {
  const { t } = useTranslation();
  const ui = useInterface();
  const headingId = useId();
  const moveSection = (by: -1 | 1) => editReport((d) => ({ ...d, sections: moved(d.sections, index, index + by) }));
  const generated = GENERATED.has(section.key);
  return (
    <section className={`report-section${section.internal ? ' report-section-internal' : ''}`}>
      <div className="report-section-head">
        <label className="visually-hidden" htmlFor={headingId}>
          {t('report.sectionHeading')}
        </label>
        <textarea
          id={headingId}
          rows={1}
          className={index === 0 ? 'report-heading report-title' : 'report-heading'}
          dir="auto"
          value={section.heading}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.preventDefault();
          }}
          onChange={(e) =>
            editSection(section.key, (s) => ({ ...s, heading: e.target.value.replace(/\s*\n\s*/g, ' ') }))
          }
        />
        <div className="badges" {...ui}>
          {section.internal ? <span className="badge badge-internal">{t('report.internal')}</span> : null}
          {section.edited ? <span className="badge">{t('report.edited')}</span> : null}
        </div>
        <div className="actions report-section-actions" {...ui}>
          <IconButton
            label={t('report.sectionUp', { name: section.heading })}
            disabled={index === 0}
            onClick={() => moveSection(-1)}
          >
            <ArrowUp size={16} />
          </IconButton>
          <IconButton
            label={t('report.sectionDown', { name: section.heading })}
            disabled={index === count - 1}
            onClick={() => moveSection(1)}
          >
            <ArrowDown size={16} />
          </IconButton>
          {generated ? (
            <button
              type="button"
              className="button button-small"
              disabled={busy}
              onClick={() => {
                if (section.edited && !window.confirm(t('report.regenerateConfirm', { name: section.heading }))) return;
                void regenerateSection(section.key);
              }}
            >
              {t('report.regenerateSection')}
            </button>
          ) : (
            <button
              type="button"
              className="button button-small button-danger"
              onClick={() => editReport((d) => ({ ...d, sections: d.sections.filter((s) => s.key !== section.key) }))}
            >
              {t('report.deleteSection')}
            </button>
          )}
        </div>
      </div>
      <SortableList
        ids={section.blocks.map((b) => b.id)}
        nameOf={(id) => {
          const block = section.blocks.find((b) => b.id === id);
          return block ? blockName(t, block) : '';
        }}
        onMove={(from, to) => editSection(section.key, (s) => ({ ...s, blocks: moved(s.blocks, from, to) }))}
      >
        {section.blocks.map((block, i) => (
          <BlockEditor
            key={block.id}
            sectionKey={section.key}
            block={block}
            index={i}
            count={section.blocks.length}
            byId={byId}
            highlighted={highlight === `${section.key}/${block.id}`}
            language={language}
            dir={dir}
          />
        ))}
      </SortableList>
      <button
        type="button"
        className="button button-quiet button-small"
        {...ui}
        onClick={() =>
          editSection(section.key, (s) => ({
            ...s,
            blocks: [...s.blocks, { id: newId('p'), kind: 'paragraph', content: [], sources: [], reviewItemId: null }],
          }))
        }
      >
        {t('report.addParagraph')}
      </button>
    </section>
  );
}

function IconButton({
  label,
  disabled,
  quiet = false,
  onClick,
  children,
}: {
  label: string;
  disabled?: boolean;
  /** A lighter button, for actions inside a block (list items) next to the block's own. */
  quiet?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={`button button-small button-icon${quiet ? ' button-quiet' : ''}`}
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
    >
      <span aria-hidden="true">{children}</span>
    </button>
  );
}

interface BlockProps {
  sectionKey: string;
  block: ReportBlock;
  index: number;
  count: number;
  byId: Map<string, Point>;
  highlighted: boolean;
  language: string;
  dir: 'ltr' | 'rtl';
}

function BlockEditor({ sectionKey, block, index, count, byId, highlighted, language, dir }: BlockProps) {
  const { t } = useTranslation();
  const ui = useInterface();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (highlighted) ref.current?.scrollIntoView?.({ block: 'center' });
  }, [highlighted]);
  const move = (by: -1 | 1) => editSection(sectionKey, (s) => ({ ...s, blocks: moved(s.blocks, index, index + by) }));
  const { row, handle } = useSortableRow(block.id);
  const setContent = (content: Inline[]) =>
    editBlock(sectionKey, block.id, (b) => (b.kind === 'paragraph' || b.kind === 'heading' ? { ...b, content } : b));
  return (
    <div
      {...row}
      ref={(el) => {
        ref.current = el;
        row.ref(el);
      }}
      id={`block-${sectionKey}-${block.id}`}
      className={`report-block report-block-${block.kind}${highlighted ? ' report-block-found' : ''}`}
    >
      <div className="report-block-body">
        {block.kind === 'paragraph' || block.kind === 'heading' ? (
          <RichText
            runs={block.content}
            onChange={setContent}
            heading={block.kind === 'heading'}
            dir={dir}
            label={t(block.kind === 'heading' ? 'report.subheading' : 'report.paragraph')}
          />
        ) : null}
        {block.kind === 'list' ? <ListEditor sectionKey={sectionKey} block={block} byId={byId} dir={dir} /> : null}
        {block.kind === 'chart' ? <ChartView chart={block.chart} language={language} /> : null}
        {block.kind === 'paragraph' && block.sources.length > 0 ? <Sources ids={block.sources} byId={byId} /> : null}
      </div>
      <div className="actions report-block-actions" {...ui}>
        <DragHandle label={t('sortable.handle', { name: blockName(t, block) })} handle={handle} />
        <IconButton label={t('report.blockUp')} disabled={index === 0} onClick={() => move(-1)}>
          <ArrowUp size={16} />
        </IconButton>
        <IconButton label={t('report.blockDown')} disabled={index === count - 1} onClick={() => move(1)}>
          <ArrowDown size={16} />
        </IconButton>
        <IconButton
          label={t('report.blockDelete')}
          onClick={() => editSection(sectionKey, (s) => ({ ...s, blocks: s.blocks.filter((b) => b.id !== block.id) }))}
        >
          <X size={16} />
        </IconButton>
      </div>
    </div>
  );
}

function ListEditor({
  sectionKey,
  block,
  byId,
  dir,
}: {
  sectionKey: string;
  block: Extract<ReportBlock, { kind: 'list' }>;
  byId: Map<string, Point>;
  dir: 'ltr' | 'rtl';
}) {
  const { t } = useTranslation();
  const ui = useInterface();
  const Tag = block.ordered ? 'ol' : 'ul';
  const setItem = (i: number, content: Inline[]) =>
    editBlock(sectionKey, block.id, (b) =>
      b.kind === 'list' ? { ...b, items: b.items.map((item, j) => (j === i ? { ...item, content } : item)) } : b,
    );
  const moveItem = (i: number, by: -1 | 1) =>
    editBlock(sectionKey, block.id, (b) => (b.kind === 'list' ? { ...b, items: moved(b.items, i, i + by) } : b));
  return (
    <Tag className="report-list">
      {block.items.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: list items have no id; their order is their identity.
        <li key={i}>
          <div className="report-list-item">
            <RichText
              runs={item.content}
              onChange={(c) => setItem(i, c)}
              dir={dir}
              label={t('report.listItem', { n: i + 1 })}
            />
            <span className="report-item-actions" {...ui}>
              <IconButton quiet label={t('report.itemUp')} disabled={i === 0} onClick={() => moveItem(i, -1)}>
                <ArrowUp size={16} />
              </IconButton>
              <IconButton
                quiet
                label={t('report.itemDown')}
                disabled={i === block.items.length - 1}
                onClick={() => moveItem(i, 1)}
              >
                <ArrowDown size={16} />
              </IconButton>
            </span>
          </div>
          {item.sources.length > 0 ? <Sources ids={item.sources} byId={byId} /> : null}
        </li>
      ))}
    </Tag>
  );
}

/** The points a sentence came from, for the rapporteur to check it against. */
function Sources({ ids, byId }: { ids: string[]; byId: Map<string, Point> }) {
  const { t } = useTranslation();
  const ui = useInterface();
  return (
    <details className="report-sources" {...ui}>
      <summary className="report-sources-toggle">{t('report.sources', { count: ids.length })}</summary>
      <ul>
        {ids.map((id) => {
          const point = byId.get(id);
          return (
            <li key={id} dir="auto">
              {point ? point.text : t('report.sourceGone')}
              {point ? <span className="muted"> · {t('report.supporters', { count: point.supportCount })}</span> : null}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

function ChartView({ chart, language }: { chart: Extract<ReportBlock, { kind: 'chart' }>['chart']; language: string }) {
  const max = Math.max(1, ...chart.bars.map((b) => b.value));
  // Numbers are part of the document, so they are written as its language writes them.
  const n = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  return (
    <figure className="report-chart">
      <figcaption dir="auto">{chart.title}</figcaption>
      <ul>
        {chart.bars.map((bar) => (
          <li key={bar.label}>
            <span dir="auto">{bar.label}</span>
            <span className="report-bar" style={{ inlineSize: `${(bar.value / max) * 100}%` }} aria-hidden="true" />
            <span>{n.format(bar.value)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** Where the Chatham House check found names; publishing and exports wait until the list is empty. */
function CheckPanel({ doc, onShow }: { doc: ReportDocument; onShow: (at: string) => void }) {
  const { t } = useTranslation();
  const findings = useReportStore((s) => s.server?.findings ?? []);
  const dirty = useReportStore((s) => s.dirty);
  return (
    <section className="card" aria-labelledby="check-heading">
      <h2 id="check-heading">{t('report.check.title')}</h2>
      {findings.length === 0 ? (
        <p className="muted">{t(doc ? 'report.check.clear' : 'report.check.none')}</p>
      ) : (
        <>
          <p className="banner banner-error">{t('report.check.found', { count: findings.length })}</p>
          <ul className="report-findings">
            {findings.map((f) => (
              <li key={`${f.sectionKey}/${f.blockId}/${f.kind}/${f.match}`}>
                <button
                  type="button"
                  className="button button-quiet button-small"
                  onClick={() => {
                    onShow(`${f.sectionKey}/${f.blockId}`);
                    const block = document.getElementById(`block-${f.sectionKey}-${f.blockId}`);
                    block?.scrollIntoView?.({ block: 'center' });
                    // Keyboard users land in the text to fix, not only in front of it.
                    block?.querySelector<HTMLElement>('.rich-text')?.focus({ preventScroll: true });
                  }}
                >
                  <span>
                    {t('report.check.where', {
                      section: isolate(f.sectionHeading),
                      match: isolate(f.match),
                      kind: t(`report.check.${f.kind}`),
                    })}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {findings.some((f) => f.kind === 'identifying') ? (
            <p className="hint">{t('report.check.identifyingHelp')}</p>
          ) : null}
        </>
      )}
      <LikelyNames onShow={onShow} />
      {dirty ? <p className="hint">{t('report.check.afterSave')}</p> : null}
    </section>
  );
}

function PublishPanel({ canPublish, blocked }: { canPublish: boolean; blocked: boolean }) {
  const { t, i18n } = useTranslation();
  const report = useReportStore((s) => s.server?.report ?? null);
  const busy = useReportStore((s) => s.busy);
  if (!report) return null;
  const link = report.publishedPath ? `${window.location.origin}${report.publishedPath}` : null;
  return (
    <section className="card" aria-labelledby="publish-heading">
      <h2 id="publish-heading">{t('report.publish.title')}</h2>
      {report.publishedAt ? (
        <p>
          {t('report.publish.publishedAt', {
            when: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
              report.publishedAt,
            ),
          })}
        </p>
      ) : (
        <p className="muted">{t('report.publish.notYet')}</p>
      )}
      {link ? (
        <>
          <p>
            <a href={link} target="_blank" rel="noreferrer">
              {t('report.publish.link')}
            </a>
          </p>
          <CopyLink link={link} label={t('report.publish.address')} />
        </>
      ) : null}
      {canPublish ? (
        <button
          type="button"
          className="button button-primary"
          disabled={blocked || busy}
          onClick={() => void publishReport()}
        >
          {report.publishedAt ? t('report.publish.again') : t('report.publish.action')}
        </button>
      ) : (
        <p className="hint">{t('report.publish.onlyFacilitators')}</p>
      )}
      {blocked ? <p className="hint">{t('report.publish.blocked')}</p> : null}
    </section>
  );
}

function ExportPanel({ http, meetingId, blocked }: { http: HiwarHttp; meetingId: string; blocked: boolean }) {
  const { t } = useTranslation();
  const [annexes, setAnnexes] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const download = async (format: ExportFormat) => {
    setError(null);
    try {
      await flushReport();
      const blob = await http.exportReport(meetingId, format, { annexes });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      // The server names the file after the meeting and its date; the client keeps that name.
      a.download = blob.name || `report.${format}`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (err) {
      setError(errorMessage(t, err));
    }
  };
  return (
    <section className="card" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('report.export.title')}</h2>
      <div className="actions">
        {EXPORTS.map((format) => (
          <button
            key={format}
            type="button"
            className="button button-small"
            disabled={blocked}
            onClick={() => void download(format)}
          >
            {t(`report.export.${format}`)}
          </button>
        ))}
      </div>
      <div className="field-check">
        <input id={id} type="checkbox" checked={annexes} onChange={(e) => setAnnexes(e.target.checked)} />
        <label htmlFor={id}>{t('report.export.annexes')}</label>
      </div>
      {blocked ? <p className="hint">{t('report.publish.blocked')}</p> : null}
      {error ? (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}

function ReviewPanel() {
  const { t } = useTranslation();
  const reviews = useReportStore((s) => s.server?.reviews ?? []);
  const busy = useReportStore((s) => s.busy);
  return (
    <section className="card" aria-labelledby="review-heading">
      <h2 id="review-heading">{t('report.review.title')}</h2>
      <p className="hint">{t('report.review.hint')}</p>
      {reviews.length > 0 ? (
        <ul className="report-reviews">
          {reviews.map((review) => (
            <li key={review.id}>
              <strong dir="auto">{review.presenterName}</strong>{' '}
              <span className={`badge review-${review.status}`}>{t(`report.review.status.${review.status}`)}</span>
              <CopyLink
                link={`${window.location.origin}${review.path}`}
                label={t('report.review.linkFor', { name: review.presenterName })}
              />
              {review.suggestion ? (
                <blockquote dir="auto" className="report-suggestion">
                  {review.suggestion}
                </blockquote>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <button type="button" className="button" disabled={busy} onClick={() => void createReviews()}>
        {t('report.review.create')}
      </button>
    </section>
  );
}

/** A link shown in full, with a button that copies it (or selects it where there is no clipboard). */
function CopyLink({ link, label }: { link: string; label: string }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2500);
    return () => clearTimeout(timer);
  }, [copied]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // No clipboard (a page served over plain http, or refused): select the link for the person to copy.
      input.current?.focus();
      input.current?.select();
    }
  };
  return (
    <div className="report-copy-link">
      <input ref={input} readOnly value={link} aria-label={label} dir="ltr" />
      <button type="button" className="button button-small" onClick={() => void copy()}>
        {copied ? t('report.review.copied') : t('report.review.copy')}
      </button>
    </div>
  );
}

function HistoryPanel({ http, meetingId }: { http: HiwarHttp; meetingId: string }) {
  const { t, i18n } = useTranslation();
  const ui = useInterface();
  const current = useReportStore((s) => s.server?.report?.version ?? 0);
  const [versions, setVersions] = useState<ReportVersion[] | null>(null);
  const [preview, setPreview] = useState<{ version: number; doc: ReportDocument } | null>(null);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const previewRef = useRef<HTMLElement>(null);
  // An opened preview takes the focus, so it is seen (and read) above the list it was chosen from.
  useEffect(() => {
    if (preview) previewRef.current?.focus();
  }, [preview]);
  useEffect(() => {
    // Reloaded whenever a save makes a new current version.
    if (!open || current < 1) return;
    let live = true;
    http
      .reportVersions(meetingId)
      .then((v) => {
        if (!live) return;
        setVersions(v);
        setError(null);
      })
      .catch((e) => live && setError(errorMessage(t, e)));
    return () => {
      live = false;
    };
  }, [open, http, meetingId, current, t]);
  const showPreview = async (version: number) => {
    try {
      setPreview({ version, doc: await http.reportVersion(meetingId, version) });
      setError(null);
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'medium' });
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('report.history.title')}</h2>
      <button type="button" className="button button-small" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t('report.history.hide') : t('report.history.show')}
      </button>
      {error ? (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      ) : null}
      {preview ? (
        <section
          ref={previewRef}
          tabIndex={-1}
          className="report-preview"
          lang={preview.doc.language}
          dir={preview.doc.dir}
          aria-label={t('report.history.previewOf', { n: preview.version })}
        >
          <p className="eyebrow" {...ui}>
            {t('report.history.previewOf', { n: preview.version })}
          </p>
          {preview.doc.sections.map((s) => (
            <div key={s.key}>
              <h3 dir="auto">{s.heading}</h3>
              {s.blocks.map((b) => (
                <p key={b.id} dir="auto">
                  {b.kind === 'list'
                    ? b.items.map((i) => plainText(i.content)).join(' · ')
                    : b.kind === 'chart'
                      ? b.chart.title
                      : plainText(b.content)}
                </p>
              ))}
            </div>
          ))}
          <div className="actions" {...ui}>
            {preview.version !== current ? (
              <button
                type="button"
                className="button button-small"
                onClick={() => {
                  setPreview(null);
                  void restoreVersion(preview.version);
                }}
              >
                {t('report.history.restore')}
              </button>
            ) : null}
            <button type="button" className="button button-small" onClick={() => setPreview(null)}>
              {t('report.history.closePreview')}
            </button>
          </div>
        </section>
      ) : null}
      {open && versions ? (
        <ol className="report-versions">
          {versions.map((v) => (
            <li key={v.version}>
              <span>
                {t('report.history.version', { n: v.version })} · {t(`report.history.reason.${v.reason}`)} ·{' '}
                <span dir="auto">{v.savedBy}</span> · {when.format(v.savedAt)}
              </span>
              <span className="actions">
                <button
                  type="button"
                  className="button button-small"
                  aria-pressed={preview?.version === v.version}
                  onClick={() => void showPreview(v.version)}
                >
                  {t('report.history.preview')}
                </button>
                {v.version !== current ? (
                  <button type="button" className="button button-small" onClick={() => void restoreVersion(v.version)}>
                    {t('report.history.restore')}
                  </button>
                ) : (
                  <span className="badge">{t('report.history.current')}</span>
                )}
              </span>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
