import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library only cleans up automatically when test globals are on; they are off here.
afterEach(() => {
  cleanup();
  localStorage.clear();
});

// jsdom lays nothing out; ProseMirror asks ranges for their boxes when it scrolls the selection into view.
for (const proto of [Range.prototype, Text.prototype] as unknown as Record<string, unknown>[]) {
  proto.getClientRects ??= () => [];
  proto.getBoundingClientRect ??= () => new DOMRect();
}
document.elementFromPoint ??= () => null;
