/**
 * The demo portal's server: Fastify 5 + SQLite. Every submission is validated
 * again with `@city-forms/rules`, on the server's own clock (a client's "today"
 * is never used) and, for leave requests, against the leave already accepted.
 *
 * @example
 * ```ts
 * import { buildServer } from './server.js';
 * const app = buildServer({ dataDir: './data', staticDir: '../portal/dist' });
 * await app.listen({ host: '127.0.0.1', port: 8080 });
 * ```
 * @module
 */
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import {
  FORM_IDS,
  LOCALES,
  isCivilDate,
  todayInShanghai,
  validate,
  type Absence,
  type FormId,
  type Locale,
  type ValidateOptions,
  type ValidationResult,
} from '@city-forms/rules';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import fastifyPlugin from 'fastify-plugin';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import { resolve } from 'node:path';
import type { Duplex } from 'node:stream';
import { registerAdmin } from './admin.js';
import { devProvider } from './auth/dev.js';
import { registerAuth } from './auth/session.js';
import { isOfficeOf, ownerOf, type AuthProvider, type User } from './auth/user.js';
import { Cities, loadProfiles, type CityEntry } from './cities.js';
import { registerSheetRoutes } from './sheet.js';
import { startPurgeJob } from './retention.js';
import { createStore, type AbsenceRow, type Store, type StoreOps, type SubmissionRow } from './db.js';

/** Largest accepted request body (64 KiB). */
export const BODY_LIMIT = 64 * 1024;
/** Deepest nesting of arrays and objects a body may have (the forms need 4; hostile bodies nest thousands deep). */
export const MAX_DEPTH = 32;
/** Default rate limit: requests per client (IP address) per window, static files included. */
export const DEFAULT_RATE_LIMIT = { max: 1000, timeWindowMs: 60_000 } as const;
/** Default storage quota per signed-in user: bytes of stored submissions (data, derived results, issues). */
export const DEFAULT_QUOTA_BYTES = 20 * 1024 * 1024;
/** Default CSP `frame-ancestors`: only this origin may frame the portal. */
export const DEFAULT_FRAME_ANCESTORS: readonly string[] = ["'self'"];

/** Options of {@link buildServer}. */
export interface ServerOptions {
  /** Folder of the SQLite file (`city-forms.sqlite`); created when missing. Unused with {@link ServerOptions.databaseUrl}. */
  dataDir: string;
  /** A PostgreSQL URL (`DATABASE_URL`): store there instead of SQLite, migrated when the server gets ready. */
  databaseUrl?: string | undefined;
  /** The portal build to serve at `/` (with SPA fallback to index.html). */
  staticDir?: string | undefined;
  /** The server's clock; "today" is always `todayInShanghai(clock())`. */
  clock?: (() => Date) | undefined;
  /** Fastify's logger option (off by default). */
  logger?: FastifyServerOptions['logger'];
  /**
   * A folder of city profiles (`*.json`) served besides the five built-in cities
   * (`CITY_FORMS_PROFILES_DIR` in `src/main.ts`). Each file is checked by
   * `city-forms check-config` when the server starts; one bad file and `listen()`
   * / `ready()` reject with a message naming it.
   */
  profilesDir?: string | undefined;
  /** Requests per client (IP address) per window, or `false` for none. Default {@link DEFAULT_RATE_LIMIT}. */
  rateLimit?: { max: number; timeWindowMs: number } | false | undefined;
  /** Bytes of stored submissions per signed-in user (the owner `user:<id>`). Default {@link DEFAULT_QUOTA_BYTES}. */
  quotaBytes?: number | undefined;
  /** CSP `frame-ancestors` sources (e.g. `["'self'", 'https://portal.example.gov.cn']`). Default `'self'`. */
  frameAncestors?: readonly string[] | undefined;
  /** How people sign in (`CITY_FORMS_AUTH`): default the development provider with `users.dev.json`. */
  auth?: AuthProvider | undefined;
  /** The session cookie's key: 32 bytes or 64 hex characters (`CITY_FORMS_SESSION_KEY`); default `<dataDir>/session.key`, created on first start. */
  sessionKey?: Buffer | string | undefined;
  /** Send the session cookie with `Secure` (`CITY_FORMS_COOKIE_SECURE=1`, behind TLS). Default false (the demo speaks http on 127.0.0.1). */
  cookieSecure?: boolean | undefined;
  /** Fastify's `trustProxy` (`CITY_FORMS_TRUST_PROXY`): whom to believe about the client's address (rate limit, audit log). Default false. */
  trustProxy?: FastifyServerOptions['trustProxy'];
  /** Delete submissions older than this many days (`CITY_FORMS_RETENTION_DAYS`): at start and every `purgeIntervalMs`. Default: keep them. */
  retentionDays?: number | undefined;
  /** How often the retention purge runs (`CITY_FORMS_PURGE_INTERVAL_MS`). Default one hour. */
  purgeIntervalMs?: number | undefined;
}

