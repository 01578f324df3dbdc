import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_THRESHOLDS, type Thresholds } from '@hiwar/report';
import type { JoinLimits } from './modules/join/join-limiter.js';
import type { BudgetConfig } from './realtime/command-budget.js';

export interface Config {
  port: number;
  host: string;
  /** Where people reach Hiwar; the socket handshake's Origin must match it. */
  publicUrl: string;
  /** The SQLite file, or ':memory:'. */
  databaseFile: string;
  /** The built web app to serve, if present. */
  webDist: string | null;
  logLevel: string;
  /** Mark cookies Secure (when served over https). */
  secureCookies: boolean;
  /** Chromium for PDF export; null when none is installed (PDF export then answers PDF_UNAVAILABLE). */
  chromiumPath?: string | null;
  /** When the report's quantifiers apply (see README); the defaults unless HIWAR_QUANTIFIERS says otherwise. */
  quantifiers?: Thresholds;
  /** HIWAR_DEMO=1: the demo facilitator and meeting are wanted (seeded with a fresh random password). */
  demo?: boolean;
  /** Days a facilitator's session may sit unused before it ends (HIWAR_SESSION_IDLE_DAYS, default 14). */
  sessionIdleDays?: number;
  /** NODE_ENV=production: a deployment, which refuses to start on demo data unless `demo` is set. */
  production?: boolean;
  /** How often the retention purge runs (it also runs at start); 0 runs it at start only. */
  purgeIntervalMinutes?: number;
  /** The realtime command budget and flood rule; the defaults of readBudget() when absent. */
  commandBudget?: BudgetConfig;
  /** Limits on join-code lookups and joins; the defaults of readJoinLimits() when absent. */
  joinLimits?: JoinLimits;
  /**
   * Behind a reverse proxy: which X-Forwarded-For hops to believe (Fastify's trustProxy), so per-address
   * limits see each person's address rather than the proxy's. False (the default) believes none.
   */
  trustProxy?: TrustProxy;
}

/** What Fastify's trustProxy takes: none or all, a list of addresses and subnets, or a rule per hop. */
export type TrustProxy = boolean | string | ((address: string, hop: number) => boolean);

/** Reads HIWAR_TRUST_PROXY: unset or "false" none, "true" all, a number of hops, or addresses and subnets. */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const v = value?.trim() ?? '';
  if (v === '' || v === 'false' || v === '0') return false;
  if (v === 'true') return true;
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    return (_address, hop) => hop < hops;
  }
  return v;
}

/** A whole number from the environment within [min, max], or the default when absent or invalid. */
function whole(value: string | undefined, fallback: number, min: number, max: number): number {
  const n = Number(value);
  return value !== undefined && value.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

/** A bucket from a burst and a per-minute rate, as the configuration table gives them. */
const perMinute = (burst: number, rate: number) => ({ burst, perSecond: rate / 60 });

/** Reads the command budget (HIWAR_BUDGET_*) and flood rule (HIWAR_FLOOD_*); see the configuration table. */
export function readBudget(env: NodeJS.ProcessEnv = {}): BudgetConfig {
  const kind = (name: string, burst: number, rate: number) =>
    perMinute(
      whole(env[`HIWAR_BUDGET_${name}_BURST`], burst, 1, 100_000),
      whole(env[`HIWAR_BUDGET_${name}_PER_MINUTE`], rate, 1, 1_000_000),
    );
  return {
    limits: { action: kind('ACTIONS', 60, 600), content: kind('CONTENT', 20, 60), sync: kind('SYNC', 20, 120) },
    floodRefusals: whole(env.HIWAR_FLOOD_REFUSALS, 100, 1, 1_000_000),
    floodWindowMs: whole(env.HIWAR_FLOOD_WINDOW_SECONDS, 10, 1, 3600) * 1000,
    muteMs: whole(env.HIWAR_FLOOD_MUTE_SECONDS, 120, 1, 86_400) * 1000,
  };
}

/** Reads the join limits (HIWAR_JOIN_*); see the configuration table. */
export function readJoinLimits(env: NodeJS.ProcessEnv = {}): JoinLimits {
  const rate = (name: string, fallback: number) => {
    const n = whole(env[name], fallback, 1, 10_000_000);
    return perMinute(n, n);
  };
  return {
    failuresPerAddress: rate('HIWAR_JOIN_FAILURES_PER_ADDRESS', 20),
    failuresTotal: rate('HIWAR_JOIN_FAILURES_TOTAL', 600),
    joinsPerMeeting: rate('HIWAR_JOINS_PER_MEETING', 1000),
  };
}

/**
 * Reads HIWAR_QUANTIFIERS, e.g. "strong=0.5,several=3,some=2": the share of participants for "strongly
 * agreed" and the fewest people for "several" and "some". Missing or invalid parts keep their default.
 */
export function parseQuantifiers(value: string | undefined): Thresholds {
  const out: Thresholds = { ...DEFAULT_THRESHOLDS };
  for (const part of (value ?? '').split(',')) {
    const [key, raw] = part.split('=').map((s) => s.trim());
    const n = Number(raw);
    if (key === 'strong' && n > 0 && n <= 1) out.strong = n;
    if ((key === 'several' || key === 'some') && Number.isInteger(n) && n >= 1) out[key] = n;
  }
  if (out.some > out.several) out.some = out.several;
  return out;
}

/** A positive number from the environment, or the fallback when it is missing or not one. */
function positiveNumber(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && Number.isFinite(n) && n > 0 ? n : fallback;
}

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium named by HIWAR_CHROMIUM, or the first one installed in a usual place. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.HIWAR_CHROMIUM) return fs.existsSync(env.HIWAR_CHROMIUM) ? env.HIWAR_CHROMIUM : null;
  return CHROMIUM_CANDIDATES.find((candidate) => fs.existsSync(candidate)) ?? null;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** A whole number of at least 0 from the environment, or the default. */
function nonNegative(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isInteger(n) && n >= 0 ? n : fallback;
}

/** Reads the configuration from the environment, with defaults that run on a laptop. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  const dataDir = path.resolve(env.HIWAR_DATA_DIR ?? path.join(repoRoot, 'data'));
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    publicUrl,
    databaseFile: env.HIWAR_DATABASE ?? path.join(dataDir, 'hiwar.sqlite'),
    webDist: env.HIWAR_WEB_DIST ?? path.join(repoRoot, 'apps/web/dist'),
    logLevel: env.LOG_LEVEL ?? 'info',
    secureCookies: publicUrl.startsWith('https://'),
    chromiumPath: findChromium(env),
    quantifiers: parseQuantifiers(env.HIWAR_QUANTIFIERS),
    demo: env.HIWAR_DEMO === '1',
    sessionIdleDays: positiveNumber(env.HIWAR_SESSION_IDLE_DAYS, 14),
    production: env.NODE_ENV === 'production',
    purgeIntervalMinutes: nonNegative(env.HIWAR_PURGE_INTERVAL_MINUTES, 60),
    commandBudget: readBudget(env),
    joinLimits: readJoinLimits(env),
    trustProxy: parseTrustProxy(env.HIWAR_TRUST_PROXY),
  };
}
