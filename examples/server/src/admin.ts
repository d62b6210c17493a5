/**
 * What an administrator (role `admin`) may do: read the audit log and manage the
 * city profiles of the server's folder (`CITY_FORMS_PROFILES_DIR`). A profile is
 * checked by the `city-forms check-config` code before it is written, and the
 * folder is read again at once, so the new city is served without a restart.
 *
 * - `GET /api/audit?limit=&before=`: audit entries, newest first
 * - `GET /api/admin/profiles`: the folder's profiles
 * - `PUT /api/admin/profiles/:id` with the profile as the JSON body
 * @module
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ownerOf, type User } from './auth/user.js';
import { Cities, checkConfig, ProfileConfigError, type CityEntry } from './cities.js';
import type { Store } from './db.js';

/** What {@link registerAdmin} needs from the server. */
export interface AdminOptions {
  store: Store;
  audit: (request: FastifyRequest, action: string, target: string, status: number, detail?: unknown) => Promise<void>;
  profilesDir: string | undefined;
  /** The cities served now. */
  cities: () => Cities;
  /** Read the profiles folder again (after a write). */
  reload: (dir: string) => Promise<void>;
  /** The server's error for an answer `{ ok: false, code, message }` with this status. */
  error: (status: number, code: string, message: string) => Error;
}

const PROFILE_ID = /^[a-z][a-z0-9-]{0,63}$/;

async function admin(request: FastifyRequest, options: AdminOptions, target: string): Promise<User> {
  const fail = options.error;
  const user = request.user;
  if (!user) throw fail(401, 'auth.required', '请先登录 (sign in first: /login)');
  if (!user.roles.includes('admin')) {
    await options.audit(request, 'denied', target, 403);
    throw fail(403, 'auth.forbidden', 'this needs the admin role');
  }
  return user;
}

/**
 * Register the admin routes on `app`.
 * @example
 * ```ts
 * registerAdmin(app, { store, audit, profilesDir, cities: () => cities, reload: async (dir) => { cities = new Cities(await loadProfiles(dir)); } });
 * ```
 */
export function registerAdmin(app: FastifyInstance, options: AdminOptions): void {
  const fail = options.error;
  app.get<{ Querystring: Record<string, unknown> }>('/api/audit', async (request) => {
    await admin(request, options, 'audit');
    const limit = request.query['limit'] === undefined ? 100 : Number(request.query['limit']);
    const before = request.query['before'] === undefined ? undefined : Number(request.query['before']);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw fail(400, 'invalid-limit', '`limit` must be an integer from 1 to 1000');
    if (before !== undefined && (!Number.isInteger(before) || before < 1))
      throw fail(400, 'invalid-query', '`before` must be a positive integer (an entry’s seq)');
    const rows = await options.store.auditLog({ limit, before });
    await options.audit(request, 'read', 'audit', 200, { count: rows.length });
    return rows.map((r) => ({ ...r, detail: r.detail === null ? null : (JSON.parse(r.detail) as unknown) }));
  });

  app.get('/api/admin/profiles', async (request): Promise<{ dir: string | null; profiles: CityEntry[] }> => {
    await admin(request, options, 'profiles');
    await options.audit(request, 'read', 'profiles', 200);
    return {
      dir: options.profilesDir ?? null,
      profiles: options
        .cities()
        .list()
        .filter((c) => c.profile !== undefined),
    };
  });

  app.put<{ Params: { id: string }; Body: unknown }>('/api/admin/profiles/:id', async (request) => {
    const { id } = request.params;
    const target = `profile:${id.slice(0, 64)}`;
    const user = await admin(request, options, target);
    const dir = options.profilesDir;
    if (!dir) throw fail(409, 'profiles.not-configured', 'this server has no profiles folder (CITY_FORMS_PROFILES_DIR)');
    const body = request.body as Record<string, unknown> | null;
    if (!PROFILE_ID.test(id)) throw fail(400, 'profiles.invalid-id', 'a profile id is lower-case letters, digits and -');
    if (typeof body !== 'object' || body === null || Array.isArray(body) || body['id'] !== id)
      throw fail(400, 'profiles.id-mismatch', `the body must be a city profile whose id is '${id}'`);

    // The same check as `city-forms check-config <file>`, on a copy outside the folder.
    const text = `${JSON.stringify(body, null, 2)}\n`;
    const scratch = mkdtempSync(join(tmpdir(), 'city-forms-profile-'));
    try {
      const file = join(scratch, `${id}.json`);
      writeFileSync(file, text);
      const { code, output } = await checkConfig(file);
      if (code !== 0) {
        await options.audit(request, 'profiles-write', target, 422, { check: code });
        throw fail(422, 'profiles.invalid', `city-forms check-config refused the profile:\n${output.split(file).join(`${id}.json`)}`);
      }
      // A built-in id or another file's id: refused as the server would refuse it at start.
      const others = options
        .cities()
        .list()
        .flatMap((c) => (c.profile && c.id !== id ? [c.profile] : []));
      try {
        new Cities([...others, body as unknown as NonNullable<CityEntry['profile']>]);
      } catch (e) {
        if (!(e instanceof ProfileConfigError)) throw e;
        await options.audit(request, 'profiles-write', target, 409, { reason: e.message });
        throw fail(409, 'profiles.clash', e.message);
      }
      // Written whole or not at all: a temporary name the folder's *.json does not match, then renamed.
      const temp = join(dir, `.${id}.json.${process.pid}.tmp`);
      writeFileSync(temp, text);
      renameSync(temp, join(dir, `${id}.json`));
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
    await options.reload(dir);
    await options.audit(request, 'profiles-write', target, 200, { by: ownerOf(user) });
    return { ok: true, id };
  });
}
