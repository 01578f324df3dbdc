import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { HiwarHttp, MeetingConnection } from '@hiwar/client';
import type { AgendaItemDraft, MeetingDetailsInput } from '@hiwar/protocol';
import { buildApp, loggerOptions } from '../src/app.js';
import { type Config, loadConfig } from '../src/config.js';

/** A port nobody is listening on, so the public URL is known before the app is built. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export interface TestServer {
  baseUrl: string;
  databaseFile: string;
  logs: string[];
  /** Every HTTP route the app registered (method and URL pattern), for the security suite's role matrix. */
  routes(): { method: string; url: string }[];
  /** The configuration the server runs with (limits and budgets included). */
  config: Config;
  stop(): Promise<void>;
  /** Stops and starts the server again on the same port and SQLite file, optionally on another clock. */
  restart(options?: { clock?: () => number }): Promise<void>;
}

/** Builds Hiwar on a fresh temporary SQLite file and listens on a free local port. */
export async function startServer(
  options: { databaseFile?: string; port?: number; env?: NodeJS.ProcessEnv; clock?: () => number } = {},
): Promise<TestServer> {
  const port = options.port ?? (await freePort());
  const databaseFile =
    options.databaseFile ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hiwar-test-')), 'hiwar.sqlite');
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      logs.push(String(chunk));
      callback();
    },
  });
  const config = {
    ...loadConfig({ ...options.env, PORT: String(port), HIWAR_DATABASE: databaseFile }),
    host: '127.0.0.1',
    webDist: null,
  };
  let clock = options.clock;
  let built = await launch();

  async function launch() {
    const result = await buildApp(config, {
      logger: { ...(loggerOptions('info') as object), stream },
      ...(clock ? { clock } : {}),
    });
    await result.app.listen({ port, host: '127.0.0.1' });
    return result;
  }

  return {
    baseUrl: `http://localhost:${port}`,
    databaseFile,
    logs,
    routes: () => built.routes,
    config,
    stop: async () => {
      await built.app.close();
    },
    restart: async (restartOptions = {}) => {
      await built.app.close();
      if (restartOptions.clock) clock = restartOptions.clock;
      built = await launch();
    },
  };
}

let counter = 0;

export const sampleDetails = (overrides: Partial<MeetingDetailsInput> = {}): MeetingDetailsInput => ({
  title: 'Sahel water and peace dialogue',
  hostOrganisation: 'Test Dialogue Institute',
  startsAt: '2026-12-03T09:30',
  timeZone: 'Asia/Amman',
  format: 'online',
  contentLanguage: 'en',
  ...overrides,
});

export const sampleAgenda = (): AgendaItemDraft[] => [
  { title: 'Opening', kind: 'opening', plannedMinutes: 5, presenters: [], confidentiality: 'on-record' },
  {
    title: 'Local mediation',
    kind: 'presentation',
    plannedMinutes: 15,
    presenters: [{ name: 'Amal Nasser', title: 'Director', organisation: 'Valley Mediators' }],
    confidentiality: 'on-record',
  },
  { title: 'Discussion', kind: 'discussion', plannedMinutes: 30, presenters: [], confidentiality: 'chatham-house' },
];

/** Signs up a new facilitator and returns their signed-in HTTP client. */
export async function buildFacilitator(server: TestServer, name = 'Facilitator') {
  const http = new HiwarHttp({ baseUrl: server.baseUrl });
  counter += 1;
  const { account } = await http.signUp({
    email: `facilitator${counter}-${Date.now()}@example.org`,
    password: 'correct horse battery',
    name,
  });
  return { http, account };
}

/** Signs up a facilitator and creates a meeting with the sample agenda. */
export async function buildMeeting(server: TestServer, agenda = sampleAgenda()) {
  const facilitator = await buildFacilitator(server);
  const meeting = await facilitator.http.createMeeting(sampleDetails(), agenda);
  return { ...facilitator, meeting };
}

/** Joins a participant by join code and returns their HTTP client and credential. */
export async function buildParticipant(server: TestServer, joinCode: string, displayName = 'Guest') {
  const http = new HiwarHttp({ baseUrl: server.baseUrl });
  const joined = await http.join(joinCode, { displayName, organisation: null });
  return { http, ...joined };
}

/** Opens a live connection and waits for the meeting view. */
export async function connect(
  server: TestServer,
  meetingId: string,
  credential: { memberToken?: string; sessionCookie?: string },
) {
  const connection = new MeetingConnection({ baseUrl: server.baseUrl, meetingId, ackTimeoutMs: 2000, ...credential });
  await connection.ready();
  return connection;
}
