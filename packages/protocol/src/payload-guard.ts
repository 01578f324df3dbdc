import { LIMITS } from './model.js';

/**
 * Keys that reach an object's prototype when a payload is merged or spread. JSON.parse keeps them as own
 * keys, so a careless `Object.assign` later could act on them; they are never part of a valid message.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Why a parsed payload cannot be a message, or null when its shape may be one: nested deeper than
 * LIMITS.payloadDepth, or carrying a prototype key. Walks without recursion and stops at the first fault,
 * so a hostile payload costs at most one pass and never overflows the stack.
 */
export function payloadFault(value: unknown, maxDepth: number = LIMITS.payloadDepth): string | null {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (current === null || typeof current !== 'object') continue;
    if (depth >= maxDepth) return `nested deeper than ${maxDepth} levels`;
    if (Array.isArray(current)) {
      for (const item of current) stack.push([item, depth + 1]);
      continue;
    }
    for (const key of Object.keys(current)) {
      if (FORBIDDEN_KEYS.has(key)) return `the key "${key}" is not allowed`;
      stack.push([(current as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return null;
}

/**
 * Whether JSON text nests deeper than maxDepth, read before parsing it: counts brackets outside strings,
 * so a 20,000-level payload is refused without building it.
 */
export function jsonTooDeep(text: string, maxDepth: number = LIMITS.payloadDepth): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > maxDepth) return true;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return false;
}
