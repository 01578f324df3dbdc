#!/usr/bin/env node
// Which keys the web app uses and en.json lacks (missing), and which en.json keys nothing uses (unused).
// Extraction is i18next-parser's (config: ../i18next-parser.config.mjs). Two kinds of use it cannot see are
// counted here, and only these:
//   - keys built at run time, t(`agenda.kind.${kind}`): every key under a prefix written that way in the
//     source counts as used (the prefixes are found in the source, not listed by hand);
//   - keys held in a variable, const title = mode === 'in' ? 'auth.signInTitle' : 'auth.signUpTitle':
//     a key written out in full as a string anywhere in the source counts as used.
// Usage: node scripts/i18n-keys.mjs [--json]; exits 1 when a key is missing. Unused keys are listed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const web = path.resolve(import.meta.dirname, '..');
const PLURAL = /_(zero|one|two|few|many|other)$/;

const leafKeys = (tree, prefix = '') =>
  typeof tree === 'object' && tree !== null
    ? Object.entries(tree).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k))
    : [prefix];
const bases = (keys) => new Set(keys.map((k) => k.replace(PLURAL, '')));

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === 'test' || name === 'locales' ? [] : sourceFiles(file);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

/** Runs i18next-parser over the web app and returns the base keys it extracted. */
export function extractedKeys() {
  const out = mkdtempSync(path.join(tmpdir(), 'hiwar-i18n-'));
  try {
    const cli = path.join(web, 'node_modules/i18next-parser/bin/cli.js');
    execFileSync(process.execPath, [cli, '--config', 'i18next-parser.config.mjs', '--silent'], {
      cwd: web,
      env: { ...process.env, I18N_EXTRACT_DIR: out },
      stdio: 'pipe',
    });
    return bases(leafKeys(JSON.parse(readFileSync(path.join(out, 'en.json'), 'utf8'))));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Missing and unused keys of en.json against the web app's source. */
export function keyReport() {
  const english = bases(leafKeys(JSON.parse(readFileSync(path.join(web, 'src/locales/en.json'), 'utf8'))));
  const extracted = extractedKeys();
  const source = sourceFiles(path.join(web, 'src'))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const dynamicPrefixes = [
    ...new Set([...source.matchAll(/(?:\bt\(\s*|i18nKey=\{?\s*)`([\w.-]+\.)\$\{/g)].map((m) => m[1])),
  ].sort();
  const literal = new Set([...source.matchAll(/['"`]([\w-]+(?:\.[\w-]+)+)['"`]/g)].map((m) => m[1]));
  const missing = [...extracted].filter((k) => !english.has(k)).sort();
  const unused = [...english]
    .filter((k) => !extracted.has(k) && !literal.has(k) && !dynamicPrefixes.some((p) => k.startsWith(p)))
    .sort();
  return { extracted: extracted.size, english: english.size, dynamicPrefixes, missing, unused };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const report = keyReport();
  if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else {
    console.log(`${report.extracted} keys extracted by i18next-parser, ${report.english} in en.json`);
    console.log(`dynamic prefixes: ${report.dynamicPrefixes.join(' ')}`);
    console.log(`missing from en.json (${report.missing.length}): ${report.missing.join(' ') || '-'}`);
    console.log(`unused in en.json (${report.unused.length}): ${report.unused.join(' ') || '-'}`);
  }
  process.exitCode = report.missing.length ? 1 : 0;
}
