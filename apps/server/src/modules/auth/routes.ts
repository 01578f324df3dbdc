import { createHash } from 'node:crypto';
import {
  accountSchema,
  changePasswordBodySchema,
  type ErrorCode,
  sessionInfoSchema,
  signInBodySchema,
  signUpBodySchema,
} from '@hiwar/protocol';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/app-error.js';
import { hashSecret, newId, newSecret } from '../../lib/ids.js';
import { hashPassword, verifyPassword } from '../../lib/password.js';
import { passwordStrongEnough } from '../../lib/password-strength.js';
import { SignInThrottle } from '../../lib/sign-in-throttle.js';
import {
  accountFromSession,
  requireAccount,
  SESSION_COOKIE,
  SESSION_DAYS,
  type SessionsEnded,
  setSessionCookie,
} from '../../plugins/auth.js';
import type { AccountRecord, Store } from '../../store/store.js';

const accountReply = z.object({ account: accountSchema });
const publicAccount = (a: Pick<AccountRecord, 'id' | 'email' | 'name'>) => ({ id: a.id, email: a.email, name: a.name });
const sessionParams = z.strictObject({ sessionId: z.string().min(8).max(64) });

/** A session's public id: derived from its token's hash, so it leads to no token and needs no column. */
export const sessionIdOf = (tokenHash: string) =>
  createHash('sha256').update(`session-id:${tokenHash}`).digest('base64url').slice(0, 22);

// Run against a password nobody knows when the e-mail has no account, so both cost one scrypt.
let dummyHash: Promise<string> | null = null;
const dummy = () => {
  dummyHash ??= hashPassword(newSecret());
  return dummyHash;
};

