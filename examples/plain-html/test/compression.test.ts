// The example server sends text compressed to a browser that accepts it (issue 13,
// "fast on a phone"): the page and the embed's bundles as brotli, else gzip, else
// plain, with Vary: Accept-Encoding; the bytes decode to the file. No browser.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding, startExampleServer, type ExampleServer } from '../server.js';

/** One GET with the given Accept-Encoding; the raw (still encoded) body. */
function get(url: string, acceptEncoding: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

// A bundle like the embed's: large and repetitive.
const BUNDLE = Buffer.from(Array.from({ length: 500 }, (_, i) => `const rule${i} = (v) => (v === '' ? 'required-${i}' : null);\n`).join(''));
let server: ExampleServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'city-forms-plain-br-'));
  mkdirSync(join(dir, 'chunks'));
  writeFileSync(join(dir, 'leave.js'), BUNDLE);
  server = await startExampleServer({ embedDir: dir });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('compressed answers', () => {
  it('sends a bundle as brotli to a browser that accepts it, gzip to one that accepts only gzip, else plain', async () => {
    const br = await get(`${server.url}/embed/leave.js`, 'gzip, deflate, br');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(String(br.headers['vary'])).toMatch(/accept-encoding/i);
    expect(br.body.length).toBeLessThan(BUNDLE.length / 4);
    expect(brotliDecompressSync(br.body).equals(BUNDLE)).toBe(true);

    const gz = await get(`${server.url}/embed/leave.js`, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(BUNDLE)).toBe(true);

    const plain = await get(`${server.url}/embed/leave.js`, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(BUNDLE)).toBe(true);
    expect(String(plain.headers['vary'])).toMatch(/accept-encoding/i);
  });

  it('compresses the page too, and a file changed on disk is compressed again', async () => {
    const page = await get(`${server.url}/`, 'br');
    expect(page.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(page.body).toString('utf8')).toContain('<city-leave-form');

    const changed = Buffer.concat([BUNDLE, Buffer.from('export const changed = true;\n')]);
    writeFileSync(join(dir, 'leave.js'), changed);
    const again = await get(`${server.url}/embed/leave.js`, 'br');
    expect(brotliDecompressSync(again.body).equals(changed)).toBe(true);
  });

  it('reads Accept-Encoding as browsers send it: preference by support, q=0 refuses', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip;q=1.0, br;q=0')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0')).toBeNull();
    expect(chooseEncoding('GZIP')).toBe('gzip');
    expect(chooseEncoding(undefined)).toBeNull();
    expect(chooseEncoding('')).toBeNull();
  });
});
