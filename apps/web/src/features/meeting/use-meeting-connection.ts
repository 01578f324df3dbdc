import { MeetingConnection } from '@hiwar/client';
import { useEffect } from 'react';
import { resetLiveMeeting, useLiveMeetingStore } from './meeting-store';

/**
 * Opens the live connection to a meeting while the calling screen is mounted and mirrors it into the
 * live meeting store. Facilitators pass no token (their session cookie authenticates them).
 */
export function useMeetingConnection(meetingId: string | undefined, memberToken?: string | null): void {
  useEffect(() => {
    if (!meetingId) return;
    const connection = new MeetingConnection({
      baseUrl: '',
      meetingId,
      ...(memberToken ? { memberToken } : {}),
    });
    useLiveMeetingStore.setState({ meetingId, connection });
    const unsubscribe = connection.subscribe((state) => useLiveMeetingStore.setState({ ...state }));
    const offline = () => connection.networkChanged(false);
    const online = () => connection.networkChanged(true);
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      unsubscribe();
      connection.close();
      resetLiveMeeting();
    };
  }, [meetingId, memberToken]);
}