/** Sign-up, sign-in, sign-out, the list of one's sessions and the password, for facilitators. */
export const authRoutes: FastifyPluginAsyncZod<{
  store: Store;
  secureCookies: boolean;
  sessionsEnded?: SessionsEnded;
}> = async (app, opts) => {
  const { store, secureCookies, sessionsEnded } = opts;
  /** Ends these sessions and every live connection opened with them. */
  const endSessions = async (tokenHashes: string[]) => {
    for (const hash of tokenHashes) await store.accounts.deleteSession(hash);
    sessionsEnded?.publish(tokenHashes);
  };
  const allSessionsOf = async (accountId: string) =>
    (await store.accounts.listSessions(accountId, Date.now())).map((s) => s.tokenHash);
  const throttle = new SignInThrottle();
  const startSession = async (accountId: string) => {
    const token = newSecret();
    const now = Date.now();
    await store.accounts.createSession(hashSecret(token), accountId, now, now + SESSION_DAYS * 24 * 3600 * 1000);
    return token;
  };
  const limited = { config: { rateLimit: { max: 20, timeWindow: '1 minute' } } };
  const refuse = (reply: FastifyReply, code: ErrorCode, retryAfterMs?: number): never => {
    if (retryAfterMs) reply.header('retry-after', String(Math.ceil(retryAfterMs / 1000)));
    throw new AppError(code);
  };
  /** Checks a password for an e-mail with one scrypt whether or not the account exists, under the throttle. */
  const checkPassword = async (reply: FastifyReply, email: string, password: string) => {
    const now = Date.now();
    const wait = throttle.retryAfterMs(email, now);
    if (wait > 0) refuse(reply, 'RATE_LIMITED', wait);
    const account = await store.accounts.findByEmail(email);
    const matches = await verifyPassword(password, account?.passwordHash ?? (await dummy()));
    if (account && matches) {
      throttle.succeeded(email);
      return account;
    }
    throttle.failed(email, now);
    return null;
  };

  app.post(
    '/sign-up',
    { ...limited, schema: { tags: ['auth'], body: signUpBodySchema, response: { 201: accountReply } } },
    async (request, reply) => {
      const { email, password, name } = request.body;
      if (!passwordStrongEnough(password, [email, name])) throw new AppError('PASSWORD_TOO_WEAK');
      // Hashed before knowing whether the address is free, so both answers take the same work.
      const account = { id: newId(), email, name, passwordHash: await hashPassword(password) };
      if (await store.accounts.create(account, Date.now())) {
        await verifyPassword(password, await dummy());
        setSessionCookie(reply, await startSession(account.id), secureCookies);
        return reply.status(201).send({ account: publicAccount(account) });
      }
      // The address is taken. The answer looks like a success from outside, so sign-up tells nobody
      // which addresses have accounts. The owner who typed their own password is simply signed in;
      // anyone else gets a cookie that opens nothing, and the next page asks them to sign in.
      const existing = await checkPassword(reply, email, password);
      if (existing) {
        setSessionCookie(reply, await startSession(existing.id), secureCookies);
        return reply.status(201).send({ account: publicAccount(existing) });
      }
      setSessionCookie(reply, newSecret(), secureCookies);
      return reply.status(201).send({ account: publicAccount({ id: newId(), email, name }) });
    },
  );

  app.post(
    '/sign-in',
    { ...limited, schema: { tags: ['auth'], body: signInBodySchema, response: { 200: accountReply } } },
    async (request, reply) => {
      const account = await checkPassword(reply, request.body.email, request.body.password);
      if (!account) throw new AppError('INVALID_CREDENTIALS');
      setSessionCookie(reply, await startSession(account.id), secureCookies);
      return { account: publicAccount(account) };
    },
  );

  app.post('/sign-out', { schema: { tags: ['auth'] } }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await endSessions([hashSecret(token)]);
    setSessionCookie(reply, null, secureCookies);
    return { ok: true };
  });

  app.post(
    '/sign-out-everywhere',
    {
      schema: {
        tags: ['auth'],
        description: 'Ends every session of the signed-in account, this one included.',
        response: { 200: z.object({ ended: z.number().int() }) },
      },
    },
    async (request, reply) => {
      const account = await requireAccount(store, request);
      const hashes = await allSessionsOf(account.id);
      // Sessions past their time are deleted too, though nobody could use them any more.
      const ended = await store.accounts.deleteSessions(account.id);
      sessionsEnded?.publish(hashes);
      setSessionCookie(reply, null, secureCookies);
      return { ended };
    },
  );

  app.get(
    '/sessions',
    {
      schema: {
        tags: ['auth'],
        description: 'The signed-in sessions of this account: when each began and was last used. No addresses.',
        response: { 200: z.object({ sessions: z.array(sessionInfoSchema) }) },
      },
    },
    async (request) => {
      const account = await requireAccount(store, request);
      const token = request.cookies[SESSION_COOKIE];
      const currentHash = token ? hashSecret(token) : null;
      const sessions = await store.accounts.listSessions(account.id, Date.now());
      return {
        sessions: sessions.map((s) => ({
          id: sessionIdOf(s.tokenHash),
          createdAt: s.createdAt,
          lastUsedAt: s.lastUsedAt ?? s.createdAt,
          current: s.tokenHash === currentHash,
        })),
      };
    },
  );

  app.delete(
    '/sessions/:sessionId',
    { schema: { tags: ['auth'], description: 'Ends one session of this account.', params: sessionParams } },
    async (request, reply) => {
      const account = await requireAccount(store, request);
      const sessions = await store.accounts.listSessions(account.id, Date.now());
      const session = sessions.find((s) => sessionIdOf(s.tokenHash) === request.params.sessionId);
      if (!session) throw new AppError('SESSION_NOT_FOUND');
      await endSessions([session.tokenHash]);
      const token = request.cookies[SESSION_COOKIE];
      if (token && hashSecret(token) === session.tokenHash) setSessionCookie(reply, null, secureCookies);
      return { ok: true };
    },
  );

  app.post(
    '/password',
    {
      ...limited,
      schema: {
        tags: ['auth'],
        description: 'Changes the password. Every other session ends; this one goes on with a fresh token.',
        body: changePasswordBodySchema,
        response: { 200: accountReply },
      },
    },
    async (request, reply) => {
      const account = await requireAccount(store, request);
      const checked = await checkPassword(reply, account.email, request.body.currentPassword);
      if (!checked) throw new AppError('INVALID_CREDENTIALS');
      if (!passwordStrongEnough(request.body.newPassword, [account.email, account.name])) {
        throw new AppError('PASSWORD_TOO_WEAK');
      }
      const hashes = await allSessionsOf(account.id);
      await store.accounts.setPassword(account.id, await hashPassword(request.body.newPassword));
      sessionsEnded?.publish(hashes);
      setSessionCookie(reply, await startSession(account.id), secureCookies);
      return { account: publicAccount(account) };
    },
  );

  app.get(
    '/me',
    { schema: { tags: ['auth'], response: { 200: z.object({ account: accountSchema.nullable() }) } } },
    async (request) => {
      const account = await accountFromSession(store, request.cookies[SESSION_COOKIE], Date.now());
      return { account: account ? publicAccount(account) : null };
    },
  );
};
