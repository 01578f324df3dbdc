import type { HiwarHttp } from '@hiwar/client';
import { LIMITS, type ReportSettings as Settings } from '@hiwar/protocol';
import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';
import { useRun } from '../points/use-run';
import { refreshChecks } from './report-store';
import './report-settings.css';

/** Terms typed or pasted one per line (commas inside a term are kept: "Wadi Araba, north"). */
export function termsFrom(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .map((line) => [...line].slice(0, LIMITS.nameLength).join(''));
}

/** Adds terms to a list, once each whatever their case, keeping the limit. */
function withTerms(list: readonly string[], added: readonly string[]): string[] {
  const next = [...list];
  const seen = new Set(list.map((t) => t.toLocaleLowerCase()));
  for (const term of added) {
    if (seen.has(term.toLocaleLowerCase())) continue;
    seen.add(term.toLocaleLowerCase());
    next.push(term);
  }
  return next.slice(0, LIMITS.sensitiveTerms);
}

/**
 * How this meeting's report is drafted and checked: the order of the discussion themes, the digits of an
 * Arabic report, and the sensitive terms the name check treats like a participant's name. It reads the
 * meeting itself, so the desk mounts it with one line; every change is sent at once.
 */
export function ReportSettings({ http, meetingId }: { http: HiwarHttp; meetingId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [draft, setDraft] = useState('');
  // The same one-at-a-time sending, busy flag and translated error as every other command on the desk.
  const { run, busy, error, setError } = useRun((body) => http.command(meetingId, body));
  const [status, setStatus] = useState('');

  useEffect(() => {
    let live = true;
    http
      .getMeeting(meetingId)
      .then((s) => live && setSettings(s.meeting.reportSettings))
      .catch((e) => live && setError(errorMessage(t, e)));
    return () => {
      live = false;
    };
  }, [http, meetingId, t, setError]);

  const save = async (change: Partial<Settings>): Promise<boolean> => {
    if (!settings) return false;
    setStatus('');
    const ok = await run({ type: 'meeting:set-report-settings', settings: change });
    if (!ok) return false;
    setSettings({ ...settings, ...change });
    setStatus(t('report.settings.saved'));
    // New terms change what the check finds in the saved draft.
    if (change.sensitiveTerms) void refreshChecks();
    return true;
  };

  const add = async () => {
    if (!settings) return;
    const added = termsFrom(draft);
    if (added.length === 0) return;
    const next = withTerms(settings.sensitiveTerms, added);
    if (next.length === settings.sensitiveTerms.length) {
      setDraft('');
      return;
    }
    if (await save({ sensitiveTerms: next })) setDraft('');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void add();
    }
  };

  const summary = settings
    ? [
        t(settings.themeOrder === 'agenda' ? 'report.settings.orderAgenda' : 'report.settings.orderWeight'),
        t(settings.digits === 'latin' ? 'report.settings.digitsLatin' : 'report.settings.digitsArabic'),
        t('report.settings.termsCount', { count: settings.sensitiveTerms.length }),
      ].join(' · ')
    : '';

  return (
    <details className="card report-settings">
      <summary>
        <span className="report-settings-title">{t('report.settings.title')}</span>{' '}
        <span className="muted">{summary}</span>
      </summary>
      {error ? (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      ) : null}
      {settings ? (
        <div className="report-settings-body">
          <fieldset className="report-settings-choice" disabled={busy}>
            <legend>{t('report.settings.themeOrder')}</legend>
            {(['agenda', 'weight'] as const).map((order) => (
              <label key={order} className="check">
                <input
                  type="radio"
                  name={`${id}-order`}
                  checked={settings.themeOrder === order}
                  onChange={() => void save({ themeOrder: order })}
                />
                {t(order === 'agenda' ? 'report.settings.orderAgenda' : 'report.settings.orderWeight')}
              </label>
            ))}
          </fieldset>
          <fieldset className="report-settings-choice" disabled={busy}>
            <legend>{t('report.settings.digits')}</legend>
            {(['latin', 'arabic-indic'] as const).map((digits) => (
              <label key={digits} className="check">
                <input
                  type="radio"
                  name={`${id}-digits`}
                  checked={settings.digits === digits}
                  onChange={() => void save({ digits })}
                />
                {t(digits === 'latin' ? 'report.settings.digitsLatin' : 'report.settings.digitsArabic')}
              </label>
            ))}
          </fieldset>
          <section className="report-settings-terms" aria-labelledby={`${id}-terms`}>
            <h3 id={`${id}-terms`}>{t('report.settings.terms')}</h3>
            <p className="hint">{t('report.settings.termsHint')}</p>
            {settings.sensitiveTerms.length === 0 ? (
              <p className="muted">{t('report.settings.termsNone')}</p>
            ) : (
              <ul className="term-chips">
                {settings.sensitiveTerms.map((term) => (
                  <li key={term} className="term-chip">
                    <span dir="auto">{term}</span>
                    <button
                      type="button"
                      className="button button-quiet button-icon"
                      disabled={busy}
                      aria-label={t('report.settings.termRemove', { term })}
                      onClick={() => void save({ sensitiveTerms: settings.sensitiveTerms.filter((x) => x !== term) })}
                    >
                      <span aria-hidden="true">×</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <form
              className="report-settings-add"
              onSubmit={(e) => {
                e.preventDefault();
                void add();
              }}
            >
              <label htmlFor={`${id}-new`}>{t('report.settings.termsInput')}</label>
              <div className="report-settings-add-row">
                <textarea
                  id={`${id}-new`}
                  dir="auto"
                  rows={2}
                  value={draft}
                  aria-describedby={`${id}-new-hint`}
                  onChange={(e) => setDraft(e.target.value)}
                  onKeyDown={onKeyDown}
                />
                <button type="submit" className="button" disabled={busy || termsFrom(draft).length === 0}>
                  {t('report.settings.termsAdd')}
                </button>
              </div>
              <p id={`${id}-new-hint`} className="hint">
                {t('report.settings.termsInputHint', { max: LIMITS.sensitiveTerms })}
              </p>
            </form>
          </section>
          <p className="hint" role="status">
            {status}
          </p>
        </div>
      ) : null}
    </details>
  );
}
