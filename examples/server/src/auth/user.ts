/**
 * Who is signed in, and what each role may see. A user comes from an
 * {@link AuthProvider} (the development users file or an OpenID Connect issuer)
 * and lives in the signed, encrypted session cookie.
 *
 * - `submitter`: submits forms and sees the records they submitted themselves;
 * - `office` (with a `city`): sees the records of its city, and may submit for it;
 * - `admin`: manages the city profiles and reads the audit log (no records by that role alone).
 *
 * A user may hold several roles.
 * @module
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** The roles the server knows. */
export const ROLES = ['submitter', 'office', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** A signed-in user. */
export interface User {
  /** Stable id (the users file's `id`, or the issuer's subject claim). */
  id: string;
  /** Shown in the portal's header. */
  name: string;
  roles: Role[];
  /** The city an `office` user works for (a city id). */
  city?: string | undefined;
}

/**
 * A way of signing people in. The server registers the session cookie, `GET
 * /api/me` and `POST /auth/logout`; the provider adds its own routes (at least
 * `GET /login`, where the portal sends a visitor who is not signed in) and calls
 * `signIn` once it knows who the visitor is.
 * @example
 * ```ts
 * const provider = devProvider({ usersFile: 'users.dev.json' });
 * buildServer({ dataDir: 'data', auth: provider });
 * ```
 */
export interface AuthProvider {
  readonly kind: 'dev' | 'oidc';
  /** Add the provider's routes (called inside the server's auth plugin, after the session cookie is set up). */
  register(app: FastifyInstance, ctx: AuthContext): Promise<void>;
}

/** What the server gives a provider. */
export interface AuthContext {
  /** Start a session for `user` (a new cookie) and write `login` to the audit log. */
  signIn(request: FastifyRequest, reply: FastifyReply, user: User): Promise<void>;
  /** Append to the audit log (e.g. a failed login). */
  audit(request: FastifyRequest, action: string, target: string, status: number, detail?: unknown): Promise<void>;
}

/** The owner column of a user's rows (storage quota, a submitter's own records). */
export function ownerOf(user: User): string {
  return `user:${user.id}`;
}

/** Whether `user` works for the office of `city`. */
export function isOfficeOf(user: User, city: string): boolean {
  return user.roles.includes('office') && user.city === city;
}

/**
 * A path of this site to return to after signing in (`/?city=fushun`), or `/`:
 * never another origin (`//evil.example`, `https://…`, `/\evil`).
 */
export function safeNext(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000 || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return '/';
  }
  return value;
}

/**
 * A user read from untrusted JSON (the users file, an id token's claims mapped
 * already): roles filtered to the known ones, a city only as a string.
 */
export function toUser(id: string, name: string, roles: readonly unknown[], city: unknown): User {
  const known = [...new Set(roles.filter((r): r is Role => (ROLES as readonly unknown[]).includes(r)))];
  return { id, name: name || id, roles: known, ...(typeof city === 'string' && city !== '' ? { city } : {}) };
}
