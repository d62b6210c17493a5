/**
 * Start the demo portal's server on 127.0.0.1. Configuration (all optional):
 *
 * - `DATABASE_URL`: a `postgres://` URL to store in PostgreSQL (migrated at start) instead of SQLite in `DATA_DIR`
 * - `PORT` (default 8080), `DATA_DIR` (default ./data), `STATIC_DIR` (the portal build), `LOG_LEVEL` (default warn)
 * - `CITY_FORMS_PROFILES_DIR`: a folder of city profiles (`*.json`) served besides the
 *   built-in cities, each checked by `city-forms check-config` at start (the server
 *   does not start when one is bad)
 * - `CITY_FORMS_RATE_LIMIT` requests per client per `CITY_FORMS_RATE_WINDOW_MS`
 *   (default 1000 per 60000; `0` turns the limit off)
 * - `CITY_FORMS_QUOTA_BYTES`: bytes of stored submissions per signed-in user (default 20 MiB)
 * - `CITY_FORMS_FRAME_ANCESTORS`: CSP frame-ancestors sources, space-separated (default `'self'`)
 * - `CITY_FORMS_AUTH` (`dev`, the default, or `oidc`) and its variables: see `src/auth/config.ts`
 * - `CITY_FORMS_SESSION_KEY`: the session cookie's key, 64 hex characters (default: `<DATA_DIR>/session.key`,
 *   created on first start; set it to the same value on every instance behind one address)
 * - `CITY_FORMS_COOKIE_SECURE=1`: send the session cookie only over https (behind TLS)
 * - `CITY_FORMS_TRUST_PROXY`: Fastify's `trustProxy`: `true`, or the proxies' addresses/CIDRs (comma-separated)
 * - `CITY_FORMS_RETENTION_DAYS`: delete submissions older than this many days (default: keep),
 *   at start and every `CITY_FORMS_PURGE_INTERVAL_MS` (default one hour)
 * @module
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { authFromEnv } from './auth/config.js';
import { PROFILES_DIR_ENV } from './cities.js';
import { DEFAULT_QUOTA_BYTES, DEFAULT_RATE_LIMIT, buildServer } from './server.js';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** A non-negative integer from the environment, or the default when unset. */
function intEnv(name: string, fallback: number, min = 0): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < min) fail(`${name} must be an integer ≥ ${min}, got '${raw}'`);
  return n;
}

const port = intEnv('PORT', 8080);
if (port > 65535) fail(`PORT must be a port number, got '${process.env['PORT']}'`);
const host = '127.0.0.1';
const dataDir = resolve(process.env['DATA_DIR'] ?? 'data');
const databaseUrl = process.env['DATABASE_URL'] || undefined;
if (databaseUrl && !/^postgres(ql)?:\/\//i.test(databaseUrl))
  fail('DATABASE_URL must be a postgres:// or postgresql:// URL (unset it to use SQLite in DATA_DIR)');
let staticDir = process.env['STATIC_DIR'] ? resolve(process.env['STATIC_DIR']) : undefined;
if (staticDir && !existsSync(staticDir)) {
  console.warn(`STATIC_DIR ${staticDir} does not exist (build the portal: pnpm --filter @city-forms/example-portal build); serving the API only.`);
  staticDir = undefined;
}
const profilesDir = process.env[PROFILES_DIR_ENV] ? resolve(process.env[PROFILES_DIR_ENV]) : undefined;
const rateMax = intEnv('CITY_FORMS_RATE_LIMIT', DEFAULT_RATE_LIMIT.max);
const rateWindow = intEnv('CITY_FORMS_RATE_WINDOW_MS', DEFAULT_RATE_LIMIT.timeWindowMs, 1);
const quotaBytes = intEnv('CITY_FORMS_QUOTA_BYTES', DEFAULT_QUOTA_BYTES);
const frameAncestors = process.env['CITY_FORMS_FRAME_ANCESTORS']?.trim().split(/\s+/).filter(Boolean);

/** Fastify's trustProxy from `CITY_FORMS_TRUST_PROXY`: unset/false, true (every hop), or the proxies' addresses/CIDRs. */
function trustProxyEnv(raw: string | undefined): boolean | string {
  if (raw === undefined || raw === '' || raw === 'false' || raw === '0') return false;
  if (raw === 'true') return true;
  return raw;
}
let auth: ReturnType<typeof authFromEnv>;
try {
  auth = authFromEnv(process.env);
} catch (err) {
  fail(err instanceof Error ? err.message : String(err));
}
const retentionDays = intEnv('CITY_FORMS_RETENTION_DAYS', 0);

const app = buildServer({
  dataDir,
  databaseUrl,
  staticDir,
  profilesDir,
  rateLimit: rateMax === 0 ? false : { max: rateMax, timeWindowMs: rateWindow },
  quotaBytes,
  frameAncestors: frameAncestors?.length ? frameAncestors : undefined,
  auth,
  sessionKey: process.env['CITY_FORMS_SESSION_KEY'] || undefined,
  cookieSecure: process.env['CITY_FORMS_COOKIE_SECURE'] === '1',
  trustProxy: trustProxyEnv(process.env['CITY_FORMS_TRUST_PROXY']),
  retentionDays: retentionDays === 0 ? undefined : retentionDays,
  purgeIntervalMs: intEnv('CITY_FORMS_PURGE_INTERVAL_MS', 60 * 60 * 1000, 1000),
  logger: { level: process.env['LOG_LEVEL'] ?? 'warn' },
});

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

try {
  await app.listen({ host, port });
  const address = app.server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`City forms demo portal: http://${host}:${actual}/`);
  if (auth.kind === 'dev') console.log('  sign-in: development users (users.dev.json, e.g. zhangsan / zhangsan-demo; see README.md)');
  console.log(
    `  data: ${databaseUrl ? redactUrl(databaseUrl) : dataDir}${staticDir ? `\n  static: ${staticDir}` : ''}${profilesDir ? `\n  city profiles: ${profilesDir}` : ''}`,
  );
} catch (err) {
  // A bad city profile (ProfileConfigError) says which file and what check-config found.
  console.error(err instanceof Error ? err.message : err);
  await app.close().catch(() => undefined);
  process.exit(1);
}

/** A database URL without its password, for the start-up message. */
function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'DATABASE_URL (not a URL)';
  }
}
