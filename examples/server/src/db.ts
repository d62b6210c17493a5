/**
 * SQLite storage (better-sqlite3): one file `<dataDir>/city-forms.sqlite` in WAL
 * mode, schema created on first open. Every call is synchronous, so a caller can
 * read, validate and insert inside one transaction without another request
 * interleaving (Node runs one handler at a time; `BEGIN IMMEDIATE` also guards
 * against a second process on the same file).
 * @module
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const DB_FILE = 'city-forms.sqlite';
const SCHEMA_VERSION = 2;

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
  /** Who stored it, for the storage quota: `ip:<address>` today (a user id once there is authentication). Never answered. */
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

export interface Store {
  readonly db: Database.Database;
  readonly file: string;
  insert(row: NewSubmission): void;
  byIdempotencyKey(key: string): SubmissionRow | undefined;
  byId(id: string): SubmissionRow | undefined;
  list(filter: { city?: string | undefined; form?: string | undefined; limit: number }): SubmissionRow[];
  absences(filter: { city?: string | undefined; from: string; to: string }): AbsenceRow[];
  count(): number;
  /** Bytes stored by one owner (the sum of `size_bytes`). */
  usage(owner: string): number;
  /** Run `fn` in a `BEGIN IMMEDIATE` transaction (rolled back if it throws). */
  transaction<T>(fn: () => T): T;
  close(): void;
}

/**
 * Open (or create) the database in `dataDir`.
 * @example
 * ```ts
 * const store = openStore('/tmp/data');
 * store.count(); // 0
 * ```
 */
export function openStore(dataDir: string): Store {
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
  const listStmt = db.prepare<{ city: string | null; form: string | null; limit: number }, SubmissionRow>(`
    SELECT * FROM submissions
    WHERE (@city IS NULL OR city = @city) AND (@form IS NULL OR form = @form)
    ORDER BY seq DESC LIMIT @limit`);
  const absencesStmt = db.prepare<{ city: string | null; from: string; to: string }, AbsenceRow>(`
    SELECT applicant_name, role, portfolio, start_date, end_date FROM submissions
    WHERE form = 'leave' AND (@city IS NULL OR city = @city)
      AND start_date IS NOT NULL AND end_date IS NOT NULL AND applicant_name IS NOT NULL AND role IS NOT NULL
      AND start_date <= @to AND end_date >= @from
    ORDER BY start_date, seq`);
  const countStmt = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM submissions');
  const usageStmt = db.prepare<[string], { n: number | null }>('SELECT SUM(size_bytes) AS n FROM submissions WHERE owner = ?');

  return {
    db,
    file,
    insert: (row) => {
      insertStmt.run(row);
    },
    byIdempotencyKey: (key) => byKeyStmt.get(key),
    byId: (id) => byIdStmt.get(id),
    list: ({ city, form, limit }) => listStmt.all({ city: city ?? null, form: form ?? null, limit }),
    absences: ({ city, from, to }) => absencesStmt.all({ city: city ?? null, from, to }),
    count: () => countStmt.get()?.n ?? 0,
    usage: (owner) => usageStmt.get(owner)?.n ?? 0,
    transaction: (fn) => db.transaction(fn).immediate(),
    close: () => {
      if (db.open) db.close();
    },
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
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
}
