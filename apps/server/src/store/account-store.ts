export interface AccountRecord {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
}

/** Facilitators' accounts and their signed-in sessions (only a hash of each session's token is kept). */
export interface AccountStore {
  /** Creates the account; false when the e-mail is taken. */
  create(account: AccountRecord, now: number): Promise<boolean>;
  findByEmail(email: string): Promise<AccountRecord | null>;
  findById(id: string): Promise<AccountRecord | null>;
  createSession(tokenHash: string, accountId: string, now: number, expiresAt: number): Promise<void>;
  /** The account of an unexpired session. */
  findSessionAccount(tokenHash: string, now: number): Promise<AccountRecord | null>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Replaces the password and ends every session of the account, so an old password opens nothing. */
  setPassword(accountId: string, passwordHash: string): Promise<void>;
  /** Deletes the account, its sessions and every meeting it owns with all their data, in one transaction. */
  remove(accountId: string): Promise<{ meetings: number }>;
}
