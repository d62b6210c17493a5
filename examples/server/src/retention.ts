/**
 * Retention: submissions older than `CITY_FORMS_RETENTION_DAYS` days are deleted,
 * when the server starts, then on an interval (hourly by default), or by hand with
 * `pnpm --filter @city-forms/example-server purge` (this file run as a script).
 * Each purge that deletes something is written to the audit log (actor `system`).
 * @module
 */
import { fileURLToPath } from 'node:url';
import { createStore, type Store } from './db.js';

/** How often the server purges by default (one hour). */
export const DEFAULT_PURGE_INTERVAL_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Delete the submissions created more than `days` days before `now`; returns how many.
 * @example
 * ```ts
 * await purgeExpired(store, { days: 365, now: new Date() }); // 3
 * ```
 */
export async function purgeExpired(store: Store, options: { days: number; now: Date; ip?: string | null }): Promise<number> {
  if (!Number.isFinite(options.days) || options.days <= 0) throw new Error('retention days must be a positive number');
  const before = new Date(options.now.getTime() - options.days * DAY_MS).toISOString();
  const deleted = await store.purge(before);
  if (deleted > 0) {
    await store.audit({
      at: options.now.toISOString(),
      actor: 'system',
      action: 'purge',
      target: 'submissions',
      status: 0,
      detail: JSON.stringify({ deleted, createdBefore: before, retentionDays: options.days }),
      ip: options.ip ?? null,
    });
  }
  return deleted;
}

/**
 * Purge now and then every `intervalMs`; returns the function that stops it. A
 * failed purge is reported to `onError` and tried again at the next interval.
 * @example
 * ```ts
 * const stop = startPurgeJob(store, { days: 365, clock: () => new Date(), onError: console.error });
 * stop();
 * ```
 */
export function startPurgeJob(
  store: Store,
  options: { days: number; clock: () => Date; intervalMs?: number | undefined; onError: (err: unknown) => void; onPurged?: (n: number) => void },
): () => void {
  let running: Promise<void> | null = null;
  const run = () => {
    running ??= purgeExpired(store, { days: options.days, now: options.clock() })
      .then((n) => options.onPurged?.(n), options.onError)
      .finally(() => {
        running = null;
      });
  };
  run();
  const timer = setInterval(run, options.intervalMs ?? DEFAULT_PURGE_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}

// `tsx src/retention.ts`: purge once with the server's settings (DATA_DIR or DATABASE_URL, CITY_FORMS_RETENTION_DAYS).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const days = Number(process.env['CITY_FORMS_RETENTION_DAYS']);
  if (!process.env['CITY_FORMS_RETENTION_DAYS'] || !Number.isFinite(days) || days <= 0) {
    console.error('CITY_FORMS_RETENTION_DAYS must be set to a positive number of days');
    process.exit(2);
  }
  const store = createStore({ dataDir: process.env['DATA_DIR'] ?? 'data', databaseUrl: process.env['DATABASE_URL'] || undefined });
  try {
    await store.ready();
    const n = await purgeExpired(store, { days, now: new Date() });
    console.log(`purged ${n} submission${n === 1 ? '' : 's'} older than ${days} days (${store.location})`);
  } finally {
    await store.close();
  }
}
