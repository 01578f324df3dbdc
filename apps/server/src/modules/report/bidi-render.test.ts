import { existsSync } from 'node:fs';
import { renderHtml } from '@hiwar/report';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIXED_DIRECTIONS } from '../../../../../packages/report/src/test/report-documents.js';
import { CHROMIUM_ARGS } from './pdf.js';

/**
 * Issue 13, item 9, checked where it went wrong: in Chromium, which prints the PDF and shows the published
 * page. Each case's HTML export is laid out for print, as the PDF is, and the test reads where each
 * character was drawn: an Arabic sentence's full stop must be at its left end (its own end), "(0 dots)"
 * after an Arabic item must read "(0 dots)", and an Arabic item must keep the list's side for its number.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The little of the DOM the in-page function uses: the server's types have no DOM, and this file only.
interface DomRect {
  left: number;
  right: number;
  width: number;
}
interface DomRange {
  setStart(node: unknown, offset: number): void;
  setEnd(node: unknown, offset: number): void;
  getBoundingClientRect(): DomRect;
}
declare const document: {
  body: unknown;
  createTreeWalker(root: unknown, show: number): { nextNode(): unknown; currentNode: unknown };
  createRange(): DomRange;
};
declare const NodeFilter: { SHOW_TEXT: number };
declare function getComputedStyle(element: unknown): { direction: string };

/** One of the shared cases, by position. */
function mixedCase(i: number) {
  const found = MIXED_DIRECTIONS[i];
  if (!found) throw new Error(`No mixed-direction case ${i}.`);
  return found;
}

let browser: Browser;
let page: Page;
beforeAll(async () => {
  if (!existsSync(CHROMIUM)) return;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  page = await browser.newPage();
  await page.emulateMedia({ media: 'print' });
}, 30_000);
afterAll(async () => {
  await browser?.close();
});

interface Box {
  left: number;
  right: number;
  /** The horizontal centre of each character, in the order they are stored. */
  xs: number[];
}

/** Where the characters of `needle` were drawn; it must lie within one text node. */
async function drawn(needle: string): Promise<Box> {
  const box = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as { data: string };
      const at = node.data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      const xs = [...needle].map((_, i) => {
        range.setStart(node, at + i);
        range.setEnd(node, at + i + 1);
        const r = range.getBoundingClientRect();
        return r.left + r.width / 2;
      });
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const whole = range.getBoundingClientRect();
      return { left: whole.left, right: whole.right, xs };
    }
    return null;
  }, needle);
  if (!box) throw new Error(`"${needle}" is not in one text node of the page.`);
  return box;
}

const last = (xs: number[], from = 1) => xs[xs.length - from] ?? Number.NaN;

describe.skipIf(!existsSync(CHROMIUM))('mixed directions in Chromium (print layout, as the PDF)', () => {
  const arabicInEnglish = mixedCase(0);
  const latinInArabic = mixedCase(1);
  const arabicItem = mixedCase(2);
  const arabicHeading = mixedCase(3);

  it(arabicInEnglish.name, async () => {
    await page.setContent(renderHtml(arabicInEnglish.doc, { includeInternal: false }));
    const before = await drawn('One participant said:');
    const arabic = await drawn('المياه شحيحة في الوادي.');
    const after = await drawn('Others agreed.');
    // The Arabic sentence is one unit between the English before and after it.
    expect(arabic.left).toBeGreaterThanOrEqual(before.right);
    expect(after.left).toBeGreaterThanOrEqual(arabic.right);
    // Read right to left: its first letter is drawn at the right, its full stop at the far left (its end).
    expect(arabic.xs[0]).toBeGreaterThan(last(arabic.xs, 2));
    expect(last(arabic.xs)).toBeLessThan(Math.min(...arabic.xs.slice(0, -1)));
  });

  it(latinInArabic.name, async () => {
    await page.setContent(renderHtml(latinInArabic.doc, { includeInternal: false }));
    const opening = await drawn('قال أحد المشاركين:');
    const english = await drawn('Fund the basin committees.');
    const french = await drawn('Il faut partager les données.');
    // In the Arabic line the quoted sentences come to the left of what precedes them…
    expect(english.right).toBeLessThanOrEqual(opening.left);
    expect(french.right).toBeLessThanOrEqual(english.left);
    // …and each reads left to right with its full stop at its right end, next to its last letter.
    for (const box of [english, french]) {
      expect(last(box.xs)).toBeGreaterThan(Math.max(...box.xs.slice(0, -1)));
      expect(box.xs[0]).toBeLessThan(box.xs[1] ?? Number.NaN);
    }
  });

  it(arabicItem.name, async () => {
    await page.setContent(renderHtml(arabicItem.doc, { includeInternal: false }));
    const first = await drawn('Publish river data (2 dots)');
    const arabic = await drawn('تمويل اللجان المشتركة');
    const dots = await drawn(' (0 dots)');
    // "(0 dots)" reads as written, to the right of the Arabic words, not as "(dots 0".
    const [, open, zero, , d] = dots.xs;
    expect(open).toBeLessThan(zero ?? Number.NaN);
    expect(zero).toBeLessThan(d ?? Number.NaN);
    expect(last(dots.xs)).toBeGreaterThan(d ?? Number.NaN);
    expect(dots.left).toBeGreaterThanOrEqual(arabic.right - 0.5);
    // The item keeps the list's direction, so its number stands where the first item's does, and its text
    // starts where the first item's starts.
    const directions = await page.$$eval('ol > li', (items) => items.map((li) => getComputedStyle(li).direction));
    expect(directions).toEqual(['ltr', 'ltr']);
    expect(Math.abs(arabic.left - first.left)).toBeLessThan(1);
  });

  it(arabicHeading.name, async () => {
    await page.setContent(renderHtml(arabicHeading.doc, { includeInternal: false }));
    const heading = await drawn('من يموّل الوساطة?');
    const body = await drawn('Les participants ont débattu.');
    // The heading stays on the French side of the page, and its question mark ends it on the left.
    expect(Math.abs(heading.left - body.left)).toBeLessThan(1);
    expect(last(heading.xs)).toBeLessThan(Math.min(...heading.xs.slice(0, -1)));
  });
});
