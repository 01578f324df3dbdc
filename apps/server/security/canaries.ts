import fs from 'node:fs';
import Database from 'better-sqlite3';
import { io as connectRaw } from 'socket.io-client';

/** How often each canary occurs in a text. */
export function hitsIn(text: string, canaries: string[]): Record<string, number> {
  return Object.fromEntries(canaries.map((c) => [c, text.split(c).length - 1]));
}

/** How often each canary occurs in a file's raw bytes (UTF-8); 0 when the file does not exist. */
export function hitsInFile(file: string, canaries: string[]): Record<string, number> {
  if (!fs.existsSync(file)) return Object.fromEntries(canaries.map((c) => [c, 0]));
  const bytes = fs.readFileSync(file);
  return Object.fromEntries(
    canaries.map((c) => {
      const needle = Buffer.from(c, 'utf8');
      let count = 0;
      for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + 1)) count++;
      return [c, count];
    }),
  );
}

/** Canary hits in every row of every table of the SQLite file, read through its own connection. */
export function hitsInTables(databaseFile: string, canaries: string[]): Record<string, number> {
  const db = new Database(databaseFile, { readonly: true });
  try {
    const tables = db
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")
      .all() as { name: string }[];
    const dump = tables.map((t) => JSON.stringify(db.prepare(`select * from "${t.name}"`).all())).join('\n');
    return hitsIn(dump, canaries);
  } finally {
    db.close();
  }
}

export const total = (hits: Record<string, number>) => Object.values(hits).reduce((a, b) => a + b, 0);

/** A raw Socket.IO client that keeps every payload it receives, for searching. */
export function recordingSocket(baseUrl: string, auth: Record<string, unknown>, cookie?: string) {
  const received: { name: string; payload: unknown }[] = [];
  const socket = connectRaw(baseUrl, {
    transports: ['websocket'],
    reconnection: false,
    auth,
    extraHeaders: { origin: baseUrl, ...(cookie ? { cookie } : {}) },
  });
  socket.onAny((name, payload) => received.push({ name, payload }));
  const welcomed = new Promise<void>((resolve, reject) => {
    socket.once('session:welcomed', () => resolve());
    socket.once('connect_error', reject);
  });
  return { socket, received, welcomed };
}
