import { eq } from 'drizzle-orm';
import type { SqliteDb } from '../db/open.js';
import { accounts, meetings, sessions } from '../db/schema.js';
import type { AccountRecord, AccountStore } from './account-store.js';

/** Accounts and sessions on SQLite. */
export class SqliteAccountStore implements AccountStore {
  constructor(private readonly db: SqliteDb) {}

  async create(account: AccountRecord, now: number): Promise<boolean> {
    const result = this.db
      .insert(accounts)
      .values({ ...account, createdAt: now })
      .onConflictDoNothing()
      .run();
    return result.changes === 1;
  }

  async findByEmail(email: string): Promise<AccountRecord | null> {
    return this.db.select().from(accounts).where(eq(accounts.email, email)).get() ?? null;
  }

  async findById(id: string): Promise<AccountRecord | null> {
    return this.db.select().from(accounts).where(eq(accounts.id, id)).get() ?? null;
  }

  async createSession(tokenHash: string, accountId: string, now: number, expiresAt: number): Promise<void> {
    this.db.insert(sessions).values({ tokenHash, accountId, createdAt: now, expiresAt }).run();
  }

  async findSessionAccount(tokenHash: string, now: number): Promise<AccountRecord | null> {
    const row = this.db
      .select({ account: accounts, expiresAt: sessions.expiresAt })
      .from(sessions)
      .innerJoin(accounts, eq(accounts.id, sessions.accountId))
      .where(eq(sessions.tokenHash, tokenHash))
      .get();
    return row && row.expiresAt > now ? row.account : null;
  }

  async deleteSession(tokenHash: string): Promise<void> {
    this.db.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).run();
  }

  async setPassword(accountId: string, passwordHash: string): Promise<void> {
    this.db.transaction((tx) => {
      tx.update(accounts).set({ passwordHash }).where(eq(accounts.id, accountId)).run();
      tx.delete(sessions).where(eq(sessions.accountId, accountId)).run();
    });
  }

  async remove(accountId: string): Promise<{ meetings: number }> {
    return this.db.transaction((tx) => {
      // Every table of a meeting's data cascades from its row.
      const removed = tx.delete(meetings).where(eq(meetings.ownerAccountId, accountId)).run().changes;
      tx.delete(accounts).where(eq(accounts.id, accountId)).run();
      return { meetings: removed };
    });
  }
}
