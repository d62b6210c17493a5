/**
 * A real example server (Fastify + SQLite) serving the portal build on 127.0.0.1,
 * port 0, with a temp data dir and the fixtures' clock. It can be stopped and
 * started again on the same port and data (the "server down" tests).
 * @module
 */
import { buildServer } from '@city-forms/example-server/src/server.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PORTAL_DIST, PROFILES_DIR } from './paths.js';

/** 2026-11-23 10:00 in Shanghai: the fixtures' "today", for the server and the browser. */
export const NOW = new Date('2026-11-23T02:00:00Z');

/** One entry of `GET /api/submissions`. */
export interface StoredSubmission {
  id: string;
  form: 'leave' | 'agenda' | 'document';
  city: string;
  createdAt: string;
  data: Record<string, unknown>;
  derived: unknown;
}

/** The session cookie's name (examples/server/src/auth/session.ts). */
export const SESSION_COOKIE = 'city-forms-session';

/** The demo user the tests act as by default: a submitter (users.dev.json, password `<id>-demo`). */
export const DEFAULT_USER = 'zhangsan';

export interface RunningServer {
  /** e.g. `http://127.0.0.1:40123` */
  readonly base: string;
  /**
   * Sign in through `POST /auth/login` as a demo user of users.dev.json (password
   * `<id>-demo`): the session cookie's value (kept by the server's session key across
   * a restart). Default {@link DEFAULT_USER}.
   */
  login(user?: string): Promise<string>;
  /** `fetch` on this server as `user` (default {@link DEFAULT_USER}), signed in. */
  fetchAs(path: string, init?: RequestInit, user?: string): Promise<Response>;
  readonly port: number;
  readonly dataDir: string;
  /** `GET /api/submissions` as {@link DEFAULT_USER} (their own records: all cities unless given). */
  submissions(query?: { city?: string; form?: string }): Promise<StoredSubmission[]>;
  /** Stop listening (the data stays). */
  stop(): Promise<void>;
  /** Listen again on the same port with the same data. */
  restart(): Promise<void>;
  /** Whether it is listening. */
  readonly running: boolean;
  /** Stop and remove the data dir. */
  close(): Promise<void>;
}

export async function startServer(): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'city-forms-acceptance-'));
  // The city profiles `pnpm start` serves (the portal's custom city, demo).
  const make = () => buildServer({ dataDir, staticDir: PORTAL_DIST, profilesDir: PROFILES_DIR, clock: () => NOW, logger: false });
  let app: ReturnType<typeof buildServer> | null = make();
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (typeof address !== 'object' || !address) throw new Error('the server has no address');
  const port = address.port;
  const base = `http://127.0.0.1:${port}`;

  const sessions = new Map<string, string>();
  const login = async (user = DEFAULT_USER): Promise<string> => {
    const known = sessions.get(user);
    if (known) return known;
    const res = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: user, password: `${user}-demo` }),
    });
    if (!res.ok) throw new Error(`sign-in as ${user} answered ${res.status}: ${await res.text()}`);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    if (!cookie) throw new Error(`sign-in as ${user}: no session cookie`);
    const value = cookie.slice(SESSION_COOKIE.length + 1).split(';')[0]!;
    sessions.set(user, value);
    return value;
  };
  const fetchAs = async (path: string, init: RequestInit = {}, user = DEFAULT_USER): Promise<Response> => {
    const headers = new Headers(init.headers);
    headers.set('cookie', `${SESSION_COOKIE}=${await login(user)}`);
    return fetch(`${base}${path}`, { ...init, headers });
  };

  const stop = async () => {
    const a = app;
    app = null;
    await a?.close();
  };
  return {
    base,
    port,
    dataDir,
    login,
    fetchAs,
    async submissions(query = {}) {
      const q = new URLSearchParams({ limit: '1000', ...query });
      const res = await fetchAs(`/api/submissions?${q}`);
      if (!res.ok) throw new Error(`GET /api/submissions answered ${res.status}: ${await res.text()}`);
      return (await res.json()) as StoredSubmission[];
    },
    stop,
    get running() {
      return app !== null;
    },
    async restart() {
      if (app) throw new Error('the server is running');
      const next = make();
      await next.listen({ host: '127.0.0.1', port });
      app = next;
    },
    async close() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
