import type { ClientCommand, ErrorCode, MeetingEventBody, Point, Theme } from '@hiwar/protocol';
import { LIMITS } from '@hiwar/protocol';
import type { Actor, DecideContext, Decision, MeetingState } from './meeting.js';
import { isDesk } from './permissions.js';

/** What deciding a point command may look up, besides the meeting state. */
export interface PointLookups {
  findPoint: (pointId: string) => Point | null;
  /** Whether the acting person already supports the point (known by a one-way token, not by name). */
  hasSupported: (pointId: string) => boolean;
  /** Distinct supporters of the target and sources together, each person counted once. */
  mergedSupportCount: (targetId: string, sourceIds: string[]) => number;
  /** The organisation of a member, for a point whose source is the speaker on the floor. */
  organisationOf: (memberId: string) => string | null;
  /** How many points the acting person has sent since the given time (known by the same one-way token). */
  pointsSentSince: (since: number) => number;
}

/** The window of the facilitator's cap on points per person. */
export const POINTS_CAP_WINDOW_MS = 60_000;

const refuse = (code: ErrorCode): Decision => ({ ok: false, code });
const accept = (...events: MeetingEventBody[]): Decision => ({ ok: true, events });

type PointCommand = Extract<ClientCommand, { type: `point:${string}` | `theme:${string}` | `points:${string}` }>;

const unique = <T>(values: T[]) => [...new Set(values)];

