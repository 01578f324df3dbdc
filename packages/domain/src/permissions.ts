import { COMMAND_TYPES, type CommandType, ROLES, type Role } from '@hiwar/protocol';

/** Things a person can do that are not commands but still depend on their role. */
export const VIEW_ACTIONS = [
  'meeting:view-members',
  'meeting:view-presence-detail',
  'points:view-all',
  'report:edit',
  'report:publish',
  'meeting:view-retention',
  'meeting:delete',
  'meeting:duplicate',
] as const;
export type Action = CommandType | (typeof VIEW_ACTIONS)[number];
export const ACTIONS: Action[] = [...COMMAND_TYPES, ...VIEW_ACTIONS];

const RUNS_MEETING: ReadonlySet<Role> = new Set(['facilitator', 'co-facilitator']);
/** Everyone who may take the floor: all but observers. */
const SPEAKS: ReadonlySet<Role> = new Set(['facilitator', 'co-facilitator', 'rapporteur', 'presenter', 'participant']);
const EVERYONE: ReadonlySet<Role> = new Set(ROLES);
/** The report desk: those who run the meeting and the rapporteur, who see and shape every point. */
const DESK: ReadonlySet<Role> = new Set(['facilitator', 'co-facilitator', 'rapporteur']);

/** The one table of who may do what. Each row names the roles that may take the action. */
const ALLOWED: Record<Action, ReadonlySet<Role>> = {
  'meeting:update': RUNS_MEETING,
  'meeting:start': RUNS_MEETING,
  'meeting:end': RUNS_MEETING,
  'agenda:add-item': RUNS_MEETING,
  'agenda:update-item': RUNS_MEETING,
  'agenda:remove-item': RUNS_MEETING,
  'agenda:reorder': RUNS_MEETING,
  'agenda:next': RUNS_MEETING,
  'agenda:previous': RUNS_MEETING,
  'agenda:jump': RUNS_MEETING,
  'member:set-role': RUNS_MEETING,
  'member:remove': RUNS_MEETING,
  // Anyone but the owner may leave and have their name removed; the owner is refused in the rules.
  'member:leave': EVERYONE,
  'member:admit': RUNS_MEETING,
  'meeting:set-lobby': RUNS_MEETING,
  'meeting:rotate-code': RUNS_MEETING,
  'member:set-categories': EVERYONE,
  'meeting:set-categories': RUNS_MEETING,
  'meeting:set-retention': RUNS_MEETING,
  // The report's drafting settings belong to whoever drafts it.
  'meeting:set-report-settings': DESK,
  'meeting:view-retention': RUNS_MEETING,
  // Only the facilitator's role, and the route also checks that they own the meeting.
  'meeting:delete': new Set(['facilitator']),
  // "Use as template" makes a meeting its caller owns: the facilitator's role, and the route checks ownership.
  'meeting:duplicate': new Set(['facilitator']),
  'queue:raise-hand': SPEAKS,
  // Anyone may take their own hand down, also someone made observer while waiting.
  'queue:lower-hand': EVERYONE,
  'queue:remove': RUNS_MEETING,
  'queue:add-person': RUNS_MEETING,
  'queue:give-floor': RUNS_MEETING,
  'queue:end-turn': RUNS_MEETING,
  // Whoever speaks may hand the floor back; the rules check that it is their own turn.
  'queue:yield-floor': SPEAKS,
  'queue:reorder': RUNS_MEETING,
  'queue:set-status': RUNS_MEETING,
  'queue:clear': RUNS_MEETING,
  'queue:set-settings': RUNS_MEETING,
  'theme:add': DESK,
  'theme:update': DESK,
  'theme:reorder': DESK,
  'theme:merge': DESK,
  'theme:remove': DESK,
  'points:set-settings': RUNS_MEETING,
  'point:submit': SPEAKS,
  'point:edit': DESK,
  'point:moderate': DESK,
  'point:support': SPEAKS,
  'point:withdraw-support': SPEAKS,
  'point:merge': DESK,
  'point:mark': DESK,
  'points:view-all': DESK,
  'vote:open': RUNS_MEETING,
  'vote:close': RUNS_MEETING,
  'vote:reopen': RUNS_MEETING,
  'vote:delete': RUNS_MEETING,
  'vote:cast': SPEAKS,
  'meeting:view-members': RUNS_MEETING,
  'meeting:view-presence-detail': RUNS_MEETING,
  // The rapporteur drafts and edits the report; those who run the meeting publish it.
  'report:edit': DESK,
  'report:publish': RUNS_MEETING,
};

/** Whether a person with this role may take this action in a meeting. Pure; the server's only check. */
export function can(role: Role, action: Action): boolean {
  return ALLOWED[action].has(role);
}

/** Whether a role sees every point, pending and hidden ones included. */
export function isDesk(role: Role): boolean {
  return can(role, 'points:view-all');
}

/** Whether a role sees the meeting's staff-only events and the member list. */
export function isStaff(role: Role): boolean {
  return can(role, 'meeting:view-members');
}
