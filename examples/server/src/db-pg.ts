/**
 * PostgreSQL storage (`pg`), selected by `DATABASE_URL`: the same {@link Store} API
 * as SQLite, for several server processes on one database. The schema comes from
 * the SQL migrations in `migrations/pg/`, run by node-pg-migrate when the store
 * first gets ready (under node-pg-migrate's advisory lock, so two processes starting
 * together migrate once) or beforehand with `pnpm migrate:pg`.
 *
 * Race-free across processes: a submission's transaction first takes
 * transaction-level advisory locks (`pg_advisory_xact_lock`) on the names the server
 * gives (`pairing:<city>` for a leave, the Idempotency-Key, the quota owner), so the
 * pairing check's read of the city's absences and its insert never interleave with
 * another process's; the idempotency key is also a unique column, and a transaction
 * that loses a race on it (23505), a serialization failure (40001) or a deadlock
 * (40P01) is rolled back and run again.
 * @module
 */
import { runner } from 'node-pg-migrate';
import pg from 'pg';
import { fileURLToPath } from 'node:url';
import type { AbsenceRow, AuditRow, NewSubmission, Store, StoreTx, SubmissionRow } from './db.js';

/** The folder of the PostgreSQL migrations (node-pg-migrate SQL files). */
export const PG_MIGRATIONS_DIR = fileURLToPath(new URL('../migrations/pg', import.meta.url));
/** node-pg-migrate's table of the migrations run. */
export const PG_MIGRATIONS_TABLE = 'pgmigrations';
/** How many times a transaction runs at most when it keeps losing races (40001, 40P01, 23505). */
export const PG_MAX_ATTEMPTS = 10;
/** SQLSTATEs after which a transaction is run again: serialization failure, deadlock, unique violation. */
const RETRYABLE = new Set(['40001', '40P01', '23505']);

/** Options of {@link openPgStore}. */
export interface PgStoreOptions {
  /** Connections in this process's pool (default 10). */
  poolSize?: number | undefined;
  /** Run the migrations when the store gets ready (default true). */
  migrate?: boolean | undefined;
}

/**
 * Run the PostgreSQL migrations up to the newest (none when up to date). Safe to
 * call from several processes at once: node-pg-migrate waits for its advisory lock.
 * @example
 * ```ts
 * const ran = await migratePg('postgres://forms:secret@db.internal/forms');
 * console.log(ran); // ['1764288000000_submissions'] the first time, [] after
 * ```
 */
export async function migratePg(databaseUrl: string, log: (message: string) => void = () => undefined): Promise<string[]> {
  const ran = await runner({
    databaseUrl,
    dir: PG_MIGRATIONS_DIR,
    direction: 'up',
    migrationsTable: PG_MIGRATIONS_TABLE,
    checkOrder: true,
    singleTransaction: true,
    advisoryLockMode: 'wait',
    log,
  });
  return ran.map((m) => m.name);
}

/**
 * Open a PostgreSQL store on `databaseUrl` (`postgres://user:password@host:port/db`).
 * Nothing connects until the first call (or `ready()`), which runs the migrations.
 * @example
 * ```ts
 * const store = openPgStore(process.env.DATABASE_URL!);
 * await store.ready();
 * await store.count(); // 0 on a fresh database
 * await store.close();
 * ```
 */
