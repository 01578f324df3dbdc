export interface AccountRecord {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
}

export interface SessionRecord {
  tokenHash: string;
  createdAt: number;
  /** Last use, touched at most every few minutes; null for a session never used since it began. */
  lastUsedAt: number | null;
}

/** How long a session may sit unused, and how often its last use is written down. */
export interface SessionPolicy {
  idleMs: number;
  touchEveryMs: number;
}

/** Facilitators' accounts and their signed-in sessions (only a hash of each session's token is kept). */
export interface AccountStore {
  /** Creates the account; false when the e-mail is taken. */
  create(account: AccountRecord, now: number): Promise<boolean>;
  findByEmail(email: string): Promise<AccountRecord | null>;
  findById(id: string): Promise<AccountRecord | null>;
  createSession(tokenHash: string, accountId: string, now: number, expiresAt: number): Promise<void>;
  /** Sets how long a session may sit idle before it ends. */
  setSessionPolicy(policy: SessionPolicy): void;
  /** The account of a session that has neither expired nor sat idle too long; notes the use. */
  findSessionAccount(tokenHash: string, now: number): Promise<AccountRecord | null>;
  deleteSession(tokenHash: string): Promise<void>;
  /** The account's sessions that are still valid, newest first. */
  listSessions(accountId: string, now: number): Promise<SessionRecord[]>;
  /** Ends every session of the account ("sign out everywhere"). */
  deleteSessions(accountId: string): Promise<number>;
  /** Replaces the password and ends every session of the account, so an old password opens nothing. */
  setPassword(accountId: string, passwordHash: string): Promise<void>;
  /** Deletes the account, its sessions and every meeting it owns with all their data, in one transaction. */
  remove(accountId: string): Promise<{ meetings: number }>;
}
