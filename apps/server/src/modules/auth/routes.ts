import { accountSchema, signInBodySchema, signUpBodySchema } from '@hiwar/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/app-error.js';
import { hashSecret, newId, newSecret } from '../../lib/ids.js';
import { hashPassword, verifyPassword } from '../../lib/password.js';
import { accountFromSession, SESSION_COOKIE, SESSION_DAYS, setSessionCookie } from '../../plugins/auth.js';
import type { AccountRecord, Store } from '../../store/store.js';

const accountReply = z.object({ account: accountSchema });
const publicAccount = (a: AccountRecord) => ({ id: a.id, email: a.email, name: a.name });

/** Sign-up, sign-in, sign-out and "who am I" for facilitators. */
export const authRoutes: FastifyPluginAsyncZod<{ store: Store; secureCookies: boolean }> = async (app, opts) => {
  const { store, secureCookies } = opts;
  const startSession = async (accountId: string) => {
    const token = newSecret();
    const now = Date.now();
    await store.accounts.createSession(hashSecret(token), accountId, now, now + SESSION_DAYS * 24 * 3600 * 1000);
    return token;
  };
  const limited = { config: { rateLimit: { max: 20, timeWindow: '1 minute' } } };

  app.post(
    '/sign-up',
    { ...limited, schema: { tags: ['auth'], body: signUpBodySchema, response: { 201: accountReply } } },
    async (request, reply) => {
      const { email, password, name } = request.body;
      const account = { id: newId(), email, name, passwordHash: await hashPassword(password) };
      if (!(await store.accounts.create(account, Date.now()))) throw new AppError('EMAIL_TAKEN');
      setSessionCookie(reply, await startSession(account.id), secureCookies);
      return reply.status(201).send({ account: publicAccount(account) });
    },
  );

  app.post(
    '/sign-in',
    { ...limited, schema: { tags: ['auth'], body: signInBodySchema, response: { 200: accountReply } } },
    async (request, reply) => {
      const account = await store.accounts.findByEmail(request.body.email);
      if (!account || !(await verifyPassword(request.body.password, account.passwordHash))) {
        throw new AppError('INVALID_CREDENTIALS');
      }
      setSessionCookie(reply, await startSession(account.id), secureCookies);
      return { account: publicAccount(account) };
    },
  );

  app.post('/sign-out', { schema: { tags: ['auth'] } }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await store.accounts.deleteSession(hashSecret(token));
    setSessionCookie(reply, null, secureCookies);
    return { ok: true };
  });

  app.get(
    '/me',
    { schema: { tags: ['auth'], response: { 200: z.object({ account: accountSchema.nullable() }) } } },
    async (request) => {
      const account = await accountFromSession(store, request.cookies[SESSION_COOKIE], Date.now());
      return { account: account ? publicAccount(account) : null };
    },
  );
};