export function openPgStore(databaseUrl: string, options: PgStoreOptions = {}): Store {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.poolSize ?? 10 });
  // An idle connection that dies (a restarted database) must not crash the process;
  // the pool replaces it and the next query reports what is wrong.
  pool.on('error', () => undefined);
  let readiness: Promise<void> | undefined;
  const ready = (): Promise<void> => {
    readiness ??= (options.migrate === false ? pool.query('SELECT 1') : migratePg(databaseUrl)).then(
      () => undefined,
      (err: unknown) => {
        throw new Error(`PostgreSQL at ${redact(databaseUrl)}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
      },
    );
    // A failed start (database not up yet) may be tried again.
    readiness.catch(() => (readiness = undefined));
    return readiness;
  };
  // Outside a transaction each call waits for the migrations, then takes any pooled connection.
  const outside = ops(async () => {
    await ready();
    return pool;
  });

  return {
    kind: 'postgres',
    location: redact(databaseUrl),
    ready,
    ...outside,
    transaction: async (fn) => {
      await ready();
      for (let attempt = 1; ; attempt++) {
        const client = await pool.connect();
        let broken: Error | undefined;
        try {
          await client.query('BEGIN');
          const result = await fn(ops(async () => client));
          await client.query('COMMIT');
          return result;
        } catch (err) {
          await client.query('ROLLBACK').catch((e: unknown) => (broken = e instanceof Error ? e : new Error(String(e))));
          if (attempt >= PG_MAX_ATTEMPTS || !RETRYABLE.has(sqlState(err))) throw err;
        } finally {
          client.release(broken);
        }
        // Lost a race: wait a little (more each time, with jitter) and run `fn` again.
        await new Promise((r) => setTimeout(r, Math.random() * 5 * 2 ** Math.min(attempt, 6)));
      }
    },
    close: () => pool.end(),
  };
}

/** The queries, on the pool (outside a transaction) or on one client (inside one). */
function ops(connection: () => Promise<pg.Pool | pg.PoolClient>): StoreTx {
  const query = async <R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<pg.QueryResult<R>> =>
    (await connection()).query<R>(text, values);
  const rows = async <R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> => (await query<R>(text, values)).rows;
  return {
    lock: async (...names) => {
      // Sorted and once each, so two transactions never hold one lock each and wait for the
      // other's; one statement (unnest keeps the array's order), one round trip.
      const sorted = [...new Set(names)].sort();
      if (sorted.length) await query('SELECT pg_advisory_xact_lock(hashtextextended(name, 0)) FROM unnest($1::text[]) AS name', [sorted]);
    },
    insert: async (row: NewSubmission) => {
      await query(
        `INSERT INTO submissions (id, form, city, profile_version, created_at, data, derived, result, idempotency_key, request_hash,
                                  applicant_name, role, portfolio, start_date, end_date, owner, size_bytes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
        [
          row.id,
          row.form,
          row.city,
          row.profile_version,
          row.created_at,
          row.data,
          row.derived,
          row.result,
          row.idempotency_key,
          row.request_hash,
          row.applicant_name,
          row.role,
          row.portfolio,
          row.start_date,
          row.end_date,
          row.owner,
          row.size_bytes,
        ],
      );
    },
    byIdempotencyKey: async (key) => (await rows<SubmissionRow>(`SELECT ${COLUMNS} FROM submissions WHERE idempotency_key = $1`, [key]))[0],
    byId: async (id) => (await rows<SubmissionRow>(`SELECT ${COLUMNS} FROM submissions WHERE id = $1`, [id]))[0],
    list: ({ city, form, owner, limit }) =>
      rows<SubmissionRow>(
        `SELECT ${COLUMNS} FROM submissions
         WHERE ($1::text IS NULL OR city = $1) AND ($2::text IS NULL OR form = $2) AND ($3::text IS NULL OR owner = $3)
         ORDER BY seq DESC LIMIT $4`,
        [city ?? null, form ?? null, owner ?? null, limit],
      ),
    absences: ({ city, from, to }) =>
      rows<AbsenceRow>(
        `SELECT applicant_name, role, portfolio, start_date, end_date FROM submissions
         WHERE form = 'leave' AND ($1::text IS NULL OR city = $1)
           AND start_date IS NOT NULL AND end_date IS NOT NULL AND applicant_name IS NOT NULL AND role IS NOT NULL
           AND start_date <= $3 AND end_date >= $2
         ORDER BY start_date, seq`,
        [city ?? null, from, to],
      ),
    count: async () => Number((await rows<{ n: string }>('SELECT COUNT(*) AS n FROM submissions'))[0]?.n ?? 0),
    usage: async (owner) => Number((await rows<{ n: string | null }>('SELECT SUM(size_bytes) AS n FROM submissions WHERE owner = $1', [owner]))[0]?.n ?? 0),
    audit: async (entry) => {
      await query('INSERT INTO audit_log (at, actor, action, target, status, detail, ip) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
        entry.at,
        entry.actor,
        entry.action,
        entry.target,
        entry.status,
        entry.detail,
        entry.ip,
      ]);
    },
    auditLog: async ({ limit, before }) =>
      (
        await rows<Omit<AuditRow, 'seq'> & { seq: string }>(
          `SELECT seq, at, actor, action, target, status, detail, ip FROM audit_log
           WHERE ($1::bigint IS NULL OR seq < $1) ORDER BY seq DESC LIMIT $2`,
          [before ?? null, limit],
        )
      ).map((r) => ({ ...r, seq: Number(r.seq) })),
    purge: async (before) => (await query('DELETE FROM submissions WHERE created_at < $1', [before])).rowCount ?? 0,
  };
}

/** The columns of {@link SubmissionRow} (not `seq`, which SQLite's `SELECT *` also returns but no caller reads). */
const COLUMNS = `id, form, city, profile_version, created_at, data, derived, result, idempotency_key, request_hash,
  applicant_name, role, portfolio, start_date, end_date, owner, size_bytes`;

function sqlState(err: unknown): string {
  return typeof err === 'object' && err !== null && typeof (err as { code?: unknown }).code === 'string' ? (err as { code: string }).code : '';
}

/** The URL without its password, for logs. */
function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres (unparsable DATABASE_URL)';
  }
}
