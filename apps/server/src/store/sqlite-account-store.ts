import { desc, eq } from 'drizzle-orm';
import type { SqliteDb } from '../db/open.js';
import { accounts, meetings, sessions } from '../db/schema.js';
import type { AccountRecord, AccountStore, SessionPolicy, SessionRecord } from './account-store.js';

const DAY_MS = 24 * 3600 * 1000;

/** Accounts and sessions on SQLite. */
export class SqliteAccountStore implements AccountStore {
  private policy: SessionPolicy = { idleMs: 14 * DAY_MS, touchEveryMs: 5 * 60_000 };

  constructor(private readonly db: SqliteDb) {}

  setSessionPolicy(policy: SessionPolicy): void {
    this.policy = policy;
  }

  private alive(row: { expiresAt: number; createdAt: number; lastUsedAt: number | null }, now: number): boolean {
    return row.expiresAt > now && (row.lastUsedAt ?? row.createdAt) + this.policy.idleMs > now;
  }

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
      .select({
        account: accounts,
        expiresAt: sessions.expiresAt,
        createdAt: sessions.createdAt,
        lastUsedAt: sessions.lastUsedAt,
      })
      .from(sessions)
      .innerJoin(accounts, eq(accounts.id, sessions.accountId))
      .where(eq(sessions.tokenHash, tokenHash))
      .get();
    if (!row) return null;
    if (!this.alive(row, now)) {
      // An idle or expired session is gone for good, not merely refused.
      this.db.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).run();
      return null;
    }
    // Written at most every few minutes, so reading a page does not mean writing the database.
    if (now - (row.lastUsedAt ?? row.createdAt) >= this.policy.touchEveryMs) {
      this.db.update(sessions).set({ lastUsedAt: now }).where(eq(sessions.tokenHash, tokenHash)).run();
    }
    return row.account;
  }

  async listSessions(accountId: string, now: number): Promise<SessionRecord[]> {
    return this.db
      .select()
      .from(sessions)
      .where(eq(sessions.accountId, accountId))
      .orderBy(desc(sessions.createdAt))
      .all()
      .filter((row) => this.alive(row, now))
      .map((row) => ({ tokenHash: row.tokenHash, createdAt: row.createdAt, lastUsedAt: row.lastUsedAt }));
  }

  async deleteSessions(accountId: string): Promise<number> {
    return this.db.delete(sessions).where(eq(sessions.accountId, accountId)).run().changes;
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
