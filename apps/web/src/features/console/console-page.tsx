import { useParams } from 'react-router';
import { LiveMeetingGate } from '../meeting/live-meeting-gate';
import { liveServerNow, sendLiveCommand, useLiveMeetingStore } from '../meeting/meeting-store';
import { useMeetingConnection } from '../meeting/use-meeting-connection';
import { LiveConsole } from './live-console';

/** /meetings/:id/live — connects with the facilitator's session and shows the console. */
export function ConsolePage() {
  const { id } = useParams();
  useMeetingConnection(id);
  const { view, presence, status, fatal, mutedMembers } = useLiveMeetingStore();
  return (
    <LiveMeetingGate view={view} fatal={fatal}>
      {view ? (
        <LiveConsole
          view={view}
          presence={presence}
          status={status}
          serverNow={liveServerNow}
          send={sendLiveCommand}
          mutedMembers={mutedMembers}
        />
      ) : null}
    </LiveMeetingGate>
  );
}
