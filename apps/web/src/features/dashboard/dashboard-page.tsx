import type { MeetingSummary } from '@hiwar/protocol';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { MeetingList } from './meeting-list';

/** / — the signed-in facilitator's meetings and the way to create one. */
export function DashboardPage() {
  const { t } = useTranslation();
  const [meetings, setMeetings] = useState<MeetingSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    api
      .listMeetings()
      .then((list) => !cancelled && setMeetings(list))
      .catch((err) => !cancelled && setError(errorMessage(t, err)));
    return () => {
      cancelled = true;
    };
  }, [t]);
  return (
    <div className="stack">
      <div className="page-head">
        <h1>{t('dashboard.title')}</h1>
        <Link className="button button-primary" to="/meetings/new">
          {t('dashboard.new')}
        </Link>
      </div>
      {error ? (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      ) : meetings ? (
        <MeetingList meetings={meetings} />
      ) : (
        <p className="loading">{t('common.loading')}</p>
      )}
    </div>
  );
}
