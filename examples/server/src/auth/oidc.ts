/**
 * Sign-in with OpenID Connect (`openid-client` v6): discovery of the issuer,
 * authorization code flow with PKCE (S256), state and nonce, then the id token's
 * claims become the user: id, display name, city and roles, each read from a
 * configurable claim.
 *
 * Routes: `GET /login` (to the issuer), `GET /auth/callback` (back from it). The
 * PKCE verifier, state, nonce and the page to return to wait in the session cookie
 * (encrypted) between the two.
 * @module
 */
import type { FastifyInstance } from 'fastify';
import * as client from 'openid-client';
import { safeNext, toUser, type AuthProvider, type User } from './user.js';

/** Options of {@link oidcProvider} (from `OIDC_*` variables in `src/main.ts`). */
export interface OidcOptions {
  /** The issuer URL (`OIDC_ISSUER`): its `/.well-known/openid-configuration` is read on the first sign-in. */
  issuer: string;
  clientId: string;
  /** For a confidential client (`client_secret_basic`); a public client leaves it out (PKCE only). */
  clientSecret?: string | undefined;
  /** This server's callback as the issuer knows it, e.g. `https://forms.example.gov.cn/auth/callback`. */
  redirectUri: string;
  /** Default `openid profile`. */
  scope?: string | undefined;
  /** Claim names: the user id (default `sub`), display name (`name`), city (`city`), roles (`roles`: a list, or a space-separated string). */
  claims?: { id?: string | undefined; name?: string | undefined; city?: string | undefined; roles?: string | undefined } | undefined;
  /** Allow an `http:` issuer (tests, a local issuer); never in production. */
  allowHttp?: boolean | undefined;
}

interface Pending {
  verifier: string;
  state: string;
  nonce: string;
  next: string;
}

/**
 * The user an id token's claims describe, or null when the id claim is missing.
 * Roles other than `submitter`, `office`, `admin` are ignored.
 * @example
 * ```ts
 * userFromClaims({ sub: 'u1', name: '王五', city: 'fushun', roles: ['office'] }, {}); // { id: 'u1', name: '王五', roles: ['office'], city: 'fushun' }
 * ```
 */
export function userFromClaims(claims: Record<string, unknown>, names: NonNullable<OidcOptions['claims']>): User | null {
  const id = claims[names.id ?? 'sub'];
  if (typeof id !== 'string' || id === '') return null;
  const name = claims[names.name ?? 'name'];
  const rawRoles = claims[names.roles ?? 'roles'];
  const roles = Array.isArray(rawRoles) ? rawRoles : typeof rawRoles === 'string' ? rawRoles.split(/\s+/) : [];
  return toUser(id, typeof name === 'string' ? name : id, roles as unknown[], claims[names.city ?? 'city']);
}

/**
 * The OpenID Connect provider.
 * @example
 * ```ts
 * buildServer({ dataDir: 'data', auth: oidcProvider({ issuer: 'https://id.example.gov.cn', clientId: 'city-forms', redirectUri: 'https://forms.example.gov.cn/auth/callback' }) });
 * ```
 */
export function oidcProvider(options: OidcOptions): AuthProvider {
  let config: Promise<client.Configuration> | null = null;
  // Discovered once, on first use; a failed discovery is tried again on the next sign-in.
  const configuration = (): Promise<client.Configuration> => {
    config ??= client
      .discovery(
        new URL(options.issuer),
        options.clientId,
        options.clientSecret,
        options.clientSecret === undefined ? client.None() : client.ClientSecretBasic(options.clientSecret),
        options.allowHttp ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((err: unknown) => {
        config = null;
        throw err;
      });
    return config;
  };
  const names = options.claims ?? {};

  return {
    kind: 'oidc',
    async register(app: FastifyInstance, ctx) {
      app.get<{ Querystring: Record<string, unknown> }>('/login', async (request, reply) => {
        const pending: Pending = {
          verifier: client.randomPKCECodeVerifier(),
          state: client.randomState(),
          nonce: client.randomNonce(),
          next: safeNext(request.query['next']),
        };
        const url = client.buildAuthorizationUrl(await configuration(), {
          redirect_uri: options.redirectUri,
          scope: options.scope ?? 'openid profile',
          code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
          code_challenge_method: 'S256',
          state: pending.state,
          nonce: pending.nonce,
        });
        request.session.set('oidc', pending);
        return reply.header('cache-control', 'no-store').redirect(url.href, 302);
      });

      app.get('/auth/callback', async (request, reply) => {
        const pending = request.session.get('oidc') as Pending | undefined;
        request.session.set('oidc', undefined);
        if (!pending || typeof pending.state !== 'string') {
          await ctx.audit(request, 'login-failed', 'oidc', 400, { reason: 'no sign-in under way' });
          return reply
            .code(400)
            .send({ ok: false, code: 'auth.no-login-pending', message: '登录已过期，请重新登录 (the sign-in expired; start again at /login)' });
        }
        let user: User | null;
        try {
          // The callback as the issuer called it: this server's redirect URI with the query it got.
          const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
          const tokens = await client.authorizationCodeGrant(await configuration(), new URL(query, options.redirectUri), {
            pkceCodeVerifier: pending.verifier,
            expectedState: pending.state,
            expectedNonce: pending.nonce,
            idTokenExpected: true,
          });
          user = userFromClaims(tokens.claims() ?? {}, names);
        } catch (err) {
          request.log.warn({ err }, 'OpenID Connect sign-in failed');
          await ctx.audit(request, 'login-failed', 'oidc', 401, { reason: err instanceof Error ? err.message.slice(0, 200) : 'error' });
          return reply.code(401).send({ ok: false, code: 'auth.oidc-failed', message: '登录未成功，请重新登录 (the sign-in did not succeed)' });
        }
        if (!user) {
          await ctx.audit(request, 'login-failed', 'oidc', 401, { reason: `no ${names.id ?? 'sub'} claim` });
          return reply.code(401).send({ ok: false, code: 'auth.oidc-failed', message: '登录未成功：身份令牌缺少用户标识 (the id token names no user)' });
        }
        await ctx.signIn(request, reply, user);
        return reply.redirect(pending.next, 302);
      });
    },
  };
}
