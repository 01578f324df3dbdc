import type { MeetingView } from '@hiwar/domain';
import type { Vote } from '@hiwar/protocol';
import { useCallback, useEffect, useState } from 'react';

const storageKey = (meetingId: string) => `hiwar:projector-agenda:${meetingId}`;

function readDismissed(meetingId: string): string | null {
  try {
    return window.localStorage.getItem(storageKey(meetingId));
  } catch {
    // Storage refused (private mode, embedded browser): the results stay until the next item or vote.
    return null;
  }
}

/**
 * The closed vote a facilitator sent the projector away from ("Back to the agenda"). Kept in this browser's
 * storage, so the console and the projector window opened from it agree without a round trip; the storage
 * event carries the press from the console's tab to the projector's.
 */
export function useProjectorDismissal(meetingId: string): [string | null, (voteId: string) => void] {
  const [dismissed, setDismissed] = useState(() => readDismissed(meetingId));
  useEffect(() => {
    setDismissed(readDismissed(meetingId));
    const onStorage = (event: StorageEvent) => {
      if (event.key === storageKey(meetingId)) setDismissed(event.newValue);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [meetingId]);
  const dismiss = useCallback(
    (voteId: string) => {
      try {
        window.localStorage.setItem(storageKey(meetingId), voteId);
      } catch {
        // See readDismissed: this screen still moves on.
      }
      setDismissed(voteId);
    },
    [meetingId],
  );
  return [dismissed, dismiss];
}

/** The vote opened last, or null. */
export function latestVote(votes: Vote[]): Vote | null {
  return votes.reduce<Vote | null>((latest, v) => (!latest || v.openedAt >= latest.openedAt ? v : latest), null);
}

/**
 * What the wall shows of the votes: the latest one while it is open; once closed, its results take over the
 * screen until the facilitator moves on: another agenda item, a new vote, or "Back to the agenda".
 */
export function projectorVote(
  view: Pick<MeetingView, 'votes' | 'meeting'>,
  dismissedVoteId: string | null,
): { vote: Vote; takeover: boolean } | null {
  const vote = latestVote(view.votes);
  if (!vote) return null;
  if (vote.status === 'open') return { vote, takeover: false };
  const movedOn =
    vote.id === dismissedVoteId || view.meeting.status !== 'live' || vote.itemId !== view.meeting.currentItemId;
  return movedOn ? null : { vote, takeover: true };
}
