/**
 * Fit untrusted input (a stored draft, a query string) to a form's data model
 * before anything renders it: unknown keys dropped, values of the wrong type
 * dropped, arrays cut to their maximum length and strings to theirs. It reads
 * the zod schema's definition (`_zod.def`, zod's documented way for tools to
 * walk a schema), so every form is covered without a per-form list.
 * @module
 */
import type * as z from 'zod/mini';

interface Def {
  type?: string;
  shape?: Record<string, Walkable>;
  element?: Walkable;
  innerType?: Walkable;
  in?: Walkable;
  options?: Walkable[];
  values?: unknown[];
  entries?: Record<string, unknown>;
  checks?: { _zod?: { def?: { check?: string; maximum?: unknown } } }[];
}
interface Walkable {
  _zod?: { def?: Def };
}

const DROP = Symbol('drop');

function maxLength(def: Def): number {
  let max = Infinity;
  for (const c of def.checks ?? []) {
    const d = c._zod?.def;
    if (d?.check === 'max_length' && typeof d.maximum === 'number') max = Math.min(max, d.maximum);
  }
  return max;
}

function cutString(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, max);
  // never leave half of a surrogate pair at the end
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

function walk(schema: Walkable | undefined, value: unknown, depth: number): unknown {
  const def = schema?._zod?.def;
  if (!def || depth > 32) return DROP;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      if (value === undefined) return def.type === 'nonoptional' ? DROP : undefined;
      return walk(def.innerType, value, depth + 1);
    case 'nullable':
      return value === null ? null : walk(def.innerType, value, depth + 1);
    case 'pipe':
      return walk(def.in, value, depth + 1);
    case 'object': {
      if (!isPlainObject(value)) return DROP;
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(def.shape ?? {})) {
        if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
        const r = walk(def.shape?.[key], value[key], depth + 1);
        if (r !== DROP && r !== undefined) out[key] = r;
      }
      return out;
    }
    case 'array': {
      if (!Array.isArray(value)) return DROP;
      const out: unknown[] = [];
      for (const item of value.slice(0, maxLength(def))) {
        const r = walk(def.element, item, depth + 1);
        if (r !== DROP) out.push(r);
      }
      return out;
    }
    case 'string':
      return typeof value === 'string' ? cutString(value, maxLength(def)) : DROP;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : DROP;
    case 'boolean':
      return typeof value === 'boolean' ? value : DROP;
    case 'enum':
      return Object.values(def.entries ?? {}).includes(value) ? value : DROP;
    case 'literal':
      return (def.values ?? []).includes(value) ? value : DROP;
    case 'union':
      for (const option of def.options ?? []) {
        const r = walk(option, value, depth + 1);
        if (r !== DROP) return r;
      }
      return DROP;
    default:
      // any, unknown, custom, transform: only plain JSON scalars get through
      return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)) || value === null ? value : DROP;
  }
}

/**
 * The part of `value` that fits a form model's input shape: known keys only,
 * each of the right type, arrays and strings no longer than the model allows.
 * Never throws; anything that is not an object gives `{}`.
 * @example
 * ```ts
 * trimToModel(AgendaModel, { title: { toString: 1 }, extra: 1, consultations: rows5000 });
 * // { consultations: rows5000.slice(0, 50) }
 * ```
 */
export function trimToModel(model: z.ZodMiniObject, value: unknown): Record<string, unknown> {
  try {
    const r = walk(model, value, 0);
    return r !== DROP && isPlainObject(r) ? r : {};
  } catch {
    return {};
  }
}
