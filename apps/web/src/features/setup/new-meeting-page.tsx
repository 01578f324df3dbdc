import type { MeetingDetails } from '@hiwar/protocol';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { DetailsForm, defaultDetails } from './details-form';

/** /meetings/new — creates the meeting from its details, then continues to the full setup. */
export function NewMeetingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const initial = useMemo(() => defaultDetails(), []);
  const create = async (details: MeetingDetails) => {
    setError(null);
    try {
      const meeting = await api.createMeeting(details);
      navigate(`/meetings/${meeting.id}/setup`, { replace: true });
    } catch (err) {
      setError(errorMessage(t, err));
    }
  };
  return (
    <section className="card medium" aria-labelledby="new-title">
      <h1 id="new-title">{t('setup.newTitle')}</h1>
      <p className="muted">{t('setup.newIntro')}</p>
      <DetailsForm mode="create" initial={initial} submitLabel={t('setup.create')} onSubmit={create} />
      {error ? (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
