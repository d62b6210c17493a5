/**
 * `#object` in browsers (and anywhere without the `node` condition): the form
 * models' object schema is zod/mini's `z.object`, interpreted, never generating
 * code (so nothing to probe under a strict CSP) and without the compiler's bytes
 * in the bundle. Node gets `./object.node.ts` (compiled, for throughput).
 * @module
 */
import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';

/**
 * An object schema for a form model (here: zod/mini's `z.object`).
 * @example
 * ```ts
 * const Model = fastObject({ name: requiredText(50) });
 * Model.shape.name; // the field schema, as with z.object
 * ```
 */
export const fastObject = <T extends core.$ZodLooseShape>(shape: T): z.ZodMiniObject<T, core.$strip> => z.object(shape);
