/**
 * The same results under TZ=UTC and TZ=Asia/Shanghai at 23:30 UTC (07:30 the next
 * day in Shanghai): "today" is the Shanghai civil date, whatever the machine.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = fileURLToPath(new URL('.', import.meta.url));
const tsx = resolve(here, '../../../node_modules/.bin/tsx');
const script = `
  import { validate, todayInShanghai } from './src/index.ts';
  import { FIXTURES } from './src/fixtures/index.ts';
  const now = new Date('2026-11-22T23:30:00Z');
  const today = todayInShanghai(now);
  const v = FIXTURES.fushun.leave.valid;
  const r = validate('leave', { ...v, startDate: '2026-11-24', endDate: '2026-11-25' }, { city: 'fushun', today });
  const d = validate('document', FIXTURES.fushun.document.valid, { city: 'fushun', today: '2026-10-12' });
  console.log(JSON.stringify({ today, localDate: now.getDate(), issues: r.issues.map((i) => i.code + ':' + JSON.stringify(i.params)), derived: r.derived, d: d.derived }));
`;

function runIn(tz: string) {
  const out = execFileSync(tsx, ['--eval', script], { cwd: resolve(here, '..'), env: { ...process.env, TZ: tz }, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!);
}

describe('timezone independence', () => {
  it('UTC and Asia/Shanghai agree at 23:30 UTC', () => {
    const utc = runIn('UTC');
    const sh = runIn('Asia/Shanghai');
    // The machines disagree about the local date…
    expect(utc.localDate).toBe(22);
    expect(sh.localDate).toBe(23);
    // …but the kit does not.
    expect(utc.today).toBe('2026-11-23');
    expect({ ...utc, localDate: 0 }).toEqual({ ...sh, localDate: 0 });
    expect(utc.issues.join()).toContain('leave.notice-too-short');
  }, 30_000);
});
