import {
  LANGUAGES,
  LIMITS,
  MEETING_FORMATS,
  type MeetingDetails,
  type MeetingDetailsInput,
  meetingDetailsSchema,
} from '@hiwar/protocol';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allTimeZones, browserTimeZone } from '../../lib/format';

type Values = Omit<MeetingDetails, 'videoCallUrl'> & { videoCallUrl: string };
type Field = keyof Values;

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

interface DetailsFormProps {
  initial: MeetingDetailsInput;
  onSubmit: (details: MeetingDetails) => Promise<void>;
  submitLabel: string;
  disabled?: boolean;
}

/** The meeting's details; checked with the protocol's own schema before anything is sent. */
export function DetailsForm({ initial, onSubmit, submitLabel, disabled }: DetailsFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>({
    ...(initial as Values),
    videoCallUrl: initial.videoCallUrl ?? '',
    description: initial.description ?? '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [pending, setPending] = useState(false);
  const timeZones = useMemo(() => {
    const zones = allTimeZones();
    return zones.includes(values.timeZone) ? zones : [values.timeZone, ...zones];
  }, [values.timeZone]);

  const set = (field: Field) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: e.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = meetingDetailsSchema.safeParse({ ...values, videoCallUrl: values.videoCallUrl.trim() || null });
    if (!parsed.success) {
      const found: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as Field;
        found[field] ??= t(FIELD_ERROR[field] ?? 'validation.required');
      }
      setErrors(found);
      return;
    }
    setErrors({});
    setPending(true);
    try {
      await onSubmit(parsed.data);
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

  return (
    <form className="form details-form" onSubmit={submit} noValidate>
      <fieldset disabled={disabled || pending}>
        <legend className="visually-hidden">{t('setup.details')}</legend>
        <div className="field">
          <label htmlFor="details-title">{t('setup.titleField')}</label>
          <input
            id="details-title"
            dir="auto"
            maxLength={LIMITS.titleLength}
            value={values.title}
            onChange={set('title')}
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={describedBy('title')}
          />
          {errorOf('title')}
        </div>
        <div className="field">
          <label htmlFor="details-hostOrganisation">{t('setup.hostOrganisation')}</label>
          <input
            id="details-hostOrganisation"
            dir="auto"
            maxLength={LIMITS.organisationLength}
            value={values.hostOrganisation}
            onChange={set('hostOrganisation')}
            aria-invalid={errors.hostOrganisation ? true : undefined}
            aria-describedby={describedBy('hostOrganisation')}
          />
          {errorOf('hostOrganisation')}
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="details-startsAt">{t('setup.startsAt')}</label>
            <input
              id="details-startsAt"
              type="datetime-local"
              value={values.startsAt}
              onChange={set('startsAt')}
              aria-invalid={errors.startsAt ? true : undefined}
              aria-describedby={describedBy('startsAt')}
            />
            {errorOf('startsAt')}
          </div>
          <div className="field">
            <label htmlFor="details-timeZone">{t('setup.timeZone')}</label>
            <select id="details-timeZone" dir="ltr" value={values.timeZone} onChange={set('timeZone')}>
              {timeZones.map((tz) => (
                <option key={tz} value={tz}>
                  {tz.replaceAll('_', ' ')}
                </option>
              ))}
            </select>
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
            id="details-videoCallUrl"
            type="url"
            dir="ltr"
            inputMode="url"
            placeholder={t('setup.videoCallPlaceholder')}
            value={values.videoCallUrl}
            onChange={set('videoCallUrl')}
            aria-invalid={errors.videoCallUrl ? true : undefined}
            aria-describedby={describedBy('videoCallUrl')}
          />
          {errorOf('videoCallUrl')}
        </div>
        <div className="field">
          <label htmlFor="details-description">
            {t('setup.description')} <span className="muted">{t('common.optional')}</span>
          </label>
          <textarea
            id="details-description"
            dir="auto"
            rows={4}
            maxLength={LIMITS.descriptionLength}
            value={values.description}
            onChange={set('description')}
          />
        </div>
        <button type="submit" className="button button-primary">
          {submitLabel}
        </button>
      </fieldset>
    </form>
  );
}
