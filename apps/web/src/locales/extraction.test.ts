import { beforeAll, describe, expect, it } from 'vitest';
// A plain script, so translators can run it alone: node apps/web/scripts/i18n-keys.mjs
import { type KeyReport, keyReport } from '../../scripts/i18n-keys.mjs';

// i18next-parser extracts the keys the web app uses; see scripts/i18n-keys.mjs for the two kinds of use it
// cannot see and how they are counted.
describe('keys used by the web app (i18next-parser)', () => {
  let report: KeyReport;
  beforeAll(() => {
    report = keyReport();
  });

  it('finds the keys the app uses', () => {
    expect(report.extracted).toBeGreaterThan(100);
  });

  it('every key the code uses is in en.json', () => {
    expect(report.missing).toEqual([]);
  });

  it('every key in en.json is used (delete it from every locale, or write the key out in full where it is chosen)', () => {
    expect(report.unused).toEqual([]);
  });
});
