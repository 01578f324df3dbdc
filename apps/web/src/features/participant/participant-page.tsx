import { isDesk, isStaff } from '@hiwar/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { later } from '../../app/view-loader';
import { readMemberToken } from '../../lib/member-token';
import { liveServerNow, sendLiveCommand, useLiveMeetingStore } from '../meeting/meeting-store';
import { OfflineBanner } from '../meeting/offline-banner';
import { useMeetingConnection } from '../meeting/use-meeting-connection';
import { ParticipantView } from './participant-view';
import { WaitingScreen } from './waiting-screen';

// Only someone given a staff or desk role needs these; everyone else never downloads them.
const LiveConsole = later(() => import('../console/live-console'), 'LiveConsole');
const MemberCaptureDesk = later(() => import('../capture/capture-page'), 'MemberCaptureDesk');

/** /m/:meetingId — connects with the participant's stored token; without one, points to the join page. */
export function ParticipantPage() {
  const { meetingId } = useParams();
  const { t } = useTranslation();
  const token = meetingId ? readMemberToken(meetingId) : null;
  useMeetingConnection(token ? meetingId : undefined, token);
  const state = useLiveMeetingStore();
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
  const { view } = state;
  if (!view && state.waiting && !state.fatal) return <WaitingScreen waiting={state.waiting} status={state.status} />;
  // Someone who joined by link and was made co-facilitator runs the meeting from here.
  if (view && !view.removed && isStaff(view.self.role)) {
    return (
      <LiveConsole
        view={view}
        presence={state.presence}
        status={state.status}
        mutedMembers={state.mutedMembers}
        serverNow={liveServerNow}
        send={sendLiveCommand}
        projectorPath={`/m/${view.meeting.id}/projector`}
        boardPath={`/m/${view.meeting.id}/board`}
        capturePath={`/m/${view.meeting.id}/capture`}
        reportPath={`/m/${view.meeting.id}/report`}
      />
    );
  }
  // A rapporteur notes points here rather than taking part.
  if (view && !view.removed && isDesk(view.self.role)) {
    return (
      <>
        <OfflineBanner status={state.status} />
        <MemberCaptureDesk view={view} token={token} />
      </>
    );
  }
  return <ParticipantView state={state} serverNow={liveServerNow} send={sendLiveCommand} />;
}
