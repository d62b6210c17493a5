// Part 1: bundle size. Each entry is built alone with the same Vite config
// (lib/vite.mjs), then its JS (and CSS, when the library ships a stylesheet the
// form needs) is measured minified and min+gzip (zlib level 9).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSizeEntry } from '../lib/vite.mjs';

export const ENTRIES = [
  {
    id: 'ours',
    label: 'city-forms `LeaveForm` (@city-forms/react/leave, fushun, zh-CN)',
    pkgs: ['@city-forms/react', '@city-forms/rules', 'react-hook-form', '@hookform/resolvers', 'zod', '@radix-ui/react-dialog'],
  },
  { id: 'rhf-zod', label: 'react-hook-form + @hookform/resolvers + zod (baseline)', pkgs: ['react-hook-form', '@hookform/resolvers', 'zod'] },
  { id: 'tanstack-zod', label: 'TanStack Form + zod', pkgs: ['@tanstack/react-form', 'zod'] },
  { id: 'rjsf', label: 'rjsf (@rjsf/core + @rjsf/validator-ajv8)', pkgs: ['@rjsf/core', '@rjsf/utils', '@rjsf/validator-ajv8'] },
  { id: 'formily', label: 'Formily core + react', pkgs: ['@formily/core', '@formily/react'] },
  { id: 'formily-antd', label: 'Formily + antd (@formily/antd-v5)', pkgs: ['@formily/core', '@formily/react', '@formily/antd-v5', 'antd'] },
  { id: 'surveyjs', label: 'SurveyJS (survey-react-ui + survey-core)', pkgs: ['survey-core', 'survey-react-ui'] },
  { id: 'formio', label: 'Form.io renderer (@formio/react + @formio/js)', pkgs: ['@formio/react', '@formio/js'] },
  // Reference, not a form: what React itself weighs when a bundle includes it (the embed row does).
  {
    id: 'react-alone',
    label: '_reference:_ react + react-dom alone (bundled, not a form)',
    pkgs: ['react', 'react-dom'],
    externalReact: false,
    reference: true,
  },
];

const sizeOf = (buf) => ({ min: buf.length, gz: gzipSync(buf, { level: 9 }).length });

function measureDir(dir) {
  const files = readdirSync(dir);
  const sum = (ext) => {
    const bufs = files.filter((f) => f.endsWith(ext)).map((f) => readFileSync(join(dir, f)));
    if (!bufs.length) return null;
    return sizeOf(Buffer.concat(bufs));
  };
  return { js: sum('.js'), css: sum('.css') };
}

/**
 * The embed's standalone bundle (React inside), built now by the embed package,
 * plus the 抚顺 profile chunk it loads for city="fushun" (what a page downloads for
 * one form and one city; each file gzipped on its own, as two responses).
 */
function embedLeave(repo, log) {
  const embedDir = join(repo, 'packages/embed');
  if (!existsSync(join(embedDir, 'package.json'))) return { error: 'not available (no packages/embed)' };
  log('  embed: pnpm --filter @city-forms/embed build');
  const r = spawnSync('pnpm', ['--filter', '@city-forms/embed', 'build'], { cwd: repo, stdio: 'inherit' });
  if (r.status !== 0) return { error: `embed build exited ${r.status}` };
  const file = join(embedDir, 'dist/leave.js');
  const chunk = readdirSync(join(embedDir, 'dist/chunks')).find((f) => f.startsWith('fushun-'));
  if (!existsSync(file) || !chunk) return { error: 'not available (dist/leave.js or its fushun chunk absent after the build)' };
  const a = sizeOf(readFileSync(file));
  const c = sizeOf(readFileSync(join(embedDir, 'dist/chunks', chunk)));
  return {
    js: { min: a.min + c.min, gz: a.gz + c.gz },
    css: null,
    note: `packages/embed/dist/leave.js (${a.gz} B gz) + dist/chunks/${chunk} (the 抚顺 profile, ${c.gz} B gz), as built by the embed package (Vite lib build, minified, React 18.3 inside); styles are inside the JS`,
  };
}

export async function runSize({ benchDir, repo, log }) {
  const rows = [];
  for (const e of ENTRIES) {
    const outDir = join(benchDir, '.out/size', e.id);
    const t = performance.now();
    try {
      await buildSizeEntry({
        root: join(benchDir, 'size'),
        entry: join(benchDir, 'size/entries', `${e.id}.tsx`),
        outDir,
        externalReact: e.externalReact !== false,
      });
      rows.push({ ...e, ...measureDir(outDir) });
      log(`  size ${e.id}: ${rows.at(-1).js.gz} B gz (${((performance.now() - t) / 1000).toFixed(1)} s)`);
    } catch (err) {
      rows.push({
        ...e,
        error: `build failed: ${String(err?.message ?? err)
          .split('\n')[0]
          .slice(0, 160)}`,
      });
      log(`  size ${e.id}: FAILED ${rows.at(-1).error}`);
    }
  }
  const embed = embedLeave(repo, log);
  rows.splice(1, 0, {
    id: 'ours-embed',
    label: 'city-forms embed `leave.js` + 抚顺 chunk (standalone, **React included**)',
    pkgs: ['@city-forms/embed'],
    ...embed,
  });
  return rows;
}
