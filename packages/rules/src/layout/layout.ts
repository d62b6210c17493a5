/**
 * Layouts as data: each form's sections and the fields in them, in order, with
 * the widget, whether it is required, the choices and when it is shown. Written
 * once per form (`layout/leave.ts`, `layout/agenda.ts`, `layout/document.ts`);
 * the React forms render it, check-your-answers lists it, the generated stories
 * and printed paper sheets read it. No UI framework here.
 *
 * What a layout decides, and where from:
 * - **widget**: from the model (a boolean is a checkbox, an array of objects is a
 *   list of rows, an array of texts a list of texts, a field whose choices the
 *   profile supplies or the layout lists is a select, a `dateFields` entry a
 *   date); the layout names the widget only where the model cannot tell (a long
 *   text, a phone number, a count);
 * - **required**: the model rejects the field's empty value (`''`, `[]`), or the
 *   layout says a rule requires it wherever it is shown (the reason of an urgent
 *   absence, jining's 密级);
 * - **applies**: `fieldAppliesIn` — optional fields some cities' rules read are
 *   shown only where such a rule applies (or where the layout's `alsoWhere` holds:
 *   a question only the derived results read, e.g. 复杂事项 for reply deadlines);
 * - **visible**: applies, and its `when` condition holds for the values (and the
 *   issues) given.
 *
 * @example
 * ```ts
 * import { formLayout } from '@city-forms/rules/layout';
 * for (const section of formLayout('leave', resolveCity('fushun'), values)) {
 *   if (!section.visible) continue;
 *   console.log(section.labelKey, section.fields.filter((f) => f.visible).map((f) => `${f.name}:${f.widget}`));
 * }
 * ```
 * @module
 */
import type * as z from 'zod/mini';
import { fieldAppliesIn } from '../engine.js';
import type { AnyFormModule } from '../forms/module.js';
import type { ResolvedProfile } from '../profile/resolve.js';
import type { Localized } from '../profile/schema.js';

/** How a field is asked for. `rows` holds sub-fields (`fields`), one set per row. */
export type Widget = 'text' | 'textarea' | 'date' | 'tel' | 'number' | 'select' | 'checkbox' | 'list' | 'rows';

/**
 * When a field is shown, as data. `field` is a path in the form (or, inside a
 * row, a sub-field of the same row); `issue` holds while the given issues carry
 * that rule code; `any` holds when one of its conditions does, `all` when each does.
 * @example
 * ```ts
 * const when: Condition = { any: [{ issue: 'leave.paired-absence' }, { field: 'headConsent', is: true }] };
 * ```
 */
export type Condition = { field: string; is: string | boolean } | { issue: string } | { any: readonly Condition[] } | { all: readonly Condition[] };

/**
 * One choice of a select. `label` is the profile's label (roles, kinds, document
 * types…); `null` means the catalogue's option label `<field>.<id>` (fixed lists
 * such as 密级), e.g. `catalogueFor(locale).options['classification.secret']`.
 */
export interface LayoutOption {
  id: string;
  label: Localized | null;
}

/** Presentation hints a renderer may follow (widths, autofill, textarea height). */
export interface Display {
  width?: 's' | 'm' | 'l';
  autoComplete?: string;
  rows?: number;
}

/** One field of a laid-out form. */
export interface LayoutField {
  /** The field's path in the form data (`reason`); inside `fields` of a `rows` field, the sub-field's key (`unit`). */
  name: string;
  widget: Widget;
  /** Marked as required where it is shown (the model rejects it empty, or a rule requires it wherever it applies). */
  required: boolean;
  /** The city's rules make the field apply (`fieldAppliesIn`). */
  applies: boolean;
  /** Applies, and its `when` holds for the values and issues given. */
  visible: boolean;
  /** The condition that shows it (kept so a renderer can re-check it as values change). */
  when?: Condition | undefined;
  /** Choices of a select, in order. */
  options?: readonly LayoutOption[] | undefined;
  /** A select whose model has a default starts on it: no empty "choose" entry. */
  placeholder?: boolean | undefined;
  /** The sub-fields of each row of a `rows` field. */
  fields?: readonly LayoutField[] | undefined;
  /** The values of a new row of a `rows` field (the row model's empty values). */
  empty?: Record<string, unknown> | undefined;
  display?: Display | undefined;
}

