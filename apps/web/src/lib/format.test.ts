import { describe, expect, it } from 'vitest';
import { formatDuration } from './format';

describe('formatDuration', () => {
  it('pads minutes and seconds', () => {
    expect(formatDuration(65_000, 'en')).toBe('1:05');
    expect(formatDuration(3_725_000, 'en')).toBe('1:02:05');
  });
});
