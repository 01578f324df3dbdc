import { ROLES, type Role } from '@hiwar/protocol';
import { describe, expect, it } from 'vitest';
import { ACTIONS, type Action, can, isDesk, isStaff } from './permissions.js';

/** Written out by hand on purpose: a change to who may do what must change this table too. */
const EXPECTED: Record<Action, readonly Role[]> = {
  'meeting:update': ['facilitator', 'co-facilitator'],
  'meeting:start': ['facilitator', 'co-facilitator'],
  'meeting:end': ['facilitator', 'co-facilitator'],
  'agenda:add-item': ['facilitator', 'co-facilitator'],
  'agenda:update-item': ['facilitator', 'co-facilitator'],
  'agenda:remove-item': ['facilitator', 'co-facilitator'],
  'agenda:reorder': ['facilitator', 'co-facilitator'],
  'agenda:next': ['facilitator', 'co-facilitator'],
  'agenda:previous': ['facilitator', 'co-facilitator'],
  'agenda:jump': ['facilitator', 'co-facilitator'],
  'member:set-role': ['facilitator', 'co-facilitator'],
  'member:remove': ['facilitator', 'co-facilitator'],
  'member:leave': ['facilitator', 'co-facilitator', 'rapporteur', 'presenter', 'participant', 'observer'],
  'member:admit': ['facilitator', 'co-facilitator'],
  'meeting:set-lobby': ['facilitator', 'co-facilitator'],
  'meeting:rotate-code': ['facilitator', 'co-facilitator'],
  'member:set-categories': ['facilitator', 'co-facilitator', 'rapporteur', 'presenter', 'participant', 'observer'],
  'meeting:set-categories': ['facilitator', 'co-facilitator'],
  'meeting:set-retention': ['facilitator', 'co-facilitator'],
  'meeting:set-report-settings': ['facilitator', 'co-facilitator', 'rapporteur'],
  'meeting:view-retention': ['facilitator', 'co-facilitator'],
  'meeting:delete': ['facilitator'],
  'meeting:duplicate': ['facilitator'],
  'queue:raise-hand': ['facilitator', 'co-facilitator', 'rapporteur', 'presenter', 'participant'],
  'queue:lower-hand': ['facilitator', 'co-facilitator', 'rapporteur', 'presenter', 'participant', 'observer'],
  'queue:remove': ['facilitator', 'co-facilitator'],
  'queue:add-person': ['facilitator', 'co-facilitator'],
  'queue:give-floor': ['facilitator', 'co-facilitator'],
  'queue:end-turn': ['facilitator', 'co-facilitator'],
  'queue:yield-floor': ['facilitator', 'co-facilitator', 'rapporteur', 'presenter', 'participant'],
  'queue:reorder': ['facilitator', 'co-facilitator'],
  'queue:set-status': ['facilitator', 'co-facilitator'],
  'queue:clear': ['facilitator', 'co-facilitator'],
  'queue:set-settings': ['facilitator', 'co-facilitator'],
  'theme:add': ['facilitator', 'co-facilitator', 'rapporteur'],
  'theme:update': ['facilitator', 'co-facilitator', 'rapporteur'],
  'theme:reorder': ['facilitator', 'co-facilitator', 'rapporteur'],
  'theme:merge': ['facilitator', 'co-facilitator', 'rapporteur'],
  'theme:remove': ['facilitator', 'co-facilitator', 'rapporteur'],
  'points:set-settings': ['facilitator', 'co-facilitator'],
  'point:submit': ['facilitator', 'co-facilitator', 'rapporteur', 'presenter', 'participant'],
  'point:edit': ['facilitator', 'co-facilitator', 'rapporteur'],
  'point:moderate': ['facilitator', 'co-facilitator', 'rapporteur'],
  'point:support': ['facilitator', 'co-facilitator', 'rapporteur', 'presenter', 'participant'],
  'point:withdraw-support': ['facilitator', 'co-facilitator', 'rapporteur', 'presenter', 'participant'],
  'point:merge': ['facilitator', 'co-facilitator', 'rapporteur'],
  'point:mark': ['facilitator', 'co-facilitator', 'rapporteur'],
  'points:view-all': ['facilitator', 'co-facilitator', 'rapporteur'],
  'vote:open': ['facilitator', 'co-facilitator'],
  'vote:close': ['facilitator', 'co-facilitator'],
  'vote:reopen': ['facilitator', 'co-facilitator'],
  'vote:delete': ['facilitator', 'co-facilitator'],
  'vote:cast': ['facilitator', 'co-facilitator', 'rapporteur', 'presenter', 'participant'],
  'meeting:view-members': ['facilitator', 'co-facilitator'],
  'meeting:view-presence-detail': ['facilitator', 'co-facilitator'],
  'report:edit': ['facilitator', 'co-facilitator', 'rapporteur'],
  'report:publish': ['facilitator', 'co-facilitator'],
};

const pairs = ACTIONS.flatMap((action) =>
  ROLES.map((role) => ({ action, role, allowed: (EXPECTED[action] ?? []).includes(role) })),
);

describe('can', () => {
  it('has a row in the expected table for every action, and no stale rows', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort());
  });

  it('lists no action twice', () => {
    expect(new Set(ACTIONS).size).toBe(ACTIONS.length);
  });

  it('is checked for every role and action pair', () => {
    expect(pairs).toHaveLength(ROLES.length * ACTIONS.length);
    expect(ROLES).toHaveLength(6);
  });

  it.each(pairs)('$role may $action: $allowed', ({ role, action, allowed }) => {
    expect(can(role, action)).toBe(allowed);
  });
});

describe('isStaff', () => {
  it.each([
    ['facilitator', true],
    ['co-facilitator', true],
    ['rapporteur', false],
    ['presenter', false],
    ['participant', false],
    ['observer', false],
  ] as const)('%s → %s', (role, staff) => {
    expect(isStaff(role)).toBe(staff);
  });

  it('covers every role', () => {
    expect(ROLES.filter((r) => isStaff(r))).toEqual(['facilitator', 'co-facilitator']);
  });
});

describe('isDesk', () => {
  it.each([
    ['facilitator', true],
    ['co-facilitator', true],
    ['rapporteur', true],
    ['presenter', false],
    ['participant', false],
    ['observer', false],
  ] as const)('%s → %s', (role, desk) => {
    expect(isDesk(role)).toBe(desk);
  });
});
