import { describe, expect, it } from 'vitest';
import { type BudgetConfig, CommandBudget, commandKind, TokenBuckets } from './command-budget.js';

const clock = (start = 1_000_000) => {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
};

const m1 = { meetingId: 'meeting-1', memberId: 'm1' };
const m2 = { meetingId: 'meeting-1', memberId: 'm2' };
const m3 = { meetingId: 'meeting-2', memberId: 'm1' };

const config: BudgetConfig = {
  limits: {
    action: { burst: 5, perSecond: 1 },
    content: { burst: 2, perSecond: 0.5 },
    sync: { burst: 3, perSecond: 1 },
  },
  floodRefusals: 4,
  floodWindowMs: 10_000,
  muteMs: 60_000,
};

describe('TokenBuckets', () => {
  it('gives the burst at once, then one token per 1/perSecond, and says how long to wait', () => {
    const time = clock();
    const buckets = new TokenBuckets({ burst: 3, perSecond: 2 }, time.now);
    expect([1, 2, 3].map(() => buckets.take('k').ok)).toEqual([true, true, true]);
    expect(buckets.take('k')).toEqual({ ok: false, retryAfterMs: 500 });
    time.advance(250);
    expect(buckets.take('k')).toEqual({ ok: false, retryAfterMs: 250 });
    time.advance(250);
    expect(buckets.take('k').ok).toBe(true);
    // Another key has its own bucket.
    expect(buckets.take('other').ok).toBe(true);
  });

  it('never holds more than the burst, however long it waited', () => {
    const time = clock();
    const buckets = new TokenBuckets({ burst: 2, perSecond: 10 }, time.now);
    buckets.take('k');
    time.advance(3_600_000);
    expect([1, 2, 3].map(() => buckets.take('k').ok)).toEqual([true, true, false]);
  });

  it('forgets full buckets after a minute, so memory follows active keys', () => {
    const time = clock();
    const buckets = new TokenBuckets({ burst: 2, perSecond: 1 }, time.now);
    for (let i = 0; i < 100; i++) buckets.take(`k${i}`);
    expect(buckets.size).toBe(100);
    time.advance(61_000);
    buckets.take('fresh');
    expect(buckets.size).toBe(1);
  });
});

describe('commandKind', () => {
  it.each([
    ['point:submit', 'content'],
    ['vote:open', 'content'],
    ['agenda:add-item', 'content'],
    ['point:support', 'action'],
    ['queue:raise-hand', 'action'],
    ['no:such-command', 'action'],
  ])('%s is %s', (type, kind) => {
    expect(commandKind({ type })).toBe(kind);
  });

  it.each([null, 'point:submit', 42, { type: 7 }, []])('a payload that is not a command (%o) is an action', (raw) => {
    expect(commandKind(raw)).toBe('action');
  });
});

describe('CommandBudget', () => {
  it('charges per kind: a burst of actions leaves content and sync untouched', () => {
    const budget = new CommandBudget(config, clock().now);
    for (let i = 0; i < 5; i++) expect(budget.charge(m1, 'c1', 'action').ok).toBe(true);
    expect(budget.charge(m1, 'c1', 'action')).toMatchObject({ ok: false, code: 'RATE_LIMITED', retryAfterMs: 1000 });
    expect(budget.charge(m1, 'c1', 'content').ok).toBe(true);
    expect(budget.charge(m1, 'c1', 'sync').ok).toBe(true);
  });

  it('one member on two connections shares the member budget', () => {
    const budget = new CommandBudget(config, clock().now);
    expect(budget.charge(m1, 'c1', 'content').ok).toBe(true);
    expect(budget.charge(m1, 'c2', 'content').ok).toBe(true);
    expect(budget.charge(m1, 'c3', 'content')).toMatchObject({ ok: false, code: 'RATE_LIMITED', retryAfterMs: 2000 });
    // Another member of the meeting is not affected.
    expect(budget.charge(m2, 'c4', 'content').ok).toBe(true);
  });

  it('a connection over its own budget is refused even when its member has tokens left', () => {
    const budget = new CommandBudget(config, clock().now);
    // The connection spent its two content tokens on behalf of two members (a shared socket in a test).
    budget.charge(m1, 'c1', 'content');
    budget.charge(m2, 'c1', 'content');
    expect(budget.charge(m3, 'c1', 'content')).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
  });

  it('a refusal spends nothing, so waiting the retry-after is enough', () => {
    const time = clock();
    const budget = new CommandBudget(config, time.now);
    for (let i = 0; i < 5; i++) budget.charge(m1, 'c1', 'action');
    const refused = budget.charge(m1, 'c1', 'action');
    expect(refused.ok).toBe(false);
    time.advance(refused.ok ? 0 : refused.retryAfterMs);
    expect(budget.charge(m1, 'c1', 'action').ok).toBe(true);
  });

  it('floodRefusals refusals within the window mute the member on every connection, then it ends', () => {
    const time = clock();
    const budget = new CommandBudget(config, time.now);
    for (let i = 0; i < 5; i++) budget.charge(m1, 'c1', 'action');
    const verdicts = [1, 2, 3, 4].map(() => budget.charge(m1, 'c1', 'action'));
    expect(verdicts.map((v) => (v.ok ? 'ok' : v.code === 'RATE_LIMITED' && v.flooding))).toEqual([
      false,
      false,
      false,
      true,
    ]);
    expect(budget.mutedFor(m1)).toBe(60_000);
    // The same member id in another meeting is another person.
    expect(budget.mutedFor(m3)).toBe(0);
    // Muted on another connection and for every kind, answered without a token being spent.
    expect(budget.charge(m1, 'c2', 'content')).toEqual({
      ok: false,
      code: 'MEMBER_MUTED',
      retryAfterMs: 60_000,
      flooding: false,
    });
    expect(budget.charge(m2, 'c3', 'action').ok).toBe(true);
    time.advance(60_000);
    expect(budget.mutedFor(m1)).toBe(0);
    expect(budget.charge(m1, 'c2', 'action').ok).toBe(true);
  });

  it('tells its listeners once when a member becomes muted', () => {
    const budget = new CommandBudget(config, clock().now);
    const heard: unknown[] = [];
    budget.onMuted((member, ms) => heard.push([member, ms]));
    for (let i = 0; i < 5 + 4 + 10; i++) budget.charge(m1, 'c1', 'action');
    expect(heard).toEqual([[m1, 60_000]]);
  });

  it('a muted member’s connection that keeps sending is reported as flooding again', () => {
    const budget = new CommandBudget(config, clock().now);
    for (let i = 0; i < 5 + 4; i++) budget.charge(m1, 'c1', 'action');
    expect(budget.mutedFor(m1)).toBe(60_000);
    const verdicts = [1, 2, 3, 4].map(() => budget.charge(m1, 'c2', 'action'));
    expect(verdicts.map((v) => !v.ok && v.code === 'MEMBER_MUTED' && v.flooding)).toEqual([false, false, false, true]);
  });

  it('refusals spread wider than the window do not mute', () => {
    const time = clock();
    const budget = new CommandBudget(
      { ...config, limits: { ...config.limits, action: { burst: 1, perSecond: 0.01 } } },
      time.now,
    );
    budget.charge(m1, 'c1', 'action');
    for (let i = 0; i < 12; i++) {
      const verdict = budget.charge(m1, 'c1', 'action');
      expect(verdict).toMatchObject({ ok: false, code: 'RATE_LIMITED', flooding: false });
      time.advance(4_000);
    }
    expect(budget.mutedFor(m1)).toBe(0);
  });
});
