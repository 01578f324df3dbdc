import type { AgendaItem, InterventionKind, Meeting, Queue, QueueEntry, QueueSettings } from '@hiwar/protocol';

/** How far ahead a kind of intervention goes when the meeting allows priority: lower goes first. */
export const PRIORITY_RANK: Record<InterventionKind, number> = {
  'point-of-order': 0,
  clarification: 1,
  'direct-reply': 2,
  'new-point': 3,
};

/**
 * Whether `a` goes strictly before `b` under the meeting's policy, ignoring arrival time:
 * priority kinds first (when allowed), then, on a progressive stack, people who have not spoken yet.
 */
export function outranks(a: QueueEntry, b: QueueEntry, settings: Pick<QueueSettings, 'policy' | 'allowPriority'>) {
  if (settings.allowPriority && PRIORITY_RANK[a.kind] !== PRIORITY_RANK[b.kind]) {
    return PRIORITY_RANK[a.kind] < PRIORITY_RANK[b.kind];
  }
  if (settings.policy === 'progressive') {
    const aFresh = a.priorTurns === 0;
    const bFresh = b.priorTurns === 0;
    if (aFresh !== bFresh) return aFresh;
  }
  return false;
}

/**
 * Where a newly raised hand goes: just after the last entry it does not outrank. It only moves ahead of
 * entries it outranks, never one of equal rank or one the facilitator placed ahead by hand.
 */
export function insertionIndex(entries: QueueEntry[], entry: QueueEntry, settings: QueueSettings): number {
  for (let i = entries.length - 1; i >= 0; i--) {
    const existing = entries[i];
    if (existing && !outranks(entry, existing, settings)) return i + 1;
  }
  return 0;
}

/** The whole queue sorted by policy, ties by time of raising; used when the policy itself changes. */
export function sortByPolicy(entries: QueueEntry[], settings: QueueSettings): QueueEntry[] {
  return [...entries].sort((a, b) => {
    if (outranks(a, b, settings)) return -1;
    if (outranks(b, a, settings)) return 1;
    return a.raisedAt - b.raisedAt;
  });
}

/** The speaking limit for a turn starting now, in ms: the current item's own limit, else the meeting's. */
export function turnLimitMs(
  meeting: Pick<Meeting, 'currentItemId' | 'queueSettings'>,
  agenda: AgendaItem[],
): number | null {
  const item = agenda.find((i) => i.id === meeting.currentItemId);
  const seconds = item?.speakingLimitSeconds ?? meeting.queueSettings.speakingLimitSeconds;
  return seconds > 0 ? seconds * 1000 : null;
}

/** Time left in the current turn at a given server time (negative when over), or null without a limit. */
export function turnRemainingMs(queue: Pick<Queue, 'floor'>, serverNow: number): number | null {
  const floor = queue.floor;
  if (!floor || floor.limitMs === null) return null;
  return floor.limitMs - (serverNow - floor.startedAt);
}

/**
 * A rough wait for the entry at `position` (0 = next): the turns ahead, each as long as the average
 * finished turn so far, or the speaking limit when there is no history yet.
 */
export function estimatedWaitMs(
  position: number,
  queue: Pick<Queue, 'floor'>,
  averageTurnMs: number | null,
  limitMs: number | null,
  serverNow: number,
): number | null {
  const perTurn = averageTurnMs ?? limitMs;
  if (perTurn === null) return null;
  const current = queue.floor ? Math.max(0, perTurn - (serverNow - queue.floor.startedAt)) : 0;
  return current + position * perTurn;
}