/** One section (a fieldset) of a laid-out form. */
export interface LayoutSection {
  /** Stable id, e.g. `applicant`. */
  id: string;
  /**
   * The key of the section's heading in the UI catalogue (`sectionApplicant`,
   * `@city-forms/react`'s `ui`); `null` for a section that is only its `rows`
   * field (which carries its own legend, the field's label).
   */
  labelKey: string | null;
  /** At least one of its fields is visible. */
  visible: boolean;
  fields: readonly LayoutField[];
}

/** A field as a layout file writes it: a name, or a name with what the model cannot tell. */
export type FieldSpec = string | FieldSpecObject;

/** A field of a layout file with details. */
export interface FieldSpecObject {
  name: string;
  widget?: Widget;
  /** A rule requires it wherever it is shown (the model alone would call it optional). */
  required?: boolean;
  when?: Condition;
  /** Choices: from the profile, or a fixed list whose labels are in the catalogue. */
  options?: ((profile: ResolvedProfile) => readonly LayoutOption[]) | readonly string[];
  /** Sub-fields of a row (a `rows` field). */
  fields?: readonly FieldSpec[];
  /** Applies also where this holds, though no rule reads it (a question only the derived results use). */
  alsoWhere?: (profile: ResolvedProfile) => boolean;
  display?: Display;
}

/** A section of a layout file. */
export interface SectionSpec {
  id: string;
  labelKey: string | null;
  fields: readonly FieldSpec[];
}

/**
 * A form's layout: its module and its sections. Build one with {@link defineLayout};
 * lay it out for a city with {@link layoutIn} (or `formLayout` by form id).
 */
export interface FormLayoutSpec {
  module: AnyFormModule;
  sections: readonly SectionSpec[];
}

/**
 * Define a form's layout (sections and the fields in them, in order).
 * @example
 * ```ts
 * const layout = defineLayout(leaveForm, [{ id: 'applicant', labelKey: 'sectionApplicant', fields: ['applicantName', 'applicantUnit'] }]);
 * ```
 */
export function defineLayout(module: AnyFormModule, sections: readonly SectionSpec[]): FormLayoutSpec {
  return { module, sections };
}

type Values = Readonly<Record<string, unknown>>;

/** Whether a condition holds for these values (`row`: the values of the row a sub-field is in) and issue codes. */
export function conditionHolds(when: Condition | undefined, values: Values, codes: ReadonlySet<string>, row?: Values): boolean {
  if (!when) return true;
  if ('any' in when) return when.any.some((c) => conditionHolds(c, values, codes, row));
  if ('all' in when) return when.all.every((c) => conditionHolds(c, values, codes, row));
  if ('issue' in when) return codes.has(when.issue);
  const source = row && when.field in row ? row : values;
  return pathValue(source, when.field) === when.is;
}

function pathValue(values: Values, path: string): unknown {
  let v: unknown = values;
  for (const key of path.split('.')) v = typeof v === 'object' && v !== null ? (v as Values)[key] : undefined;
  return v;
}

/** The public `def` of a zod schema (type and the inner schema of wrappers). */
type Def = {
  type: string;
  innerType?: z.ZodMiniType;
  in?: z.ZodMiniType;
  element?: z.ZodMiniType;
  defaultValue?: unknown;
  shape?: Record<string, z.ZodMiniType>;
};
const defOf = (s: z.ZodMiniType) => s.def as unknown as Def;

/** The schema under defaults, optionals and pipes. */
function core(s: z.ZodMiniType): z.ZodMiniType {
  const d = defOf(s);
  const inner = d.type === 'pipe' ? d.in : d.type === 'default' || d.type === 'optional' || d.type === 'nullable' ? d.innerType : undefined;
  return inner ? core(inner) : s;
}

function hasDefault(s: z.ZodMiniType): boolean {
  const d = defOf(s);
  if (d.type === 'default') return true;
  const inner = d.type === 'pipe' ? d.in : d.type === 'optional' || d.type === 'nullable' ? d.innerType : undefined;
  return inner ? hasDefault(inner) : false;
}

/** A field's empty value: what a blank form holds (`false`, `[]`, the default, or `''`). */
function emptyValue(s: z.ZodMiniType): unknown {
  const d = defOf(s);
  if (d.type === 'default') return d.defaultValue;
  const c = defOf(core(s)).type;
  return c === 'boolean' ? false : c === 'array' ? [] : '';
}

