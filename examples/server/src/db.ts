/**
 * Storage behind one asynchronous {@link Store} API. SQLite (better-sqlite3) is the
 * embedded default: one file `<dataDir>/city-forms.sqlite` in WAL mode, schema
 * created on first open; calls run one at a time on its one connection, so a
 * caller can read, validate and insert inside one transaction without another
 * request interleaving (`BEGIN IMMEDIATE` also guards against a second process on
 * the same file). PostgreSQL (`DATABASE_URL`) is in `db-pg.ts`.
 * @module
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openPgStore } from './db-pg.js';

export const DB_FILE = 'city-forms.sqlite';
const SCHEMA_VERSION = 4;

/** One stored submission row. */
export interface SubmissionRow {
  id: string;
  form: string;
  city: string;
  profile_version: string | null;
  created_at: string;
  /** The cleaned data (JSON), stored once. */
  data: string;
  /** The derived results (JSON), stored once. */
  derived: string | null;
  /** The rest of the validation result (JSON `{ ok, issues, profile, calendar }`): without `data` and `derived`, which are the columns above. */
  result: string;
  idempotency_key: string | null;
  request_hash: string | null;
  applicant_name: string | null;
  role: string | null;
  portfolio: string | null;
  start_date: string | null;
  end_date: string | null;
  /** Who stored it (`user:<id>`, the signed-in user): whose records a submitter sees, and whose storage quota it counts towards. Never answered. */
  owner: string | null;
  /** Bytes of data + derived + result: what counts towards the owner's quota. */
  size_bytes: number;
}

export type NewSubmission = Omit<SubmissionRow, never>;

/** An accepted leave request as the pairing rules see it. */
export interface AbsenceRow {
  applicant_name: string;
  role: string;
  portfolio: string | null;
  start_date: string;
  end_date: string;
}

/** One entry to append to the audit log (see {@link AuditRow}). */
export interface NewAuditEntry {
  /** ISO instant. */
  at: string;
  /** `user:<id>`, or `anonymous`, or `system` (the purge job). */
  actor: string;
  /** e.g. `read`, `write`, `login`, `login-failed`, `logout`, `denied`, `purge`, `profiles-write`. */
  action: string;
  /** What was read or written, e.g. `submission:<id>`, `submissions?city=fushun`, `absences?city=fushun`. */
  target: string;
  /** The HTTP status answered (or 0 outside a request). */
  status: number;
  /** Small JSON details (ids listed, rows purged, the reason refused), or null. */
  detail: string | null;
  /** The client's address as Fastify sees it (see `trustProxy`), or null outside a request. */
  ip: string | null;
}

/** One row of the audit log: append-only (SQLite triggers refuse UPDATE and DELETE on it). */
export interface AuditRow extends NewAuditEntry {
  seq: number;
}

/** What a transaction (and the store outside one) can do: every method returns a promise, whatever the database. */
export interface StoreOps {
  insert(row: NewSubmission): Promise<void>;
  byIdempotencyKey(key: string): Promise<SubmissionRow | undefined>;
  byId(id: string): Promise<SubmissionRow | undefined>;
  /** Newest first; `owner` keeps only that owner's rows (a submitter's own records). */
  list(filter: { city?: string | undefined; form?: string | undefined; owner?: string | undefined; limit: number }): Promise<SubmissionRow[]>;
  absences(filter: { city?: string | undefined; from: string; to: string }): Promise<AbsenceRow[]>;
  count(): Promise<number>;
  /** Bytes stored by one owner (the sum of `size_bytes`). */
  usage(owner: string): Promise<number>;
  /** Append one entry to the audit log (never updated or deleted). */
  audit(entry: NewAuditEntry): Promise<void>;
  /** Audit entries, newest first: at most `limit`, those with `seq < before` when given. */
  auditLog(filter: { limit: number; before?: number | undefined }): Promise<AuditRow[]>;
  /** Delete the submissions created before `before` (an ISO instant, compared as text): the retention purge. Returns how many. */
  purge(before: string): Promise<number>;
}

