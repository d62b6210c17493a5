#!/usr/bin/env node
// Runs every test suite of the workspace, one after another, and prints the total
// as its last line: `N passed, N failed` (what CI reads).
//
// Suites: every workspace folder with a vitest config (unit, component, browser,
// Storybook and server tests), plus a typecheck of every package and its size
// budget where it has one (one test each).
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
  for (const extra of ['stories', 'test', 'bench']) if (existsSync(join(root, extra, 'package.json'))) dirs.push(join(root, extra));
  return dirs;
}

const configs = ['vitest.config.ts', 'vitest.config.mts', 'vitest.browser.config.ts', 'vitest.storybook.config.ts'];
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
    const r = spawnSync(
      'pnpm',
      ['exec', 'vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
      { cwd: dir, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } },
    );
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