/** The widget the model implies: checkbox, rows, list, select (with choices), date or text. */
function widgetOf(schema: z.ZodMiniType, dated: boolean, hasOptions: boolean): Widget {
  const c = defOf(core(schema));
  if (c.type === 'boolean') return 'checkbox';
  if (c.type === 'array') return c.element && defOf(core(c.element)).type === 'object' ? 'rows' : 'list';
  if (hasOptions || c.type === 'enum') return 'select';
  return dated ? 'date' : 'text';
}

interface Ctx {
  module: AnyFormModule;
  profile: ResolvedProfile;
  values: Values;
  codes: ReadonlySet<string>;
  profileOptions: Record<string, readonly string[]>;
}

function layField(spec: FieldSpec, shape: Record<string, z.ZodMiniType>, prefix: string, ctx: Ctx): LayoutField {
  const s: FieldSpecObject = typeof spec === 'string' ? { name: spec } : spec;
  const path = prefix + s.name;
  const schema = shape[s.name];
  if (!schema) throw new Error(`layout of ${ctx.module.id}: no field ${path} in the model`);
  const fromProfile = ctx.profileOptions[path];
  const options: readonly LayoutOption[] | undefined =
    typeof s.options === 'function'
      ? s.options(ctx.profile)
      : s.options
        ? s.options.map((id) => ({ id, label: null }))
        : fromProfile?.map((id) => ({ id, label: null }));
  const dated = ctx.module.dateFields.includes(path) || ctx.module.dateFields.includes(prefix ? `${prefix}*.${s.name}` : s.name);
  const widget = s.widget ?? widgetOf(schema, dated, options !== undefined);
  const applies =
    (fieldAppliesIn(ctx.module, path, ctx.profile) || (s.alsoWhere?.(ctx.profile) ?? false)) && (widget !== 'select' || (options?.length ?? 0) > 0);
  const empty = emptyValue(schema);
  const field: LayoutField = {
    name: s.name,
    widget,
    required: s.required ?? (widget !== 'checkbox' && !schema.safeParse(empty).success),
    applies,
    visible: applies && (prefix !== '' || conditionHolds(s.when, ctx.values, ctx.codes)),
  };
  if (s.when) field.when = s.when;
  if (options) {
    field.options = options;
    field.placeholder = !hasDefault(schema);
  }
  if (s.display) field.display = s.display;
  if (widget === 'rows') {
    const element = defOf(core(schema)).element;
    const rowShape = element ? (defOf(core(element)).shape ?? {}) : {};
    const subs = (s.fields ?? Object.keys(rowShape)).map((f) => layField(f, rowShape, `${path}.`, ctx));
    field.fields = subs;
    field.empty = Object.fromEntries(Object.entries(rowShape).map(([k, v]) => [k, emptyValue(v)]));
  }
  return field;
}

/**
 * Lay a form out for a city: its sections and fields with widget, required,
 * applies and visible worked out for the profile (and, for `visible`, the values
 * and the codes of the issues given: a field shown by a condition is visible
 * only when it holds). Without values, conditions are checked on the empty form.
 * @example
 * ```ts
 * import { layoutIn } from '@city-forms/rules/core';
 * import { leaveLayout } from '@city-forms/rules/layout/leave';
 * const sections = layoutIn(leaveLayout, resolveCity('fushun'), { urgent: true });
 * sections[1]?.fields.find((f) => f.name === 'urgentReason')?.visible; // true where the city allows urgent cases
 * ```
 */
export function layoutIn(layout: FormLayoutSpec, profile: ResolvedProfile, values: Values = {}, issues: readonly { code: string }[] = []): LayoutSection[] {
  const ctx: Ctx = {
    module: layout.module,
    profile,
    values,
    codes: new Set(issues.map((i) => i.code)),
    profileOptions: layout.module.options(profile),
  };
  const shape = layout.module.model.shape as Record<string, z.ZodMiniType>;
  return layout.sections.map((section) => {
    const fields = section.fields.map((f) => layField(f, shape, '', ctx));
    return { id: section.id, labelKey: section.labelKey, visible: fields.some((f) => f.visible), fields };
  });
}

/**
 * The visible fields of a layout, in order (sections flattened): what
 * check-your-answers and a printed sheet list.
 * @example
 * ```ts
 * visibleFields(layoutIn(leaveLayout, profile, values)).map((f) => f.name); // ['applicantName', 'applicantRole', …]
 * ```
 */
export function visibleFields(sections: readonly LayoutSection[]): LayoutField[] {
  return sections.flatMap((s) => s.fields.filter((f) => f.visible));
}
