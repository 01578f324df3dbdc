import {
  LANGUAGES,
  LIMITS,
  MEETING_FORMATS,
  type MeetingDetails,
  type MeetingDetailsInput,
  meetingDetailsPatchSchema,
  meetingDetailsSchema,
} from '@hiwar/protocol';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf, errorMessage } from '../../lib/errors';
import { browserTimeZone } from '../../lib/format';
import { TimeZonePicker } from './time-zone-picker';
import { type AutosaveStatus, useAutosave } from './use-autosave';
import './setup.css';

type Values = Omit<MeetingDetails, 'videoCallUrl'> & { videoCallUrl: string };
type Field = keyof Values;
const FIELDS: Field[] = [
  'title',
  'hostOrganisation',
  'startsAt',
  'timeZone',
  'format',
  'contentLanguage',
  'videoCallUrl',
  'description',
];
/** Fields saved as soon as they change: a choice, not typing. */
const CHOSEN: ReadonlySet<Field> = new Set(['startsAt', 'timeZone', 'format', 'contentLanguage']);

/** Sensible starting values for a new meeting: tomorrow at 10:00 in the browser's zone, online, in English. */
export function defaultDetails(now = new Date()): MeetingDetailsInput {
  const tomorrow = new Date(now.getTime() + 24 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    title: '',
    hostOrganisation: '',
    startsAt: `${tomorrow.getFullYear()}-${pad(tomorrow.getMonth() + 1)}-${pad(tomorrow.getDate())}T10:00`,
    timeZone: browserTimeZone(),
    format: 'online',
    contentLanguage: 'en',
    videoCallUrl: null,
    description: '',
  };
}

/** Only the editable details of a meeting, since the schema refuses unknown fields. */
export function pickDetails(meeting: MeetingDetails): MeetingDetails {
  const { title, hostOrganisation, startsAt, timeZone, format, contentLanguage, videoCallUrl, description } = meeting;
  return { title, hostOrganisation, startsAt, timeZone, format, contentLanguage, videoCallUrl, description };
}

const FIELD_ERROR: Partial<Record<Field, string>> = {
  startsAt: 'validation.dateTime',
  timeZone: 'validation.timeZone',
  videoCallUrl: 'validation.url',
};

const toValues = (details: MeetingDetailsInput): Values => ({
  ...(details as Values),
  videoCallUrl: details.videoCallUrl ?? '',
  description: details.description ?? '',
});
/** A field's value as the wire carries it: an empty link is no link. */
const wireValue = (field: Field, value: string) => (field === 'videoCallUrl' ? value.trim() || null : value);

/**
 * The changes that can be saved now (each checked with the protocol's own schema), and the fields that
 * cannot, with the message to show beside each.
 */
export function changedDetails(
  values: Values,
  saved: Values,
): { patch: Partial<MeetingDetails>; invalid: Partial<Record<Field, true>> } {
  const patch: Partial<MeetingDetails> = {};
  const invalid: Partial<Record<Field, true>> = {};
  for (const field of FIELDS) {
    if (values[field] === saved[field]) continue;
    const parsed = meetingDetailsPatchSchema.safeParse({ [field]: wireValue(field, values[field]) });
    if (parsed.success) Object.assign(patch, parsed.data);
    else invalid[field] = true;
  }
  return { patch, invalid };
}

type DetailsFormProps = { initial: MeetingDetailsInput; disabled?: boolean } & (
  | {
      /** A new meeting: checked as a whole and created by one button. */
      mode: 'create';
      onSubmit: (details: MeetingDetails) => Promise<void>;
      submitLabel: string;
    }
  | {
      /** An existing meeting: each change is saved by itself a moment after it is made. */
      mode: 'autosave';
      onSave: (changes: Partial<MeetingDetails>) => Promise<void>;
      /** Saves what is still waiting when the page is left (see useAutosave). */
      onSaveOnLeave?: (changes: Partial<MeetingDetails>) => Promise<unknown>;
    }
);

