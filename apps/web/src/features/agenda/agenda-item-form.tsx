import {
  AGENDA_ITEM_KINDS,
  type AgendaItemInput,
  agendaItemInputSchema,
  CONFIDENTIALITY_MODES,
  LIMITS,
  PRONOUNS,
  type Presenter,
  type Pronoun,
} from '@hiwar/protocol';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** An empty item; discussions default to the Chatham House Rule, the common choice in this genre. */
export const EMPTY_ITEM: AgendaItemInput = {
  title: '',
  kind: 'discussion',
  plannedMinutes: 15,
  presenters: [],
  confidentiality: 'chatham-house',
  speakingLimitSeconds: null,
};

/** Only the fields the form edits: an existing item also carries its id and time spent, which the schema refuses. */
function editableFields(item: AgendaItemInput): AgendaItemInput {
  const { title, kind, plannedMinutes, presenters, confidentiality, speakingLimitSeconds } = item;
  return {
    title,
    kind,
    plannedMinutes,
    presenters,
    confidentiality,
    speakingLimitSeconds: speakingLimitSeconds ?? null,
  };
}

interface AgendaItemFormProps {
  initial?: AgendaItemInput;
  submitLabel: string;
  onSubmit: (item: AgendaItemInput) => Promise<void>;
  onCancel?: () => void;
}

