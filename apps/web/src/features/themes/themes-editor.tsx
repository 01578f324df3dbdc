import type { Language, Meeting, MeetingSummary, Snapshot, Theme, ThemeDraft } from '@hiwar/protocol';
import { LIMITS, THEME_PRESETS } from '@hiwar/protocol';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import type { SendCommand } from '../meeting/meeting-store';
import { useRun } from '../points/use-run';

/** Colours with enough contrast against white text and the page, for custom themes. */
export const THEME_SWATCHES = ['#1f6f5c', '#2f5da8', '#8a4fb0', '#b5651d', '#a83232', '#4d5d1f', '#5a5a5a'] as const;

export interface ThemesEditorProps {
  meeting: Pick<Meeting, 'id' | 'themes' | 'contentLanguage'>;
  send: SendCommand;
  disabled?: boolean;
  /** Offer the account's earlier meetings; off for someone who joined by link and has no account. */
  reuseEarlier?: boolean;
  listMeetings?: () => Promise<MeetingSummary[]>;
  getMeeting?: (meetingId: string) => Promise<Snapshot>;
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** Only the themes whose names the meeting does not have yet. */
const newOnes = (existing: Theme[], drafts: ThemeDraft[]) =>
  drafts.filter((d) => !existing.some((th) => sameName(th.name, d.name))).slice(0, LIMITS.themes - existing.length);

/** The meeting's themes: presets, custom ones, order, merges, and reuse from an earlier meeting. */
export function ThemesEditor({
  meeting,
  send,
  disabled = false,
  reuseEarlier = true,
  listMeetings = () => api.listMeetings(),
  getMeeting = (meetingId) => api.getMeeting(meetingId),
}: ThemesEditorProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { run, busy, error, setError } = useRun(send);
  const [notice, setNotice] = useState<string | null>(null);
  const [presetId, setPresetId] = useState<string>(THEME_PRESETS[0]?.id ?? '');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [colour, setColour] = useState<string>(THEME_SWATCHES[0]);
  const [editing, setEditing] = useState<string | null>(null);
  const [mergeTargets, setMergeTargets] = useState<Record<string, string>>({});
  const [earlier, setEarlier] = useState<MeetingSummary[] | null>(null);
  const [earlierId, setEarlierId] = useState('');
  const themes = meeting.themes;
  const uiLanguage = (['en', 'ar', 'fr', 'sv'].includes(i18n.language) ? i18n.language : 'en') as Language;

  const addThemes = async (drafts: ThemeDraft[]) => {
    setNotice(null);
    const fresh = newOnes(themes, drafts);
    if (fresh.length === 0) {
      setNotice(t('themes.nothingNew'));
      return false;
    }
    const ok = await run({ type: 'theme:add', themes: fresh });
    if (ok) setNotice(t('themes.added', { count: fresh.length }));
    return ok;
  };

  const applyPreset = () => {
    const preset = THEME_PRESETS.find((p) => p.id === presetId);
    if (!preset) return;
    void addThemes(
      preset.themes.map((th) => ({ name: th.name[meeting.contentLanguage], description: '', colour: th.colour })),
    );
  };

  const addCustom = async () => {
    if (!name.trim()) {
      setError(t('themes.nameRequired'));
      return;
    }
    if (await addThemes([{ name: name.trim(), description: description.trim(), colour }])) {
      setName('');
      setDescription('');
    }
  };

  const move = (index: number, by: -1 | 1) => {
    const ids = themes.map((th) => th.id);
    const [moved] = ids.splice(index, 1);
    if (!moved) return;
    ids.splice(index + by, 0, moved);
    void run({ type: 'theme:reorder', themeIds: ids });
  };

  const merge = (source: Theme) => {
    const targetId = mergeTargets[source.id] ?? themes.find((th) => th.id !== source.id)?.id;
    const target = themes.find((th) => th.id === targetId);
    if (!target) return;
    if (window.confirm(t('themes.confirmMerge', { source: source.name, target: target.name }))) {
      void run({ type: 'theme:merge', sourceId: source.id, targetId: target.id });
    }
  };

  const remove = (theme: Theme) => {
    if (window.confirm(t('themes.confirmRemove', { name: theme.name }))) {
      void run({ type: 'theme:remove', themeId: theme.id });
    }
  };

  const loadEarlier = async () => {
    setError(null);
    try {
      const list = (await listMeetings()).filter((m) => m.id !== meeting.id);
      setEarlier(list);
      setEarlierId(list[0]?.id ?? '');
    } catch (err) {
      setError(errorMessage(t, err));
    }
  };

  const reuse = async () => {
    if (!earlierId) return;
    setError(null);
    try {
      const snapshot = await getMeeting(earlierId);
      await addThemes(
        snapshot.meeting.themes.map((th) => ({ name: th.name, description: th.description, colour: th.colour })),
      );
    } catch (err) {
      setError(errorMessage(t, err));
    }
  };

  return (
    <div className="themes-editor stack">
      {themes.length === 0 ? <p className="muted">{t('themes.none')}</p> : null}
      <ol className="theme-list">
        {themes.map((theme, index) =>
          editing === theme.id ? (
            <li key={theme.id} className="theme-row">
              <ThemeEditForm
                theme={theme}
                disabled={busy}
                onCancel={() => setEditing(null)}
                onSave={async (changes) => {
                  if (await run({ type: 'theme:update', themeId: theme.id, changes })) setEditing(null);
                }}
              />
            </li>
          ) : (
            <li key={theme.id} className="theme-row">
              <div className="theme-row-main">
                <span className="swatch" style={{ backgroundColor: theme.colour }} aria-hidden="true" />
                <strong dir="auto">{theme.name}</strong>
                {theme.description ? (
                  <span className="muted" dir="auto">
                    {theme.description}
                  </span>
                ) : null}
              </div>
              <div className="row-actions">
                <button
                  type="button"
                  className="button button-small"
                  disabled={disabled || busy}
                  onClick={() => setEditing(theme.id)}
                >
                  {t('themes.edit')} <span className="visually-hidden">{theme.name}</span>
                </button>
                <button
                  type="button"
                  className="button button-small"
                  disabled={disabled || busy || index === 0}
                  onClick={() => move(index, -1)}
                >
                  {t('themes.moveUp')} <span className="visually-hidden">{theme.name}</span>
                </button>
                <button
                  type="button"
                  className="button button-small"
                  disabled={disabled || busy || index === themes.length - 1}
                  onClick={() => move(index, 1)}
                >
                  {t('themes.moveDown')} <span className="visually-hidden">{theme.name}</span>
                </button>
                {themes.length > 1 ? (
                  <>
                    <label className="visually-hidden" htmlFor={`${id}-merge-${theme.id}`}>
                      {t('themes.mergeInto', { name: theme.name })}
                    </label>
                    <select
                      id={`${id}-merge-${theme.id}`}
                      disabled={disabled || busy}
                      value={mergeTargets[theme.id] ?? themes.find((th) => th.id !== theme.id)?.id}
                      onChange={(e) => setMergeTargets({ ...mergeTargets, [theme.id]: e.target.value })}
                    >
                      {themes
                        .filter((th) => th.id !== theme.id)
                        .map((th) => (
                          <option key={th.id} value={th.id}>
                            {th.name}
                          </option>
                        ))}
                    </select>
                    <button
                      type="button"
                      className="button button-small"
                      disabled={disabled || busy}
                      onClick={() => merge(theme)}
                    >
                      {t('themes.merge')} <span className="visually-hidden">{theme.name}</span>
                    </button>
                  </>
                ) : null}
                <button
                  type="button"
                  className="button button-small button-danger"
                  disabled={disabled || busy}
                  onClick={() => remove(theme)}
                >
                  {t('themes.remove')} <span className="visually-hidden">{theme.name}</span>
                </button>
              </div>
            </li>
          ),
        )}
      </ol>

      <fieldset className="form" disabled={disabled || busy}>
        <legend>{t('themes.presetLegend')}</legend>
        <div className="field">
          <label htmlFor={`${id}-preset`}>{t('themes.preset')}</label>
          <select id={`${id}-preset`} value={presetId} onChange={(e) => setPresetId(e.target.value)}>
            {THEME_PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name[uiLanguage]}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button" onClick={applyPreset}>
          {t('themes.applyPreset')}
        </button>
      </fieldset>

      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void addCustom();
        }}
      >
        <fieldset disabled={disabled || busy}>
          <legend>{t('themes.customLegend')}</legend>
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('themes.name')}</label>
            <input
              id={`${id}-name`}
              dir="auto"
              value={name}
              maxLength={LIMITS.themeNameLength}
              onChange={(e) => setName(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-description`}>{t('themes.description')}</label>
            <input
              id={`${id}-description`}
              dir="auto"
              value={description}
              maxLength={LIMITS.themeDescriptionLength}
              onChange={(e) => setDescription(e.target.value)}
            />
          </div>
          <SwatchPicker name={`${id}-colour`} value={colour} onChange={setColour} />
          <button type="submit" className="button button-primary">
            {t('themes.add')}
          </button>
        </fieldset>
      </form>

      {reuseEarlier ? (
        <fieldset className="form" disabled={disabled || busy}>
          <legend>{t('themes.reuseLegend')}</legend>
          {earlier === null ? (
            <button type="button" className="button" onClick={() => void loadEarlier()}>
              {t('themes.reuse')}
            </button>
          ) : earlier.length === 0 ? (
            <p className="muted">{t('themes.noEarlier')}</p>
          ) : (
            <>
              <div className="field">
                <label htmlFor={`${id}-earlier`}>{t('themes.earlierMeeting')}</label>
                <select id={`${id}-earlier`} value={earlierId} onChange={(e) => setEarlierId(e.target.value)}>
                  {earlier.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.title}
                    </option>
                  ))}
                </select>
              </div>
              <button type="button" className="button" onClick={() => void reuse()}>
                {t('themes.copyThemes')}
              </button>
            </>
          )}
        </fieldset>
      ) : null}

      {error ? (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      ) : null}
      <p role="status" className="muted">
        {notice}
      </p>
    </div>
  );
}

function SwatchPicker({ name, value, onChange }: { name: string; value: string; onChange: (c: string) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="swatches">
      <legend>{t('themes.colour')}</legend>
      {THEME_SWATCHES.map((c, i) => (
        <label key={c} className="swatch-option">
          <input type="radio" name={name} value={c} checked={value === c} onChange={() => onChange(c)} />
          <span className="swatch" style={{ backgroundColor: c }} aria-hidden="true" />
          <span className="visually-hidden">{t('themes.colourN', { n: i + 1 })}</span>
        </label>
      ))}
    </fieldset>
  );
}

function ThemeEditForm({
  theme,
  disabled,
  onSave,
  onCancel,
}: {
  theme: Theme;
  disabled: boolean;
  onSave: (changes: { name: string; description: string; colour: string }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(theme.name);
  const [description, setDescription] = useState(theme.description);
  const [colour, setColour] = useState(theme.colour);
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) onSave({ name: name.trim(), description: description.trim(), colour });
      }}
    >
      <fieldset disabled={disabled}>
        <legend>{t('themes.editLegend', { name: theme.name })}</legend>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('themes.name')}</label>
          <input
            id={`${id}-name`}
            dir="auto"
            value={name}
            maxLength={LIMITS.themeNameLength}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-description`}>{t('themes.description')}</label>
          <input
            id={`${id}-description`}
            dir="auto"
            value={description}
            maxLength={LIMITS.themeDescriptionLength}
            onChange={(e) => setDescription(e.target.value)}
          />
        </div>
        <SwatchPicker
          name={`${id}-colour`}
          value={THEME_SWATCHES.includes(colour as never) ? colour : ''}
          onChange={setColour}
        />
        <div className="row-actions">
          <button type="submit" className="button button-primary">
            {t('themes.save')}
          </button>
          <button type="button" className="button button-quiet" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
