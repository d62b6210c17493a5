/**
 * The development sign-in: users in a JSON file (`users.dev.json`, passwords hashed
 * with scrypt), a login page served by the server, the session cookie. What `pnpm
 * start` uses (`CITY_FORMS_AUTH=dev`, the default); a real deployment uses
 * {@link oidcProvider}.
 *
 * The page (`GET /login`) is Chinese first with English beside it, has no inline
 * script or style (`/auth/login.js`, `/auth/login.css`: the CSP's `script-src 'self'`
 * holds) and signs in with a JSON `POST /auth/login { username, password }`.
 * @module
 */
import type { FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DUMMY_HASH, verifyPassword } from './password.js';
import { safeNext, toUser, type AuthProvider, type User } from './user.js';

/** The users file `pnpm start` uses (`examples/server/users.dev.json`). */
export const DEFAULT_USERS_FILE = fileURLToPath(new URL('../../users.dev.json', import.meta.url));

interface DevUser extends User {
  password: string;
}

/**
 * Read a users file: `{ "users": [{ id, name, roles, city?, password }] }`, password
 * a `hashPassword` string. Throws naming the file and the entry when one is malformed.
 * @example
 * ```ts
 * readUsers(DEFAULT_USERS_FILE).map((u) => u.id); // ['zhangsan', 'lisi', 'fushun-office', 'demo-office', 'admin']
 * ```
 */
export function readUsers(file: string): DevUser[] {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { users?: unknown };
  if (!Array.isArray(raw.users)) throw new Error(`${file}: expected { "users": [...] }`);
  const seen = new Set<string>();
  return raw.users.map((u: unknown, i) => {
    const r = (typeof u === 'object' && u !== null ? u : {}) as Record<string, unknown>;
    const { id, name, roles, city, password } = r;
    if (typeof id !== 'string' || !/^[\w.@-]{1,64}$/.test(id) || seen.has(id))
      throw new Error(`${file}: users[${i}].id must be a unique name of letters, digits, . @ _ -`);
    if (typeof password !== 'string' || !password.startsWith('scrypt$')) throw new Error(`${file}: users[${i}].password must be a scrypt hash (hash-password)`);
    if (!Array.isArray(roles)) throw new Error(`${file}: users[${i}].roles must be a list`);
    seen.add(id);
    const user = toUser(id, typeof name === 'string' ? name : id, roles as unknown[], city);
    if (user.roles.includes('office') && user.city === undefined) throw new Error(`${file}: users[${i}] has the office role but no city`);
    return { ...user, password };
  });
}

/** Options of {@link devProvider}. */
export interface DevProviderOptions {
  /** The users file; default {@link DEFAULT_USERS_FILE}. */
  usersFile?: string | undefined;
}

/**
 * The development provider.
 * @example
 * ```ts
 * buildServer({ dataDir: 'data', auth: devProvider({ usersFile: 'users.dev.json' }) });
 * ```
 */
