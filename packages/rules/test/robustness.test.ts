/**
 * Property-based robustness of `validate` for every form × city: arbitrary JSON
 * never makes it throw, the result always has the documented shape, it never
 * pollutes Object.prototype, and hostile sizes are handled in time proportional
 * to the input (asserted as a ratio, never a wall time).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CITY_IDS, FORM_IDS, validate, type Issue } from '../src/index.js';
import { FIXTURES } from '../src/fixtures/index.js';

const dateLike = fc.oneof(
  fc.constantFrom('2026-02-30', '2026-13-01', '0000-01-01', '9999-12-31', '1900-02-29', '2000-02-29', '2027-01-01', '2100-04-05', '', ' ', '2026-1-1'),
  fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const nasty = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
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
  for (const i of r.issues as Issue[]) {
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
    const r = validate('document', { ...FIXTURES.fushun.document.valid, title: big, primaryRecipients: Array.from({ length: 10_000 }, () => '市人民政府') }, { city, today: '2026-11-23' });
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
    expect(validate('leave', { ...FIXTURES.fushun.leave.valid, startDate: '2026-02-30' }, { city, today: '2026-11-23' }).issues[0]?.code).toBe('field.invalid-date');
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
    const ratio = median(() => validate('document', large, { city, today: '2026-11-23' })) / median(() => validate('document', small, { city, today: '2026-11-23' }));
    expect(ratio).toBeLessThan(300); // quadratic work would be ~10 000×
  });
});
