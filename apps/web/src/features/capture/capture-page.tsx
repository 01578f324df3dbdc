import { useParams } from 'react-router';
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
          <CaptureDesk view={view} send={sendLiveCommand} />
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
          <CaptureDesk view={view} send={sendLiveCommand} />
        </>
      ) : null}
    </LiveMeetingGate>
  );
}
