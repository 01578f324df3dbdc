import type { PointsSettings } from '@hiwar/protocol';
import { useTranslation } from 'react-i18next';
import type { SendCommand } from '../meeting/meeting-store';
import { useRun } from '../points/use-run';

/** Whether participants may send points, and whether theirs wait for moderation; each box saves at once. */
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
      {error ? (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
