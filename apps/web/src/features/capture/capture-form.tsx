import type { AgendaItem, Theme } from '@hiwar/protocol';
import { LIMITS } from '@hiwar/protocol';
import { type KeyboardEvent, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { useRun } from '../points/use-run';
import { useThemeName } from '../themes/localized-name';

type Run = ReturnType<typeof useRun>['run'];

/** What the desk is writing; kept by the desk, so switching to moderation and back loses nothing. */
export interface Draft {
  text: string;
  themeIds: string[];
  /** The on-the-record item on which the desk unticked "the speaker is the source", if any. */
  floorOffFor: string | null;
}
export const emptyDraft: Draft = { text: '', themeIds: [], floorOffFor: null };

/** The digit of an Alt+1…Alt+9 press, or null. */
function altDigit(e: KeyboardEvent): number | null {
  if (!e.altKey || e.ctrlKey || e.metaKey) return null;
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(e.code) ?? /^([1-9])$/.exec(e.key);
  return match?.[1] ? Number(match[1]) : null;
}

/** Note a point fast: Enter adds it, Alt+1…9 toggle themes, the speaker is the source on the record. */
export function CaptureForm({
  current,
  live,
  themes,
  draft,
  setDraft,
  run,
  busy,
}: {
  current: AgendaItem | null;
  live: boolean;
  themes: Theme[];
  draft: Draft;
  setDraft: (update: (d: Draft) => Draft) => void;
  run: Run;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const themeName = useThemeName();
  const id = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const offRecord = current?.confidentiality === 'off-record';
  const onRecord = current?.confidentiality === 'on-record';
  // The speaker is the source by default on every on-the-record item; unticking holds for that item only.
  const fromFloor = current !== null && draft.floorOffFor !== current.id;

  const toggleTheme = (themeId: string) =>
    setDraft((d) => ({
      ...d,
      themeIds: d.themeIds.includes(themeId) ? d.themeIds.filter((x) => x !== themeId) : [...d.themeIds, themeId],
    }));

  const submit = async () => {
    const trimmed = draft.text.trim();
    if (!trimmed || busy) return;
    const ok = await run({
      type: 'point:submit',
      text: trimmed,
      themeIds: draft.themeIds,
      fromFloor: onRecord && fromFloor,
    });
    if (ok) setDraft((d) => ({ ...d, text: '', themeIds: [] }));
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

  return (
    <section className="card capture-compose" aria-labelledby={`${id}-capture`}>
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
              value={draft.text}
              maxLength={LIMITS.pointLength}
              aria-describedby={`${id}-hint`}
              onChange={(e) => setDraft((d) => ({ ...d, text: e.target.value }))}
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
                  aria-pressed={draft.themeIds.includes(theme.id)}
                  aria-label={themeName(theme)}
                  aria-keyshortcuts={i < 9 ? `Alt+${i + 1}` : undefined}
                  onClick={() => toggleTheme(theme.id)}
                >
                  <span className="swatch" style={{ backgroundColor: theme.colour }} aria-hidden="true" />
                  <span dir="auto">{themeName(theme)}</span>
                  {i < 9 ? <kbd>{t('capture.themeShortcut', { number: i + 1 })}</kbd> : null}
                </button>
              ))}
            </fieldset>
          ) : null}
          <div className="capture-submit">
            {onRecord ? (
              <label className="check">
                <input
                  type="checkbox"
                  checked={fromFloor}
                  onChange={(e) =>
                    setDraft((d) => ({ ...d, floorOffFor: e.target.checked ? null : (current?.id ?? null) }))
                  }
                />
                {t('capture.fromFloor')}
              </label>
            ) : null}
            <button type="submit" className="button button-primary" disabled={busy || !draft.text.trim()}>
              {t('capture.add')}
            </button>
          </div>
        </fieldset>
      </form>
    </section>
  );
}
