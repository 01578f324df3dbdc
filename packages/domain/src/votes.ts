import type { Ballot, ClientCommand, ErrorCode, MeetingEventBody, Point, Vote, VoteResults } from '@hiwar/protocol';
import type { Actor, DecideContext, Decision, MeetingState } from './meeting.js';

/** What deciding a vote command may look up, besides the meeting state. */
export interface VoteLookups {
  findVote: (voteId: string) => Vote | null;
  /** The acting person's current ballot in a vote, known by a one-way token. */
  myBallot: (voteId: string) => Ballot | null;
  /** Every ballot in a vote, with the voter's name only in a named vote. */
  ballots: (voteId: string) => { ballot: Ballot; name: string | null }[];
  findPoint: (pointId: string) => Point | null;
  /** The meeting's votes that are open now. */
  openVotes: () => Vote[];
}

const refuse = (code: ErrorCode): Decision => ({ ok: false, code });
const accept = (...events: MeetingEventBody[]): Decision => ({ ok: true, events });

type VoteCommand = Extract<ClientCommand, { type: `vote:${string}` }>;

/** About one dot for every four or five options, at least one and at most ten. */
export function defaultDots(optionCount: number): number {
  return Math.min(10, Math.max(1, Math.round(optionCount / 4.5)));
}

/** Why a ballot does not fit its vote, or null when it does. */
export function ballotProblem(vote: Vote, ballot: Ballot): ErrorCode | null {
  const optionIds = new Set(vote.options.map((o) => o.id));
  const { dots, optionIds: chosen, value, other } = ballot;
  switch (vote.kind) {
    case 'dots': {
      if (!dots || chosen || value !== undefined || other) return 'VOTE_CHOICE_INVALID';
      const entries = Object.entries(dots);
      if (entries.some(([id]) => !optionIds.has(id))) return 'VOTE_OPTION_UNKNOWN';
      if (!vote.allowStacking && entries.some(([, n]) => n > 1)) return 'VOTE_STACKING_NOT_ALLOWED';
      const used = entries.reduce((sum, [, n]) => sum + n, 0);
      return used > vote.dotsPerPerson ? 'VOTE_ALLOWANCE_EXCEEDED' : null;
    }
    case 'single':
    case 'multiple': {
      if (dots || value !== undefined) return 'VOTE_CHOICE_INVALID';
      if (other && !vote.allowOther) return 'VOTE_CHOICE_INVALID';
      const picks = chosen ?? [];
      if (picks.some((id) => !optionIds.has(id))) return 'VOTE_OPTION_UNKNOWN';
      if (new Set(picks).size !== picks.length) return 'VOTE_CHOICE_INVALID';
      const answers = picks.length + (other ? 1 : 0);
      if (vote.kind === 'single' ? answers !== 1 : answers < 1) return 'VOTE_CHOICE_INVALID';
      return null;
    }
    case 'scale':
      if (dots || chosen || other || value === undefined) return 'VOTE_CHOICE_INVALID';
      return value < vote.scaleMin || value > vote.scaleMax ? 'VOTE_CHOICE_INVALID' : null;
  }
}

/**
 * Counts ballots into results: per option (per value for a scale), most first, equal counts sharing a
 * rank; free answers as a list; names only for a named vote. Computed on the server only.
 */
export function tally(vote: Vote, ballots: { ballot: Ballot; name: string | null }[]): VoteResults {
  const keys =
    vote.kind === 'scale'
      ? Array.from({ length: vote.scaleMax - vote.scaleMin + 1 }, (_, i) => String(vote.scaleMin + i))
      : vote.options.map((o) => o.id);
  const counts = new Map(keys.map((k) => [k, 0]));
  const names = new Map(keys.map((k) => [k, [] as string[]]));
  const other: string[] = [];
  let sum = 0;
  for (const { ballot, name } of ballots) {
    const add = (key: string, n: number) => {
      if (!counts.has(key)) return;
      counts.set(key, (counts.get(key) ?? 0) + n);
      if (name) names.get(key)?.push(name);
    };
    if (vote.kind === 'dots') for (const [id, n] of Object.entries(ballot.dots ?? {})) add(id, n);
    if (vote.kind === 'single' || vote.kind === 'multiple') for (const id of ballot.optionIds ?? []) add(id, 1);
    if (vote.kind === 'scale' && ballot.value !== undefined) {
      add(String(ballot.value), 1);
      sum += ballot.value;
    }
    if (ballot.other) other.push(ballot.other);
  }
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const tallies = sorted.map(([optionId, count]) => ({
    optionId,
    count,
    rank: 1 + sorted.filter(([, c]) => c > count).length,
  }));
  return {
    ballots: ballots.length,
    tallies,
    other,
    average: vote.kind === 'scale' && ballots.length > 0 ? sum / ballots.length : null,
    voters: vote.named ? keys.map((optionId) => ({ optionId, names: names.get(optionId) ?? [] })) : null,
  };
}

