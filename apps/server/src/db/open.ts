import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema.js';

const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle/sqlite');

export type SqliteDb = ReturnType<typeof openSqlite>['db'];

/** Opens (creating if needed) the SQLite file and brings its schema up to date. */
export function openSqlite(file: string) {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  // FULL: an acknowledged change is on disk before the acknowledgement, even across a power loss.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Deleted and overwritten content is zeroed in the file, so an erased name or point is not left in free space.
  sqlite.pragma('secure_delete = ON');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder });
  return { sqlite, db };
}

/**
 * Copies the write-ahead log into the database and truncates it to zero bytes, so content erased in the
 * database is not still readable in the -wal file's older page images.
 */
export function truncateWal(sqlite: Database.Database) {
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
}
