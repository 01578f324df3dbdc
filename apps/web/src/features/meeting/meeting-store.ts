import type { ConnectionState, MeetingConnection } from '@hiwar/client';
import type { CommandBody } from '@hiwar/protocol';
import { create } from 'zustand';

/** Sends one command and resolves when the server has applied it. */
export type SendCommand = (body: CommandBody) => Promise<unknown>;

/** The live meeting this tab is connected to, mirrored from its MeetingConnection. */
export interface LiveMeetingState extends ConnectionState {
  meetingId: string | null;
  connection: MeetingConnection | null;
}

const initialState: LiveMeetingState = {
  meetingId: null,
  connection: null,
  status: 'connecting',
  view: null,
  presence: { count: 0 },
  clockOffset: 0,
  fatal: null,
  waiting: null,
  mutedUntil: null,
  mutedMembers: [],
};

/** One store for the live meeting: the connection feeds it, every live screen reads from it. */
export const useLiveMeetingStore = create<LiveMeetingState>(() => initialState);

/** Puts the store back to "no meeting", e.g. when leaving a live screen. */
export function resetLiveMeeting(): void {
  useLiveMeetingStore.setState(initialState, true);
}

/** Sends through the current connection; refuses clearly when there is none. */
export const sendLiveCommand: SendCommand = (body) => {
  const connection = useLiveMeetingStore.getState().connection;
  if (!connection) return Promise.reject(new Error('not connected'));
  return connection.send(body);
};

/** Server time as the current connection knows it, falling back to the local clock. */
export function liveServerNow(): number {
  const { connection, clockOffset } = useLiveMeetingStore.getState();
  return connection ? connection.serverNow() : Date.now() + clockOffset;
}
