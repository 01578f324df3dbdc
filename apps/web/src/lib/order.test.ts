import { describe, expect, it } from 'vitest';
import { moveTo } from './order';

describe('moveTo', () => {
  it('moves one id to a new place and keeps the others in order', () => {
    expect(moveTo(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveTo(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveTo(['a', 'b', 'c'], 1, 2)).toEqual(['a', 'c', 'b']);
  });

  it('leaves the list alone for a move to the same place or outside it', () => {
    const ids = ['a', 'b', 'c'];
    expect(moveTo(ids, 1, 1)).toBe(ids);
    expect(moveTo(ids, -1, 1)).toBe(ids);
    expect(moveTo(ids, 0, 3)).toBe(ids);
  });
});