/** The rules for dot votes and quick polls. Results stay hidden until the close unless live results. */
export function decideVotes(
  state: MeetingState,
  command: VoteCommand,
  _actor: Actor,
  ctx: DecideContext,
  lookups: VoteLookups,
): Decision {
  const { meeting, agenda } = state;
  if (command.type === 'vote:delete') {
    // Also after the end: a vote opened by mistake should not rank the report's recommendations.
    const vote = lookups.findVote(command.voteId);
    if (!vote) return refuse('VOTE_NOT_FOUND');
    return accept({ type: 'vote:deleted', voteId: vote.id });
  }
  if (meeting.status === 'ended') return refuse('MEETING_ENDED');
  if (meeting.status !== 'live') return refuse('MEETING_NOT_LIVE');
  switch (command.type) {
    case 'vote:open': {
      const itemId = command.itemId ?? meeting.currentItemId;
      const item = agenda.find((i) => i.id === itemId);
      if (!item) return refuse(itemId ? 'AGENDA_ITEM_NOT_FOUND' : 'MEETING_NOT_LIVE');
      if (command.named && item.confidentiality !== 'on-record') return refuse('VOTE_NAMED_NOT_ALLOWED');
      const options: Vote['options'] = [];
      for (const option of command.options) {
        const point = option.pointId ? lookups.findPoint(option.pointId) : null;
        // Only a published point may become an option: its text is shown to everyone.
        if (option.pointId && (!point || point.status !== 'published')) return refuse('POINT_NOT_FOUND');
        const label = option.label ?? point?.text;
        if (!label) return refuse('VOTE_OPTIONS_INVALID');
        options.push({ id: ctx.newId(), label, pointId: point?.id ?? null });
      }
      const distinct = new Set(options.map((o) => o.pointId ?? `label:${o.label}`)).size === options.length;
      if (command.kind !== 'scale' && (options.length < 2 || !distinct)) return refuse('VOTE_OPTIONS_INVALID');
      if (command.kind === 'scale' && command.scaleMax <= command.scaleMin) return refuse('VOTE_OPTIONS_INVALID');
      // The same question asked again while it is still open is a second press of the button, not a new vote.
      const sameOptions = (v: Vote) =>
        v.options.length === options.length &&
        v.options.every((o, i) => o.label === options[i]?.label && o.pointId === options[i]?.pointId);
      const twin = lookups
        .openVotes()
        .find((v) => v.itemId === item.id && v.kind === command.kind && v.title === command.title && sameOptions(v));
      if (twin) return refuse('VOTE_ALREADY_OPEN');
      const vote: Vote = {
        id: ctx.newId(),
        itemId: item.id,
        kind: command.kind,
        title: command.title,
        options: command.kind === 'scale' ? [] : options,
        dotsPerPerson: command.dotsPerPerson ?? defaultDots(options.length),
        allowStacking: command.kind === 'dots' && command.allowStacking,
        scaleMin: command.scaleMin,
        scaleMax: command.scaleMax,
        allowOther: command.kind !== 'dots' && command.kind !== 'scale' && command.allowOther,
        // Dot votes never show results before the close: early voters must not sway later ones.
        liveResults: command.kind !== 'dots' && command.liveResults,
        named: command.named,
        status: 'open',
        openedAt: ctx.now,
        closedAt: null,
        results: null,
        turnout: 0,
        // The server's clock sets the deadline, so every screen counts down to the same moment.
        closesAt: command.durationSeconds ? ctx.now + command.durationSeconds * 1000 : null,
      };
      return accept({ type: 'vote:opened', vote });
    }
    case 'vote:cast': {
      const vote = lookups.findVote(command.voteId);
      if (!vote) return refuse('VOTE_NOT_FOUND');
      if (vote.status === 'closed') return refuse('VOTE_CLOSED');
      // Dots may be moved until the close; a poll answer is given once.
      const before = lookups.myBallot(vote.id);
      if (vote.kind !== 'dots' && before) return refuse('VOTE_ALREADY_CAST');
      const problem = ballotProblem(vote, command.ballot);
      if (problem) return refuse(problem);
      // The ballot itself is stored by the caller and announced to nobody; only live polls say anything.
      const events: MeetingEventBody[] = [];
      // A first ballot adds one to the turnout; moving one's dots again does not.
      if (!before) events.push({ type: 'vote:turnout', voteId: vote.id, turnout: vote.turnout + 1 });
      if (vote.liveResults) {
        const others = lookups.ballots(vote.id);
        events.push({
          type: 'vote:results-updated',
          voteId: vote.id,
          results: tally(vote, [...others, { ballot: command.ballot, name: null }]),
        });
      }
      return accept(...events);
    }
    // A reopened vote runs without a timer: its old deadline has passed, and a new one is a new vote.
    case 'vote:reopen': {
      const vote = lookups.findVote(command.voteId);
      if (!vote) return refuse('VOTE_NOT_FOUND');
      if (vote.status === 'open') return refuse('VOTE_ALREADY_OPEN');
      return accept({
        type: 'vote:reopened',
        voteId: vote.id,
        results: vote.liveResults ? tally(vote, lookups.ballots(vote.id)) : null,
      });
    }
    case 'vote:close': {
      const vote = lookups.findVote(command.voteId);
      if (!vote) return refuse('VOTE_NOT_FOUND');
      if (vote.status === 'closed') return refuse('VOTE_CLOSED');
      return accept({ type: 'vote:closed', voteId: vote.id, results: tally(vote, lookups.ballots(vote.id)) });
    }
  }
}

/**
 * What the server does when a vote's timer runs out at `now`: closes it with its results for everyone, or
 * nothing when the vote is gone, already closed, has no timer or is not yet due. A deadline is a promise
 * made to the room when the vote opened, so it holds even after the meeting has ended.
 */
export function closeAtDeadline(
  vote: Vote | null,
  ballots: { ballot: Ballot; name: string | null }[],
  now: number,
): MeetingEventBody[] {
  if (!vote || vote.status !== 'open' || vote.closesAt === null || vote.closesAt > now) return [];
  return [{ type: 'vote:closed', voteId: vote.id, results: tally(vote, ballots) }];
}
