/**
 * Property-based robustness of `validate` for every form × city: arbitrary JSON
 * never makes it throw, the result always has the documented shape, it never
 * pollutes Object.prototype, and hostile sizes are handled in time proportional
 * to the input (asserted as a ratio, never a wall time).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CITY_IDS, FORM_IDS, validate } from '../src/index.js';
import { FIXTURES } from '../src/fixtures/index.js';

const dateLike = fc.oneof(
  fc.constantFrom('2026-02-30', '2026-13-01', '0000-01-01', '9999-12-31', '1900-02-29', '2000-02-29', '2027-01-01', '2100-04-05', '', ' ', '2026-1-1'),
  fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const nasty = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'), fc.string({ unit: 'binary', maxLength: 20 }));
const scalar = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), dateLike);
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.dictionary(nasty, tie('value'), { maxKeys: 6 }),
})).value;

/** A fixture with some fields replaced by arbitrary values: close to real input, so rules run too. */
function mutated(form: (typeof FORM_IDS)[number], city: (typeof CITY_IDS)[number]) {
  const base = FIXTURES[city][form].valid as Record<string, unknown>;
  const keys = Object.keys(base);
  return fc.dictionary(fc.constantFrom(...keys, '__proto__', 'constructor'), json, { maxKeys: 4 }).map((over) => {
    const out: Record<string, unknown> = { ...base };
    for (const [k, v] of Object.entries(over)) Object.defineProperty(out, k, { value: v, enumerable: true, configurable: true, writable: true });
    return out;
  });
}

function expectShape(r: ReturnType<typeof validate>) {
  expect(typeof r.ok).toBe('boolean');
  expect(Array.isArray(r.issues)).toBe(true);
  for (const i of r.issues) {
    expect(typeof i.code).toBe('string');
    expect(['error', 'warning']).toContain(i.severity);
    expect(Array.isArray(i.path)).toBe(true);
    expect(typeof i.message).toBe('string');
    expect(i.message).not.toMatch(/\bat .*\.ts:\d+/); // no stack traces
    expect(i.clause === null || (typeof i.clause.source === 'string' && typeof i.clause.article === 'string')).toBe(true);
    for (const v of Object.values(i.params)) expect(['string', 'number', 'boolean']).toContain(typeof v);
  }
  expect(r.ok).toBe(!r.issues.some((i) => i.severity === 'error'));
  expect(r.calendar.source.length).toBeGreaterThan(0);
}

describe.each(CITY_IDS)('%s', (city) => {
  describe.each(FORM_IDS)('%s', (form) => {
    it('never throws on arbitrary JSON and always returns the documented shape', () => {
      fc.assert(
        fc.property(json, (data) => {
          expectShape(validate(form, data, { city, today: '2026-11-23' }));
        }),
        { numRuns: 150 },
      );
    });

    it('never throws on fixtures with arbitrary fields, and never pollutes Object.prototype', () => {
      fc.assert(
        fc.property(mutated(form, city), dateLike, (data, today) => {
          const r = validate(form, data, { city, today });
          expectShape(r);
          expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
          expect(Object.keys(Object.prototype)).toEqual([]);
        }),
        { numRuns: 150 },
      );
    });
  });
});

