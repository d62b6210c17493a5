/**
 * The sign-in provider from the environment (`src/main.ts`):
 *
 * - `CITY_FORMS_AUTH=dev` (default): {@link devProvider} with `CITY_FORMS_USERS_FILE`
 *   (default `users.dev.json`)
 * - `CITY_FORMS_AUTH=oidc`: {@link oidcProvider} with `OIDC_ISSUER`, `OIDC_CLIENT_ID`,
 *   `OIDC_CLIENT_SECRET` (optional), `OIDC_REDIRECT_URI`, `OIDC_SCOPE` (default
 *   `openid profile`), `OIDC_CLAIM_ID` / `_NAME` / `_CITY` / `_ROLES` (default `sub`,
 *   `name`, `city`, `roles`), `OIDC_ALLOW_HTTP=1` (a local issuer over http only)
 * @module
 */
import { resolve } from 'node:path';
import { DEFAULT_USERS_FILE, devProvider } from './dev.js';
import { oidcProvider } from './oidc.js';
import type { AuthProvider } from './user.js';

/**
 * Build the provider the environment asks for; throws a message naming the missing variable.
 * @example
 * ```ts
 * authFromEnv({ CITY_FORMS_AUTH: 'oidc', OIDC_ISSUER: 'https://id.example.gov.cn', OIDC_CLIENT_ID: 'forms', OIDC_REDIRECT_URI: 'https://forms.example.gov.cn/auth/callback' });
 * ```
 */
export function authFromEnv(env: Record<string, string | undefined>): AuthProvider {
  const kind = env['CITY_FORMS_AUTH'] || 'dev';
  if (kind === 'dev') return devProvider({ usersFile: env['CITY_FORMS_USERS_FILE'] ? resolve(env['CITY_FORMS_USERS_FILE']) : DEFAULT_USERS_FILE });
  if (kind !== 'oidc') throw new Error(`CITY_FORMS_AUTH must be dev or oidc, got '${kind}'`);
  const need = (name: string): string => {
    const v = env[name];
    if (!v) throw new Error(`CITY_FORMS_AUTH=oidc needs ${name}`);
    return v;
  };
  return oidcProvider({
    issuer: need('OIDC_ISSUER'),
    clientId: need('OIDC_CLIENT_ID'),
    clientSecret: env['OIDC_CLIENT_SECRET'] || undefined,
    redirectUri: need('OIDC_REDIRECT_URI'),
    scope: env['OIDC_SCOPE'] || undefined,
    claims: {
      id: env['OIDC_CLAIM_ID'] || undefined,
      name: env['OIDC_CLAIM_NAME'] || undefined,
      city: env['OIDC_CLAIM_CITY'] || undefined,
      roles: env['OIDC_CLAIM_ROLES'] || undefined,
    },
    allowHttp: env['OIDC_ALLOW_HTTP'] === '1',
  });
}
