import { ADDRESSEES, type Addressee, type Language, POINT_FORMS, type Point, type PointForm } from '@hiwar/protocol';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { useRun } from '../points/use-run';
import { usePointClassifier } from './use-point-form';
import './point-marks.css';

type Run = ReturnType<typeof useRun>['run'];

/**
 * The marks the report reads from a point, next to star and recommendation: the form its sentence takes
 * (read from the words unless the desk overrides it), whom a recommendation is addressed to, and the
 * "identifying" mark that keeps it out of every public section. Each is one press or one choice.
 */
export function PointMarks({
  point,
  language,
  busy,
  run,
}: {
  point: Point;
  language: Language;
  busy: boolean;
  run: Run;
}) {
  const { t } = useTranslation();
  const id = useId();
  // The form is read when the desk reaches for the choice, not for hundreds of points on every render.
  const [asked, setAsked] = useState(false);
  const classify = usePointClassifier(asked);
  const read = useMemo(() => (classify ? classify(point.text, language) : null), [classify, point.text, language]);
  const ask = () => setAsked(true);
  const mark = (change: { form?: PointForm | null; addressee?: Addressee | null; identifying?: boolean }) =>
    void run({ type: 'point:mark', pointId: point.id, ...change });
  return (
    <div className="point-marks">
      <div className="point-mark">
        <label htmlFor={`${id}-form`}>{t('capture.marks.form')}</label>
        <select
          id={`${id}-form`}
          className="select-small"
          value={point.form ?? ''}
          disabled={busy}
          onFocus={ask}
          onPointerEnter={ask}
          onPointerDown={ask}
          onChange={(e) => mark({ form: e.target.value === '' ? null : (e.target.value as PointForm) })}
        >
          <option value="">
            {read
              ? t('capture.marks.automaticAs', { form: t(`capture.marks.forms.${read}`) })
              : t('capture.marks.automatic')}
          </option>
          {POINT_FORMS.map((form) => (
            <option key={form} value={form}>
              {t(`capture.marks.forms.${form}`)}
            </option>
          ))}
        </select>
      </div>
      {point.recommendation ? (
        <div className="point-mark">
          <label htmlFor={`${id}-to`}>{t('capture.marks.addressee')}</label>
          <select
            id={`${id}-to`}
            className="select-small"
            value={point.addressee ?? ''}
            disabled={busy}
            onChange={(e) => mark({ addressee: e.target.value === '' ? null : (e.target.value as Addressee) })}
          >
            <option value="">{t('capture.marks.noAddressee')}</option>
            {ADDRESSEES.map((to) => (
              <option key={to} value={to}>
                {t(`capture.marks.addressees.${to}`)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <button
        type="button"
        className={`button button-small${point.identifying ? ' button-warning' : ''}`}
        aria-pressed={point.identifying}
        aria-describedby={`${id}-identifying`}
        disabled={busy}
        onClick={() => mark({ identifying: !point.identifying })}
      >
        {t('capture.marks.identifying')}
      </button>
      <p id={`${id}-identifying`} className={point.identifying ? 'hint point-mark-note' : 'visually-hidden'}>
        {t('capture.marks.identifyingHint')}
      </p>
    </div>
  );
}