describe('hostile inputs', () => {
  const city = 'fushun';
  it('a __proto__ key in JSON does not reach Object.prototype or the output', () => {
    const data = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "applicantName": "张三"}');
    const r = validate('leave', data, { city, today: '2026-11-23' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.hasOwn(r.data, '__proto__')).toBe(false);
    expect(r.data.applicantName).toBe('张三');
  });

  it('rejects 1 MB strings and 10k-element arrays with field codes, not crashes', () => {
    const big = 'x'.repeat(1_000_000);
    const r = validate(
      'document',
      { ...FIXTURES.fushun.document.valid, title: big, primaryRecipients: Array.from({ length: 10_000 }, () => '市人民政府') },
      { city, today: '2026-11-23' },
    );
    expect(r.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual(expect.arrayContaining(['field.too-long@title', 'field.too-many@primaryRecipients']));
    expect(JSON.stringify(r.issues).length).toBeLessThan(10_000); // the offending value is not echoed back
  });

  it('handles deep nesting without a stack overflow', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = { a: deep };
    expect(() => validate('agenda', { ...FIXTURES.fushun.agenda.valid, consultations: [deep] }, { city, today: '2026-11-23' })).not.toThrow();
  });

  it('every Unicode plane is text, and astral characters count as characters', () => {
    const planes = [0x41, 0x4e2d, 0x1f600, 0x20000, 0x30000, 0xe0041, 0xf0000, 0x10fffd].map((c) => String.fromCodePoint(c)).join('');
    const r = validate('leave', { ...FIXTURES.fushun.leave.valid, applicantName: planes }, { city, today: '2026-11-23' });
    expect(r.issues).toEqual([]);
    expect(r.data.applicantName).toBe(planes);
  });

  it('impossible, far-past and far-future dates are field errors or calendar notices, never crashes', () => {
    for (const d of ['2026-02-30', '0001-01-01', '9999-12-31', '1899-12-31']) {
      const r = validate('leave', { ...FIXTURES.fushun.leave.valid, startDate: d, endDate: d }, { city, today: '2026-11-23' });
      expectShape(r);
    }
    const far = validate('leave', { ...FIXTURES.fushun.leave.valid, startDate: '9999-12-30', endDate: '9999-12-31' }, { city, today: '2026-11-23' });
    expect(far.issues.map((i) => i.code)).toContain('calendar.year-not-covered');
    expect(validate('leave', { ...FIXTURES.fushun.leave.valid, startDate: '2026-02-30' }, { city, today: '2026-11-23' }).issues[0]?.code).toBe(
      'field.invalid-date',
    );
  });

  it('time grows linearly with input size (100× the input costs ≤ 300× the time, a ratio, not a wall time)', () => {
    const median = (f: () => void) => {
      const t: number[] = [];
      for (let i = 0; i < 7; i++) {
        const s = performance.now();
        f();
        t.push(performance.now() - s);
      }
      return t.sort((a, b) => a - b)[3]!;
    };
    const input = (n: number) => ({
      ...FIXTURES.fushun.document.valid,
      title: '题'.repeat(n * 10),
      copyTo: Array.from({ length: n }, (_, i) => `单位${i}`),
      countersigners: Array.from({ length: n }, (_, i) => ({ unit: `单位${i}`, sentOn: '2026-11-16', replied: true, agreed: false })),
    });
    const small = input(100);
    const large = input(10_000);
    validate('document', small, { city, today: '2026-11-23' }); // warm up
    validate('document', large, { city, today: '2026-11-23' });
    const ratio =
      median(() => validate('document', large, { city, today: '2026-11-23' })) / median(() => validate('document', small, { city, today: '2026-11-23' }));
    expect(ratio).toBeLessThan(300); // quadratic work would be ~10 000×
  });
});

