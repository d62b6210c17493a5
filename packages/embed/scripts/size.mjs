#!/usr/bin/env node
// Size budgets of the standalone bundles (size-limit, .size-limit.json beside
// package.json): builds dist/ when it is missing or stale, then runs size-limit on
// each bundle plus the largest city chunk it may load (huarong's profile; a page
// downloads the bundle and the chunk of the city its element names). React 18.3 is
// inside the bundles. The budgets sit just above today's figures, so that no change
// makes a bundle bigger unnoticed; the 115 KB (KiB) goal for one form is reported by
// `pnpm bench`.
import { spawnSync } from 'node:child_process';
import { ensureBuilt, embedDir } from './ensure-built.mjs';

ensureBuilt();
const r = spawnSync('pnpm', ['exec', 'size-limit'], { cwd: embedDir, stdio: 'inherit' });
process.exitCode = r.status ?? 1;
