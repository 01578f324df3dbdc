import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { LIMITS, wireError } from '@hiwar/protocol';
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { type Config, findChromium, readBudget, readJoinLimits } from './config.js';
import { authRoutes } from './modules/auth/routes.js';
import { JoinLimiter } from './modules/join/join-limiter.js';
import { joinRoutes } from './modules/join/routes.js';
import { MeetingService } from './modules/meetings/meeting-service.js';
import { meetingRoutes } from './modules/meetings/routes.js';
import { ReportService } from './modules/report/report-service.js';
import { publishedRoutes, reportRoutes } from './modules/report/routes.js';
import { RetentionService, startRetentionJob } from './modules/retention/retention-service.js';
import { retentionRoutes } from './modules/retention/routes.js';
import { VoteTimers } from './modules/votes/vote-timers.js';
import { SessionsEnded } from './plugins/auth.js';
import { registerErrorHandling } from './plugins/errors.js';
import { registerRequestGuard } from './plugins/request-guard.js';
import { CommandBudget } from './realtime/command-budget.js';
import { EventHub } from './realtime/hub.js';
import { attachRealtime } from './realtime/socket.js';
import { SqliteStore } from './store/sqlite-store.js';
import type { Store } from './store/store.js';

/** Log lines carry the route pattern, never the raw URL (join codes), IP addresses or headers (tokens). */
export const loggerOptions = (level: string): FastifyServerOptions['logger'] => ({
  level,
  serializers: {
    req: (req) => ({ method: req.method, route: req.routeOptions?.url ?? 'unmatched' }),
    res: (res) => ({ statusCode: res.statusCode }),
  },
  redact: ['req.headers', 'req.remoteAddress', 'req.ip'],
});

export interface BuildOptions {
  /** Use this store instead of opening the configured SQLite file. */
  store?: Store;
  logger?: FastifyServerOptions['logger'];
  /** The server's clock (ms); a test passes one to stand at a later time, e.g. after a vote's deadline. */
  clock?: () => number;
}

/** Builds the whole application (HTTP API, web app, realtime) without listening. */
export async function buildApp(config: Config, options: BuildOptions = {}) {
  const serverOptions: FastifyServerOptions = {
    logger: options.logger ?? loggerOptions(config.logLevel),
    bodyLimit: LIMITS.payloadBytes,
    trustProxy: config.trustProxy ?? false,
  };
  const app = Fastify(serverOptions).withTypeProvider<ZodTypeProvider>();
  // Every route as it is registered: the security suite checks each one against its role table.
  const routes: { method: string; url: string }[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url });
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerRequestGuard(app, { publicUrl: config.publicUrl });
  const webDist = config.webDist;
  const servesWeb = webDist !== null && fs.existsSync(path.join(webDist, 'index.html'));
  // The web app routes on the client: any other GET outside the API gets its page.
  app.setNotFoundHandler((request, reply) => {
    const isPage =
      servesWeb &&
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      !request.url.startsWith('/socket.io');
    if (isPage) return reply.type('text/html').sendFile('index.html');
    return reply.status(404).send({ error: wireError('NOT_FOUND') });
  });

  const store = options.store ?? new SqliteStore(config.databaseFile);
  const DAY_MS = 24 * 3600 * 1000;
  store.accounts.setSessionPolicy({ idleMs: (config.sessionIdleDays ?? 14) * DAY_MS, touchEveryMs: 5 * 60_000 });
  const hub = new EventHub();
  // One budget for a member's commands, whether they come over the socket or the HTTP command route.
  const budget = new CommandBudget(config.commandBudget ?? readBudget());
  const clock = options.clock ?? Date.now;
  const service = new MeetingService(store, hub, clock);
  const voteTimers = new VoteTimers({ store, hub, clock, log: app.log });

  if (servesWeb) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: ['index.html'],
      // The build leaves .br and .gz copies beside each file; the browser gets the one it accepts.
      preCompressed: true,
      cacheControl: false,
      // Built files carry a content hash in their name: kept for a year, so a second visit on a slow
      // connection loads nothing but the page. The page itself is checked every time.
      setHeaders: (reply, filePath) => {
        const hashed = filePath.includes(`${path.sep}assets${path.sep}`);
        reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        connectSrc: ["'self'", config.publicUrl.replace(/^http/, 'ws')],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Hiwar API', version: '0.1.0', description: 'HTTP API of Hiwar. Live updates use Socket.IO.' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  app.get('/healthz', { schema: { hide: true } }, async () => ({ ok: true }));
  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    try {
      await store.findMeeting('readiness-probe');
      return { ok: true };
    } catch {
      return reply.status(503).send({ ok: false });
    }
  });

  const sessionsEnded = new SessionsEnded();
  await app.register(authRoutes, { prefix: '/api/auth', store, secureCookies: config.secureCookies, sessionsEnded });
  await app.register(meetingRoutes, { prefix: '/api/meetings', store, service, budget });
  const retention = new RetentionService(store, hub);
  await app.register(retentionRoutes, { prefix: '/api/meetings', store, retention });
  const joinLimiter = new JoinLimiter(config.joinLimits ?? readJoinLimits());
  await app.register(joinRoutes, { prefix: '/api/join', store, service, limiter: joinLimiter });
  const reports = new ReportService(store, config.chromiumPath ?? findChromium(), config.quantifiers);
  await app.register(reportRoutes, { prefix: '/api', store, reports });
  await app.register(publishedRoutes, { reports });

  const realtime = attachRealtime({
    httpServer: app.server,
    store,
    service,
    hub,
    publicUrl: config.publicUrl,
    log: app.log,
    sessionsEnded,
    budget,
  });
  // Live connections would keep the HTTP server from closing: end them before it closes.
  app.addHook('preClose', async () => {
    // No vote may close itself on a store that is closing; the next start arms the timers again.
    voteTimers.stop();
    realtime.stop();
    // Closing transports (not the sockets) lets clients reconnect on their own when the server is back.
    realtime.io.engine.close();
  });
  // The purge runs at start and every interval; time is passed in so tests drive it without waiting.
  let stopRetention = () => {};
  app.addHook('onReady', async () => {
    stopRetention = startRetentionJob({
      service: retention,
      intervalMs: (config.purgeIntervalMinutes ?? 60) * 60_000,
      log: app.log,
    });
    // Votes still open with a timer get it back; those whose deadline passed while the server was down close now.
    await voteTimers.start();
  });
  app.addHook('onClose', async () => {
    stopRetention();
    await store.close();
  });

  return { app, io: realtime.io, store, service, retention, routes, voteTimers };
}
