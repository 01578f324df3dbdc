import type { Language, Meeting, MeetingSummary, NameTranslations, Snapshot, Theme, ThemeDraft } from '@hiwar/protocol';
import { LIMITS, presetThemeDrafts, THEME_COLOURS, THEME_PRESETS } from '@hiwar/protocol';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { moveTo } from '../../lib/order';
import type { SendCommand } from '../meeting/meeting-store';
import { useRun } from '../points/use-run';
import { SortableItem, SortableList } from '../sortable/sortable-list';
import { SwatchPicker } from './swatch-picker';
import { cleanTranslations, otherLanguages, type TranslationDrafts, TranslationsFields } from './translations-fields';

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
  const [translations, setTranslations] = useState<TranslationDrafts>({});
  const [colour, setColour] = useState<string>(THEME_COLOURS[0].hex);
  const [editing, setEditing] = useState<string | null>(null);
  const [mergeTargets, setMergeTargets] = useState<Record<string, string>>({});
  const [earlier, setEarlier] = useState<MeetingSummary[] | null>(null);
  const [earlierId, setEarlierId] = useState('');
  const themes = meeting.themes;
  const uiLanguage = (['en', 'ar', 'fr', 'sv'].includes(i18n.language) ? i18n.language : 'en') as Language;
  // The name field is in the meeting's language; the fold offers the other three.
  const translatable = otherLanguages(meeting.contentLanguage);

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
    void addThemes(presetThemeDrafts(preset, meeting.contentLanguage));
  };

  const addCustom = async () => {
    if (!name.trim()) {
      setError(t('themes.nameRequired'));
      return;
    }
    const named = cleanTranslations(translations);
    const draft: ThemeDraft = { name: name.trim(), description: description.trim(), colour };
    if (await addThemes([named ? { ...draft, translations: named } : draft])) {
      setName('');
      setDescription('');
      setTranslations({});
    }
  };

  const reorder = (from: number, to: number) => {
    const ids = themes.map((th) => th.id);
    void run({ type: 'theme:reorder', themeIds: moveTo(ids, from, to) });
  };
  const move = (index: number, by: -1 | 1) => reorder(index, index + by);

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
        snapshot.meeting.themes.map(({ name, description, colour, translations }) =>
          translations ? { name, description, colour, translations } : { name, description, colour },
        ),
      );
    } catch (err) {
      setError(errorMessage(t, err));
    }
  };

  return (
    <div className="themes-editor stack">
      {themes.length === 0 ? <p className="muted">{t('themes.none')}</p> : null}
      <SortableList
        ids={themes.map((th) => th.id)}
        nameOf={(id) => themes.find((th) => th.id === id)?.name ?? ''}
        onMove={reorder}
      >
        <ol className="theme-list">
          {themes.map((theme, index) =>
            editing === theme.id ? (
              <li key={theme.id} className="theme-row">
                <ThemeEditForm
                  theme={theme}
                  translatable={translatable}
                  disabled={busy}
                  onCancel={() => setEditing(null)}
                  onSave={async (changes) => {
                    if (await run({ type: 'theme:update', themeId: theme.id, changes })) setEditing(null);
                  }}
                />
              </li>
            ) : (
              <SortableItem
                key={theme.id}
                id={theme.id}
                className="theme-row"
                handleLabel={t('sortable.handle', { name: theme.name })}
                disabled={disabled || busy}
              >
                <div className="theme-row-main">
                  <span className="swatch" style={{ backgroundColor: theme.colour }} aria-hidden="true" />
                  <strong dir="auto">{theme.name}</strong>
                  <TranslatedNames translations={theme.translations} />
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
              </SortableItem>
            ),
          )}
        </ol>
      </SortableList>

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
          <TranslationsFields
            languages={translatable}
            value={translations}
            onChange={setTranslations}
            maxLength={LIMITS.themeNameLength}
          />
          <SwatchPicker value={colour} onChange={setColour} />
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

/** The names a theme has in other languages, listed quietly under its own. */
function TranslatedNames({ translations }: { translations?: NameTranslations }) {
  const { t } = useTranslation();
  const entries = Object.entries(translations ?? {}) as [Language, string][];
  if (entries.length === 0) return null;
  return (
    <span className="muted theme-translated">
      {entries.map(([language, text], i) => (
        <span key={language}>
          {i > 0 ? ' · ' : null}
          {t(`languages.${language}`)}: <bdi lang={language}>{text}</bdi>
        </span>
      ))}
    </span>
  );
}

function ThemeEditForm({
  theme,
  translatable,
  disabled,
  onSave,
  onCancel,
}: {
  theme: Theme;
  translatable: Language[];
  disabled: boolean;
  onSave: (changes: { name: string; description: string; colour: string; translations: NameTranslations }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(theme.name);
  const [description, setDescription] = useState(theme.description);
  const [colour, setColour] = useState(theme.colour);
  const [translations, setTranslations] = useState<TranslationDrafts>(theme.translations ?? {});
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        // The whole map is sent: a field emptied here removes that translation.
        if (name.trim()) {
          onSave({
            name: name.trim(),
            description: description.trim(),
            colour,
            translations: cleanTranslations(translations) ?? {},
          });
        }
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
        <TranslationsFields
          languages={translatable}
          value={translations}
          onChange={setTranslations}
          maxLength={LIMITS.themeNameLength}
        />
        <SwatchPicker value={colour} onChange={setColour} />
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
