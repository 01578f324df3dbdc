import { describe, expect, it } from 'vitest';
import { parseQuantifiers } from './config.js';

describe('HIWAR_QUANTIFIERS', () => {
  it.each([
    [undefined, { strong: 0.5, several: 3, some: 2 }],
    ['strong=0.75,several=4,some=2', { strong: 0.75, several: 4, some: 2 }],
    ['several=5', { strong: 0.5, several: 5, some: 2 }],
    ['strong=2,several=0,some=x', { strong: 0.5, several: 3, some: 2 }],
    ['some=6', { strong: 0.5, several: 3, some: 3 }],
  ])('%s reads as %o', (value, expected) => {
    expect(parseQuantifiers(value)).toEqual(expected);
  });
});
