/** Missing and unused keys of en.json against the web app's source (see i18n-keys.mjs). */
export interface KeyReport {
  extracted: number;
  english: number;
  dynamicPrefixes: string[];
  missing: string[];
  unused: string[];
}
export function keyReport(): KeyReport;
export function extractedKeys(): Set<string>;
