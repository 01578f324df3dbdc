import fs from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const file = path.join(repoRoot, '.test-output/security-figures.txt');

/**
 * Prints one measured figure of the security suite ("flood: neighbour p99 = 12.3 ms") and keeps it in
 * .test-output/security-figures.txt, so a run leaves the figures a reader can compare with the README.
 */
export function figure(check: string, name: string, value: number | string, unit = '') {
  const line = `[security] ${check}: ${name} = ${value}${unit ? ` ${unit}` : ''}`;
  console.log(line);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.appendFileSync(file, `${line}\n`);
}
