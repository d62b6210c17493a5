/**
 * The OpenID Connect provider against a tiny in-process issuer (Fastify: discovery,
 * JWKS, an authorize endpoint that approves at once, a token endpoint that checks
 * the code, the client and the PKCE verifier, and signs an id token with jose). No
 * network beyond 127.0.0.1.
 */
import type { FastifyInstance } from 'fastify';
import Fastify from 'fastify';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oidcProvider, userFromClaims, type OidcOptions } from '../src/auth/oidc.js';
import { request, startServer, type Running } from './support.js';

const CLIENT_ID = 'city-forms';
const CLIENT_SECRET = 'test-secret';
const REDIRECT_URI = 'http://portal.test/auth/callback';

interface Grant {
  clientId: string;
  redirectUri: string;
  challenge: string;
  nonce: string;
}

/** The fake issuer: `claims` decides what the id token says; `nonceOverride` makes it lie about the nonce. */
async function fakeIssuer(claims: Record<string, unknown>) {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
  const app: FastifyInstance = Fastify();
  const codes = new Map<string, Grant>();
  const seen = { verifiers: [] as string[], nonceOverride: undefined as string | undefined };
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) =>
    done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );
  // Known once listening (the routes read it then).
  let issuer = '';
  app.get('/oidc/.well-known/openid-configuration', async () => ({
    issuer,
    authorization_endpoint: `${issuer}/authorize`,
    token_endpoint: `${issuer}/token`,
    jwks_uri: `${issuer}/jwks`,
    response_types_supported: ['code'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['ES256'],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['client_secret_basic'],
  }));
  app.get('/oidc/jwks', async () => ({ keys: [jwk] }));
  app.get<{ Querystring: Record<string, string> }>('/oidc/authorize', async (req, reply) => {
    const q = req.query;
    if (q['response_type'] !== 'code' || q['code_challenge_method'] !== 'S256' || !q['code_challenge'] || !q['state'] || !q['nonce']) {
      return reply.code(400).send({ error: 'invalid_request' });
    }
    const code = randomUUID();
    codes.set(code, { clientId: q['client_id']!, redirectUri: q['redirect_uri']!, challenge: q['code_challenge'], nonce: q['nonce'] });
    return reply.redirect(`${q['redirect_uri']}?${new URLSearchParams({ code, state: q['state'] })}`, 302);
  });
  app.post<{ Body: Record<string, string> }>('/oidc/token', async (req, reply) => {
    // client_secret_basic: id and secret form-urlencoded (RFC 6749 2.3.1), then base64.
    const [id, secret] = Buffer.from((req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64')
      .toString()
      .split(':')
      .map((part) => decodeURIComponent(part.replace(/\+/g, ' ')));
    if (id !== CLIENT_ID || secret !== CLIENT_SECRET) return reply.code(401).send({ error: 'invalid_client' });
    const grant = codes.get(req.body['code'] ?? '');
    codes.delete(req.body['code'] ?? '');
    const verifier = req.body['code_verifier'] ?? '';
    seen.verifiers.push(verifier);
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    if (!grant || grant.redirectUri !== req.body['redirect_uri'] || grant.challenge !== challenge) return reply.code(400).send({ error: 'invalid_grant' });
    const idToken = await new SignJWT({ ...claims, nonce: seen.nonceOverride ?? grant.nonce })
      .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
      .setIssuer(issuer)
      .setAudience(grant.clientId)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    return { access_token: randomUUID(), token_type: 'Bearer', expires_in: 300, id_token: idToken };
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  issuer = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/oidc`;
  return { app, issuer, seen };
}

/** A cookie jar of one: the session cookie the server last set. */
function cookieOf(res: Response, previous = ''): string {
  const set = res.headers.getSetCookie().find((c) => c.startsWith('city-forms-session='));
  return set ? set.split(';')[0]! : previous;
}

/** Sign in from /login to the callback, as a browser would (redirects followed by hand). */
async function signIn(s: Running, next = '/?city=fushun'): Promise<{ status: number; location: string | null; cookie: string; body: string }> {
  const start = await fetch(`${s.base}/login?next=${encodeURIComponent(next)}`, { redirect: 'manual' });
  expect(start.status).toBe(302);
  let cookie = cookieOf(start);
  const authorize = await fetch(start.headers.get('location')!, { redirect: 'manual' });
  expect(authorize.status).toBe(302);
  const back = new URL(authorize.headers.get('location')!);
  expect(back.origin + back.pathname).toBe(REDIRECT_URI);
  const callback = await fetch(`${s.base}${back.pathname}${back.search}`, { redirect: 'manual', headers: { cookie } });
  cookie = cookieOf(callback, cookie);
  return { status: callback.status, location: callback.headers.get('location'), cookie, body: await callback.text() };
}

describe('OpenID Connect sign-in (authorization code + PKCE) against a fake issuer', () => {
  let issuer: Awaited<ReturnType<typeof fakeIssuer>>;
  let s: Running;
  const options = (): OidcOptions => ({ issuer: issuer.issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUri: REDIRECT_URI, allowHttp: true });
  beforeAll(async () => {
    issuer = await fakeIssuer({ sub: 'oidc-user-1', name: '赵六', city: 'fushun', roles: ['office', 'unknown-role'] });
    s = await startServer({ auth: oidcProvider(options()), as: null });
  });
  afterAll(async () => {
    await s?.close();
    await issuer?.app.close();
  });

  it('sends /login to the issuer with S256 PKCE, state and nonce', async () => {
    const res = await fetch(`${s.base}/login`, { redirect: 'manual' });
    const to = new URL(res.headers.get('location')!);
    expect(to.origin + to.pathname).toBe(`${issuer.issuer}/authorize`);
    expect(Object.fromEntries(to.searchParams)).toMatchObject({
      client_id: CLIENT_ID,
      redirect_uri: REDIRECT_URI,
      response_type: 'code',
      scope: 'openid profile',
      code_challenge_method: 'S256',
    });
    expect(to.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(to.searchParams.get('state')).toBeTruthy();
    expect(to.searchParams.get('nonce')).toBeTruthy();
    // The pending sign-in is in the encrypted cookie, not readable in it.
    expect(cookieOf(res)).not.toContain(to.searchParams.get('state')!);
  });

  it('signs in from the callback: the claims become the user (id, name, city, known roles)', async () => {
    const r = await signIn(s);
    expect(r.status).toBe(302);
    expect(r.location).toBe('/?city=fushun');
    const me = await request(s.base, 'GET', '/api/me', undefined, { cookie: r.cookie });
    expect(me.body).toEqual({ id: 'oidc-user-1', name: '赵六', roles: ['office'], city: 'fushun', provider: 'oidc' });
    // The office of fushun reads its city's records; the verifier the issuer got matched the challenge.
    expect((await request(s.base, 'GET', '/api/submissions?city=fushun', undefined, { cookie: r.cookie })).status).toBe(200);
    expect((await request(s.base, 'GET', '/api/submissions?city=xianning', undefined, { cookie: r.cookie })).status).toBe(403);
    expect(issuer.seen.verifiers.at(-1)).toMatch(/^[\w-]{43,128}$/);
  });

  it('refuses a callback whose state does not match, one with no sign-in under way, and a token with another nonce', async () => {
    const start = await fetch(`${s.base}/login`, { redirect: 'manual' });
    const cookie = cookieOf(start);
    const authorize = await fetch(start.headers.get('location')!, { redirect: 'manual' });
    const back = new URL(authorize.headers.get('location')!);
    back.searchParams.set('state', 'forged');
    const forged = await request(s.base, 'GET', `/auth/callback${back.search}`, undefined, { cookie });
    expect(forged.status).toBe(401);
    expect(forged.body).toMatchObject({ ok: false, code: 'auth.oidc-failed' });
    // Nobody is signed in, and the pending sign-in is used up (a replay of the real state fails too).
    const after = (forged.headers.get('set-cookie') ?? cookie).split(';')[0]!;
    expect((await request(s.base, 'GET', '/api/me', undefined, { cookie: after })).status).toBe(401);
    back.searchParams.set('state', new URL(authorize.headers.get('location')!).searchParams.get('state')!);
    expect((await request(s.base, 'GET', `/auth/callback${back.search}`, undefined, { cookie: after })).status).toBe(400);

    const none = await request(s.base, 'GET', `/auth/callback?code=x&state=y`, undefined, { cookie: '' });
    expect(none.status).toBe(400);
    expect(none.body).toMatchObject({ ok: false, code: 'auth.no-login-pending' });

    issuer.seen.nonceOverride = 'another-nonce';
    try {
      const r = await signIn(s);
      expect(r.status).toBe(401);
      expect((await request(s.base, 'GET', '/api/me', undefined, { cookie: r.cookie })).status).toBe(401);
    } finally {
      issuer.seen.nonceOverride = undefined;
    }
  });

  it('never returns to another site after signing in', async () => {
    const r = await signIn(s, '//evil.example/');
    expect(r.location).toBe('/');
  });
});

describe('claims → user', () => {
  it('reads configurable claim names; roles as a list or a space-separated string; unknown roles dropped', () => {
    expect(userFromClaims({ sub: 'u1', name: '王五', city: 'fushun', roles: ['office'] }, {})).toEqual({
      id: 'u1',
      name: '王五',
      roles: ['office'],
      city: 'fushun',
    });
    expect(
      userFromClaims(
        { uid: 'u2', display: '钱七', region: 'demo', groups: 'submitter admin root' },
        { id: 'uid', name: 'display', city: 'region', roles: 'groups' },
      ),
    ).toEqual({
      id: 'u2',
      name: '钱七',
      roles: ['submitter', 'admin'],
      city: 'demo',
    });
    expect(userFromClaims({ name: 'no subject' }, {})).toBeNull();
    expect(userFromClaims({ sub: 'u3' }, {})).toEqual({ id: 'u3', name: 'u3', roles: [] });
  });
});
