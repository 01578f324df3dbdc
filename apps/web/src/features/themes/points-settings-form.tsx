import { LIMITS, type PointsSettings } from '@hiwar/protocol';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SendCommand } from '../meeting/meeting-store';
import { useRun } from '../points/use-run';

/**
 * Whether participants may send points, whether theirs wait for moderation, and how many one person may
 * send a minute; each box saves at once, the number when it is left.
 */
export function PointsSettingsForm({
  settings,
  send,
  disabled = false,
}: {
  settings: PointsSettings;
  send: SendCommand;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const { run, busy, error } = useRun(send);
  const set = (change: Partial<PointsSettings>) => void run({ type: 'points:set-settings', settings: change });
  const capId = useId();
  const [cap, setCap] = useState(String(settings.maxPerMinute));
  useEffect(() => setCap(String(settings.maxPerMinute)), [settings.maxPerMinute]);
  const saveCap = () => {
    const n = Number(cap);
    if (!Number.isInteger(n) || n < 0 || n > LIMITS.pointsPerMinuteMax) return setCap(String(settings.maxPerMinute));
    if (n !== settings.maxPerMinute) set({ maxPerMinute: n });
  };
  return (
    <fieldset className="form" disabled={disabled || busy}>
      <legend className="visually-hidden">{t('pointsSettings.title')}</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.participantsMaySubmit}
          onChange={(e) => set({ participantsMaySubmit: e.target.checked })}
        />
        {t('pointsSettings.participantsMaySubmit')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.premoderate}
          disabled={!settings.participantsMaySubmit}
          onChange={(e) => set({ premoderate: e.target.checked })}
        />
        {t('pointsSettings.premoderate')}
      </label>
      <label htmlFor={capId}>{t('pointsSettings.maxPerMinute')}</label>
      <input
        id={capId}
        type="number"
        inputMode="numeric"
        min={0}
        max={LIMITS.pointsPerMinuteMax}
        step={1}
        value={cap}
        disabled={!settings.participantsMaySubmit}
        aria-describedby={`${capId}-hint`}
        onChange={(e) => setCap(e.target.value)}
        onBlur={saveCap}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            saveCap();
          }
        }}
      />
      <p id={`${capId}-hint`} className="muted">
        {t('pointsSettings.maxPerMinuteHint')}
      </p>
      {error ? (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
