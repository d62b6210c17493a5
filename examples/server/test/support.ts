/**
 * What the server's HTTP tests share: a server on 127.0.0.1 (port 0) with a temp
 * data dir and the fixtures' clock, a read-only look at its SQLite file, and one
 * request helper that returns status, headers and the parsed JSON answer.
 * @module
 */
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer, type ServerOptions } from '../src/server.js';

/** 2026-11-23 10:00 in Shanghai: the fixtures' "today". */
export const NOV_23 = () => new Date('2026-11-23T02:00:00Z');

/** The profiles folder `pnpm start` serves: the portal's custom city, demo. */
export const PROFILES = fileURLToPath(new URL('../profiles', import.meta.url));

export interface Running {
  app: FastifyInstance;
  base: string;
  dataDir: string;
  /** The session cookie of the user signed in at start (`as`), sent by {@link request} unless it is given another `cookie` header. */
  cookie: string | null;
  /** Reads the SQLite file through a separate, read-only connection. */
  db<T>(fn: (db: Database.Database) => T): T;
  /** Rows of `submissions` matching `where` (all by default). */
  rows(where?: string): number;
  close(): Promise<void>;
}

/** The session cookie each running server's requests carry by default (see {@link request}). */
const defaultCookies = new Map<string, string>();

/**
 * Sign in through `POST /auth/login` as one of the demo users of `users.dev.json`
 * (password `<id>-demo`); returns the `cookie` header to send.
 */
export async function login(base: string, username: string, password = `${username}-demo`): Promise<string> {
  const res = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login as ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('city-forms-session='));
  if (!cookie) throw new Error(`login as ${username}: no session cookie`);
  return cookie.split(';')[0]!;
}

/**
 * Starts a server on a free port with a fresh data dir (removed by `close()`) and the
 * fixtures' clock, and signs in as `as` (default `zhangsan`, a submitter; `null`: nobody).
 */
export async function startServer(options: Partial<ServerOptions> & { as?: string | null } = {}): Promise<Running> {
  const { as = 'zhangsan', ...serverOptions } = options;
  const dataDir = mkdtempSync(join(tmpdir(), 'city-forms-server-'));
  const app = buildServer({ dataDir, clock: NOV_23, ...serverOptions });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (typeof address !== 'object' || !address) throw new Error('no address');
  const base = `http://127.0.0.1:${address.port}`;
  const cookie = as === null ? null : await login(base, as);
  if (cookie) defaultCookies.set(base, cookie);
  const db = <T>(fn: (db: Database.Database) => T): T => {
    const conn = new Database(join(dataDir, 'city-forms.sqlite'), { readonly: true, fileMustExist: true });
    try {
      return fn(conn);
    } finally {
      conn.close();
    }
  };
  return {
    app,
    base,
    dataDir,
    cookie,
    db,
    rows: (where = '1 = 1') => db((conn) => (conn.prepare(`SELECT COUNT(*) AS n FROM submissions WHERE ${where}`).get() as { n: number }).n),
    async close() {
      defaultCookies.delete(base);
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Reply {
  status: number;
  headers: Headers;
  /** The JSON answer (or the text when it is not JSON), read field by field in assertions. */
  body: any;
}

/**
 * One request; a body that is not a string is sent as JSON (content-type application/json
 * unless given). It carries the server's default session cookie unless `headers.cookie` is
 * given (`''`: none, an anonymous request).
 */
export async function request(base: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  const { cookie = defaultCookies.get(base) ?? '', ...rest } = headers;
  const init: RequestInit = { method, headers: { ...rest, ...(cookie ? { cookie } : {}) } };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
  }
  const res = await fetch(base + path, init);
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON (static files)
  }
  return { status: res.status, headers: res.headers, body: parsed };
}
