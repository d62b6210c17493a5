#!/usr/bin/env node
// Release: build the three public packages, pack them, and (without --dry-run) publish.
//
//   pnpm release --dry-run   build + pack into release/ and list what each tarball holds;
//                            nothing leaves the machine
//   pnpm release             the same, then `changeset publish` (needs registry credentials)
//
// Versions and CHANGELOGs come from changesets: `pnpm changeset` records a change,
// `pnpm changeset version` applies the pending ones (see CONTRIBUTING.md).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dryRun = process.argv.includes('--dry-run');
const PACKAGES = ['packages/rules', 'packages/react', 'packages/embed'];
const out = join(root, 'release');

function run(cmd, args, cwd = root) {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`release: ${cmd} ${args.join(' ')} exited ${r.status}`);
    process.exit(1);
  }
}

run('pnpm', ['build']);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const dir of PACKAGES) run('pnpm', ['pack', '--pack-destination', out], join(root, dir));

for (const file of readdirSync(out).sort()) {
  const listing = spawnSync('tar', ['-tzf', join(out, file)], { encoding: 'utf8' })
    .stdout.trim()
    .split('\n');
  console.log(`${file}  ${(statSync(join(out, file)).size / 1024).toFixed(1)} KB, ${listing.length} files`);
}
const pending = spawnSync('pnpm', ['exec', 'changeset', 'status'], { cwd: root, encoding: 'utf8' });
console.log((pending.stdout + pending.stderr).trim());

if (dryRun) {
  const versions = PACKAGES.map((d) => JSON.parse(readFileSync(join(root, d, 'package.json'), 'utf8'))).map((p) => `${p.name}@${p.version}`);
  console.log(`dry run: packed ${versions.join(', ')} into release/; nothing published`);
} else {
  run('pnpm', ['exec', 'changeset', 'publish']);
}
