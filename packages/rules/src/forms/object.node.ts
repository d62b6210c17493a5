/**
 * `#object` under Node (servers, the CLI): the form models' object schema with
 * zod's compiled parser (`$ZodObjectJIT`, as classic `z.object`). zod/mini's own
 * `z.object` is always interpreted; a server parsing submissions at volume gets
 * about twice the throughput from the compiled one. It still falls back to the
 * interpreter under `z.config({ jitless: true })`. Browsers get `./object.ts`.
 * @module
 */
import type * as z from 'zod/mini';
import * as mini from 'zod/mini';
import * as core from 'zod/v4/core';

/**
 * An object schema for a form model, parsed by generated code where allowed.
 * @example
 * ```ts
 * const Model = fastObject({ name: requiredText(50) });
 * Model.shape.name; // the field schema, as with z.object
 * ```
 */
export const fastObject = <T extends core.$ZodLooseShape>(shape: T): z.ZodMiniObject<T, core.$strip> =>
  new ZodFastObject({ type: 'object', shape }) as unknown as z.ZodMiniObject<T, core.$strip>;

type Init = { init(inst: unknown, def: unknown): void };
const ZodFastObject = /*@__PURE__*/ core.$constructor('ZodFastObject', (inst: core.$ZodObject, def: core.$ZodObjectDef) => {
  (core.$ZodObjectJIT as unknown as Init).init(inst, def);
  (mini.ZodMiniType as unknown as Init).init(inst, def);
  core.util.installLazyProp(inst, 'shape', (self: core.$ZodObject) => self._zod.def.shape, false);
});