/** The rules for themes and points: capture, moderation in the open, support, merging and marks. */
export function decidePoints(
  state: MeetingState,
  command: PointCommand,
  actor: Actor,
  ctx: DecideContext,
  lookups: PointLookups,
): Decision {
  const { meeting, agenda } = state;
  const themes = meeting.themes;
  const ended = meeting.status === 'ended';
  const themeExists = (id: string) => themes.some((t) => t.id === id);
  const livePoint = (id: string) => {
    const point = lookups.findPoint(id);
    return point && point.status !== 'merged' ? point : null;
  };

  switch (command.type) {
    case 'theme:add': {
      if (themes.length + command.themes.length > LIMITS.themes) return refuse('THEMES_TOO_MANY');
      const added: Theme[] = command.themes.map((t) => ({ ...t, id: ctx.newId() }));
      return accept({ type: 'theme:added', themes: added });
    }
    case 'theme:update': {
      const theme = themes.find((t) => t.id === command.themeId);
      if (!theme) return refuse('THEME_NOT_FOUND');
      const changes = Object.fromEntries(Object.entries(command.changes).filter(([, v]) => v !== undefined));
      return accept({ type: 'theme:updated', theme: { ...theme, ...changes } });
    }
    case 'theme:reorder': {
      const ids = new Set(command.themeIds);
      const complete = ids.size === themes.length && command.themeIds.length === themes.length;
      if (!complete || themes.some((t) => !ids.has(t.id))) return refuse('THEME_ORDER_MISMATCH');
      return accept({ type: 'theme:reordered', themeIds: command.themeIds });
    }
    case 'theme:merge':
      if (!themeExists(command.sourceId) || !themeExists(command.targetId)) return refuse('THEME_NOT_FOUND');
      if (command.sourceId === command.targetId) return refuse('THEME_NOT_FOUND');
      return accept({ type: 'theme:merged', sourceId: command.sourceId, targetId: command.targetId });
    case 'theme:remove':
      if (!themeExists(command.themeId)) return refuse('THEME_NOT_FOUND');
      return accept({ type: 'theme:removed', themeId: command.themeId });
    case 'points:set-settings': {
      const changes = Object.fromEntries(Object.entries(command.settings).filter(([, v]) => v !== undefined));
      return accept({ type: 'points:settings-changed', settings: { ...meeting.pointsSettings, ...changes } });
    }
    case 'point:submit': {
      const desk = isDesk(actor.role);
      if (!desk && ended) return refuse('MEETING_ENDED');
      if (!desk && meeting.status !== 'live') return refuse('MEETING_NOT_LIVE');
      // Participants speak to the item under discussion; only the desk may file a point elsewhere.
      const itemId = (desk ? command.itemId : undefined) ?? meeting.currentItemId;
      if (!itemId) return refuse('MEETING_NOT_LIVE');
      const item = agenda.find((i) => i.id === itemId);
      if (!item) return refuse('AGENDA_ITEM_NOT_FOUND');
      if (item.confidentiality === 'off-record') return refuse('POINTS_OFF_RECORD');
      if (!desk && !meeting.pointsSettings.participantsMaySubmit) return refuse('POINTS_NOT_OPEN');
      // The facilitator's cap keeps one voice from filling the board; the desk notes for everyone and is not capped.
      const cap = meeting.pointsSettings.maxPerMinute;
      if (!desk && cap > 0 && lookups.pointsSentSince(ctx.now - POINTS_CAP_WINDOW_MS) >= cap) {
        return refuse('POINTS_PER_MINUTE_EXCEEDED');
      }
      const themeIds = unique(command.themeIds);
      if (!themeIds.every(themeExists)) return refuse('THEME_NOT_FOUND');
      const floor = state.queue.floor;
      // Only a point on the item being discussed, if it is on the record, may name the speaker on the floor.
      const source =
        desk &&
        command.fromFloor &&
        item.id === meeting.currentItemId &&
        item.confidentiality === 'on-record' &&
        floor?.name
          ? {
              name: floor.name,
              organisation: (floor.memberId && lookups.organisationOf(floor.memberId)) || '',
            }
          : null;
      const point: Point = {
        id: ctx.newId(),
        itemId,
        text: command.text,
        themeIds,
        status: desk || !meeting.pointsSettings.premoderate ? 'published' : 'pending',
        reason: null,
        source,
        origin: desk ? 'capture' : 'participant',
        createdAt: ctx.now,
        editedAt: null,
        supportCount: 0,
        starred: false,
        recommendation: false,
        parkingLot: null,
        mergedInto: null,
        form: null,
        addressee: null,
        identifying: false,
      };
      return accept({ type: 'point:submitted', point });
    }
    case 'point:edit': {
      const point = livePoint(command.pointId);
      if (!point) return refuse('POINT_NOT_FOUND');
      const themeIds = command.themeIds ? unique(command.themeIds) : point.themeIds;
      if (!themeIds.every(themeExists)) return refuse('THEME_NOT_FOUND');
      const text = command.text ?? point.text;
      return accept({ type: 'point:edited', point: { ...point, text, themeIds, editedAt: ctx.now } });
    }
    case 'point:moderate': {
      const point = livePoint(command.pointId);
      if (!point) return refuse('POINT_NOT_FOUND');
      const reason = command.status === 'published' ? null : command.reason;
      const visible = command.status === 'published' ? { ...point, status: command.status, reason } : null;
      return accept({ type: 'point:moderated', pointId: point.id, status: command.status, reason, point: visible });
    }
    case 'point:support':
    case 'point:withdraw-support': {
      if (ended) return refuse('MEETING_ENDED');
      const point = livePoint(command.pointId);
      if (!point) return refuse('POINT_NOT_FOUND');
      if (point.status !== 'published') return refuse('POINT_NOT_PUBLISHED');
      const supported = lookups.hasSupported(point.id);
      if (command.type === 'point:support' && supported) return refuse('POINT_ALREADY_SUPPORTED');
      if (command.type === 'point:withdraw-support' && !supported) return refuse('POINT_NOT_SUPPORTED');
      const supportCount = point.supportCount + (command.type === 'point:support' ? 1 : -1);
      return accept({ type: 'point:support-changed', pointId: point.id, supportCount: Math.max(0, supportCount) });
    }
    case 'point:merge': {
      const target = livePoint(command.targetId);
      if (!target) return refuse('POINT_NOT_FOUND');
      const sourceIds = unique(command.sourceIds);
      if (sourceIds.includes(target.id)) return refuse('POINT_MERGE_INVALID');
      const sources = sourceIds.map((id) => livePoint(id));
      if (sources.some((p) => p === null)) return refuse('POINT_NOT_FOUND');
      // Published originals must not vanish from public view into a point that is not public.
      if (target.status !== 'published' && sources.some((p) => p?.status === 'published')) {
        return refuse('POINT_MERGE_INVALID');
      }
      const supportCount = lookups.mergedSupportCount(target.id, sourceIds);
      return accept({ type: 'point:merged', targetId: target.id, sourceIds, supportCount });
    }
    case 'point:mark': {
      const point = livePoint(command.pointId);
      if (!point) return refuse('POINT_NOT_FOUND');
      return accept({
        type: 'point:marked',
        pointId: point.id,
        starred: command.starred ?? point.starred,
        recommendation: command.recommendation ?? point.recommendation,
        parkingLot: command.parkingLot === undefined ? point.parkingLot : command.parkingLot,
        form: command.form === undefined ? point.form : command.form,
        addressee: command.addressee === undefined ? point.addressee : command.addressee,
        identifying: command.identifying ?? point.identifying,
      });
    }
  }
}

/**
 * The point a point ended up in after merges (itself when never merged), given each point's mergedInto.
 * Bounded, so a cycle in stored data cannot loop.
 */
export function mergeRoot(mergedInto: ReadonlyMap<string, string | null>, id: string): string {
  let current = id;
  for (let i = 0; i < 50; i++) {
    const next = mergedInto.get(current);
    if (!next) return current;
    current = next;
  }
  return current;
}
