/**
 * Contract of `src/zod-private.ts`, the one module that uses zod internals: the
 * installed zod is inside the range it was written for, and its fast paths give
 * what the public API gives (the fallback taken outside that range).
 */
import fc from 'fast-check';
import { createRequire } from 'node:module';
import * as z from 'zod/mini';
import { afterEach, describe, expect, it } from 'vitest';
import { CITY_IDS, FORM_IDS, FORMS, validate } from '../src/index.js';
import { FIXTURES } from '../src/fixtures/index.js';
import { compiledObject, forcePublicZod, runShape, runShapePublic, zodInRange, ZOD_RANGE } from '../src/zod-private.js';

const zodVersion = (createRequire(import.meta.url)('zod/package.json') as { version: string }).version;

afterEach(() => forcePublicZod(false));

const samples = (form: (typeof FORM_IDS)[number]) => {
  const out: Record<string, unknown>[] = [];
  for (const city of CITY_IDS) {
    const fx = FIXTURES[city][form];
    out.push(fx.valid);
    for (const v of Object.values(fx.violations)) out.push(v.data as Record<string, unknown>);
    const keys = Object.keys(fx.valid);
    // Each field blank, wrong type and too long in turn.
    for (const k of keys) {
      out.push({ ...fx.valid, [k]: '' }, { ...fx.valid, [k]: 42 }, { ...fx.valid, [k]: 'x'.repeat(5000) }, { ...fx.valid, [k]: undefined });
    }
  }
  out.push({}, { unknown: 1 });
  return out;
};

describe('zod-private', () => {
  it(`the installed zod (${zodVersion}) is inside the range the internals were written for`, () => {
    const [major, minor] = zodVersion.split('.').map(Number) as [number, number];
    expect(major).toBe(ZOD_RANGE.major);
    expect(minor).toBeGreaterThanOrEqual(ZOD_RANGE.minMinor);
    expect(zodInRange()).toBe(true);
    expect(z.core.version).toMatchObject({ major, minor });
    expect(zodInRange({ major: 5, minor: 0 })).toBe(false);
    expect(zodInRange({ major: 4, minor: 0 })).toBe(false);
  });

  describe.each(FORM_IDS)('%s', (form) => {
    const model = FORMS[form].model;
    it('runShape (zod internals) and runShapePublic (safeParse) agree on values and issues', () => {
      for (const data of samples(form)) {
        const fast = runShape(model, data);
        const slow = runShapePublic(model, data);
        const failed = new Set(fast.issues.map((i) => String(i.path?.[0])));
        expect(new Set(slow.issues.map((i) => String(i.path?.[0])))).toEqual(failed);
        const brief = (i: (typeof fast.issues)[number]) => ({
          code: i.code,
          path: i.path,
          origin: i.origin,
          minimum: i.minimum,
          maximum: i.maximum,
          params: i.params,
        });
        expect(slow.issues.map(brief)).toEqual(fast.issues.map(brief));
        // Values of the fields that passed are the same.
        for (const k of Object.keys(model.shape)) if (!failed.has(k)) expect(slow.value[k]).toEqual(fast.value[k]);
      }
    });

    it('the compiled object parses as zod/mini z.object does', () => {
      const plain = z.object(model.shape);
      const compiled = compiledObject(model.shape);
      expect(Object.keys(compiled.shape)).toEqual(Object.keys(model.shape));
      for (const data of samples(form)) {
        const a = plain.safeParse(data);
        const b = compiled.safeParse(data);
        expect(b.success).toBe(a.success);
        if (a.success && b.success) expect(b.data).toEqual(a.data);
        else expect(b.error?.issues.map((i) => [i.code, i.path])).toEqual(a.error?.issues.map((i) => [i.code, i.path]));
      }
    });

    it('validate gives the same results through the public fallback', () => {
      for (const city of CITY_IDS) {
        const fx = FIXTURES[city][form];
        for (const data of samples(form).slice(0, 60)) {
          const options = { city, today: fx.today };
          const fast = validate(form, data, options);
          forcePublicZod(true);
          const slow = validate(form, data, options);
          forcePublicZod(false);
          expect(slow).toEqual(fast);
        }
      }
    });
  });

  it('arbitrary objects: both paths agree (leave)', () => {
    const model = FORMS.leave.model;
    const value = fc.oneof(fc.string({ maxLength: 60 }), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined));
    fc.assert(
      fc.property(fc.record(Object.fromEntries(Object.keys(model.shape).map((k) => [k, value])), { requiredKeys: [] }), (data) => {
        const fast = runShape(model, data);
        const slow = runShapePublic(model, data);
        expect(slow.issues.map((i) => [i.code, i.path])).toEqual(fast.issues.map((i) => [i.code, i.path]));
      }),
      { numRuns: 300 },
    );
  });
});
