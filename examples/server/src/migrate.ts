/**
 * Run the PostgreSQL migrations (node-pg-migrate, `migrations/pg/`) on `DATABASE_URL`
 * and exit: `DATABASE_URL=postgres://… pnpm migrate:pg`. The server also runs them when
 * it starts; this is for a deployment that migrates before starting new servers.
 * @module
 */
import { migratePg } from './db-pg.js';

const url = process.env['DATABASE_URL'];
if (!url) {
  console.error('DATABASE_URL is not set (postgres://user:password@host:port/database)');
  process.exit(1);
}
try {
  const ran = await migratePg(url, (message) => console.log(message));
  console.log(ran.length ? `migrated: ${ran.join(', ')}` : 'the database is up to date');
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
