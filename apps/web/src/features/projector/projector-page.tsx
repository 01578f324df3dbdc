import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { readMemberToken } from '../../lib/member-token';
import { LiveMeetingGate } from '../meeting/live-meeting-gate';
import { liveServerNow, useLiveMeetingStore } from '../meeting/meeting-store';
import { OfflineBanner } from '../meeting/offline-banner';
import { useMeetingConnection } from '../meeting/use-meeting-connection';
import { useTickingNow } from '../meeting/use-ticking-now';
import { ProjectorView } from './projector-view';

/** The connected projector: reads the live store, ticks with the server's clock. */
function LiveProjector() {
  const { view, status, fatal } = useLiveMeetingStore();
  const now = useTickingNow(liveServerNow);
  return (
    <LiveMeetingGate view={view} fatal={fatal}>
      {view ? (
        <>
          <OfflineBanner status={status} />
          <ProjectorView view={view} now={now} />
        </>
      ) : null}
    </LiveMeetingGate>
  );
}

/** /meetings/:id/projector — opened from the console; the facilitator's session connects it. */
export function StaffProjectorPage() {
  const { id } = useParams();
  useMeetingConnection(id);
  return <LiveProjector />;
}

/** /m/:meetingId/projector — the same screen for someone who joined by link, with their member token. */
export function MemberProjectorPage() {
  const { meetingId } = useParams();
  const { t } = useTranslation();
  const token = meetingId ? readMemberToken(meetingId) : null;
  useMeetingConnection(token ? meetingId : undefined, token);
  if (!token) {
    return (
      <section className="card narrow">
        <h1>{t('participant.noTokenTitle')}</h1>
        <p>{t('participant.noTokenBody')}</p>
        <Link className="button button-primary" to="/join">
          {t('join.enterCode')}
        </Link>
      </section>
    );
  }
  return <LiveProjector />;
}
