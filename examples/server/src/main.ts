/**
 * Start the demo portal's server: `PORT` (default 8080) on 127.0.0.1, data in
 * `DATA_DIR` (default ./data), the portal build from `STATIC_DIR` when given.
 * @module
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildServer } from './server.js';

const port = Number(process.env['PORT'] ?? 8080);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, got '${process.env['PORT']}'`);
  process.exit(1);
}
const host = '127.0.0.1';
const dataDir = resolve(process.env['DATA_DIR'] ?? 'data');
let staticDir = process.env['STATIC_DIR'] ? resolve(process.env['STATIC_DIR']) : undefined;
if (staticDir && !existsSync(staticDir)) {
  console.warn(`STATIC_DIR ${staticDir} does not exist (build the portal: pnpm --filter @city-forms/example-portal build); serving the API only.`);
  staticDir = undefined;
}

const app = buildServer({ dataDir, staticDir, logger: { level: process.env['LOG_LEVEL'] ?? 'warn' } });

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

try {
  await app.listen({ host, port });
  const address = app.server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`City forms demo portal: http://${host}:${actual}/`);
  console.log(`  data: ${dataDir}${staticDir ? `\n  static: ${staticDir}` : ''}`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
