import type { ConfidentialityFinding } from '@hiwar/protocol';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReportStore } from './report-store';
import { isolate } from './runs';

const storageKey = (meetingId: string) => `hiwar:dismissed-names:${meetingId}`;
const NONE: ConfidentialityFinding[] = [];
const keyOf = (w: ConfidentialityFinding) => `${w.sectionKey}/${w.blockId}/${w.match}`;

function readDismissed(meetingId: string | null): string[] {
  if (!meetingId) return [];
  try {
    const value = JSON.parse(localStorage.getItem(storageKey(meetingId)) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Likely names in the other script ("Salma Haddad" written «سلمى حداد»): the check is uncertain, so each
 * is a warning the rapporteur can look at and dismiss on this computer; none blocks publishing.
 */
export function LikelyNames({ onShow }: { onShow: (at: string) => void }) {
  const { t } = useTranslation();
  const meetingId = useReportStore((s) => s.meetingId);
  const warnings = useReportStore((s) => s.server?.warnings ?? NONE);
  const [dismissed, setDismissed] = useState<string[]>(() => readDismissed(meetingId));
  const open = warnings.filter((w) => !dismissed.includes(keyOf(w)));
  if (open.length === 0) return null;
  const dismiss = (w: ConfidentialityFinding) => {
    const next = [...dismissed, keyOf(w)];
    setDismissed(next);
    if (meetingId) localStorage.setItem(storageKey(meetingId), JSON.stringify(next));
  };
  return (
    <div className="stack">
      <p className="banner">{t('report.check.likely', { count: open.length })}</p>
      <ul className="report-findings">
        {open.map((w) => (
          <li key={keyOf(w)} className="row-actions">
            <button
              type="button"
              className="button button-quiet button-small"
              onClick={() => {
                onShow(`${w.sectionKey}/${w.blockId}`);
                document.getElementById(`block-${w.sectionKey}-${w.blockId}`)?.scrollIntoView?.({ block: 'center' });
              }}
            >
              {t('report.check.where', {
                section: isolate(w.sectionHeading),
                match: isolate(w.match),
                kind: t('report.check.otherScript'),
              })}
            </button>
            <button type="button" className="button button-small" onClick={() => dismiss(w)}>
              {t('report.check.dismiss')}
              <span className="visually-hidden">: {w.match}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
