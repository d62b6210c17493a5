#!/usr/bin/env node
// Runs every test suite of the workspace, one after another, and prints the total
// as its last line: `N passed, N failed` (what CI reads).
//
// Suites: every workspace folder with a vitest config (unit, component, browser,
// Storybook and server tests), plus a typecheck of every package and its size
// budget where it has one (one test each), a `node --check` of every tracked script
// and a load of the bench's modules (`bench/run.mjs --check`), one test each.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'city-forms-tests-'));
const only = process.argv.slice(2);

function workspaceDirs() {
  const dirs = [];
  for (const group of ['packages', 'examples']) {
    const base = join(root, group);
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base).sort()) {
      if (existsSync(join(base, name, 'package.json'))) dirs.push(join(base, name));
    }
  }
  // test/consumers is a workspace package of its own (consumer tests from the packed tarballs).
  for (const extra of ['stories', 'test', 'test/consumers', 'bench']) if (existsSync(join(root, extra, 'package.json'))) dirs.push(join(root, extra));
  return dirs;
}

const configs = ['vitest.config.ts', 'vitest.config.mts', 'vitest.browser.config.ts', 'vitest.storybook.config.ts', 'vitest.pg.config.ts'];
// Browser suites use Debian's Chromium (no browser download). On a fresh machine
// install it when we can (root with apt-get), else say what is missing.
if (!existsSync('/usr/bin/chromium')) {
  const canApt = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0;
  if (canApt) {
    console.log('Installing Debian chromium for the browser tests…');
    spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], { stdio: 'inherit' });
  }
  if (!existsSync('/usr/bin/chromium')) console.error('Browser tests need /usr/bin/chromium: apt-get install -y chromium');
}

let passed = 0;
let failed = 0;
const lines = [];

// Lint first, as two tests: ESLint over the whole workspace (type-aware for TypeScript, plain
// rules for the .mjs/.js scripts, so a script that does not even parse fails here) and the
// Prettier check. `node scripts/test-all.mjs lint` runs only these.
if (!only.length || only.some((o) => 'lint'.includes(o))) {
  for (const [label, script] of [
    ['eslint', 'lint:eslint'],
    ['prettier --check', 'format:check'],
  ]) {
    const started = Date.now();
    const r = spawnSync('pnpm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
    if (r.status === 0) passed++;
    else failed++;
    lines.push(`lint: ${label} ${r.status === 0 ? 'passed' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
}

// Scripts are not typechecked: `node --check` every tracked .mjs, .cjs and .js file
// (one test), so a script that does not parse fails here, not when someone runs it.
// Dependencies, builds and generated bundles are not ours to check.
const selected = (label) => !only.length || only.some((o) => label.includes(o));
if (selected('scripts: node --check')) {
  const listed = spawnSync('git', ['ls-files', '-z', '--', '*.mjs', '*.cjs', '*.js'], { cwd: root, encoding: 'utf8' });
  const generated = /(^|\/)(node_modules|dist|storybook-static|coverage|release)\/|\.min\.js$|\.bundle\.js$/;
  const scripts = listed.status === 0 ? listed.stdout.split('\0').filter((f) => f && !generated.test(f)) : [];
  const broken = [];
  for (const file of scripts) {
    const r = spawnSync(process.execPath, ['--check', file], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) {
      broken.push(file);
      console.error(`node --check ${file}:\n${(r.stderr || r.stdout).trim()}\n`);
    }
  }
  const ok = listed.status === 0 && scripts.length > 0 && broken.length === 0;
  if (ok) passed++;
  else failed++;
  lines.push(
    `scripts: node --check of ${scripts.length} files ${ok ? 'passed' : `FAILED${broken.length ? `: ${broken.join(', ')}` : listed.status !== 0 ? ' (git ls-files failed)' : ' (no files found)'}`}`,
  );
}
// The bench is not a test, but it must start: load run.mjs and everything it imports.
if (selected('bench: run.mjs --check') && existsSync(join(root, 'bench', 'run.mjs'))) {
  const r = spawnSync(process.execPath, ['run.mjs', '--check'], { cwd: join(root, 'bench'), stdio: 'inherit' });
  if (r.status === 0) passed++;
  else failed++;
  lines.push(`bench: run.mjs --check (modules load) ${r.status === 0 ? 'passed' : 'FAILED'}`);
}

// The React forms' size budgets (size-limit, .size-limit.js at the root: see there
// why they are not in packages/react). The embed's run with the embed's suites.
if (selected('size budgets: @city-forms/react (size-limit)')) {
  const r = spawnSync('pnpm', ['run', '--silent', 'size'], { cwd: root, stdio: 'inherit' });
  if (r.status === 0) passed++;
  else failed++;
  lines.push(`size budgets: @city-forms/react (size-limit) ${r.status === 0 ? 'passed' : 'FAILED'}`);
}

for (const dir of workspaceDirs()) {
  const name = relative(root, dir);
  if (only.length && !only.some((o) => name.includes(o))) continue;
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (pkg.scripts?.typecheck) {
    const r = spawnSync('pnpm', ['run', '--silent', 'typecheck'], { cwd: dir, stdio: 'inherit' });
    if (r.status === 0) passed++;
    else failed++;
    lines.push(`${name}: typecheck ${r.status === 0 ? 'passed' : 'FAILED'}`);
  }
  if (pkg.scripts?.size) {
    // Size budgets: a build measured against a figure, not a timed test.
    const r = spawnSync('pnpm', ['run', '--silent', 'size'], { cwd: dir, stdio: 'inherit' });
    if (r.status === 0) passed++;
    else failed++;
    lines.push(`${name}: size budget ${r.status === 0 ? 'passed' : 'FAILED'}`);
  }
  for (const config of configs) {
    if (!existsSync(join(dir, config))) continue;
    const report = join(out, `${name.replace(/\W/g, '_')}-${config}.json`);
    const r = spawnSync('pnpm', ['exec', 'vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
      cwd: dir,
      stdio: 'inherit',
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    if (!existsSync(report)) {
      failed++;
      lines.push(`${name} (${config}): no report, vitest exited ${r.status}`);
      continue;
    }
    const j = JSON.parse(readFileSync(report, 'utf8'));
    // A suite that failed to load counts as a failure even if it had no test.
    const loadFailures = (j.testResults ?? []).filter((t) => t.status === 'failed' && (t.assertionResults ?? []).length === 0).length;
    passed += j.numPassedTests;
    failed += j.numFailedTests + loadFailures;
    lines.push(`${name} (${config}): ${j.numPassedTests} passed, ${j.numFailedTests + loadFailures} failed`);
    if (r.status !== 0 && j.numFailedTests + loadFailures === 0) {
      failed++;
      lines.push(`${name} (${config}): vitest exited ${r.status}`);
    }
  }
}

console.log('\nSummary by suite:');
for (const l of lines) console.log(`  ${l}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
