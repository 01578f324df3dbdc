import type { HiwarHttp } from '@hiwar/client';
import { can } from '@hiwar/domain';
import type { Snapshot } from '@hiwar/protocol';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, memberApi } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { readMemberToken } from '../../lib/member-token';
import { ReportDesk } from './report-desk';
import { openReport } from './report-store';

/** Loads what the desk needs (the meeting as the desk sees it, and the report) for one person. */
function ReportDeskLoader({ http, meetingId, backPath }: { http: HiwarHttp; meetingId: string; backPath: string }) {
  const { t } = useTranslation();
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    http
      .getMeeting(meetingId)
      .then((s) => {
        if (!live) return;
        setSnapshot(s);
        if (can(s.self.role, 'report:edit')) void openReport(http, meetingId);
      })
      .catch((e) => live && setError(e));
    return () => {
      live = false;
    };
  }, [http, meetingId]);
  if (error) {
    return (
      <section className="card narrow" role="alert">
        <h1>{t('live.cannotOpen')}</h1>
        <p>{errorMessage(t, error)}</p>
        <Link to="/">{t('nav.backToMeetings')}</Link>
      </section>
    );
  }
  if (!snapshot) return <p className="loading">{t('common.loading')}</p>;
  if (!can(snapshot.self.role, 'report:edit')) {
    return (
      <section className="card narrow" role="alert">
        <h1>{t('live.cannotOpen')}</h1>
        <p>{t('errors.FORBIDDEN')}</p>
      </section>
    );
  }
  return (
    <ReportDesk
      http={http}
      meetingId={meetingId}
      meetingTitle={snapshot.meeting.title}
      canPublish={can(snapshot.self.role, 'report:publish')}
      points={snapshot.points}
      backPath={backPath}
    />
  );
}

/** /meetings/:id/report — the report desk with the facilitator's session. */
export function ReportPage() {
  const { id } = useParams();
  if (!id) return null;
  return <ReportDeskLoader http={api} meetingId={id} backPath={`/meetings/${id}/live`} />;
}

/** /m/:meetingId/report — the report desk for a rapporteur who joined by link. */
export function MemberReportPage() {
  const { meetingId } = useParams();
  const token = meetingId ? readMemberToken(meetingId) : null;
  const http = useMemo(() => (token ? memberApi(token) : null), [token]);
  const { t } = useTranslation();
  if (!meetingId || !http) {
    return (
      <section className="card narrow" role="alert">
        <p>{t('errors.UNAUTHENTICATED')}</p>
      </section>
    );
  }
  return <ReportDeskLoader http={http} meetingId={meetingId} backPath={`/m/${meetingId}/capture`} />;
}
