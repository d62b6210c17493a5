// @vitest-environment node
/**
 * The portal's production build (issue 13, "fast on a phone"): split so the page's
 * own script carries no form, no city profile and no English (each a chunk loaded
 * on demand), and precompressed: every script, stylesheet and index.html has a
 * `.br` and a `.gz` beside it that decode to the file (what the example server
 * sends with `preCompressed`).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const portalDir = fileURLToPath(new URL('..', import.meta.url));
let outDir: string;
let assets: string[];

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'city-forms-portal-build-'));
  // What `vite build` makes: under vitest NODE_ENV is 'test', which would give React's development build.
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({
      root: portalDir,
      configFile: join(portalDir, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
  assets = readdirSync(join(outDir, 'assets'));
}, 180_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** The chunk of `assets/` whose name starts with `prefix-` (Vite's `<name>-<hash>.js`). */
function chunk(prefix: string): string {
  const found = assets.filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.js'));
  expect(found, `one ${prefix}-*.js chunk in ${assets.join(', ')}`).toHaveLength(1);
  return found[0]!;
}

describe('the portal build', () => {
  it('loads one small entry script; forms, cities and English are chunks of their own', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const entries = [...html.matchAll(/<script type="module"[^>]*src="\/assets\/([^"]+)"/g)].map((m) => m[1]!);
    expect(entries).toHaveLength(1);
    const entry = readFileSync(join(outDir, 'assets', entries[0]!), 'utf8');
    for (const name of ['LeaveForm', 'AgendaForm', 'DocumentSheet', 'xianning', 'fushun', 'panzhihua', 'huarong', 'jining', 'en-data']) {
      expect(entries[0]).not.toBe(chunk(name));
    }
    // Nothing of a profile, a form or the English catalogue is inside the page's script.
    expect(entry).not.toContain('抚顺市人民政府工作规则');
    expect(entry).not.toContain('Check your answers');
    expect(entry).not.toContain('申请人姓名');
    // …and it is React and the shell: well under the 500 kB single script it replaced.
    expect(entry.length).toBeLessThan(300_000);
    expect(readFileSync(join(outDir, 'assets', chunk('fushun')), 'utf8')).toContain('抚顺市人民政府工作规则');
  });

  it('writes .br and .gz beside every script, stylesheet and the page, each smaller and decoding to the file', () => {
    const files = ['index.html', ...assets.filter((f) => /\.(js|css)$/.test(f)).map((f) => `assets/${f}`)];
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const raw = readFileSync(join(outDir, f));
      const br = readFileSync(join(outDir, `${f}.br`));
      const gz = readFileSync(join(outDir, `${f}.gz`));
      expect({ f, br: br.length < raw.length, gz: gz.length < raw.length }).toEqual({ f, br: true, gz: true });
      expect(brotliDecompressSync(br).equals(raw)).toBe(true);
      expect(gunzipSync(gz).equals(raw)).toBe(true);
    }
  });
});
