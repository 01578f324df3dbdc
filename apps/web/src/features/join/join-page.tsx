import { HiwarHttp } from '@hiwar/client';
import type { JoinInfo } from '@hiwar/protocol';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../lib/errors';
import { formatMeetingStart } from '../../lib/format';
import { readMemberToken, storeMemberToken } from '../../lib/member-token';
import { JoinCodeForm } from './join-code-form';
import { JoinForm, type JoinFormValues } from './join-form';

// A client of its own: HiwarHttp.join keeps the member token on the instance, which must not leak
// into the facilitator's shared client.
const joinClient = () => new HiwarHttp({ baseUrl: '' });

/** /join and /join/:code — finds the meeting by code, then asks for a name and goes in. */
export function JoinPage() {
  const { code } = useParams();
  const navigate = useNavigate();
  const { t, i18n } = useTranslation();
  const [info, setInfo] = useState<JoinInfo | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [joinError, setJoinError] = useState<string | null>(null);

  useEffect(() => {
    if (!code) return;
    let cancelled = false;
    setInfo(null);
    setLoadError(null);
    joinClient()
      .joinInfo(code)
      .then((meeting) => {
        if (cancelled) return;
        // Someone who joined before from this browser goes straight back in, with the same name and role.
        if (readMemberToken(meeting.meetingId)) navigate(`/m/${meeting.meetingId}`, { replace: true });
        else setInfo(meeting);
      })
      .catch((err) => !cancelled && setLoadError(errorMessage(t, err)));
    return () => {
      cancelled = true;
    };
  }, [code, navigate, t]);

  const join = async (values: JoinFormValues) => {
    if (!code) return;
    setJoinError(null);
    try {
      const result = await joinClient().join(code, values);
      storeMemberToken(result.meetingId, result.memberToken);
      navigate(`/m/${result.meetingId}`);
    } catch (err) {
      setJoinError(errorMessage(t, err));
    }
  };

  if (!code) {
    return (
      <section className="card narrow" aria-labelledby="join-title">
        <h1 id="join-title">{t('join.title')}</h1>
        <p>{t('join.codeIntro')}</p>
        <JoinCodeForm onCode={(c) => navigate(`/join/${c}`)} />
      </section>
    );
  }
  if (loadError) {
    return (
      <section className="card narrow" aria-labelledby="join-title">
        <h1 id="join-title">{t('join.title')}</h1>
        <p className="banner banner-error" role="alert">
          {loadError}
        </p>
        <JoinCodeForm onCode={(c) => navigate(`/join/${c}`)} />
      </section>
    );
  }
  if (!info) return <p className="loading">{t('common.loading')}</p>;
  return (
    <section className="card narrow" aria-labelledby="join-title">
      <p className="eyebrow">{t('join.youAreInvited')}</p>
      <h1 id="join-title" dir="auto">
        {info.title}
      </h1>
      <p className="muted">
        <span dir="auto">{info.hostOrganisation}</span> ·{' '}
        {formatMeetingStart(info.startsAt, info.timeZone, i18n.language)} · {t(`format.${info.format}`)}
      </p>
      {info.status === 'ended' ? <p className="banner">{t('participant.endedBody')}</p> : null}
      {info.locked ? (
        <p className="banner banner-error" role="alert">
          {t('join.locked')}
        </p>
      ) : (
        <>
          {info.waitingRoom ? <p className="banner">{t('join.waitingRoom')}</p> : null}
          <JoinForm onSubmit={join} error={joinError} categories={info.balanceCategories} />
        </>
      )}
    </section>
  );
}
