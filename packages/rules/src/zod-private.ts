/**
 * The only module that touches zod's non-public API, for two measured speed-ups:
 *
 * - `runShape`: one run of a form model gives the issues of the failed fields AND
 *   the parsed values of the others (zod's `safeParse` drops the value when any
 *   field fails, and builds an error object).
 * - `compiledObject`: the form models under Node use zod's compiled object parser
 *   (`$ZodObjectJIT`, what classic `z.object` uses; zod/mini's `z.object` is always
 *   interpreted): about 2× the model's parse throughput, ≈ 30 % of a whole
 *   `validate('leave', …)` (measured 2026-11-27: 0.81 M vs 0.38 M parses/s;
 *   validate ≈ 195 k/s with it).
 *
 * Both are used only while zod's version is inside {@link ZOD_RANGE} and the
 * internals have the expected shape; otherwise they fall back to the public API
 * (`safeParse`, `z.object`), with the same results (`test/zod-private.test.ts`
 * pins the range and checks fast path and fallback agree).
 * @module
 */
import * as z from 'zod/mini';
import * as core from 'zod/v4/core';

/** The zod versions whose internals this module was written against: 4.1 ≤ v < 5. */
export const ZOD_RANGE = { major: 4, minMinor: 1 } as const;

/** Whether the installed zod is inside {@link ZOD_RANGE}. */
export const zodInRange = (v: { major: number; minor: number } = core.version): boolean => v.major === ZOD_RANGE.major && v.minor >= ZOD_RANGE.minMinor;

/** An issue of a field, as the engine reads it (the common part of zod's raw and final issues). */
export interface FieldIssue {
  code: string;
  path?: PropertyKey[] | undefined;
  params?: Record<string, unknown> | undefined;
  origin?: string | undefined;
  minimum?: unknown;
  maximum?: unknown;
  expected?: unknown;
}

/** The outcome of one parse of a form model: its value (known fields, parsed) and the issues. */
export interface ShapeRun {
  value: Record<string, unknown>;
  issues: FieldIssue[];
}

interface Runner {
  _zod?: { run?: (payload: { value: unknown; issues: unknown[] }, ctx: { async: false }) => unknown };
}
const RUN_CTX = { async: false } as const;
let usePrivate = zodInRange();

/**
 * Parse an object `data` with a form model: the value of every known key that
 * parsed (failed keys keep their raw value; the caller drops them) and every issue.
 * @example
 * ```ts
 * const { value, issues } = runShape(LeaveModel, { applicantName: ' 张三 ' });
 * value.applicantName; // '张三'
 * ```
 */
export function runShape(model: z.ZodMiniObject, data: Record<string, unknown>): ShapeRun {
  if (usePrivate) {
    const run = (model as unknown as Runner)._zod?.run?.({ value: data, issues: [] }, RUN_CTX) as ShapeRun | undefined;
    if (run && !(run instanceof Promise) && Array.isArray(run.issues) && typeof run.value === 'object' && run.value !== null) return run;
    usePrivate = false; // zod changed under us: the public path from now on
  }
  return runShapePublic(model, data);
}

/**
 * `runShape` through zod's public API only: `safeParse` of the whole model, and
 * when it fails, of each field on its own for the values of the fields that passed.
 * @example
 * ```ts
 * runShapePublic(LeaveModel, data).issues.length; // as runShape
 * ```
 */
export function runShapePublic(model: z.ZodMiniObject, data: Record<string, unknown>): ShapeRun {
  const whole = model.safeParse(data);
  if (whole.success) return { value: whole.data, issues: [] };
  const value: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(model.shape as Record<string, z.ZodMiniType>)) {
    const raw = Object.hasOwn(data, key) ? data[key] : undefined;
    const one = schema.safeParse(raw);
    const out = one.success ? one.data : raw;
    if (out !== undefined || Object.hasOwn(data, key)) value[key] = out;
  }
  return { value, issues: whole.error.issues };
}

/** Test hook: force the public path (true) or go back to the default choice (false). */
export function forcePublicZod(on: boolean): void {
  usePrivate = !on && zodInRange();
}

type Init = { init(inst: unknown, def: unknown): void };
const ZodCompiledObject = /*@__PURE__*/ core.$constructor('ZodFastObject', (inst: core.$ZodObject, def: core.$ZodObjectDef) => {
  (core.$ZodObjectJIT as unknown as Init).init(inst, def);
  (z.ZodMiniType as unknown as Init).init(inst, def);
  core.util.installLazyProp(inst, 'shape', (self: core.$ZodObject) => self._zod.def.shape, false);
});

/**
 * An object schema parsed by zod's generated code where allowed (it still falls
 * back to the interpreter under `z.config({ jitless: true })`); plain `z.object`
 * outside {@link ZOD_RANGE}.
 * @example
 * ```ts
 * const Model = compiledObject({ name: requiredText(50) });
 * Model.shape.name; // the field schema, as with z.object
 * ```
 */
export function compiledObject<T extends core.$ZodLooseShape>(shape: T): z.ZodMiniObject<T, core.$strip> {
  if (!zodInRange() || typeof (core.$ZodObjectJIT as unknown as Partial<Init>).init !== 'function') return z.object(shape);
  return new ZodCompiledObject({ type: 'object', shape }) as unknown as z.ZodMiniObject<T, core.$strip>;
}
