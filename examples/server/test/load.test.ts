/**
 * A bounded local load loop against a server on 127.0.0.1: 1,000 requests mixing
 * valid, invalid, malformed and oversized bodies, 20 at a time. Every valid one is
 * stored exactly once, every other one gets the right status, the server keeps
 * answering, and its heap does not grow with the number of requests.
 */
import { FIXTURES } from '@city-forms/rules/fixtures';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT, buildServer } from '../src/server.js';
import { login } from './support.js';

const NOV_23 = () => new Date('2026-11-23T02:00:00Z');
const TOTAL = 1000;
const CONCURRENCY = 20;

type Kind = 'valid' | 'invalid' | 'malformed' | 'oversized';

function body(kind: Kind, i: number): { payload: string; expect: number } {
  const forms = ['leave', 'agenda', 'document'] as const;
  const cities = ['xianning', 'fushun', 'panzhihua', 'huarong', 'jining'] as const;
  const form = forms[i % 3]!;
  const city = cities[i % 5]!;
  switch (kind) {
    case 'valid': {
      const data = { ...(FIXTURES[city][form].valid as Record<string, unknown>) };
      // Make each valid submission distinct, so "stored exactly once" is countable.
      if (form === 'leave') data['applicantName'] = `负载${i}`;
      else data['title'] = `负载测试 ${i}`;
      return { payload: JSON.stringify({ city, data }), expect: 201 };
    }
    case 'invalid':
      return {
        payload: JSON.stringify({ city, data: { ...(FIXTURES[city][form].valid as Record<string, unknown>), title: '', applicantName: '' } }),
        expect: 422,
      };
    case 'malformed':
      return { payload: `{"city": "${city}", "data": {`, expect: 400 };
    case 'oversized':
      return { payload: JSON.stringify({ city, data: { title: 'x'.repeat(BODY_LIMIT + 10) } }), expect: 413 };
  }
}

describe('1,000 mixed requests from a bounded local loop', () => {
  let base = '';
  let dataDir = '';
  let app: ReturnType<typeof buildServer>;
  let cookie = '';
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'city-forms-load-'));
    // One client sends all 1,000 requests: the limiter stays on (its cost is measured)
    // with room for them; the default (1,000 a minute) is tested in config-limits-headers.test.ts.
    app = buildServer({ dataDir, clock: NOV_23, rateLimit: { max: 10_000, timeWindowMs: 60_000 } });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    if (typeof address !== 'object' || !address) throw new Error('no address');
    base = `http://127.0.0.1:${address.port}`;
    cookie = await login(base, 'zhangsan');
  });
  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers every request right, stores each valid one once, and keeps its heap flat', async () => {
    const kinds: Kind[] = ['valid', 'valid', 'invalid', 'malformed', 'oversized'];
    const plan = Array.from({ length: TOTAL }, (_, i) => ({ i, kind: kinds[i % kinds.length]! }));
    const wrong: string[] = [];
    const heap: number[] = [];
    let next = 0;
    const worker = async () => {
      while (next < plan.length) {
        const { i, kind } = plan[next++]!;
        const form = (['leave', 'agenda', 'document'] as const)[i % 3];
        const { payload, expect: status } = body(kind, i);
        const res = await fetch(`${base}/api/${form}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: payload });
        await res.arrayBuffer();
        if (res.status !== status) wrong.push(`#${i} ${kind} ${form}: ${res.status}, expected ${status}`);
        if (i % 100 === 99) {
          global.gc?.();
          heap.push(process.memoryUsage().heapUsed);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect(typeof global.gc, 'run with --expose-gc (vitest.config.ts execArgv)').toBe('function');

    expect(wrong).toEqual([]);
    const db = new Database(join(dataDir, 'city-forms.sqlite'), { readonly: true });
    try {
      const validCount = plan.filter((p) => p.kind === 'valid').length;
      expect((db.prepare('SELECT COUNT(*) AS n FROM submissions').get() as { n: number }).n).toBe(validCount);
    } finally {
      db.close();
    }
    // Still answering after the load.
    const health = await fetch(`${base}/api/cities`);
    expect(health.status).toBe(200);
    // Heap flat: the last tenth of the run does not hold much more than the second tenth
    // (a leak that kept every request would grow it roughly 5×).
    expect(heap.length).toBeGreaterThanOrEqual(8);
    expect(heap.at(-1)! / heap[1]!).toBeLessThan(2);
  }, 120_000);
});