describe('never throws, whatever the caller passes (issue 13, defect 11)', () => {
  const city = 'fushun';
  const valid = FIXTURES.fushun.leave.valid;
  const boom = () => {
    throw new Error('boom');
  };
  const codeOf = (r: ReturnType<typeof validate>) => r.issues.map((i) => i.code);
  const call = (f: () => ReturnType<typeof validate>) => {
    let r: ReturnType<typeof validate> | undefined;
    expect(() => (r = f())).not.toThrow();
    expectShape(r!);
    expect(r!.ok).toBe(false);
    return r!;
  };

  it('options null, undefined or not an object: input.invalid-options', () => {
    for (const options of [null, undefined, 42, 'fushun']) {
      expect(codeOf(call(() => validate('leave', valid, options as never)))).toEqual(['input.invalid-options']);
      expect(codeOf(call(() => validate('nope' as never, valid, options as never)))).toEqual(['input.unknown-form']);
    }
  });

  it('a throwing getter or a Proxy in data: input.unreadable naming the data', () => {
    const getter = Object.defineProperty({ ...valid }, 'applicantName', { get: boom, enumerable: true });
    const nested = { ...FIXTURES.fushun.document.valid, copyTo: [Object.defineProperty({}, 'x', { get: boom, enumerable: true })] };
    const proxy = new Proxy({ ...valid }, { get: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, has: boom });
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    const arrayTrap = { ...FIXTURES.fushun.document.valid, primaryRecipients: new Proxy(['市人民政府'], { get: boom }) };
    for (const [form, data] of [
      ['leave', getter],
      ['document', nested],
      ['leave', proxy],
      ['leave', revoked],
      ['document', arrayTrap],
    ] as const) {
      const r = call(() => validate(form, data, { city, today: '2026-11-23' }));
      const codes = codeOf(r);
      // A value that throws is unreadable; one the shape check never reads may instead fail as a field.
      expect(codes.includes('input.unreadable') || codes.every((c) => c.startsWith('field.'))).toBe(true);
    }
    const r = call(() => validate('leave', getter, { city, today: '2026-11-23', locale: 'en' }));
    expect(r.issues[0]).toMatchObject({ code: 'input.unreadable', params: { what: 'data' } });
    expect(r.issues[0]!.message).toMatch(/^The submitted data could not be read/);
    expect(call(() => validate('leave', proxy, { city, today: '2026-11-23' })).issues[0]!.message).toMatch(/^提交的数据在读取时出错/);
  });

  it('a throwing getter or a Proxy in the options or the context: input.unreadable naming which', () => {
    const options = Object.defineProperty({ city }, 'today', { get: boom, enumerable: true });
    expect(call(() => validate('leave', valid, options as never)).issues[0]).toMatchObject({ code: 'input.unreadable', params: { what: 'options' } });
    expect(call(() => validate('leave', valid, new Proxy({ city }, { get: boom }) as never)).issues[0]!.params).toEqual({ what: 'options' });
    const absences = [Object.defineProperty({ role: 'deputy' }, 'name', { get: boom, enumerable: true })];
    for (const context of [{ absences }, Object.defineProperty({}, 'absences', { get: boom }), { absences: new Proxy([], { get: boom }) }]) {
      expect(call(() => validate('leave', valid, { city, today: '2026-11-23', context: context })).issues[0]).toMatchObject({
        code: 'input.unreadable',
        params: { what: 'context' },
      });
    }
    expect(call(() => validate('leave', valid, { city, today: '2026-11-23', messages: new Proxy({}, { ownKeys: boom }) })).issues[0]!.params).toEqual({
      what: 'options',
    });
  });

  it('today or form with a throwing toString, and a city that throws when read', () => {
    const evil = { toString: boom, valueOf: boom, [Symbol.toPrimitive]: boom };
    expect(codeOf(call(() => validate('leave', valid, { city, today: evil as never })))).toEqual(['input.invalid-today']);
    expect(codeOf(call(() => validate(evil as never, valid, { city, today: '2026-11-23' })))).toEqual(['input.unknown-form']);
    expect(codeOf(call(() => validate('leave', valid, { city: evil as never, today: '2026-11-23' })))).toEqual(['input.invalid-profile']);
    const throwingProfile = new Proxy({}, { get: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, has: boom });
    expect(codeOf(call(() => validate('leave', valid, { city: throwingProfile as never, today: '2026-11-23' })))).toEqual(['input.invalid-profile']);
  });

  it('the context is read once: an absence that changes between reads cannot switch the pairing rule off', () => {
    const v = FIXTURES.fushun.leave.violations['leave.paired-absence']!;
    const real = v.context!.absences![0]!;
    let reads = 0;
    const flaky = Object.defineProperty({ ...real }, 'role', { get: () => (reads++ === 0 ? real.role : 'nobody'), enumerable: true });
    const r = validate('leave', v.data, { city, today: '2026-11-23', context: { absences: [flaky] } });
    expect(codeOf(r)).toContain('leave.paired-absence');
  });

  it('arbitrary hostile wrappers (getters that throw, Proxies) around fixtures of every form never make it throw', () => {
    const hostile = <T extends object>(value: T, mode: number): unknown => {
      if (mode === 0) return new Proxy(value, { get: boom });
      if (mode === 1) return new Proxy(value, { ownKeys: boom });
      if (mode === 2) return Object.defineProperty({ ...value }, Object.keys(value)[0] ?? 'x', { get: boom, enumerable: true });
      return new Proxy(value, { getOwnPropertyDescriptor: boom });
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...FORM_IDS),
        fc.constantFrom(...CITY_IDS),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom('data', 'options', 'context'),
        (form, c, mode, where) => {
          const fx = FIXTURES[c][form];
          const data = where === 'data' ? hostile({ ...(fx.valid as object) }, mode) : fx.valid;
          const options = { city: c, today: fx.today, context: where === 'context' ? hostile({ absences: [] }, mode) : fx.context };
          const r = validate(form, data, (where === 'options' ? hostile(options, mode) : options) as never);
          expectShape(r);
        },
      ),
      { numRuns: 200 },
    );
  });
});
