/**
 * The session cookie and what every provider shares: `request.user`, `GET /api/me`,
 * `POST /auth/logout`, and sending a visitor who is not signed in from the portal
 * page to `/login`.
 *
 * The cookie (`city-forms-session`) is signed and encrypted by
 * `@fastify/secure-session` (libsodium secretbox) with a 32-byte key: nothing is kept
 * on the server, so sessions survive a restart and work across several server
 * processes sharing the key. It is `HttpOnly`, `SameSite=Lax` (the OpenID Connect
 * callback is a top-level navigation from the issuer; a cross-site POST never
 * carries it) and `Secure` when configured; and every POST of this server needs an
 * `application/json` body, which a cross-site form cannot send.
 * @module
 */
import fastifySecureSession from '@fastify/secure-session';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toUser, type AuthContext, type AuthProvider, type User } from './user.js';

declare module '@fastify/secure-session' {
  interface SessionData {
    /** The signed-in user. */
    user: User;
    /** An OpenID Connect sign-in under way (PKCE verifier, state, nonce, where to return). */
    oidc: { verifier: string; state: string; nonce: string; next: string };
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null (set for every request by the auth plugin). */
    user: User | null;
  }
}

/** The session cookie's name. */
export const SESSION_COOKIE = 'city-forms-session';
/** How long a session lasts without a new sign-in (8 hours). */
export const SESSION_SECONDS = 8 * 60 * 60;
/** The file in the data folder holding the generated session key when none is configured. */
export const SESSION_KEY_FILE = 'session.key';

/** Options of {@link registerAuth}. */
export interface AuthPluginOptions {
  provider: AuthProvider;
  /** 32 bytes (or 64 hex characters); by default read from (or created in) `<dataDir>/session.key`. */
  sessionKey?: Buffer | string | undefined;
  dataDir: string;
  /** Send the cookie with `Secure` (behind TLS). */
  cookieSecure: boolean;
  audit: AuthContext['audit'];
}

/**
 * The session key: the configured one (32 bytes, or 64 hex characters), else the one
 * in `<dataDir>/session.key`, created (mode 0600) on first start.
 * @example
 * ```ts
 * sessionKey(undefined, './data').length; // 32
 * ```
 */
export function sessionKey(configured: Buffer | string | undefined, dataDir: string): Buffer {
  if (configured !== undefined) {
    const key = typeof configured === 'string' ? Buffer.from(configured.trim(), /^[0-9a-f]{64}$/i.test(configured.trim()) ? 'hex' : 'base64') : configured;
    if (key.length !== 32) throw new Error('the session key (CITY_FORMS_SESSION_KEY) must be 32 bytes: 64 hex characters or 44 base64 characters');
    return key;
  }
  const file = join(dataDir, SESSION_KEY_FILE);
  if (existsSync(file)) {
    const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
    if (key.length !== 32) throw new Error(`${file} must hold 64 hex characters (a 32-byte session key)`);
    return key;
  }
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}

/** The user of a session's data, checked (a cookie from an older version may hold something else). */
function userOfSession(value: unknown): User | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v['id'] !== 'string' || v['id'] === '' || !Array.isArray(v['roles'])) return null;
  return toUser(v['id'], typeof v['name'] === 'string' ? v['name'] : '', v['roles'] as unknown[], v['city']);
}

/** A portal page (not an asset, the API or the sign-in routes) that a visitor must be signed in to open. */
function isPortalPage(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = request.url.split('?')[0] ?? '/';
  if (path === '/api' || path.startsWith('/api/') || path === '/login' || path.startsWith('/auth/')) return false;
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last === '' || last === 'index.html' || !last.includes('.');
}

/**
 * Register the session cookie, `request.user`, `GET /api/me`, `POST /auth/logout`,
 * the provider's routes, and the redirect of a portal page to `/login` for a
 * visitor not signed in. Register it (awaited, or in order) before the routes that
 * read `request.user`.
 * @example
 * ```ts
 * await registerAuth(app, { provider: devProvider({ usersFile }), dataDir, cookieSecure: false, audit });
 * ```
 */
export async function registerAuth(app: FastifyInstance, options: AuthPluginOptions): Promise<void> {
  await app.register(fastifySecureSession, {
    key: sessionKey(options.sessionKey, options.dataDir),
    cookieName: SESSION_COOKIE,
    expiry: SESSION_SECONDS,
    cookie: { path: '/', httpOnly: true, sameSite: 'lax', secure: options.cookieSecure },
  });
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (request, reply) => {
    request.user = userOfSession(request.session.get('user'));
    if (request.user === null && isPortalPage(request)) {
      return reply.redirect(`/login?${new URLSearchParams({ next: request.url })}`, 302);
    }
    return undefined;
  });

  const ctx: AuthContext = {
    async signIn(request: FastifyRequest, _reply: FastifyReply, user: User) {
      // A new session for the new user: nothing of the previous one is kept.
      request.session.regenerate();
      request.session.set('user', { ...user });
      request.user = user;
      await options.audit(request, 'login', `user:${user.id}`, 200, { provider: options.provider.kind, roles: user.roles, city: user.city ?? null });
    },
    audit: options.audit,
  };

  app.get('/api/me', async (request, reply) => {
    if (!request.user) return reply.code(401).send({ ok: false, code: 'auth.required', message: '请先登录 (sign in first)' });
    const { id, name, roles, city } = request.user;
    return { id, name, roles, ...(city === undefined ? {} : { city }), provider: options.provider.kind };
  });

  app.post('/auth/logout', async (request, reply) => {
    const user = request.user;
    request.session.delete();
    request.user = null;
    if (user) await options.audit(request, 'logout', `user:${user.id}`, 200);
    return reply.send({ ok: true, next: '/login' });
  });

  await options.provider.register(app, ctx);
}
