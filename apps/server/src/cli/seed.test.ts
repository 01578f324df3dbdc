import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';

const run = promisify(execFile);
const serverDir = path.resolve(import.meta.dirname, '../..');

it('seeds the demo facilitator and meeting once, and prints how to sign in and join', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hiwar-seed-'));
  const env = { ...process.env, HIWAR_DATA_DIR: dataDir, PORT: '3456' };
  const tsx = path.join(serverDir, 'node_modules/.bin/tsx');
  const first = await run(tsx, ['src/cli/seed.ts'], { cwd: serverDir, env });
  const second = await run(tsx, ['src/cli/seed.ts'], { cwd: serverDir, env });
  expect(first.stdout).toContain('facilitator@demo.hiwar.local');
  const joinLink = first.stdout.match(/http:\/\/localhost:3456\/join\/([A-Z2-9]{8})/);
  expect(joinLink).not.toBeNull();
  expect(second.stdout).toContain(joinLink?.[0]);
  const db = new Database(path.join(dataDir, 'hiwar.sqlite'), { readonly: true });
  const meetings = db.prepare('select id from meetings').all() as { id: string }[];
  const items = db.prepare('select kind, confidentiality from agenda_items order by position').all() as {
    kind: string;
    confidentiality: string;
  }[];
  db.close();
  expect(meetings).toHaveLength(1);
  expect(items.filter((i) => i.kind === 'presentation')).toHaveLength(3);
  expect(items.some((i) => i.kind === 'discussion' && i.confidentiality === 'chatham-house')).toBe(true);
}, 60_000);
