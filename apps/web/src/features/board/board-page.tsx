import type { MeetingView } from '@hiwar/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { readMemberToken } from '../../lib/member-token';
import { LiveMeetingGate } from '../meeting/live-meeting-gate';
import { useLiveMeetingStore } from '../meeting/meeting-store';
import { OfflineBanner } from '../meeting/offline-banner';
import { useMeetingConnection } from '../meeting/use-meeting-connection';
import { BoardProjectorView } from './board-projector-view';
import { BoardView } from './board-view';

/** Reads the live store and shows the board (or its projector version) once the view is there. */
function LiveBoard({ render }: { render: (view: MeetingView) => ReactNode }) {
  const { view, status, fatal } = useLiveMeetingStore();
  return (
    <LiveMeetingGate view={view} fatal={fatal}>
      {view ? (
        <>
          <OfflineBanner status={status} />
          {render(view)}
        </>
      ) : null}
    </LiveMeetingGate>
  );
}

/** Without a member token, the member routes point to the join page. */
function NoToken() {
  const { t } = useTranslation();
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

/** /meetings/:id/board — the facilitator's session connects it. */
export function StaffBoardPage() {
  const { id } = useParams();
  useMeetingConnection(id);
  return (
    <LiveBoard
      render={(view) => (
        <BoardView
          view={view}
          backPath={`/meetings/${view.meeting.id}/live`}
          projectorPath={`/meetings/${view.meeting.id}/board/projector`}
        />
      )}
    />
  );
}

/** /m/:meetingId/board — for someone who joined by link, with their member token. */
export function MemberBoardPage() {
  const { meetingId } = useParams();
  const token = meetingId ? readMemberToken(meetingId) : null;
  useMeetingConnection(token ? meetingId : undefined, token);
  if (!token) return <NoToken />;
  return (
    <LiveBoard
      render={(view) => (
        <BoardView
          view={view}
          backPath={`/m/${view.meeting.id}`}
          projectorPath={`/m/${view.meeting.id}/board/projector`}
        />
      )}
    />
  );
}

/** /meetings/:id/board/projector */
export function StaffBoardProjectorPage() {
  const { id } = useParams();
  useMeetingConnection(id);
  return <LiveBoard render={(view) => <BoardProjectorView view={view} />} />;
}

/** /m/:meetingId/board/projector */
export function MemberBoardProjectorPage() {
  const { meetingId } = useParams();
  const token = meetingId ? readMemberToken(meetingId) : null;
  useMeetingConnection(token ? meetingId : undefined, token);
  if (!token) return <NoToken />;
  return <LiveBoard render={(view) => <BoardProjectorView view={view} />} />;
}
