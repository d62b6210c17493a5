/**
 * Vitest globalSetup: build the demo portal when `examples/portal/dist` is missing
 * or older than anything it is built from (the portal's own sources and the
 * workspace packages it bundles: @city-forms/react, @city-forms/rules and the
 * embed's style-singleton).
 * @module
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PORTAL_DIR, PORTAL_DIST, ROOT } from './paths.js';

/** What the build reads (folders are walked, node_modules and dist skipped). */
const SOURCES = [
  join(PORTAL_DIR, 'src'),
  join(PORTAL_DIR, 'index.html'),
  join(PORTAL_DIR, 'public'),
  join(PORTAL_DIR, 'vite.config.ts'),
  join(PORTAL_DIR, 'package.json'),
  join(ROOT, 'packages/react/src'),
  join(ROOT, 'packages/react/package.json'),
  join(ROOT, 'packages/rules/src'),
  join(ROOT, 'packages/rules/package.json'),
  // The portal aliases react-style-singleton to the embed's CSP-safe stand-in.
  join(ROOT, 'packages/embed/src/style-singleton.ts'),
];

interface Newest {
  path: string;
  mtimeMs: number;
}

function walk(path: string, pick: (a: Newest, b: Newest) => Newest, acc: Newest | null): Newest | null {
  if (!existsSync(path)) return acc;
  const st = statSync(path);
  if (st.isDirectory()) {
    for (const name of readdirSync(path)) {
      if (name === 'node_modules' || name === 'dist') continue;
      acc = walk(join(path, name), pick, acc);
    }
    return acc;
  }
  const here = { path, mtimeMs: st.mtimeMs };
  return acc ? pick(acc, here) : here;
}

const newer = (a: Newest, b: Newest) => (b.mtimeMs > a.mtimeMs ? b : a);
const older = (a: Newest, b: Newest) => (b.mtimeMs < a.mtimeMs ? b : a);

/** Why the build is needed, or null when dist is up to date. */
export function staleReason(): string | null {
  if (!existsSync(join(PORTAL_DIST, 'index.html'))) return `${relative(ROOT, PORTAL_DIST)}index.html is missing`;
  const oldestOutput = walk(PORTAL_DIST, older, null)!;
  let newestSource: Newest | null = null;
  for (const s of SOURCES) newestSource = walk(s, newer, newestSource);
  if (newestSource && newestSource.mtimeMs > oldestOutput.mtimeMs) {
    return `${relative(ROOT, newestSource.path)} is newer than the build`;
  }
  return null;
}

export default function setup(): void {
  const reason = staleReason();
  if (!reason) return;
  console.log(`[acceptance] building the portal (${reason})…`);
  const started = Date.now();
  const r = spawnSync('pnpm', ['--filter', '@city-forms/example-portal', 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
    timeout: 300_000,
  });
  if (r.status !== 0 || !existsSync(join(PORTAL_DIST, 'index.html'))) {
    throw new Error(`The portal build failed (exit ${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  }
  console.log(`[acceptance] portal built in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}
