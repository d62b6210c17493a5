// The packed tarballs as registries and tools see them: publint (strict, every
// level down to suggestions) and Are the Types Wrong? report nothing for each of
// the three packages; the packed manifests point into dist/, and the sources ship
// only as what the declaration maps point at (no tests).
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { describe, expect, it } from 'vitest';
import { run, tarballs, type KitPackage } from './support/project.js';

const PACKAGES: KitPackage[] = ['rules', 'react', 'embed'];
const ATTW = join(import.meta.dirname, 'node_modules', '.bin', 'attw');

/** Paths in a tarball (`package/…` stripped), via tar. */
async function listTarball(file: string): Promise<string[]> {
  const r = await run('tar', ['-tzf', file]);
  expect(r.code).toBe(0);
  return r.stdout
    .trim()
    .split('\n')
    .map((p) => p.replace(/^package\//, ''));
}

async function packedManifest(file: string): Promise<Record<string, unknown>> {
  const r = await run('tar', ['-xzOf', file, 'package/package.json']);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

/** Every string leaf of an exports/imports/bin map. */
function targets(map: unknown): string[] {
  if (typeof map === 'string') return [map];
  if (map && typeof map === 'object') return Object.values(map).flatMap(targets);
  return [];
}

describe.each(PACKAGES)('@city-forms/%s tarball', (name) => {
  it('publint (strict, suggestions included) reports nothing', async () => {
    const buf = readFileSync(tarballs()[name]);
    const tarball = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
    const { messages, pkg } = await publint({ pack: { tarball }, strict: true, level: 'suggestion' });
    expect(messages.map((m) => `${m.type} ${m.code}: ${formatMessage(m, pkg, { color: false }) ?? ''}`)).toEqual([]);
  });

  it('Are the Types Wrong? reports nothing (profile esm-only: the packages are ESM; require() works through require(esm))', async () => {
    // A stylesheet has no type declarations to find: it is no module entry for attw.
    const exclude = name === 'react' ? ['--exclude-entrypoints', './styles.css'] : [];
    const r = await run(ATTW, [tarballs()[name], '--profile', 'esm-only', '--format', 'json', ...exclude]);
    const { analysis } = JSON.parse(r.stdout) as {
      analysis: { problems: { kind: string; entrypoint?: string; resolutionKind?: string }[]; entrypoints: Record<string, unknown> };
    };
    // esm-only ignores node10 (no `exports` support) and node16 from CommonJS (where TypeScript
    // still says "dynamic import only"): every other resolution must be clean.
    const problems = analysis.problems.filter((p) => p.resolutionKind !== 'node10' && p.resolutionKind !== 'node16-cjs');
    expect(problems).toEqual([]);
    expect(Object.keys(analysis.entrypoints).length).toBeGreaterThan(2);
    expect(r.code, r.stderr).toBe(0);
  });

  it('its manifest points every export into dist/ (or shipped data); sources ship only for the maps, tests never', async () => {
    const files = await listTarball(tarballs()[name]);
    const manifest = await packedManifest(tarballs()[name]);
    expect(files.filter((f) => /\.test\.tsx?$|(^|\/)test\//.test(f))).toEqual([]);
    expect(files.filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts') && !f.startsWith('src/'))).toEqual([]);
    // Go to definition: every declaration map points at a source file the tarball ships.
    const maps = files.filter((f) => f.endsWith('.d.ts.map'));
    expect(maps.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const map of maps) {
      const { stdout } = await run('tar', ['-xzOf', tarballs()[name], `package/${map}`]);
      for (const source of (JSON.parse(stdout) as { sources: string[] }).sources) {
        const target = posix.normalize(posix.join(posix.dirname(map), source));
        if (!files.includes(target)) missing.push(`${map} → ${target}`);
      }
    }
    expect(missing).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'package.json']));
    const all = [...targets(manifest['exports']), ...targets(manifest['imports']), ...targets(manifest['bin'])];
    expect(all.length).toBeGreaterThan(0);
    for (const t of all) {
      expect(t).toMatch(/^\.\/(dist\/|examples\/|package\.json$)/);
      if (!t.includes('*')) expect(files).toContain(t.slice(2));
    }
    // sideEffects names built files that exist (the src/ entries are for the workspace, which has no dist/).
    const sideEffects = manifest['sideEffects'] as string[];
    const builtSideEffects = sideEffects.filter((f) => f.startsWith('./dist/') && !f.includes('*'));
    expect(builtSideEffects.length).toBeGreaterThan(0);
    for (const f of builtSideEffects) expect(files).toContain(f.slice(2));
    // Workspace links are rewritten to versions by pnpm pack.
    expect(JSON.stringify(manifest['dependencies'] ?? {})).not.toContain('workspace:');
  });
});

describe('what each manifest promises', () => {
  it('rules: the bin runs dist/cli.js (a node shebang), #object has a node and a default variant (which Node picks: node.test.ts), zod is a dependency', async () => {
    const manifest = await packedManifest(tarballs().rules);
    expect(manifest['bin']).toEqual({ 'city-forms': './dist/cli.js' });
    expect(manifest['imports']).toEqual({ '#object': { node: './dist/forms/object.node.js', default: './dist/forms/object.js' } });
    expect(manifest['dependencies']).toHaveProperty('zod');
    const cli = await run('tar', ['-xzOf', tarballs().rules, 'package/dist/cli.js']);
    expect(cli.stdout.startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it("react: depends on @city-forms/rules at this version; the component entries start with 'use client', the data entries do not", async () => {
    const rules = await packedManifest(tarballs().rules);
    const react = await packedManifest(tarballs().react);
    expect(react['dependencies']).toEqual({ '@city-forms/rules': rules['version'] });
    const first = async (path: string) => (await run('tar', ['-xzOf', tarballs().react, `package/${path}`])).stdout.split('\n')[0];
    for (const entry of ['dist/index.js', 'dist/forms/LeaveForm.js', 'dist/forms/AgendaForm.js', 'dist/forms/DocumentSheet.js']) {
      expect(await first(entry), entry).toMatch(/^["']use client["'];?$/);
    }
    for (const entry of ['dist/i18n.js', 'dist/locales/en.js', 'dist/locales/en-data.js']) {
      expect(await first(entry), entry).not.toMatch(/use client/);
    }
    const css = await run('tar', ['-xzOf', tarballs().react, 'package/dist/styles.css']);
    expect(css.stdout).toContain('.cf-root');
  });

  it('embed: depends on the kit at its version; the library entries carry the kit stylesheet inline (no ?inline import left)', async () => {
    const rules = await packedManifest(tarballs().rules);
    const react = await packedManifest(tarballs().react);
    const embed = await packedManifest(tarballs().embed);
    const deps = embed['dependencies'] as Record<string, string>;
    expect(deps['@city-forms/rules']).toBe(rules['version']);
    expect(deps['@city-forms/react']).toBe(react['version']);
    const files = await listTarball(tarballs().embed);
    const lib = files.filter((f) => f.startsWith('dist/lib/') && f.endsWith('.js'));
    expect(lib).toEqual(expect.arrayContaining(['dist/lib/index.js', 'dist/lib/leave.js', 'dist/lib/styles.js']));
    const code = await Promise.all(lib.map(async (f) => (await run('tar', ['-xzOf', tarballs().embed, `package/${f}`])).stdout));
    expect(code.filter((c) => c.includes('?inline'))).toEqual([]);
    expect(code.some((c) => c.includes('.cf-root'))).toBe(true);
  });
});
