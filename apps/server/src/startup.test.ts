import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT } from './cli/demo-meeting.js';
import { ensureDemoAccount } from './cli/seed.js';
import { loadConfig } from './config.js';
import { startRefusal } from './startup.js';
import { SqliteStore } from './store/sqlite-store.js';

const run = promisify(execFile);
const serverDir = path.resolve(import.meta.dirname, '..');

describe('a start on a database holding the demo facilitator', () => {
  let dataDir: string;
  let file: string;
  beforeEach(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hiwar-start-'));
    file = path.join(dataDir, 'hiwar.sqlite');
    const store = new SqliteStore(file);
    await ensureDemoAccount(store, 'a password for this test');
    await store.close();
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it.each([
    [{ NODE_ENV: 'production' }, true],
    [{ NODE_ENV: 'production', HIWAR_DEMO: '1' }, false],
    [{ NODE_ENV: 'production', HIWAR_DEMO: 'yes' }, true],
    [{ NODE_ENV: 'development' }, false],
    [{}, false],
  ])('with %o is refused: %s', async (env, refused) => {
    const store = new SqliteStore(file);
    try {
      const reason = await startRefusal(loadConfig({ ...env, HIWAR_DATABASE: file }), store);
      expect(reason !== null).toBe(refused);
      if (reason) expect(reason).toContain(DEMO_ACCOUNT.email);
    } finally {
      await store.close();
    }
  });

  it('is not refused in production once the demo is gone', async () => {
    const store = new SqliteStore(file);
    try {
      const account = await store.accounts.findByEmail(DEMO_ACCOUNT.email);
      if (account) await store.accounts.remove(account.id);
      expect(await startRefusal(loadConfig({ NODE_ENV: 'production', HIWAR_DATABASE: file }), store)).toBeNull();
    } finally {
      await store.close();
    }
  });

  it('stops the real server process with one line and exit code 1', async () => {
    const env = { ...process.env, NODE_ENV: 'production', HIWAR_DEMO: '', HIWAR_DATABASE: file, PORT: '0' };
    const result = await run(process.execPath, ['--import', 'tsx', 'src/server.ts'], { cwd: serverDir, env }).catch(
      (err) => err,
    );
    expect(result.code).toBe(1);
    const lines = String(result.stderr).trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Hiwar refuses to start: .*demo facilitator.*HIWAR_DEMO=1/);
  }, 30_000);
});
