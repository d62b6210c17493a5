/**
 * Global setup of the consumer tests: build the three packages (`pnpm run build`
 * in each: tsdown, and the embed's bundles), `pnpm pack` each once into the area's
 * temp root (under `os.tmpdir()`, outside the workspace), and `provide` the
 * tarball paths and that root to the tests (see `./project.ts`). The teardown
 * prints the area's total time and removes the temp root (kept when
 * `CITY_FORMS_KEEP_CONSUMERS=1`, for a look at the projects).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { WORKSPACE_ROOT, cleanEnv, type KitPackage, type Tarballs } from './project.js';

const PACKAGES: KitPackage[] = ['rules', 'react', 'embed'];

function step(what: string, command: string, args: string[], cwd: string): void {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: cleanEnv() });
  if (r.status !== 0) throw new Error(`consumer tests: ${what} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
}

export default function setup(project: TestProject): () => void {
  const start = Date.now();
  const root = mkdtempSync(join(tmpdir(), 'city-forms-consumers-'));
  const packs = join(root, 'tarballs');
  mkdirSync(packs);
  const tarballs = {} as Tarballs;
  for (const name of PACKAGES) {
    const dir = join(WORKSPACE_ROOT, 'packages', name);
    step(`build of @city-forms/${name}`, 'pnpm', ['run', '--silent', 'build'], dir);
    step(`pnpm pack of @city-forms/${name}`, 'pnpm', ['pack', '--pack-destination', packs], dir);
    const file = readdirSync(packs).find((f) => f.startsWith(`city-forms-${name}-`) && f.endsWith('.tgz'));
    if (file === undefined) throw new Error(`consumer tests: pnpm pack wrote no tarball for @city-forms/${name}`);
    tarballs[name] = join(packs, file);
  }
  const packed = Date.now();
  console.log(`consumer tests: built and packed ${PACKAGES.length} packages in ${((packed - start) / 1000).toFixed(1)}s (${packs})`);
  project.provide('cityFormsTarballs', tarballs);
  project.provide('cityFormsConsumersRoot', root);
  return () => {
    console.log(`consumer tests: total ${((Date.now() - start) / 1000).toFixed(1)}s (build and pack ${((packed - start) / 1000).toFixed(1)}s)`);
    if (process.env['CITY_FORMS_KEEP_CONSUMERS'] === '1') console.log(`consumer tests: kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  };
}
