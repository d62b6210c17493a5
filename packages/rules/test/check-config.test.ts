/**
 * check-config on hostile profiles (issue 13, defect 11): a bounded report however
 * many problems a profile has, and a profile that reuses the id of the city it
 * extends reported as an id clash, not as a circular chain.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_PROBLEMS, main } from '../src/cli.js';
import { FIXTURES } from '../src/fixtures/index.js';
import { resolveCity, validate, type CityProfileInput } from '../src/index.js';

const sixth = JSON.parse(readFileSync(new URL('../examples/sixth-city.json', import.meta.url), 'utf8')) as CityProfileInput;

async function checkConfig(profile: unknown) {
  let stdout = '';
  let stderr = '';
  const code = await main(['check-config', 'p.json'], {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    stdin: async () => '',
    readFile: async () => JSON.stringify(profile),
  });
  return { code, stdout, lines: stderr.trimEnd().split('\n') };
}

describe('check-config', () => {
  it(`lists the first ${MAX_PROBLEMS} problems of a profile with 100,000 bad roles, then how many more`, async () => {
    const roles = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`role-${i}`, 1]));
    const r = await checkConfig({ ...sixth, roles });
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(MAX_PROBLEMS + 1);
    expect(r.lines[0]).toMatch(/^roles\.role-0: /);
    expect(r.lines[MAX_PROBLEMS]).toBe(`… and ${100_000 - MAX_PROBLEMS} more problems (100000 in all)`);
  });

  it('lists every problem when there are no more than the cap', async () => {
    const roles = Object.fromEntries(Array.from({ length: MAX_PROBLEMS }, (_, i) => [`role-${i}`, 1]));
    const r = await checkConfig({ ...sixth, roles });
    expect(r.lines).toHaveLength(MAX_PROBLEMS);
    expect(r.lines.join('\n')).not.toMatch(/more problems/);
  });

  it("reports { id: 'fushun', extends: 'fushun' } as a clash with the built-in city's id, not as circular", async () => {
    const r = await checkConfig({ ...sixth, id: 'fushun', extends: 'fushun' });
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([expect.stringMatching(/^id: 'fushun' is the id of a built-in city/)]);
    expect(r.lines.join('\n')).not.toMatch(/circular/);
    // Any built-in id, whatever it extends.
    expect((await checkConfig({ ...sixth, id: 'national' })).lines).toEqual([expect.stringMatching(/^id: 'national' is the id of a built-in city/)]);
  });

  it('the engine says the same when such a profile is validated (input.invalid-profile naming the id)', () => {
    const r = validate('leave', FIXTURES.fushun.leave.valid, { city: { ...sixth, id: 'fushun', extends: 'fushun' }, today: '2026-11-23' });
    expect(r.issues.map((i) => i.code)).toEqual(['input.invalid-profile']);
    expect(r.issues[0]!.message).toMatch(/id: 'fushun' is already the id of the city this profile extends/);
    expect(r.issues[0]!.message).not.toMatch(/circular/);
    expect(() => resolveCity({ ...sixth, id: 'demo-x', extends: 'fushun' })).not.toThrow();
  });
});
