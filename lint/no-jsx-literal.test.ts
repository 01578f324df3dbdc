import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const biome = path.join(root, 'node_modules/.bin/biome');

/** Runs the real Biome with only the no-jsx-literal plugin on one file; returns the plugin's findings. */
function lint(source: string): { line: number; message: string }[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hiwar-lint-'));
  fs.writeFileSync(
    path.join(dir, 'biome.json'),
    JSON.stringify({
      plugins: [path.join(root, 'lint/no-jsx-literal.grit')],
      linter: { enabled: true, rules: { preset: 'none' } },
      formatter: { enabled: false },
      assist: { enabled: false },
    }),
  );
  fs.writeFileSync(path.join(dir, 'view.tsx'), source);
  const run = spawnSync(biome, ['lint', '--reporter=github', 'view.tsx'], { cwd: dir, encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  return [...run.stdout.matchAll(/^::error title=plugin,file=[^,]*,line=(\d+)[^:]*::(.*)$/gm)].map((m) => ({
    line: Number(m[1]),
    message: m[2] ?? '',
  }));
}

describe('the lint rule against literal strings in JSX', () => {
  it('flags words written into JSX text, string children and the attributes people read', () => {
    const found = lint(
      [
        'export const A = () => (',
        '  <div>',
        '    <p>Raise your hand</p>',
        "    <p>{'Send point'}</p>",
        '    <img src="x.png" alt="A map of the river" />',
        '    <input placeholder="Your point" />',
        '    <button type="button" aria-label={\'Close\'} title="Close the panel" />',
        '    <p>رفع اليد</p>',
        '  </div>',
        ');',
        '',
      ].join('\n'),
    );
    // One finding per literal: line 7 has two (aria-label and title), the Arabic text counts too.
    expect(found.map((f) => f.line).sort((a, b) => a - b)).toEqual([3, 4, 5, 6, 7, 7, 8]);
    expect(found.every((f) => f.message.includes('t()'))).toBe(true);
  });

  it('leaves translated text, user content, numbers, punctuation and class names alone', () => {
    const found = lint(
      [
        "import { useTranslation } from 'react-i18next';",
        'export function B({ name, count }: { name: string; count: number }) {',
        '  const { t } = useTranslation();',
        '  return (',
        '    <div className="card narrow" title={t(\'x.title\')} aria-label={t(\'x.label\')} data-state="open">',
        '      <h1 dir="auto">{name}</h1>',
        "      <p>{t('x.body', { count })}</p>",
        '      {count} · {count + 1} – {" "} ( ) ✓ 42',
        '    </div>',
        '  );',
        '}',
        '',
      ].join('\n'),
    );
    expect(found).toEqual([]);
  });
});
