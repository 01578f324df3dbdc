import { describe, expect, it } from 'vitest';
import { SignInThrottle } from './sign-in-throttle.js';

describe('SignInThrottle', () => {
  it('lets five wrong passwords through, then doubles the wait up to the ceiling', () => {
    const throttle = new SignInThrottle({ freeAttempts: 5, baseDelayMs: 1000, maxDelayMs: 8000, maxEntries: 10 });
    const now = 1_000_000;
    for (let i = 0; i < 4; i++) throttle.failed('a@example.org', now);
    expect(throttle.retryAfterMs('a@example.org', now)).toBe(0);
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      throttle.failed('a@example.org', now);
      waits.push(throttle.retryAfterMs('a@example.org', now));
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
    expect(throttle.retryAfterMs('other@example.org', now)).toBe(0);
    expect(throttle.retryAfterMs('a@example.org', now + 8000)).toBe(0);
    throttle.succeeded('a@example.org');
    throttle.failed('a@example.org', now);
    expect(throttle.retryAfterMs('a@example.org', now)).toBe(0);
  });

  it('keeps no more than its limit of entries', () => {
    const throttle = new SignInThrottle({ freeAttempts: 0, baseDelayMs: 1000, maxDelayMs: 8000, maxEntries: 3 });
    for (let i = 0; i < 10; i++) throttle.failed(`p${i}@example.org`, 1000);
    expect(throttle.retryAfterMs('p0@example.org', 1000)).toBe(0);
    expect(throttle.retryAfterMs('p9@example.org', 1000)).toBeGreaterThan(0);
  });
});