/** The meeting's details; checked with the protocol's own schema before anything is sent. */
export function DetailsForm(props: DetailsFormProps) {
  const { initial, disabled } = props;
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(() => toValues(initial));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [pending, setPending] = useState(false);
  // What the server holds as far as this form knows: its last word, plus what this form saved since.
  const saved = useRef<Values>(toValues(initial));
  const latest = useRef(values);
  latest.current = values;

  const autosave = useAutosave<Partial<MeetingDetails>>(
    async (changes) => {
      if (props.mode !== 'autosave') return;
      await props.onSave(changes);
      const merged: Record<string, unknown> = { ...saved.current };
      for (const [field, value] of Object.entries(changes)) merged[field] = value ?? '';
      saved.current = merged as Values;
    },
    { saveOnLeave: props.mode === 'autosave' ? props.onSaveOnLeave : undefined },
  );

  // A change from elsewhere (another facilitator, or this form's own save coming back) shows at once in
  // every field this person is not in the middle of changing; their own unsaved edits are kept.
  const initialKey = JSON.stringify(initial);
  // biome-ignore lint/correctness/useExhaustiveDependencies: follows the server's details, compared by value
  useEffect(() => {
    const incoming = toValues(initial);
    const before = saved.current;
    saved.current = incoming;
    setValues((current) => {
      const next = { ...current };
      for (const field of FIELDS) if (current[field] === before[field]) next[field] = incoming[field] as never;
      return next;
    });
  }, [initialKey]);

  // A server refusal that names a field is shown beside that field.
  useEffect(() => {
    if (autosave.status !== 'failed' || errorCodeOf(autosave.error) !== 'VALIDATION_FAILED') return;
    const issues = (autosave.error as { issues?: { path: string }[] }).issues ?? [];
    const found: Partial<Record<Field, string>> = {};
    for (const issue of issues) {
      const field = issue.path.split('.').find((part): part is Field => FIELDS.includes(part as Field));
      if (field) found[field] = t(FIELD_ERROR[field] ?? 'validation.required');
    }
    if (Object.keys(found).length > 0) setErrors((e) => ({ ...e, ...found }));
  }, [autosave.status, autosave.error, t]);

  const change = (field: Field, value: string) => {
    const next = { ...latest.current, [field]: value };
    latest.current = next;
    setValues(next);
    if (props.mode !== 'autosave') {
      if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }));
      return;
    }
    const { patch, invalid } = changedDetails(next, saved.current);
    setErrors((e) => ({
      ...e,
      [field]: invalid[field] ? t(FIELD_ERROR[field] ?? 'validation.required') : undefined,
    }));
    if (Object.keys(patch).length === 0) autosave.cancel();
    else {
      autosave.schedule(patch);
      if (CHOSEN.has(field)) void autosave.flush();
    }
  };
  const set = (field: Field) => (e: { target: { value: string } }) => change(field, e.target.value);
  const leave = () => {
    if (props.mode === 'autosave') void autosave.flush();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (props.mode === 'autosave') {
      void autosave.flush();
      return;
    }
    const parsed = meetingDetailsSchema.safeParse({ ...values, videoCallUrl: values.videoCallUrl.trim() || null });
    if (!parsed.success) {
      const found: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as Field;
        found[field] ??= t(FIELD_ERROR[field] ?? 'validation.required');
      }
      setErrors(found);
      document.getElementById(`details-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    setErrors({});
    setPending(true);
    try {
      await props.onSubmit(parsed.data);
    } finally {
      setPending(false);
    }
  };

  const describedBy = (field: Field) => (errors[field] ? `details-${field}-error` : undefined);
  const errorOf = (field: Field) =>
    errors[field] ? (
      <p className="field-error" id={`details-${field}-error`}>
        {errors[field]}
      </p>
    ) : null;
  const textProps = (field: Field) => ({
    id: `details-${field}`,
    value: values[field] ?? '',
    onChange: set(field),
    onBlur: leave,
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': describedBy(field),
  });

  return (
    <form className="form details-form" onSubmit={submit} noValidate>
      <fieldset disabled={disabled || pending}>
        <legend className="visually-hidden">{t('setup.details')}</legend>
        <div className="field">
          <label htmlFor="details-title">{t('setup.titleField')}</label>
          <input dir="auto" maxLength={LIMITS.titleLength} {...textProps('title')} />
          {errorOf('title')}
        </div>
        <div className="field">
          <label htmlFor="details-hostOrganisation">{t('setup.hostOrganisation')}</label>
          <input dir="auto" maxLength={LIMITS.organisationLength} {...textProps('hostOrganisation')} />
          {errorOf('hostOrganisation')}
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="details-startsAt">{t('setup.startsAt')}</label>
            <input type="datetime-local" {...textProps('startsAt')} />
            {errorOf('startsAt')}
          </div>
          <div className="field">
            <label htmlFor="details-timeZone">{t('setup.timeZone')}</label>
            <TimeZonePicker
              id="details-timeZone"
              value={values.timeZone}
              onChange={(zone) => change('timeZone', zone)}
              invalid={Boolean(errors.timeZone)}
              describedBy={describedBy('timeZone')}
            />
            {errorOf('timeZone')}
          </div>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="details-format">{t('setup.format')}</label>
            <select id="details-format" value={values.format} onChange={set('format')}>
              {MEETING_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {t(`format.${f}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="details-contentLanguage">{t('setup.contentLanguage')}</label>
            <select id="details-contentLanguage" value={values.contentLanguage} onChange={set('contentLanguage')}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`languages.${l}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field">
          <label htmlFor="details-videoCallUrl">
            {t('setup.videoCallUrl')} <span className="muted">{t('common.optional')}</span>
          </label>
          <input
            type="url"
            dir="ltr"
            inputMode="url"
            placeholder={t('setup.videoCallPlaceholder')}
            {...textProps('videoCallUrl')}
          />
          {errorOf('videoCallUrl')}
        </div>
        <div className="field">
          <label htmlFor="details-description">
            {t('setup.description')} <span className="muted">{t('common.optional')}</span>
          </label>
          <textarea dir="auto" rows={4} maxLength={LIMITS.descriptionLength} {...textProps('description')} />
        </div>
        {props.mode === 'create' ? (
          <button type="submit" className="button button-primary">
            {props.submitLabel}
          </button>
        ) : (
          <SaveStatus status={autosave.status} error={autosave.error} invalid={Object.values(errors).some(Boolean)} />
        )}
      </fieldset>
    </form>
  );
}

/** The quiet line under an autosaved form: saving, saved, or why not. */
function SaveStatus({ status, error, invalid }: { status: AutosaveStatus; error: unknown; invalid: boolean }) {
  const { t } = useTranslation();
  const failed = status === 'failed' && errorCodeOf(error) !== 'VALIDATION_FAILED';
  return (
    <>
      <p role="status" className="autosave-status" data-status={status}>
        {invalid
          ? t('setup.autosaveInvalid')
          : status === 'saving' || status === 'pending'
            ? t('setup.autosaveSaving')
            : status === 'saved'
              ? t('setup.autosaveSaved')
              : ''}
      </p>
      {failed ? (
        <p className="banner banner-error" role="alert">
          {errorMessage(t, error)}
        </p>
      ) : null}
    </>
  );
}
