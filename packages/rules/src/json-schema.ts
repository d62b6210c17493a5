/**
 * JSON Schema (draft 2020-12) of each form's data model, for non-JS stacks. With a
 * city, option fields carry that city's allowed ids as `enum`.
 * @module
 */
import * as z from 'zod/mini';
import { FORMS } from './catalogue.js';
import { resolveCity } from './cities/index.js';
import type { CityProfileInput } from './profile/schema.js';
import type { FormId } from './types.js';

/**
 * The JSON Schema of a form's data model (the shape only: the city's cross-field
 * rules run in `validate`).
 * @example
 * ```ts
 * const schema = jsonSchema('leave', { city: 'fushun' });
 * schema.$schema; // 'https://json-schema.org/draft/2020-12/schema'
 * ```
 */
export function jsonSchema(form: FormId, options: { city?: string | CityProfileInput | undefined } = {}): Record<string, unknown> {
  const module = FORMS[form];
  const schema = z.toJSONSchema(module.model, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  schema['title'] = `city-forms ${form}`;
  // Dates are civil dates: say so in a way JSON Schema validators check.
  for (const pattern of module.dateFields) markDate(schema, pattern.split('.'), module.model.shape);
  if (options.city !== undefined) {
    const profile = resolveCity(options.city);
    const props = schema['properties'] as Record<string, Record<string, unknown>>;
    for (const [field, ids] of Object.entries(module.options(profile))) {
      if (props[field]) props[field] = { ...props[field], enum: [...ids] };
    }
    schema['description'] = `${form} data model for ${profile.name['zh-CN']} (${profile.id} ${profile.version})`;
  }
  return schema;
}

type Node = { properties?: Record<string, Node>; items?: Node; required?: string[]; format?: string; pattern?: string; type?: unknown };

function markDate(node: Node, segments: string[], shape: Record<string, { safeParse(v: unknown): { success: boolean } }> | null): void {
  const [head, ...rest] = segments;
  if (head === undefined) return;
  if (head === '*') {
    if (node.items) markDate(node.items, rest, null);
    return;
  }
  const prop = node.properties?.[head];
  if (!prop) return;
  if (rest.length > 0) {
    markDate(prop, rest, null);
    return;
  }
  // An optional date also accepts '' (not provided).
  const optional = shape ? shape[head]?.safeParse('').success === true : !(node.required ?? []).includes(head);
  if (optional) prop.pattern = '^(\\d{4}-\\d{2}-\\d{2})?$';
  else prop.format = 'date';
}
