import { describe, expect, it } from 'vitest';
import { LIMITS } from './model.js';
import { jsonTooDeep, payloadFault } from './payload-guard.js';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const nestedObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('payloadFault', () => {
  it('accepts a message as deep as the limit, refuses one level deeper', () => {
    expect(payloadFault(JSON.parse(nested(LIMITS.payloadDepth)))).toBeNull();
    expect(payloadFault(JSON.parse(nested(LIMITS.payloadDepth + 1)))).toMatch(/nested deeper/);
  });

  it('refuses 20,000 levels (arrays and objects) without overflowing the stack', () => {
    expect(payloadFault(JSON.parse(nested(20_000)))).toMatch(/nested deeper/);
    expect(payloadFault(JSON.parse(nestedObject(20_000)))).toMatch(/nested deeper/);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s at any depth', (key) => {
    expect(payloadFault(JSON.parse(`{"${key}":{"isAdmin":true}}`))).toMatch(key);
    expect(payloadFault(JSON.parse(`{"type":"point:submit","a":[{"b":{"${key}":1}}]}`))).toMatch(key);
  });

  it('accepts ordinary payloads, and values (not keys) that spell those words', () => {
    expect(payloadFault({ type: 'point:submit', text: '__proto__ constructor', themeIds: [] })).toBeNull();
    expect(payloadFault(null)).toBeNull();
    expect(payloadFault('text')).toBeNull();
  });
});

describe('jsonTooDeep', () => {
  it('reads the depth from the text, ignoring brackets inside strings', () => {
    expect(jsonTooDeep(nested(LIMITS.payloadDepth + 1))).toBe(true);
    expect(jsonTooDeep(nested(LIMITS.payloadDepth))).toBe(false);
    expect(jsonTooDeep(JSON.stringify({ text: '['.repeat(1000) }))).toBe(false);
    expect(jsonTooDeep(JSON.stringify({ text: 'a "quoted" \\ [[[' }))).toBe(false);
    expect(jsonTooDeep(nestedObject(20_000))).toBe(true);
  });
});