/** One entry of `GET /api/submissions`. */
export interface SubmissionView {
  id: string;
  form: FormId;
  city: string;
  createdAt: string;
  /** The civil date (Asia/Shanghai) the office received the record: its lead times and deadlines count from it. */
  receivedOn: string;
  data: Record<string, unknown>;
  derived: unknown;
}

/**
 * A stored record validated again (`GET /api/submissions/:id?revalidate=1`): with
 * its stored data, its receipt date and the absences it was judged against, under
 * the city's current profile, on the server's clock today.
 */
export interface Revalidation {
  /** The day it was validated again. */
  today: string;
  receivedOn: string;
  ok: boolean;
  issues: ValidationResult['issues'];
  derived: unknown;
  /** Notices on derived values (a derived date in a year without official 调休 data). */
  derivedNotes?: ValidationResult['issues'];
  profile: ValidationResult['profile'];
}

const FORMS: readonly string[] = FORM_IDS;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

type Outcome =
  | { kind: 'created'; id: string; result: ValidationResult }
  | { kind: 'replayed'; row: SubmissionRow }
  | { kind: 'key-conflict' }
  | { kind: 'invalid'; result: ValidationResult }
  | { kind: 'over-quota'; used: number; size: number };

class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Build the server (not listening yet). Closing it closes the database.
 * @example
 * ```ts
 * const app = buildServer({ dataDir: mkdtempSync(join(tmpdir(), 'cf-')), clock: () => new Date('2026-11-23T02:00:00Z') });
 * await app.listen({ host: '127.0.0.1', port: 0 });
 * ```
 */
