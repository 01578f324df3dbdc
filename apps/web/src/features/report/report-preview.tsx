import type { ReportDocument } from '@hiwar/protocol';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

type RenderHtml = typeof import('@hiwar/report/html').renderHtml;

/** The HTML renderer, loaded the first time a preview opens (the phrases and their grammar are large). */
let renderer: Promise<RenderHtml> | null = null;
const loadRenderer = () => {
  renderer ??= import('@hiwar/report/html').then((m) => m.renderHtml);
  return renderer;
};

/**
 * The report as it prints: the HTML export's own page (renderHtml, same styles, same footnotes), built from
 * the working copy, unsaved edits included, in a sandboxed frame that runs nothing and has no editing
 * controls. Internal annexes are left out unless asked for, as in a public export.
 */
export function ReportPreview({ doc }: { doc: ReportDocument }) {
  const { t } = useTranslation();
  const [annexes, setAnnexes] = useState(false);
  const [html, setHtml] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const checkId = useId();

  useEffect(() => {
    let live = true;
    loadRenderer()
      .then((render) => {
        if (!live) return;
        setHtml(render(doc, { includeInternal: annexes }));
        setFailed(false);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [doc, annexes]);

  return (
    <section className="report-print-preview card" aria-label={t('report.view.previewTitle')}>
      <div className="report-print-preview-head">
        <p className="hint">{t('report.view.previewHint')}</p>
        <div className="field-check">
          <input id={checkId} type="checkbox" checked={annexes} onChange={(e) => setAnnexes(e.target.checked)} />
          <label htmlFor={checkId}>{t('report.export.annexes')}</label>
        </div>
      </div>
      {failed ? (
        <p className="banner banner-error" role="alert">
          {t('report.view.previewFailed')}
        </p>
      ) : html === null ? (
        <p className="loading">{t('common.loading')}</p>
      ) : (
        <iframe
          className="report-print-frame"
          title={t('report.view.previewTitle')}
          // No scripts, no same origin, no forms: the page can only be read (and its links opened apart).
          sandbox="allow-popups allow-popups-to-escape-sandbox"
          srcDoc={html}
        />
      )}
    </section>
  );
}
