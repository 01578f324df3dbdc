import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** Where the end-to-end tests leave their screenshots, to be looked at. */
export const SCREENSHOTS = path.join(repoRoot, '.test-output/screenshots');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export interface HiwarProcess {
  url: string;
  /** Kills the server process (as a crash would) and starts it again on the same port and file. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** The demo facilitator's password in tests; `npm start` picks a random one each time. */
export const DEMO_PASSWORD = 'a demo password for tests';

/**
 * Starts the real server as its own process, serving the built web app, on a fresh SQLite file.
 * With `demo`, the file is first seeded as `npm start` seeds it (the demo facilitator, an ended demo
 * meeting and its report draft). Needs `apps/web/dist` (the test command builds it first).
 */
export async function startHiwar(options: { demo?: boolean } = {}): Promise<HiwarProcess> {
  const dist = path.join(repoRoot, 'apps/web/dist');
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    throw new Error('apps/web/dist is missing: build the web app first (pnpm --filter @hiwar/web build)');
  }
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hiwar-e2e-'));
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: url,
    HIWAR_DATABASE: path.join(dataDir, 'hiwar.sqlite'),
    HIWAR_WEB_DIST: dist,
    LOG_LEVEL: 'warn',
  };
  let child: ChildProcess | null = null;

  async function launch() {
    // One process (node with tsx's loader), so that killing it really stops the server.
    child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: path.join(repoRoot, 'apps/server'),
      env,
      stdio: 'inherit',
    });
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
      try {
        if ((await fetch(`${url}/readyz`)).ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((r) => setTimeout(r, 150));
    }
    throw new Error('the server did not become ready within 30 s');
  }

  async function kill(signal: NodeJS.Signals) {
    const running = child;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill(signal);
    });
  }

  if (options.demo) await seed({ ...env, HIWAR_DEMO: '1', HIWAR_DEMO_PASSWORD: DEMO_PASSWORD });
  await launch();
  return {
    url,
    restart: async () => {
      await kill('SIGKILL');
      await launch();
    },
    stop: () => kill('SIGTERM'),
  };
}

/** Runs the server's seed command on the test's database file and waits for it to finish. */
function seed(env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/seed.ts'], {
      cwd: path.join(repoRoot, 'apps/server'),
      env,
      stdio: 'ignore',
    });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the seed exited with code ${code}`))));
  });
}

/** Launches Debian's Chromium headless, as these machines require. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A separate person: their own cookies and storage, phone- or laptop-sized. */
export function newPerson(
  browser: Browser,
  options: { phone?: boolean; locale?: string; viewport?: { width: number; height: number } } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    viewport: options.viewport ?? (options.phone ? { width: 390, height: 844 } : { width: 1366, height: 900 }),
    isMobile: options.phone ?? false,
    hasTouch: options.phone ?? false,
    locale: options.locale ?? 'en-GB',
    timezoneId: 'America/Sao_Paulo',
  });
}

/**
 * For one test file: starts Hiwar (on a fresh database, seeded with `demo`) and Chromium before its tests
 * and stops both after them. Read `hiwar` and `browser` from the result inside tests and later hooks.
 */
export function hiwarForTests(options: { demo?: boolean } = {}): { hiwar: HiwarProcess; browser: Browser } {
  const running = {} as { hiwar: HiwarProcess; browser: Browser };
  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    running.hiwar = await startHiwar(options);
    running.browser = await launchChromium();
  });
  afterAll(async () => {
    await running.browser?.close();
    await running.hiwar?.stop();
  });
  return running;
}