export function buildServer(options: ServerOptions): FastifyInstance {
  const clock = options.clock ?? (() => new Date());
  const quotaBytes = options.quotaBytes ?? DEFAULT_QUOTA_BYTES;
  const store: Store = createStore(options);
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: BODY_LIMIT,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    return503OnClosing: true,
    // What Fastify answers by itself gets the documented shape too: a malformed URL
    // (`/%E0%A4%A`) or an over-long parameter here …
    frameworkErrors: (error, _request, res) => {
      const e = error as { code?: string; message?: string };
      const bad = e.code === 'FST_ERR_BAD_URL';
      void (res as unknown as FastifyReply)
        .code(400)
        .type('application/json; charset=utf-8')
        .send({
          ok: false,
          code: bad ? 'malformed-url' : 'bad-request',
          message: bad ? 'the URL is malformed (a bad %-escape)' : (e.message ?? 'bad request'),
        });
    },
    // … and what Node's HTTP parser refuses before Fastify sees a request (an unknown
    // method such as BREW, headers over the size limit, garbage, a timeout) here.
    clientErrorHandler: clientError,
  }) as unknown as FastifyInstance;
  // CONNECT never reaches a route: answer it rather than drop the connection.
  app.server.on('connect', (_req, socket: Duplex) => {
    writeRawError(socket, 405, 'method-not-allowed', 'CONNECT is not supported');
  });
  // JSON bodies only: no text/plain parser (a cross-site form posts text/plain without a preflight).
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: BODY_LIMIT }, (_request, body, done) => {
    let value: unknown;
    try {
      value = JSON.parse(body as string);
    } catch (err) {
      return done(new HttpError(400, 'malformed-json', `malformed JSON body: ${err instanceof Error ? err.message : String(err)}`), undefined);
    }
    const problem = hostileShape(value);
    if (problem) return done(problem, undefined);
    done(null, value);
  });

  // PostgreSQL: migrate (or check the connection) before listening; a failure stops `listen()`.
  app.addHook('onReady', async () => store.ready());
  app.addHook('onClose', async () => store.close());
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    // API answers carry personal data (submissions, absences, the issues of a 422
    // naming people): never kept by a browser or a shared cache.
    if (isApiPath(request.url)) reply.header('cache-control', 'no-store');
    return payload;
  });

  /** Append to the audit log: who (the signed-in user), what, the answer's status, from where. */
  const audit = async (request: FastifyRequest, action: string, target: string, status: number, detail?: unknown): Promise<void> => {
    await store.audit({
      at: clock().toISOString(),
      actor: request.user ? ownerOf(request.user) : 'anonymous',
      action,
      target: target.slice(0, 500),
      status,
      detail: detail === undefined ? null : JSON.stringify(detail),
      ip: request.ip,
    });
  };

  // Retention: expired submissions purged at start, then on an interval.
  let stopPurge: (() => void) | undefined;
  if (options.retentionDays !== undefined) {
    const days = options.retentionDays;
    app.addHook('onReady', async () => {
      stopPurge = startPurgeJob(store, {
        days,
        clock,
        intervalMs: options.purgeIntervalMs,
        onError: (err) => app.log.error({ err }, 'retention purge failed'),
        onPurged: (n) => {
          if (n > 0) app.log.info(`retention: purged ${n} submission(s) older than ${days} days`);
        },
      });
    });
    app.addHook('onClose', async () => stopPurge?.());
  }

  // Security headers on every answer (the portal page, its assets, the API, errors).
  const frameAncestors = [...(options.frameAncestors ?? DEFAULT_FRAME_ANCESTORS)];
  app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors,
      },
    },
    // frame-ancestors decides who may frame the page; X-Frame-Options can only say
    // SAMEORIGIN or DENY, so it is sent only when it agrees with frame-ancestors.
    xFrameOptions:
      frameAncestors.length === 1 && frameAncestors[0] === "'self'"
        ? { action: 'sameorigin' }
        : frameAncestors.length === 1 && frameAncestors[0] === "'none'"
          ? { action: 'deny' }
          : false,
    referrerPolicy: { policy: 'no-referrer' },
    // The demo listens on plain http on 127.0.0.1; HSTS belongs to the TLS proxy in front of a real deployment.
    strictTransportSecurity: false,
  });
  if (options.rateLimit !== false) {
    const { max, timeWindowMs } = options.rateLimit ?? DEFAULT_RATE_LIMIT;
    app.register(fastifyRateLimit, {
      global: true,
      max,
      timeWindow: timeWindowMs,
      errorResponseBuilder: (_request, context) =>
        new HttpError(
          context.statusCode,
          'rate-limited',
          `too many requests from this client: at most ${context.max} per ${Math.round(timeWindowMs / 1000)} s; retry in ${context.after}`,
        ),
    });
  }

  app.setErrorHandler((error: unknown, request, reply) => {
    const e = error as { statusCode?: number; code?: string; message?: string };
    const status = typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 600 ? e.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    let code = error instanceof HttpError ? error.code : 'error';
    let message = status >= 500 ? 'internal server error' : (e.message ?? 'bad request');
    switch (e.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        code = 'body-too-large';
        message = `request body larger than ${BODY_LIMIT} bytes`;
        break;
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        code = 'malformed-json';
        message = `malformed JSON body: ${e.message ?? ''}`;
        break;
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        code = 'malformed-json';
        message = 'empty JSON body';
        break;
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        code = 'unsupported-media-type';
        message = 'send the body as application/json';
        break;
      default:
        if (error instanceof HttpError) break;
        if (status === 400 && error instanceof SyntaxError) code = 'malformed-json';
        else if (status === 400 && /prototype|constructor/i.test(message)) code = 'malformed-json';
    }
    return reply.code(status).send({ ok: false, code, message });
  });

  // Sessions and sign-in: before every route that reads `request.user` (the API, the portal page's redirect to /login).
  app.register(
    fastifyPlugin(async (app) =>
      registerAuth(app, {
        provider: options.auth ?? devProvider(),
        sessionKey: options.sessionKey,
        dataDir: options.dataDir,
        cookieSecure: options.cookieSecure ?? false,
        audit,
      }),
    ),
  );

  // The rate limit covers unknown paths too (probing), not only routes: the global
  // limiter (the same counts as the routes'), made once the plugin has loaded.
  let notFoundLimiter: ReturnType<FastifyInstance['rateLimit']> | undefined;
  const notFoundOptions =
    options.rateLimit === false
      ? {}
      : {
          preHandler: async function (this: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
            notFoundLimiter ??= app.rateLimit();
            await notFoundLimiter.call(this, request, reply);
          },
        };
  app.setNotFoundHandler(notFoundOptions, (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const isApi = path === '/api' || path.startsWith('/api/');
    const lastSegment = path.slice(path.lastIndexOf('/') + 1);
    if (options.staticDir && !isApi && (request.method === 'GET' || request.method === 'HEAD') && !lastSegment.includes('.')) {
      return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').sendFile('index.html');
    }
    return reply.code(404).send({
      ok: false,
      code: 'not-found',
      message: `no route for ${request.method} ${path}`,
    });
  });

  // ---- API -------------------------------------------------------------------
  // In a plugin registered after helmet and the rate limit, so their route hooks
  // apply to every route; the cities are read (and checked) when the server starts.
  // Who may see what: see `listScope`, `mayRead`, `mayDisclose` and README.md.

  app.register(async (app) => {
    let cities = new Cities(options.profilesDir ? await loadProfiles(options.profilesDir) : []);
    registerAdmin(app, {
      store,
      audit,
      profilesDir: options.profilesDir,
      cities: () => cities,
      reload: async (dir) => {
        cities = new Cities(await loadProfiles(dir));
      },
      error: (status, code, message) => new HttpError(status, code, message),
    });

    app.get('/api/cities', async (): Promise<CityEntry[]> => cities.list());

    app.get<{ Querystring: Record<string, unknown> }>('/api/submissions', async (request): Promise<SubmissionView[]> => {
      const user = signedIn(request);
      const [city, form, limitText] = single(request.query, 'city', 'form', 'limit');
      if (form !== undefined && form !== '' && !FORMS.includes(form)) throw new HttpError(400, 'unknown-form', `unknown form '${clip(form)}'`);
      const limit = limitText === undefined ? 100 : Number(limitText);
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new HttpError(400, 'invalid-limit', '`limit` must be an integer from 1 to 1000');
      const target = `submissions?city=${city ?? ''}&form=${form ?? ''}`;
      const scope = listScope(user, city || undefined);
      if (!scope) {
        await audit(request, 'denied', target, 403);
        throw forbidden(city ? `you may not see the records of '${clip(city)}'` : 'your roles see no records');
      }
      const rows = await store.list({ ...scope, form: form || undefined, limit });
      await audit(request, 'read', target, 200, { ids: rows.map((r) => r.id) });
      return rows.map(view);
    });

    // `?revalidate=1` validates the stored record again (its data, its receipt date, the absences it was judged
    // against) under the city's current profile: the same answer as on receipt unless the profile changed.
    app.get<{ Params: { id: string }; Querystring: Record<string, unknown> }>(
      '/api/submissions/:id',
      async (request): Promise<SubmissionView & { revalidation?: Revalidation }> => {
        const user = signedIn(request);
        const [again, locale] = single(request.query, 'revalidate', 'locale');
        if (again !== undefined && again !== '1') throw new HttpError(400, 'invalid-query', '`revalidate` must be 1 when given');
        if (locale !== undefined && !(LOCALES as readonly unknown[]).includes(locale)) {
          throw new HttpError(400, 'input.invalid-locale', `\`locale\` must be one of ${LOCALES.join(', ')}`);
        }
        const row = await store.byId(request.params.id);
        const target = `submission:${clip(request.params.id)}`;
        if (!row) throw new HttpError(404, 'not-found', 'no such submission');
        if (!mayRead(user, row)) {
          await audit(request, 'denied', target, 403);
          throw forbidden('this submission is neither yours nor of your office’s city');
        }
        await audit(request, 'read', target, 200);
        if (again === undefined) return view(row);
        const chosen = cities.choose(row.city);
        if (!chosen.ok) throw new HttpError(409, chosen.code, `the record's city is no longer served: ${chosen.message}`);
        return { ...view(row), revalidation: revalidate(row, chosen.city, todayInShanghai(clock()), (locale as Locale | undefined) ?? 'zh-CN') };
      },
    );

    // The record's paper sheet (请假（外出报备）审批单…) as a printable page, to whoever may read the record.
    registerSheetRoutes(app, {
      byId: (id) => store.byId(id),
      profile: (city) => {
        const chosen = cities.choose(city);
        return chosen.ok ? chosen.profile : undefined;
      },
      authorize: async (request, row) => {
        const user = signedIn(request);
        const target = `sheet:${clip(row.id)}`;
        if (!mayRead(user, row)) {
          await audit(request, 'denied', target, 403);
          throw forbidden('this submission is neither yours nor of your office’s city');
        }
        await audit(request, 'read', target, 200);
      },
    });

    // What the pairing rule needs, to those who need it: the city's office gets the
    // absences as they are; a submitter gets role, portfolio and the dates within the
    // asked range, marked anonymous (no name), so the rule names the role.
    app.get<{ Querystring: Record<string, unknown> }>('/api/absences', async (request): Promise<Absence[]> => {
      const user = signedIn(request);
      const [from, to, city] = single(request.query, 'from', 'to', 'city');
      if (!isCivilDate(from) || !isCivilDate(to)) throw new HttpError(400, 'invalid-range', '`from` and `to` must be dates as YYYY-MM-DD');
      if (to < from) throw new HttpError(400, 'invalid-range', '`to` is before `from`');
      if (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`) > MAX_ABSENCE_RANGE_DAYS * 86_400_000) {
        throw new HttpError(400, 'invalid-range', `at most ${MAX_ABSENCE_RANGE_DAYS} days at a time`);
      }
      if (!city) throw new HttpError(400, 'invalid-query', '`city` is required: absences are asked for one city');
      const target = `absences?city=${clip(city)}&from=${from}&to=${to}`;
      const disclose = mayDisclose(user, city);
      if (!disclose && !user.roles.includes('submitter')) {
        await audit(request, 'denied', target, 403);
        throw forbidden('only a submitter or the city’s office may ask for absences');
      }
      const rows = await store.absences({ city, from, to });
      await audit(request, 'read', target, 200, { count: rows.length, named: disclose });
      return rows.map((row) => (disclose ? absence(row) : anonymousAbsence(row, from, to)));
    });

    app.post<{ Params: { form: string }; Body: unknown }>(
      '/api/:form',
      {
        // Reject an anonymous caller and an unknown form before reading the body.
        onRequest: async (request) => {
          signedIn(request);
          const { form } = request.params;
          if (!FORMS.includes(form)) throw new HttpError(404, 'unknown-form', `unknown form '${clip(form)}' (expected ${FORM_IDS.join(', ')})`);
        },
      },
      async (request, reply) => {
        const form = request.params.form as FormId;
        const body = request.body;
        if (typeof body !== 'object' || body === null || Array.isArray(body))
          throw new HttpError(400, 'invalid-body', 'the body must be a JSON object { city, data, locale? }');
        const { city, data, locale } = body as {
          city?: unknown;
          data?: unknown;
          locale?: unknown;
        };
        if (city === undefined || city === null || city === '') throw new HttpError(400, 'input.missing-city', '`city` is required: a city id');
        if (typeof data !== 'object' || data === null || Array.isArray(data))
          throw new HttpError(400, 'input.invalid-data', '`data` is required and must be an object');
        if (locale !== undefined && !(LOCALES as readonly unknown[]).includes(locale)) {
          throw new HttpError(400, 'input.invalid-locale', `\`locale\` must be one of ${LOCALES.join(', ')}`);
        }
        const key = request.headers['idempotency-key'];
        if (key !== undefined && (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key))) {
          throw new HttpError(400, 'invalid-idempotency-key', 'Idempotency-Key must be 1–200 visible ASCII characters');
        }
        const chosen = cities.choose(city);
        if (!chosen.ok) throw new HttpError(400, chosen.code, chosen.message);
        const user = signedIn(request);
        if (!user.roles.includes('submitter') && !isOfficeOf(user, chosen.id)) {
          await audit(request, 'denied', `${form}:${chosen.id}`, 403);
          throw forbidden(`submitting needs the submitter role, or the office of '${chosen.id}'`);
        }
        const disclose = mayDisclose(user, chosen.id);

        // The server's clock only: whatever "today" a client sends is ignored.
        const now = clock();
        const today = todayInShanghai(now);
        const hash = requestHash(form, chosen.id, data);
        const owner = ownerOf(user);

        // Read, validate and insert in one transaction: no other submission can slip
        // in between the absences read and the insert.
        const outcome = await store.transaction(async (tx): Promise<Outcome> => {
          await tx.lock(...transactionLocks(form, chosen.id, key, owner));
          if (key !== undefined) {
            const prior = await tx.byIdempotencyKey(key);
            // Replayed to the one who stored it only: another user's key is a conflict, never their answer.
            if (prior)
              return prior.request_hash === hash && prior.form === form && prior.owner === owner ? { kind: 'replayed', row: prior } : { kind: 'key-conflict' };
          }
          const absences = form === 'leave' ? await absencesFor(tx, chosen.id, data as Record<string, unknown>, disclose) : [];
          // Received today: the record's lead times and deadlines count from this date, now and when it is validated again.
          const result: ValidationResult = validate(form, data, {
            city: chosen.city,
            today,
            receivedOn: today,
            locale: (locale as Locale | undefined) ?? 'zh-CN',
            context: { absences },
          });
          if (!result.ok) return { kind: 'invalid', result };
          // The data once: `data` and `derived` in their columns, the rest of the result apart, with the
          // receipt date and the absences it was judged against (what a re-validation needs to give the same answer).
          const { data: cleaned, derived, ...rest } = result;
          const kept: StoredExtras = { receivedOn: today, ...(absences.length > 0 ? { absences } : {}) };
          const columns = {
            data: JSON.stringify(cleaned),
            derived: JSON.stringify(derived ?? null),
            result: JSON.stringify({ ...rest, ...kept }),
          };
          const size = Buffer.byteLength(columns.data) + Buffer.byteLength(columns.derived) + Buffer.byteLength(columns.result);
          const used = await tx.usage(owner);
          if (used + size > quotaBytes) return { kind: 'over-quota', used, size };
          const id = randomUUID();
          const d = cleaned as Record<string, unknown>;
          const leave = form === 'leave';
          await tx.insert({
            id,
            form,
            city: chosen.id,
            profile_version: result.profile?.version ?? null,
            created_at: now.toISOString(),
            ...columns,
            owner,
            size_bytes: size,
            idempotency_key: key ?? null,
            request_hash: hash,
            applicant_name: leave ? str(d['applicantName']) : null,
            role: leave ? str(d['applicantRole']) : null,
            portfolio: leave ? str(d['portfolio']) : null,
            start_date: leave ? str(d['startDate']) : null,
            end_date: leave ? str(d['endDate']) : null,
          });
          return { kind: 'created', id, result };
        });

        const statusOf = { created: 201, replayed: 201, 'over-quota': 413, 'key-conflict': 409, invalid: 422 } as const;
        await audit(
          request,
          'write',
          outcome.kind === 'created' ? `submission:${outcome.id}` : outcome.kind === 'replayed' ? `submission:${outcome.row.id}` : `${form}:${chosen.id}`,
          statusOf[outcome.kind],
          { form, city: chosen.id, outcome: outcome.kind },
        );
        switch (outcome.kind) {
          case 'created':
            return reply.code(201).header('location', `/api/submissions/${outcome.id}`).send({ ok: true, id: outcome.id, result: outcome.result });
          case 'replayed':
            return reply
              .code(201)
              .header('idempotent-replayed', 'true')
              .send({
                ok: true,
                id: outcome.row.id,
                result: storedResult(outcome.row),
              });
          case 'over-quota':
            throw new HttpError(
              413,
              'storage-quota-exceeded',
              `you have stored ${outcome.used} bytes; this submission needs ${outcome.size} more and the quota is ${quotaBytes} bytes`,
            );
          case 'key-conflict':
            throw new HttpError(409, 'idempotency-key-reused', 'this Idempotency-Key was already used for a different submission');
          case 'invalid': {
            const errors = outcome.result.issues.filter((i) => i.severity === 'error');
            return reply.code(422).send({
              ok: false,
              code: 'validation-failed',
              message: errors.map((i) => i.message).join(' '),
              issues: outcome.result.issues,
            });
          }
        }
      },
    );
  });

  // ---- Static portal ---------------------------------------------------------

  if (options.staticDir) {
    const root = resolve(options.staticDir);
    if (!existsSync(root)) throw new Error(`staticDir does not exist: ${root} (build the portal first)`);
    app.register(fastifyStatic, {
      root,
      prefix: '/',
      index: ['index.html'],
      // The portal build writes <file>.br and <file>.gz beside each text file: sent
      // as they are to a browser that accepts them (Vary: Accept-Encoding), the
      // plain file otherwise. A phone on a slow line gets the script at about a
      // quarter of its size.
      preCompressed: true,
      cacheControl: false,
      // Vite's hashed assets never change under their name: cached for a year. The
      // page itself (index.html, the favicon) is checked again on every load.
      setHeaders: (reply, path) => {
        reply.header('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }

  return app;
}

/**
 * The absences a leave is checked against, with their names (the stand-in check
 * compares them); marked `anonymous` unless the submitter may know who they are, so
 * a 422 names the role ("与您对应的副秘书长已报备同期外出") and carries no name or dates.
 */
async function absencesFor(store: StoreOps, city: string, data: Record<string, unknown>, disclose: boolean): Promise<Absence[]> {
  const start = data['startDate'];
  const end = data['endDate'];
  if (!isCivilDate(start) || !isCivilDate(end)) return [];
  const [from, to] = start <= end ? [start, end] : [end, start];
  return (await store.absences({ city, from, to })).map((row) => (disclose ? absence(row) : { ...absence(row), anonymous: true }));
}

/** Longest range of one `GET /api/absences` (a leave is checked against its own dates). */
export const MAX_ABSENCE_RANGE_DAYS = 366;

/** The signed-in user, or 401 `auth.required`. */
function signedIn(request: FastifyRequest): User {
  if (!request.user) throw new HttpError(401, 'auth.required', '请先登录 (sign in first: /login)');
  return request.user;
}

function forbidden(message: string): HttpError {
  return new HttpError(403, 'auth.forbidden', message);
}

/**
 * Which records `GET /api/submissions` shows `user` (for an optional `city`): the
 * office's city for the office (a city asked for must be its own), the user's own
 * rows for a submitter; null when neither (403).
 */
function listScope(user: User, city: string | undefined): { city?: string | undefined; owner?: string } | null {
  if (city !== undefined && isOfficeOf(user, city)) return { city };
  if (user.roles.includes('submitter')) return { city, owner: ownerOf(user) };
  if (city === undefined && user.roles.includes('office') && user.city !== undefined) return { city: user.city };
  return null;
}

/** Whether `user` may read a stored row: their own, or their office's city. */
function mayRead(user: User, row: SubmissionRow): boolean {
  return row.owner === ownerOf(user) || isOfficeOf(user, row.city);
}

/** Whether `user` may know who else of `city` is away: its office only. */
function mayDisclose(user: User, city: string): boolean {
  return isOfficeOf(user, city);
}

/** An absence without its person: role, portfolio and the days within the asked range. */
function anonymousAbsence(row: AbsenceRow, from: string, to: string): Absence {
  return {
    role: row.role,
    ...(row.portfolio ? { portfolio: row.portfolio } : {}),
    startDate: row.start_date < from ? from : row.start_date,
    endDate: row.end_date > to ? to : row.end_date,
    anonymous: true,
  };
}

/**
 * What a submission's transaction locks across server processes (PostgreSQL): the
 * city's leave (the pairing check reads them, then inserts), the Idempotency-Key and
 * the owner's quota.
 */
function transactionLocks(form: string, city: string, key: string | undefined, owner: string): string[] {
  return [...(form === 'leave' ? [`pairing:${city}`] : []), ...(key === undefined ? [] : [`idempotency:${key}`]), `quota:${owner}`];
}

function absence(row: AbsenceRow): Absence {
  return {
    name: row.applicant_name,
    role: row.role,
    ...(row.portfolio ? { portfolio: row.portfolio } : {}),
    startDate: row.start_date,
    endDate: row.end_date,
  };
}

/** The validation result of a stored row, as the first answer had it (data and derived come from their columns). */
function storedResult(row: SubmissionRow): ValidationResult {
  const rest = JSON.parse(row.result) as Omit<ValidationResult, 'data' | 'derived'>;
  return {
    ok: rest.ok,
    issues: rest.issues,
    derived: row.derived === null ? null : (JSON.parse(row.derived) as ValidationResult['derived']),
    data: JSON.parse(row.data) as ValidationResult['data'],
    profile: rest.profile,
    calendar: rest.calendar,
    ...(rest.derivedNotes ? { derivedNotes: rest.derivedNotes } : {}),
  };
}

function isApiPath(url: string): boolean {
  const path = url.split('?')[0] ?? '/';
  return path === '/api' || path.startsWith('/api/');
}

/** What a stored result keeps besides the validation result (older rows have neither). */
interface StoredExtras {
  receivedOn?: string;
  absences?: Absence[];
}

function extrasOf(row: SubmissionRow): StoredExtras {
  try {
    const r = JSON.parse(row.result) as StoredExtras;
    return { ...(isCivilDate(r.receivedOn) ? { receivedOn: r.receivedOn } : {}), ...(Array.isArray(r.absences) ? { absences: r.absences } : {}) };
  } catch {
    return {};
  }
}

/** The date the office received a record: stored on submission; for older rows, the civil date of `created_at`. */
function receivedOnOf(row: SubmissionRow): string {
  return extrasOf(row).receivedOn ?? todayInShanghai(new Date(row.created_at));
}

/** A stored record validated again with its receipt date (see {@link Revalidation}). */
function revalidate(row: SubmissionRow, city: ValidateOptions['city'], today: string, locale: Locale): Revalidation {
  const receivedOn = receivedOnOf(row);
  const absences = extrasOf(row).absences;
  const r = validate(row.form as FormId, JSON.parse(row.data) as unknown, {
    city,
    today,
    receivedOn,
    locale,
    ...(absences ? { context: { absences } } : {}),
  });
  return { today, receivedOn, ok: r.ok, issues: r.issues, derived: r.derived, ...(r.derivedNotes ? { derivedNotes: r.derivedNotes } : {}), profile: r.profile };
}

function view(row: SubmissionRow): SubmissionView {
  return {
    id: row.id,
    form: row.form as FormId,
    city: row.city,
    createdAt: row.created_at,
    receivedOn: receivedOnOf(row),
    data: JSON.parse(row.data) as Record<string, unknown>,
    derived: row.derived === null ? null : (JSON.parse(row.derived) as unknown),
  };
}

/**
 * Query parameters that may each be given at most once, as strings (`?city=a&city=b`
 * parses to an array, which SQLite cannot bind): 400 `invalid-query` otherwise.
 */
function single<const K extends readonly string[]>(query: Record<string, unknown>, ...names: K): { [I in keyof K]: string | undefined } {
  return names.map((name) => {
    const v = Object.hasOwn(query, name) ? query[name] : undefined;
    if (v === undefined || typeof v === 'string') return v;
    throw new HttpError(400, 'invalid-query', `\`${name}\` may be given at most once, as text`);
  }) as { [I in keyof K]: string | undefined };
}

/**
 * Why a parsed JSON body is refused before any handler sees it, if it is: nested
 * deeper than {@link MAX_DEPTH} (a hash or a copy of it would recurse thousands of
 * frames), or an own `__proto__` key or `constructor.prototype` (prototype
 * poisoning). Walked with an explicit stack: never recursion on client input.
 */
function hostileShape(root: unknown): HttpError | undefined {
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth > MAX_DEPTH) return new HttpError(400, 'too-deeply-nested', `the body is nested more than ${MAX_DEPTH} levels deep`);
    if (Array.isArray(v)) {
      for (const item of v) stack.push([item, depth + 1]);
      continue;
    }
    for (const key of Object.keys(v)) {
      const child = (v as Record<string, unknown>)[key];
      if (key === '__proto__' || (key === 'constructor' && typeof child === 'object' && child !== null && Object.hasOwn(child, 'prototype'))) {
        return new HttpError(
          400,
          'forbidden-key',
          `the body contains the key '${key === '__proto__' ? '__proto__' : 'constructor.prototype'}', which is not allowed (prototype poisoning)`,
        );
      }
      stack.push([child, depth + 1]);
    }
  }
  return undefined;
}

const CLIENT_ERRORS: Record<string, [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'headers-too-large', 'the request headers are too large'],
  HPE_INVALID_METHOD: [501, 'unknown-method', 'unknown HTTP method'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'request-timeout', 'the request took too long'],
};

/** Node's `clientError`: the request could not be parsed; answer in the documented shape and close. */
function clientError(this: FastifyInstance, err: Error & { code?: string }, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, message] = CLIENT_ERRORS[err.code ?? ''] ?? [400, 'bad-request', 'the request is not valid HTTP'];
  this.log.trace({ err }, `client error ${code}`);
  writeRawError(socket, status, code, message);
  socket.destroy(err);
}

function writeRawError(socket: Duplex, status: number, code: string, message: string): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify({ ok: false, code, message });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nx-content-type-options: nosniff\r\nconnection: close\r\n\r\n${body}`,
  );
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/** A stable hash of what a submission is (form, city, data): key order does not matter. */
function requestHash(form: string, city: unknown, data: unknown): string {
  return createHash('sha256').update(stableJson({ form, city, data })).digest('hex');
}

function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (typeof v === 'object' && v !== null) {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}