/** Adds or edits one agenda item, presenters included. */
export function AgendaItemForm({ initial = EMPTY_ITEM, submitLabel, onSubmit, onCancel }: AgendaItemFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [item, setItem] = useState<AgendaItemInput>(() => editableFields(initial));
  const [minutes, setMinutes] = useState(String(initial.plannedMinutes));
  // Empty means "the meeting's limit", so the field is kept as typed text rather than a number.
  const [limit, setLimit] = useState(initial.speakingLimitSeconds == null ? '' : String(initial.speakingLimitSeconds));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  const setPresenter = (index: number, patch: Partial<Presenter>) =>
    setItem((i) => ({ ...i, presenters: i.presenters.map((p, n) => (n === index ? { ...p, ...patch } : p)) }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = agendaItemInputSchema.safeParse({
      ...item,
      plannedMinutes: Number(minutes),
      speakingLimitSeconds: limit.trim() === '' ? null : Number(limit),
    });
    if (!parsed.success || minutes.trim() === '') {
      const found: Record<string, string> = {};
      for (const issue of parsed.success ? [] : parsed.error.issues) {
        const key = issue.path.join('.');
        found[key] ??=
          issue.path[0] === 'plannedMinutes'
            ? t('validation.minutes', { max: LIMITS.plannedMinutesMax })
            : issue.path[0] === 'speakingLimitSeconds'
              ? t('validation.seconds', { max: LIMITS.speakingLimitMaxSeconds })
              : t('validation.required');
      }
      if (minutes.trim() === '') found.plannedMinutes = t('validation.minutes', { max: LIMITS.plannedMinutesMax });
      setErrors(found);
      return;
    }
    setErrors({});
    setPending(true);
    try {
      await onSubmit(parsed.data);
      if (!onCancel) {
        // Adding: clear for the next item but keep the kind and mode, which often repeat.
        setItem({ ...EMPTY_ITEM, kind: item.kind, confidentiality: item.confidentiality });
        setMinutes(String(EMPTY_ITEM.plannedMinutes));
        setLimit('');
      }
    } catch {
      // The parent shows why it failed; the typed values stay so nothing is lost.
    } finally {
      setPending(false);
    }
  };

  const err = (key: string) =>
    errors[key] ? (
      <p className="field-error" id={`${id}-${key}-error`}>
        {errors[key]}
      </p>
    ) : null;
  const described = (key: string) => (errors[key] ? `${id}-${key}-error` : undefined);

  return (
    <form className="form agenda-item-form" onSubmit={submit} noValidate>
      <fieldset disabled={pending}>
        <legend>{submitLabel}</legend>
        <div className="field">
          <label htmlFor={`${id}-title`}>{t('agenda.itemTitle')}</label>
          <input
            id={`${id}-title`}
            dir="auto"
            maxLength={LIMITS.titleLength}
            value={item.title}
            onChange={(e) => setItem((i) => ({ ...i, title: e.target.value }))}
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={described('title')}
          />
          {err('title')}
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t('agenda.kindLabel')}</label>
            <select
              id={`${id}-kind`}
              value={item.kind}
              onChange={(e) => setItem((i) => ({ ...i, kind: e.target.value as AgendaItemInput['kind'] }))}
            >
              {AGENDA_ITEM_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`agenda.kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-minutes`}>{t('agenda.plannedMinutes')}</label>
            <input
              id={`${id}-minutes`}
              type="number"
              inputMode="numeric"
              min={0}
              max={LIMITS.plannedMinutesMax}
              value={minutes}
              onChange={(e) => setMinutes(e.target.value)}
              aria-invalid={errors.plannedMinutes ? true : undefined}
              aria-describedby={described('plannedMinutes')}
            />
            {err('plannedMinutes')}
          </div>
          <div className="field">
            <label htmlFor={`${id}-confidentiality`}>{t('agenda.confidentiality')}</label>
            <select
              id={`${id}-confidentiality`}
              value={item.confidentiality}
              onChange={(e) =>
                setItem((i) => ({ ...i, confidentiality: e.target.value as AgendaItemInput['confidentiality'] }))
              }
            >
              {CONFIDENTIALITY_MODES.map((m) => (
                <option key={m} value={m}>
                  {t(`confidentiality.mode.${m}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p className="hint">{t(`confidentiality.explain.${item.confidentiality}`)}</p>
        <div className="field">
          <label htmlFor={`${id}-limit`}>
            {t('agenda.speakingLimit')} <span className="muted">{t('common.optional')}</span>
          </label>
          <p className="hint" id={`${id}-limit-hint`}>
            {t('agenda.speakingLimitHint')}
          </p>
          <input
            id={`${id}-limit`}
            className="input-short"
            type="number"
            inputMode="numeric"
            min={0}
            max={LIMITS.speakingLimitMaxSeconds}
            value={limit}
            onChange={(e) => setLimit(e.target.value)}
            aria-invalid={errors.speakingLimitSeconds ? true : undefined}
            aria-describedby={[`${id}-limit-hint`, described('speakingLimitSeconds')].filter(Boolean).join(' ')}
          />
          {err('speakingLimitSeconds')}
        </div>

        <fieldset className="presenters-editor">
          <legend>{t('agenda.presenters')}</legend>
          {item.presenters.map((p, index) => (
            // Presenters have no ids of their own; rows are only added at the end or removed.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <div className="presenter-row" key={index}>
              {(['name', 'title', 'organisation'] as const).map((field) => (
                <div className="field" key={field}>
                  <label htmlFor={`${id}-p${index}-${field}`}>
                    {t(`agenda.presenter.${field}`)}
                    {field === 'name' ? null : <span className="muted"> {t('common.optional')}</span>}
                  </label>
                  <input
                    id={`${id}-p${index}-${field}`}
                    dir="auto"
                    value={p[field]}
                    onChange={(e) => setPresenter(index, { [field]: e.target.value })}
                    aria-invalid={errors[`presenters.${index}.${field}`] ? true : undefined}
                    aria-describedby={described(`presenters.${index}.${field}`)}
                  />
                  {err(`presenters.${index}.${field}`)}
                </div>
              ))}
              <div className="field">
                <label htmlFor={`${id}-p${index}-talkTitle`}>
                  {t('agenda.presenter.talkTitle')}
                  <span className="muted"> {t('common.optional')}</span>
                </label>
                <input
                  id={`${id}-p${index}-talkTitle`}
                  dir="auto"
                  value={p.talkTitle ?? ''}
                  maxLength={LIMITS.titleLength}
                  onChange={(e) => setPresenter(index, { talkTitle: e.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={`${id}-p${index}-pronoun`}>
                  {t('agenda.presenter.pronoun')}
                  <span className="muted"> {t('common.optional')}</span>
                </label>
                <select
                  id={`${id}-p${index}-pronoun`}
                  aria-describedby={`${id}-p${index}-pronoun-hint`}
                  value={p.pronoun ?? ''}
                  onChange={(e) =>
                    setPresenter(index, { pronoun: e.target.value === '' ? null : (e.target.value as Pronoun) })
                  }
                >
                  <option value="">{t('agenda.presenter.pronounNone')}</option>
                  {PRONOUNS.map((pronoun) => (
                    <option key={pronoun} value={pronoun}>
                      {t(`agenda.presenter.pronouns.${pronoun}`)}
                    </option>
                  ))}
                </select>
              </div>
              <button
                type="button"
                className="button button-quiet"
                onClick={() => setItem((i) => ({ ...i, presenters: i.presenters.filter((_, n) => n !== index) }))}
              >
                {t('agenda.removePresenter')}
              </button>
              {/* Under the whole row, so the fields' boxes stay aligned. */}
              <p className="hint presenter-hint" id={`${id}-p${index}-pronoun-hint`}>
                {t('agenda.presenter.pronounHint')}
              </p>
            </div>
          ))}
          {item.presenters.length < LIMITS.presentersPerItem ? (
            <button
              type="button"
              className="button button-quiet"
              onClick={() =>
                setItem((i) => ({
                  ...i,
                  presenters: [
                    ...i.presenters,
                    { name: '', title: '', organisation: '', pronoun: null, talkTitle: '' },
                  ],
                }))
              }
            >
              {t('agenda.addPresenter')}
            </button>
          ) : null}
        </fieldset>

        <div className="actions">
          <button type="submit" className="button button-primary">
            {submitLabel}
          </button>
          {onCancel ? (
            <button type="button" className="button" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          ) : null}
        </div>
      </fieldset>
    </form>
  );
}
