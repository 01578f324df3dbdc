import { describe, expect, it } from 'vitest';
import { colourSchema } from './model.js';
import { THEME_COLOURS } from './theme-presets.js';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// The surfaces a theme colour sits on (apps/web/src/styles/app.css): cards, the page, the projector's frame
// and its dark columns.
const LIGHT = { card: '#ffffff', page: '#f6f5f1' };
const DARK = { projector: '#101418', column: '#1b2128', point: '#141a20' };

describe('theme swatches', () => {
  it('the contrast check can fail: a pale yellow fails on white, a navy on the dark board', () => {
    expect(contrast('#f5e663', LIGHT.card)).toBeLessThan(3);
    expect(contrast('#1a2a5a', DARK.column)).toBeLessThan(3);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });

  it.each(THEME_COLOURS)('$id ($hex) keeps 3:1 on light cards and on the dark wall screen', ({ hex }) => {
    expect(colourSchema.safeParse(hex).success).toBe(true);
    for (const [surface, background] of Object.entries({ ...LIGHT, ...DARK })) {
      expect(contrast(hex, background), surface).toBeGreaterThanOrEqual(3);
    }
  });

  it('are distinct colours with distinct names', () => {
    expect(new Set(THEME_COLOURS.map((c) => c.hex.toLowerCase())).size).toBe(THEME_COLOURS.length);
    expect(new Set(THEME_COLOURS.map((c) => c.id)).size).toBe(THEME_COLOURS.length);
  });
});