/** What `fn` of {@link Store.transaction} gets: the same calls, inside the transaction, and locks. */
export interface StoreTx extends StoreOps {
  /**
   * Take locks that no two transactions may hold at once, across every server process
   * on the same database, until this transaction ends (e.g. `pairing:<city>` before
   * reading the city's absences and inserting a leave): on PostgreSQL a
   * transaction-level advisory lock per name (taken in sorted order, so two
   * transactions never wait for each other); on SQLite nothing, since it runs one
   * transaction at a time anyway. Call it first, before any read it guards.
   */
  lock(...names: string[]): Promise<void>;
}

/**
 * The server's storage: SQLite (embedded, the default) or PostgreSQL (`DATABASE_URL`),
 * the same API for both.
 */
export interface Store extends StoreOps {
  readonly kind: 'sqlite' | 'postgres';
  /** Where the data is: the SQLite file, or the PostgreSQL URL without its password. */
  readonly location: string;
  /** Resolves once the schema is up to date (migrations run); every method waits for it too. */
  ready(): Promise<void>;
  /**
   * Run `fn` in one transaction (committed when it resolves, rolled back when it
   * rejects); `tx.lock(...)` keeps out other transactions wanting the same names.
   * PostgreSQL may run `fn` again after a serialization failure or a unique-key race, so
   * `fn` must only touch the database through `tx`.
   */
  transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * The store a server uses: PostgreSQL when `databaseUrl` is given (`postgres://` or
 * `postgresql://`, e.g. from `DATABASE_URL`), else SQLite in `dataDir`.
 * @example
 * ```ts
 * const store = createStore({ dataDir: './data', databaseUrl: process.env.DATABASE_URL });
 * await store.ready(); // PostgreSQL: runs the migrations first
 * ```
 */
export function createStore(options: { dataDir: string; databaseUrl?: string | undefined }): Store {
  const url = options.databaseUrl;
  if (url === undefined || url === '') return openStore(options.dataDir);
  if (!/^postgres(ql)?:\/\//i.test(url)) throw new Error('DATABASE_URL must be a postgres:// or postgresql:// URL');
  return openPgStore(url);
}

/** The SQLite store: also the better-sqlite3 connection and the file, for tools and tests. */
export interface SqliteStore extends Store {
  readonly kind: 'sqlite';
  readonly db: Database.Database;
  readonly file: string;
}

/**
 * Open (or create) the SQLite database in `dataDir`. Calls run one at a time (a
 * transaction's awaits cannot interleave with another request's statements on the
 * one connection); `BEGIN IMMEDIATE` also guards against a second process on the file.
 * @example
 * ```ts
 * const store = openStore('/tmp/data');
 * await store.count(); // 0
 * ```
 */
export function openStore(dataDir: string): SqliteStore {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, DB_FILE);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  migrate(db);

  const insertStmt = db.prepare(`
    INSERT INTO submissions (id, form, city, profile_version, created_at, data, derived, result, idempotency_key, request_hash,
                             applicant_name, role, portfolio, start_date, end_date, owner, size_bytes)
    VALUES (@id, @form, @city, @profile_version, @created_at, @data, @derived, @result, @idempotency_key, @request_hash,
            @applicant_name, @role, @portfolio, @start_date, @end_date, @owner, @size_bytes)`);
  const byIdStmt = db.prepare<[string], SubmissionRow>('SELECT * FROM submissions WHERE id = ?');
  const byKeyStmt = db.prepare<[string], SubmissionRow>('SELECT * FROM submissions WHERE idempotency_key = ?');
  const listStmt = db.prepare<{ city: string | null; form: string | null; owner: string | null; limit: number }, SubmissionRow>(`
    SELECT * FROM submissions
    WHERE (@city IS NULL OR city = @city) AND (@form IS NULL OR form = @form) AND (@owner IS NULL OR owner = @owner)
    ORDER BY seq DESC LIMIT @limit`);
  const absencesStmt = db.prepare<{ city: string | null; from: string; to: string }, AbsenceRow>(`
    SELECT applicant_name, role, portfolio, start_date, end_date FROM submissions
    WHERE form = 'leave' AND (@city IS NULL OR city = @city)
      AND start_date IS NOT NULL AND end_date IS NOT NULL AND applicant_name IS NOT NULL AND role IS NOT NULL
      AND start_date <= @to AND end_date >= @from
    ORDER BY start_date, seq`);
  const countStmt = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM submissions');
  const usageStmt = db.prepare<[string], { n: number | null }>('SELECT SUM(size_bytes) AS n FROM submissions WHERE owner = ?');
  const auditStmt = db.prepare<NewAuditEntry>(
    'INSERT INTO audit_log (at, actor, action, target, status, detail, ip) VALUES (@at, @actor, @action, @target, @status, @detail, @ip)',
  );
  const auditLogStmt = db.prepare<{ before: number | null; limit: number }, AuditRow>(
    'SELECT * FROM audit_log WHERE (@before IS NULL OR seq < @before) ORDER BY seq DESC LIMIT @limit',
  );
  const purgeStmt = db.prepare<[string]>('DELETE FROM submissions WHERE created_at < ?');

  // The statements themselves (synchronous), as promises: what `fn` gets inside a transaction.
  const ops: StoreTx = {
    lock: async () => undefined,
    insert: async (row) => {
      insertStmt.run(row);
    },
    byIdempotencyKey: async (key) => byKeyStmt.get(key),
    byId: async (id) => byIdStmt.get(id),
    list: async ({ city, form, owner, limit }) => listStmt.all({ city: city ?? null, form: form ?? null, owner: owner ?? null, limit }),
    absences: async ({ city, from, to }) => absencesStmt.all({ city: city ?? null, from, to }),
    count: async () => countStmt.get()?.n ?? 0,
    usage: async (owner) => usageStmt.get(owner)?.n ?? 0,
    audit: async (entry) => {
      auditStmt.run(entry);
    },
    auditLog: async ({ limit, before }) => auditLogStmt.all({ before: before ?? null, limit }),
    purge: async (before) => purgeStmt.run(before).changes,
  };

  // One call at a time on the one connection: a call outside a transaction waits for
  // the running transaction (so it never reads what may still be rolled back).
  let tail: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = tail.then(fn, fn);
    tail = run.catch(() => undefined);
    return run;
  };