export function devProvider(options: DevProviderOptions = {}): AuthProvider {
  const users = new Map(readUsers(options.usersFile ?? DEFAULT_USERS_FILE).map((u) => [u.id, u]));
  return {
    kind: 'dev',
    async register(app: FastifyInstance, ctx) {
      app.get<{ Querystring: Record<string, unknown> }>('/login', async (request, reply) => {
        const next = safeNext(request.query['next']);
        return reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(loginPage(next));
      });
      app.get('/auth/login.js', async (_request, reply) => reply.header('cache-control', 'no-cache').type('text/javascript; charset=utf-8').send(LOGIN_JS));
      app.get('/auth/login.css', async (_request, reply) => reply.header('cache-control', 'no-cache').type('text/css; charset=utf-8').send(LOGIN_CSS));

      // Stricter than the global limit: ten tries a minute per address (when the rate limit is on).
      app.post<{ Body: unknown }>('/auth/login', { config: { rateLimit: { max: 10, timeWindow: 60_000 } } }, async (request, reply) => {
        const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, unknown>;
        const username = typeof body['username'] === 'string' ? body['username'].trim() : '';
        const password = typeof body['password'] === 'string' ? body['password'] : '';
        const user = users.get(username);
        // The same work for an unknown name as for a wrong password.
        const ok = (await verifyPassword(password, user?.password ?? DUMMY_HASH)) && user !== undefined;
        if (!ok || !user) {
          await ctx.audit(request, 'login-failed', `user:${username.slice(0, 64)}`, 401, { provider: 'dev' });
          return reply.code(401).send({ ok: false, code: 'auth.invalid-credentials', message: '用户名或密码不正确 (wrong user name or password)' });
        }
        const { password: _hash, ...signedIn } = user;
        void _hash;
        await ctx.signIn(request, reply, signedIn);
        return reply.send({ ok: true, next: safeNext(body['next']) });
      });
    },
  };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function loginPage(next: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>登录 · 城市表单门户</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/auth/login.css">
<script src="/auth/login.js" defer></script>
</head>
<body>
<main class="login" id="main">
<h1>登录 <span lang="en">Sign in</span></h1>
<p class="login-note">开发登录：演示账号见 README（例如 zhangsan / zhangsan-demo）。<span lang="en">Development sign-in: the demo users are listed in the README.</span></p>
<form class="login-form" method="post" action="/auth/login" novalidate>
<div id="login-error" class="login-error" role="alert" tabindex="-1" hidden></div>
<p class="login-field"><label for="username">用户名 <span lang="en">User name</span></label>
<input id="username" name="username" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required></p>
<p class="login-field"><label for="password">密码 <span lang="en">Password</span></label>
<input id="password" name="password" type="password" autocomplete="current-password" required></p>
<input type="hidden" name="next" value="${escapeHtml(next)}">
<button type="submit" class="login-button">登录 <span lang="en">Sign in</span></button>
</form>
<noscript><p class="login-error">登录需要启用 JavaScript。<span lang="en">Signing in needs JavaScript.</span></p></noscript>
</main>
</body>
</html>
`;
}

// The page's script: posts the form as JSON (this server accepts JSON bodies only) and follows `next`.
const LOGIN_JS = `'use strict';
document.addEventListener('DOMContentLoaded', function () {
  var form = document.querySelector('.login-form');
  var error = document.getElementById('login-error');
  if (!form || !error) return;
  function show(text) {
    error.textContent = text;
    error.hidden = false;
    error.focus();
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var body = { username: form.elements.username.value, password: form.elements.password.value, next: form.elements.next.value };
    if (!body.username || !body.password) return show('请输入用户名和密码。Enter your user name and password.');
    fetch('/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), credentials: 'same-origin' })
      .then(function (res) {
        return res.json().then(function (answer) {
          if (res.ok && answer.ok) return location.assign(answer.next || '/');
          show(res.status === 401 ? '用户名或密码不正确。Wrong user name or password.' : (answer.message || '登录失败（HTTP ' + res.status + '）。Sign-in failed.'));
        });
      })
      .catch(function () {
        show('无法连接服务器，请稍后重试。The server could not be reached.');
      });
  });
});
`;

const LOGIN_CSS = `body { margin: 0; font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; background: #f4f5f7; color: #1f2328; }
.login { max-width: 26rem; margin: 4rem auto; padding: 2rem; background: #fff; border: 1px solid #d0d7de; border-radius: 8px; }
h1 { margin-top: 0; font-size: 1.5rem; }
h1 span, label span, .login-button span { font-weight: normal; font-size: 0.85em; color: #57606a; }
.login-button span { color: inherit; }
.login-note { font-size: 0.9rem; color: #57606a; }
.login-field { display: flex; flex-direction: column; gap: 0.25rem; }
.login-field input { font: inherit; padding: 0.5rem; border: 1px solid #8c959f; border-radius: 4px; }
.login-field input:focus, .login-button:focus { outline: 3px solid #0969da; outline-offset: 1px; }
.login-button { font: inherit; padding: 0.6rem 1.2rem; border: 0; border-radius: 4px; background: #a40000; color: #fff; cursor: pointer; }
.login-error { padding: 0.5rem 0.75rem; border-left: 4px solid #a40000; background: #fff0f0; color: #82071e; }
`;
