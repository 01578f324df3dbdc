import type { ReviewPage as Review } from '@hiwar/protocol';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { isolate } from './runs';
import { RunsView } from './runs-view';

/** /review/:token — a presenter reads their own paragraph and approves it or suggests changes. */
export function ReviewPage() {
  const { token } = useParams();
  const { t } = useTranslation();
  const [review, setReview] = useState<Review | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [suggesting, setSuggesting] = useState(false);
  const [suggestion, setSuggestion] = useState('');
  const [busy, setBusy] = useState(false);
  const fieldId = useId();

  useEffect(() => {
    if (!token) return;
    api
      .reviewPage(token)
      .then(setReview)
      .catch((e) => setError(errorMessage(t, e)));
  }, [token, t]);

  const decide = async (body: Parameters<typeof api.reviewDecision>[1]) => {
    if (!token) return;
    setBusy(true);
    setError(null);
    try {
      setReview(await api.reviewDecision(token, body));
      setSuggesting(false);
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  if (error && !review) {
    return (
      <section className="card narrow" role="alert">
        <p>{error}</p>
      </section>
    );
  }
  if (!review) return <p className="loading">{t('common.loading')}</p>;
  return (
    <section className="card medium review-page stack" aria-labelledby="review-title">
      <div>
        <p className="eyebrow">{t('review.eyebrow')}</p>
        <h1 id="review-title" dir="auto">
          {review.meetingTitle}
        </h1>
        <p className="muted" dir="auto">
          {review.hostOrganisation}
        </p>
      </div>
      <p>{t('review.intro', { name: isolate(review.presenterName) })}</p>
      <blockquote className="review-paragraph" lang={review.language} dir={review.dir}>
        {review.heading ? (
          <p className="review-heading" dir="auto">
            {review.heading}
          </p>
        ) : null}
        <RunsView runs={review.paragraph} notesLabel={t('review.notes')} />
      </blockquote>
      <p className="review-status" role="status">
        {t(`review.status.${review.status}`)}
      </p>
      {review.suggestion ? (
        <blockquote className="report-suggestion" dir="auto">
          {review.suggestion}
        </blockquote>
      ) : null}
      {error ? (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      ) : null}
      {suggesting ? (
        <form
          className="stack"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            void decide({ decision: 'suggest', suggestion });
          }}
        >
          <label htmlFor={fieldId}>{t('review.suggestionLabel')}</label>
          <textarea
            id={fieldId}
            rows={6}
            dir="auto"
            value={suggestion}
            onChange={(e) => setSuggestion(e.target.value)}
            required
          />
          <div className="actions">
            <button type="submit" className="button button-primary" disabled={busy || !suggestion.trim()}>
              {t('review.send')}
            </button>
            <button type="button" className="button" onClick={() => setSuggesting(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="actions">
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => void decide({ decision: 'approve' })}
          >
            {t('review.approve')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => setSuggesting(true)}>
            {t('review.suggest')}
          </button>
        </div>
      )}
    </section>
  );
}
