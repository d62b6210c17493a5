// Builds dist/ when it is missing or older than anything it is built from (the
// embed, the React kit, the rules core, the lockfile). Used by `pnpm size` and by
// the global setup of the tests that need the bundles, so `pnpm test` works on a
// fresh clone.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const embedDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const distDir = join(embedDir, 'dist');
export const BUNDLES = ['city-forms-embed.js', 'leave.js', 'agenda.js', 'document.js'];

/**
 * The chunks a built file loads with `import()`, as paths relative to dist/, in
 * the order the bundle lists them: the seed cities' profiles
 * (`chunks/fushun-DB_Gw1bX.js`) and the locales other than zh-CN
 * (`chunks/locale-en-….js`). A bundle has no static import (see test/bundle.test.ts).
 */
export function chunkImports(code) {
  return [...code.matchAll(/\bimport\(\s*["'`]\.\/([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
}

/** What a chunk of {@link chunkImports} holds, from its name: `{ kind: 'city' | 'locale', id }`. */
export function chunkKind(path) {
  const m = /^chunks\/(locale-)?([a-z]+)-[\w-]+\.js$/.exec(path);
  if (!m) throw new Error(`not a chunk of the embed: ${path}`);
  return { kind: m[1] ? 'locale' : 'city', id: m[2] };
}

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = 0;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    m = Math.max(m, newest(join(path, name)));
  }
  return m;
}

/** Why dist/ needs a build, or null when it is up to date. */
export function staleReason() {
  const files = [...BUNDLES, 'lib/index.js'].map((b) => join(distDir, b));
  const missing = files.find((f) => !existsSync(f));
  if (missing) return `${missing} is missing`;
  for (const f of files) {
    const chunk = chunkImports(readFileSync(f, 'utf8')).find((c) => !existsSync(join(distDir, c)));
    if (chunk) return `${join(distDir, chunk)} (loaded by ${f}) is missing`;
  }
  const built = Math.min(...files.map((f) => statSync(f).mtimeMs));
  const inputs = [
    join(embedDir, 'src'),
    join(embedDir, 'scripts', 'build.mjs'),
    join(embedDir, 'package.json'),
    join(embedDir, '..', 'react', 'src'),
    join(embedDir, '..', 'react', 'package.json'),
    join(embedDir, '..', 'rules', 'src'),
    join(embedDir, '..', 'rules', 'package.json'),
    join(embedDir, '..', '..', 'pnpm-lock.yaml'),
  ];
  const changed = inputs.find((p) => newest(p) > built);
  return changed ? `${changed} changed since the last build` : null;
}

/** Build dist/ if needed (in a child process); returns whether it built. */
export function ensureBuilt({ force = false, log = console.log } = {}) {
  const reason = force ? 'forced' : staleReason();
  if (!reason) return false;
  log(`@city-forms/embed: building dist/ (${reason})…`);
  const r = spawnSync(process.execPath, [join(embedDir, 'scripts', 'build.mjs')], {
    cwd: embedDir,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (r.status !== 0) throw new Error(`@city-forms/embed: build failed (exit ${r.status})`);
  return true;
}
