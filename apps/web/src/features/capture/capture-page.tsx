import type { MeetingView } from '@hiwar/domain';
import { isStaff } from '@hiwar/domain';
import { useParams } from 'react-router';
import { memberApi } from '../../lib/api';
import { readMemberToken } from '../../lib/member-token';
import { LiveMeetingGate } from '../meeting/live-meeting-gate';
import { sendLiveCommand, useLiveMeetingStore } from '../meeting/meeting-store';
import { OfflineBanner } from '../meeting/offline-banner';
import { useMeetingConnection } from '../meeting/use-meeting-connection';
import { CaptureDesk } from './capture-desk';

/** /meetings/:id/capture — the capture desk with the facilitator's session. */
export function CapturePage() {
  const { id } = useParams();
  useMeetingConnection(id);
  const { view, status, fatal } = useLiveMeetingStore();
  return (
    <LiveMeetingGate view={view} fatal={fatal}>
      {view ? (
        <>
          <OfflineBanner status={status} />
          <CaptureDesk
            view={view}
            send={sendLiveCommand}
            boardPath={`/meetings/${view.meeting.id}/board`}
            consolePath={`/meetings/${view.meeting.id}/live`}
          />
        </>
      ) : null}
    </LiveMeetingGate>
  );
}

/** /m/:meetingId/capture — the capture desk for desk staff who joined by link, with their member token. */
export function MemberCapturePage() {
  const { meetingId } = useParams();
  const token = meetingId ? readMemberToken(meetingId) : null;
  useMeetingConnection(token ? meetingId : undefined, token);
  const { view, status, fatal } = useLiveMeetingStore();
  return (
    <LiveMeetingGate view={view} fatal={fatal}>
      {view ? (
        <>
          <OfflineBanner status={status} />
          <MemberCaptureDesk view={view} token={token ?? ''} />
        </>
      ) : null}
    </LiveMeetingGate>
  );
}

/** The capture desk on the member routes: member token for the log, no account for earlier meetings. */
export function MemberCaptureDesk({ view, token }: { view: MeetingView; token: string }) {
  const id = view.meeting.id;
  return (
    <CaptureDesk
      view={view}
      send={sendLiveCommand}
      loadModerationLog={(meetingId) => memberApi(token).moderationLog(meetingId)}
      loadPointHistory={(meetingId, pointId) => memberApi(token).pointHistory(meetingId, pointId)}
      boardPath={`/m/${id}/board`}
      reportPath={`/m/${id}/report`}
      consolePath={isStaff(view.self.role) ? `/m/${id}` : undefined}
      reuseThemes={false}
    />
  );
}
