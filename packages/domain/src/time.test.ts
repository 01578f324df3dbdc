import { describe, expect, it } from 'vitest';
import { zonedTimeToInstant } from './time.js';

describe('zonedTimeToInstant', () => {
  it('reads wall-clock time in the meeting zone, across DST', () => {
    expect(zonedTimeToInstant('2025-01-15T10:00', 'Asia/Amman')).toBe(Date.UTC(2025, 0, 15, 7, 0));
    expect(zonedTimeToInstant('2025-07-01T10:00', 'Europe/Stockholm')).toBe(Date.UTC(2025, 6, 1, 8, 0));
    expect(zonedTimeToInstant('2025-01-01T10:00', 'UTC')).toBe(Date.UTC(2025, 0, 1, 10, 0));
  });
});
