import type { Vote } from '@hiwar/protocol';
import { NOW } from '../../test/fixtures';

/** A vote with sensible defaults: an open dot vote on three options, two dots each, no stacking. */
export function buildVote(overrides: Partial<Vote> = {}): Vote {
  return {
    id: 'vote-0001',
    itemId: 'item-0002',
    kind: 'dots',
    title: 'Which recommendations matter most?',
    options: [
      { id: 'opt-a', label: 'Fund women-led organisations', pointId: 'p1' },
      { id: 'opt-b', label: 'Safe shelters', pointId: 'p2' },
      { id: 'opt-c', label: 'Better data', pointId: 'p3' },
    ],
    dotsPerPerson: 2,
    allowStacking: false,
    scaleMin: 1,
    scaleMax: 5,
    allowOther: false,
    liveResults: false,
    named: false,
    status: 'open',
    openedAt: NOW - 30_000,
    turnout: 0,
    closesAt: null,
    closedAt: null,
    results: null,
    ...overrides,
  };
}
