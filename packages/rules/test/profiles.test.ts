/**
 * Hostile and arbitrary profiles: `defineCity` and `check-config` either accept a
 * profile or name the bad field — never crash — and `validate` turns a bad profile
 * into an `input.invalid-profile` issue. Profile text cannot carry markup.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidProfileError, UnknownCityError, defineCity, national, validate } from '../src/index.js';
import { FIXTURES } from '../src/fixtures/index.js';
import { main } from '../src/cli.js';

const base = {
  id: 'demo',
  extends: 'national',
  version: '1.0.0',
  name: { 'zh-CN': '示例市', en: 'Demo' },
  source: { title: '示例市人民政府工作规则' },
};

const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.string(), fc.integer(), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'rules', 'extends', 'roles', 'leave')), tie('value'), { maxKeys: 5 }),
})).value;

describe('hostile profiles', () => {
  it('defineCity on arbitrary JSON either accepts it or throws InvalidProfileError / UnknownCityError naming fields', () => {
    fc.assert(
      fc.property(json, (p) => {
        try {
          defineCity(p as never);
        } catch (e) {
          expect(e instanceof InvalidProfileError || e instanceof UnknownCityError, String(e)).toBe(true);
          if (e instanceof InvalidProfileError) {
            expect(e.problems.length).toBeGreaterThan(0);
            for (const pr of e.problems) expect(typeof pr.message).toBe('string');
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary overrides of a valid profile never crash and name the bad field', () => {
    fc.assert(
      fc.property(fc.constantFrom('rules', 'roles', 'leave', 'agenda', 'document', 'source', 'name', 'version', 'extends'), json, (key, value) => {
        try {
          defineCity({ ...base, [key]: value });
        } catch (e) {
          expect(e instanceof InvalidProfileError || e instanceof UnknownCityError, String(e)).toBe(true);
          if (e instanceof InvalidProfileError) expect(e.problems.some((p) => p.path[0] === key || p.path.length === 0)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('names the exact field of a bad rule param', () => {
    try {
      defineCity({
        ...base,
        rules: { 'leave.notice-too-short': { severity: 'error', article: '十', params: { requirements: [{ roles: ['member'], days: -3 }] } } },
      } as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidProfileError);
      expect((e as InvalidProfileError).problems.map((p) => p.path.join('.'))).toContain('rules.leave.notice-too-short.params.requirements.0.days');
    }
  });

  it('words each problem so a developer can act on it (zod/mini carries no default wording)', () => {
    const problems = (input: unknown) => {
      try {
        defineCity(input as never);
      } catch (e) {
        return Object.fromEntries((e as InvalidProfileError).problems.map((p) => [p.path.join('.') || '(root)', p.message]));
      }
      return expect.unreachable();
    };
    const { name: _name, ...noName } = base as Record<string, unknown>;
    expect(problems({ ...noName, bogus: 1 })).toEqual({ name: 'required (object)', '(root)': 'unknown key: "bogus"' });
    expect(problems({ ...base, level: 'county' })).toEqual({ level: 'expected one of "national", "city", "district"' });
    const bad = problems({
      ...base,
      rules: { 'leave.notice-too-short': { severity: 'error', article: '十', params: { requirements: [{ roles: [], days: '3' }] } } },
    });
    expect(bad).toEqual({
      'rules.leave.notice-too-short.params.requirements.0.roles': 'at least 1 item',
      'rules.leave.notice-too-short.params.requirements.0.days': 'expected number, got string',
    });
  });

  it('rejects markup in any profile text, naming the field', () => {
    try {
      defineCity({ ...base, roles: { head: { 'zh-CN': '<img src=x onerror=alert(1)>', en: 'Mayor' } } });
      expect.unreachable();
    } catch (e) {
      expect((e as InvalidProfileError).problems[0]!.path.join('.')).toBe('roles.head.zh-CN');
    }
  });

  it('rejects circular extends and unknown bases', () => {
    expect(() => defineCity({ ...base, extends: 'atlantis' })).toThrow(UnknownCityError);
    expect(() => defineCity({ ...base, extends: { ...national, id: 'x', extends: 'demo' } })).toThrow();
  });

  it('validate with a hostile profile object returns input.invalid-profile instead of throwing', () => {
    fc.assert(
      fc.property(json, (p) => {
        const r = validate('leave', FIXTURES.fushun.leave.valid, { city: p as never, today: '2026-11-23' });
        if (!r.ok && r.profile === null) expect(['input.invalid-profile', 'input.unknown-city']).toContain(r.issues[0]!.code);
      }),
      { numRuns: 200 },
    );
  });

  it('check-config on arbitrary JSON files exits 0, 1 or 2 with one line per problem and no stack trace', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          json.map((j) => JSON.stringify(j)),
          fc.string(),
        ),
        async (text) => {
          const out: string[] = [];
          const err: string[] = [];
          const code = await main(['check-config', 'p.json'], {
            stdout: (s) => out.push(s),
            stderr: (s) => err.push(s),
            stdin: async () => '',
            readFile: async () => text,
          });
          expect([0, 1, 2]).toContain(code);
          for (const line of err.join('').split('\n')) expect(line).not.toMatch(/^\s+at /);
        },
      ),
      { numRuns: 150 },
    );
  });
});
