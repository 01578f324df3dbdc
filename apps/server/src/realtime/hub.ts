import type { MeetingEvent } from '@hiwar/protocol';

type Subscriber = (meetingId: string, events: MeetingEvent[]) => void;
type GoneSubscriber = (meetingId: string) => void;

/**
 * Carries committed events from whoever ran a command (an HTTP route or a socket handler) to the
 * realtime layer. Publishing happens only after the store's transaction has committed.
 */
export class EventHub {
  private readonly subscribers = new Set<Subscriber>();
  private readonly goneSubscribers = new Set<GoneSubscriber>();

  subscribe(subscriber: Subscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  publish(meetingId: string, events: MeetingEvent[]): void {
    if (events.length === 0) return;
    for (const subscriber of this.subscribers) subscriber(meetingId, events);
  }

  /** Listens for meetings that were deleted or purged: their live sessions must end. */
  onMeetingGone(subscriber: GoneSubscriber): () => void {
    this.goneSubscribers.add(subscriber);
    return () => this.goneSubscribers.delete(subscriber);
  }

  /** Says that a meeting's data is gone (deleted, or purged of its members), after the store committed. */
  meetingGone(meetingId: string): void {
    for (const subscriber of this.goneSubscribers) subscriber(meetingId);
  }
}