  return {
    kind: 'sqlite',
    db,
    file,
    location: file,
    ready: async () => undefined,
    insert: (row) => exclusive(() => ops.insert(row)),
    byIdempotencyKey: (key) => exclusive(() => ops.byIdempotencyKey(key)),
    byId: (id) => exclusive(() => ops.byId(id)),
    list: (filter) => exclusive(() => ops.list(filter)),
    absences: (filter) => exclusive(() => ops.absences(filter)),
    count: () => exclusive(() => ops.count()),
    usage: (owner) => exclusive(() => ops.usage(owner)),
    audit: (entry) => exclusive(() => ops.audit(entry)),
    auditLog: (filter) => exclusive(() => ops.auditLog(filter)),
    purge: (before) => exclusive(() => ops.purge(before)),
    transaction: (fn) =>
      exclusive(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(ops);
          db.exec('COMMIT');
          return result;
        } catch (err) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw err;
        }
      }),
    close: () =>
      exclusive(async () => {
        if (db.open) db.close();
      }),
  };
}

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version >= SCHEMA_VERSION) return;
  db.transaction(() => {
    if (version < 1) {
      db.exec(`
        CREATE TABLE IF NOT EXISTS submissions (
          seq             INTEGER PRIMARY KEY AUTOINCREMENT,
          id              TEXT NOT NULL UNIQUE,
          form            TEXT NOT NULL CHECK (form IN ('leave', 'agenda', 'document')),
          city            TEXT NOT NULL,
          profile_version TEXT,
          created_at      TEXT NOT NULL,
          data            TEXT NOT NULL,
          derived         TEXT,
          result          TEXT NOT NULL,
          idempotency_key TEXT UNIQUE,
          request_hash    TEXT,
          applicant_name  TEXT,
          role            TEXT,
          portfolio       TEXT,
          start_date      TEXT,
          end_date        TEXT
        );
        CREATE INDEX IF NOT EXISTS submissions_city_form ON submissions (city, form, seq);
        CREATE INDEX IF NOT EXISTS submissions_leave_dates ON submissions (form, city, start_date, end_date);
      `);
    }
    if (version < 2) {
      // 2: the data once (result without its copies of data and derived), and who
      // stored how many bytes (the storage quota). Rows from version 1 have no owner.
      db.exec(`
        ALTER TABLE submissions ADD COLUMN owner TEXT;
        ALTER TABLE submissions ADD COLUMN size_bytes INTEGER NOT NULL DEFAULT 0;
        UPDATE submissions SET result = json_remove(result, '$.data', '$.derived');
        UPDATE submissions SET size_bytes = length(CAST(data AS BLOB)) + COALESCE(length(CAST(derived AS BLOB)), 0) + length(CAST(result AS BLOB));
        CREATE INDEX IF NOT EXISTS submissions_owner ON submissions (owner, size_bytes);
      `);
    }
    if (version < 3) {
      // 3: the audit log (append-only: the triggers refuse UPDATE and DELETE) and an
      // index for the retention purge.
      db.exec(`
        CREATE TABLE IF NOT EXISTS audit_log (
          seq    INTEGER PRIMARY KEY AUTOINCREMENT,
          at     TEXT NOT NULL,
          actor  TEXT NOT NULL,
          action TEXT NOT NULL,
          target TEXT NOT NULL,
          status INTEGER NOT NULL,
          detail TEXT,
          ip     TEXT
        );
        CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE INDEX IF NOT EXISTS submissions_created_at ON submissions (created_at);
      `);
    }
    if (version < 4) {
      // 4: the form column no longer lists the forms (a new form of the rules, e.g.
      // the return report leaveReturn, needs no migration; the route accepts only the
      // rules' FORM_IDS). SQLite cannot alter a CHECK: the table is copied over.
      const columns = (db.prepare('PRAGMA table_info(submissions)').all() as { name: string }[]).map((c) => c.name).join(', ');
      db.exec(`
        CREATE TABLE submissions_v4 (
          seq             INTEGER PRIMARY KEY AUTOINCREMENT,
          id              TEXT NOT NULL UNIQUE,
          form            TEXT NOT NULL CHECK (length(form) BETWEEN 1 AND 40),
          city            TEXT NOT NULL,
          profile_version TEXT,
          created_at      TEXT NOT NULL,
          data            TEXT NOT NULL,
          derived         TEXT,
          result          TEXT NOT NULL,
          idempotency_key TEXT UNIQUE,
          request_hash    TEXT,
          applicant_name  TEXT,
          role            TEXT,
          portfolio       TEXT,
          start_date      TEXT,
          end_date        TEXT,
          owner           TEXT,
          size_bytes      INTEGER NOT NULL DEFAULT 0
        );
        INSERT INTO submissions_v4 (${columns}) SELECT ${columns} FROM submissions;
        DROP TABLE submissions;
        ALTER TABLE submissions_v4 RENAME TO submissions;
        CREATE INDEX submissions_city_form ON submissions (city, form, seq);
        CREATE INDEX submissions_leave_dates ON submissions (form, city, start_date, end_date);
        CREATE INDEX submissions_owner ON submissions (owner, size_bytes);
        CREATE INDEX submissions_created_at ON submissions (created_at);
      `);
    }
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
}
