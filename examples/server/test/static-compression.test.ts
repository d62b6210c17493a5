/**
 * The portal build is served precompressed (issue 13, "fast on a phone"): the
 * portal's build writes `<file>.br` and `<file>.gz` beside each script, stylesheet
 * and index.html; the server sends the one the browser accepts, with
 * `Content-Encoding` and `Vary: Accept-Encoding`, and the plain file otherwise.
 * Hashed assets (`/assets/…`) are cached for a year as immutable; the page is
 * revalidated on every load and keeps its security headers.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Running } from './support.js';

/** One GET with the given Accept-Encoding (and cookie); the raw (still encoded) body and the headers. */
function get(
  base: string,
  path: string,
  acceptEncoding?: string,
  cookie?: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  const headers: Record<string, string> = {};
  if (acceptEncoding !== undefined) headers['accept-encoding'] = acceptEncoding;
  if (cookie !== undefined) headers['cookie'] = cookie;
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

// A script like a build's: large and repetitive, so each encoding is much smaller.
const SCRIPT = Buffer.from(
  Array.from({ length: 400 }, (_, i) => `export function field${i}(value) { return value === undefined ? 'required-${i}' : null; }\n`).join(''),
);
const PAGE = Buffer.from(
  `<!doctype html><html lang="zh-CN"><title>城市表单示例门户</title><script type="module" src="/assets/index-AbC123.js"></script><div id="root"></div>${' '.repeat(600)}</html>`,
);

describe('precompressed portal assets', () => {
  let s: Running;
  let staticDir: string;
  let cookie: string | undefined;
  beforeAll(async () => {
    // What the portal's build writes (vite.config.ts, precompress): the files and their .br/.gz.
    staticDir = mkdtempSync(join(tmpdir(), 'city-forms-static-br-'));
    mkdirSync(join(staticDir, 'assets'));
    for (const [path, raw] of [
      ['index.html', PAGE],
      ['assets/index-AbC123.js', SCRIPT],
    ] as const) {
      writeFileSync(join(staticDir, path), raw);
      writeFileSync(join(staticDir, `${path}.br`), brotliCompressSync(raw));
      writeFileSync(join(staticDir, `${path}.gz`), gzipSync(raw));
    }
    s = await startServer({ staticDir });
    // With sign-in on, the portal page is for signed-in people (a visitor is sent to
    // /login): sign in as the development provider's demo submitter. Assets need no session.
    const visitor = await get(s.base, '/', 'br');
    if (visitor.status === 302) {
      const login = await fetch(`${s.base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'zhangsan', password: 'zhangsan-demo' }),
      });
      expect(login.status).toBe(200);
      cookie = login.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
    }
  });
  afterAll(async () => {
    await s.close();
    rmSync(staticDir, { recursive: true, force: true });
  });

  it('answers Accept-Encoding: br with the brotli file (Content-Encoding: br), a year immutable, signed in or not', async () => {
    const r = await get(s.base, '/assets/index-AbC123.js', 'gzip, deflate, br');
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers['content-type']).toMatch(/javascript/);
    expect(String(r.headers['vary'])).toMatch(/accept-encoding/i);
    expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(r.body.length).toBeLessThan(SCRIPT.length / 4);
    expect(brotliDecompressSync(r.body).equals(SCRIPT)).toBe(true);
  });

  it('sends gzip to a client without brotli, and the plain file to one that accepts neither', async () => {
    const gz = await get(s.base, '/assets/index-AbC123.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(SCRIPT)).toBe(true);
    expect(gz.headers['cache-control']).toContain('immutable');

    const plain = await get(s.base, '/assets/index-AbC123.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(SCRIPT)).toBe(true);
    expect(String(plain.headers['vary'])).toMatch(/accept-encoding/i);
    expect(plain.headers['cache-control']).toContain('immutable');
  });

  it('serves the page compressed too, revalidated on every load (no-cache), with its CSP', async () => {
    for (const path of ['/', '/index.html', '/?city=fushun&form=leave']) {
      const r = await get(s.base, path, 'br', cookie);
      expect({ path, status: r.status, encoding: r.headers['content-encoding'] }).toEqual({ path, status: 200, encoding: 'br' });
      expect(brotliDecompressSync(r.body).equals(PAGE)).toBe(true);
      expect(r.headers['cache-control']).toBe('no-cache');
      expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    }
  });

  it('never serves the .br or .gz file as the page of a client route, nor an asset that is not there', async () => {
    const route = await get(s.base, '/forms/leave', 'br', cookie);
    expect(route.status).toBe(200);
    expect(route.headers['cache-control']).toBe('no-cache');
    expect(route.headers['content-type']).toMatch(/text\/html/);
    expect(brotliDecompressSync(route.body).equals(PAGE)).toBe(true);
    expect((await get(s.base, '/assets/missing-XyZ.js', 'br')).status).toBe(404);
  });
});
