import type { MeetingEvent } from '@hiwar/protocol';

type Subscriber = (meetingId: string, events: MeetingEvent[]) => void;

/**
 * Carries committed events from whoever ran a command (an HTTP route or a socket handler) to the
 * realtime layer. Publishing happens only after the store's transaction has committed.
 */
export class EventHub {
  private readonly subscribers = new Set<Subscriber>();

  subscribe(subscriber: Subscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  publish(meetingId: string, events: MeetingEvent[]): void {
    if (events.length === 0) return;
    for (const subscriber of this.subscribers) subscriber(meetingId, events);
  }
}
