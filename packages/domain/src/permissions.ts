import { COMMAND_TYPES, type CommandType, type Role } from '@hiwar/protocol';

/** Things a person can do that are not commands but still depend on their role. */
export const VIEW_ACTIONS = ['meeting:view-members', 'meeting:view-presence-detail'] as const;
export type Action = CommandType | (typeof VIEW_ACTIONS)[number];
export const ACTIONS: Action[] = [...COMMAND_TYPES, ...VIEW_ACTIONS];

const RUNS_MEETING: ReadonlySet<Role> = new Set(['facilitator', 'co-facilitator']);

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
  'meeting:view-members': RUNS_MEETING,
  'meeting:view-presence-detail': RUNS_MEETING,
};

/** Whether a person with this role may take this action in a meeting. Pure; the server's only check. */
export function can(role: Role, action: Action): boolean {
  return ALLOWED[action].has(role);
}

/** Whether a role sees the meeting's staff-only events and the member list. */
export function isStaff(role: Role): boolean {
  return can(role, 'meeting:view-members');
}
