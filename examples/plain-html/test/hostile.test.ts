// The example server under hostile requests (no browser): a malformed URL escape is
// a 400 and the process lives on; only an application/json POST reaches the API,
// so a cross-site <form> (text/plain, urlencoded, multipart: no preflight) cannot post.
import { FIXTURES } from '@city-forms/rules/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startExampleServer, type ExampleServer } from '../server.js';

const leave = FIXTURES.fushun.leave;
let server: ExampleServer;

beforeAll(async () => {
  server = await startExampleServer({ today: leave.today });
});
afterAll(async () => {
  await server?.close();
});

describe('hostile requests', () => {
  it('answers 400 for a malformed percent escape (GET /%E0%A4%A) and keeps serving', async () => {
    for (const path of ['/%E0%A4%A', '/api/%E0%A4%A', '/embed/%ZZ.js', '/%']) {
      const res = await fetch(server.url + path);
      expect(res.status, path).toBe(400);
      await res.text();
    }
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    await page.text();
  });

  it('refuses a text/plain, urlencoded or multipart POST with 415 and stores nothing; application/json is accepted', async () => {
    const body = JSON.stringify({ city: 'fushun', data: leave.valid });
    for (const type of [
      'text/plain',
      'text/plain;charset=UTF-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/jsonp',
      '',
    ]) {
      const res = await fetch(`${server.url}/api/leave`, { method: 'POST', body, headers: type ? { 'content-type': type } : {} });
      // (no type: fetch sends a string body as text/plain)
      expect(res.status, type).toBe(415);
      expect(((await res.json()) as { message: string }).message).toMatch(/application\/json/);
    }
    expect(server.submissions).toHaveLength(0);
    const ok = await fetch(`${server.url}/api/leave`, { method: 'POST', body, headers: { 'content-type': 'application/json; charset=utf-8' } });
    expect(ok.status).toBe(201);
    expect(server.submissions).toHaveLength(1);
  });
});
