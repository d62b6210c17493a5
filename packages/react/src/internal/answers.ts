/**
 * Check-your-answers rows from the form's layout: every visible field, in form
 * order, shown as text (a choice by its label, yes/no, a list joined, a row as
 * its first column with the others in brackets).
 * @module
 */
import { layoutIn, visibleFields, type FormId, type FormLayoutSpec, type Issue, type LayoutField } from '@city-forms/rules/core';
import type { FieldValues } from 'react-hook-form';
import type { ResolvedConfig } from '../provider.js';
import type { Answer } from './Frame.js';
import { optionLabel } from './Layout.js';

/** A form value as text: '' for a missing one (form values are typed unknown). */
export function textOf(v: unknown): string {
  if (v === undefined || v === null) return '';
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the values shown are strings, numbers and booleans; String() is the conversion wanted for any of them
  return String(v);
}

type Ctx = { config: ResolvedConfig; form: FormId };

/** One value of a field as text. */
function valueText(ctx: Ctx, path: string, f: LayoutField, v: unknown): string {
  const ui = ctx.config.ui;
  switch (f.widget) {
    case 'checkbox':
      return v ? ui.yes : ui.no;
    case 'select': {
      const o = f.options?.find((x) => x.id === v);
      return o ? optionLabel(ctx.config, path, o) : textOf(v);
    }
    case 'list':
      return Array.isArray(v)
        ? v
            .map(String)
            .filter((x) => x.trim() !== '')
            .join(ui.listSeparator)
        : '';
    case 'rows':
      return Array.isArray(v) ? (v as Record<string, unknown>[]).map((row) => rowText(ctx, path, f, row)).join(ui.listSeparator) : '';
    default:
      return textOf(v).trim();
  }
}

/**
 * A row as text: its first column, then the others that apply and say
 * something: a ticked box by its label, an unticked box that starts ticked on a
 * new row (agreed) as 否 + label, a filled text.
 */
function rowText(ctx: Ctx, path: string, f: LayoutField, row: Record<string, unknown>): string {
  const [first, ...rest] = (f.fields ?? []).filter((c) => c.applies);
  if (!first) return '';
  const label = (c: LayoutField) => ctx.config.label(ctx.form, `${path}.${c.name}`);
  const parts = rest.flatMap((c) => {
    const v = row[c.name];
    if (c.widget === 'checkbox') return v ? [label(c)] : f.empty?.[c.name] === true ? [`${ctx.config.ui.no}${label(c)}`] : [];
    const t = valueText(ctx, `${path}.${c.name}`, c, v);
    return t ? [t] : [];
  });
  const head = valueText(ctx, `${path}.${first.name}`, first, row[first.name]);
  return parts.length ? `${head}（${parts.join('，')}）` : head;
}

/**
 * The answers of check-your-answers (and the printed sheet): the layout's visible
 * fields for these values and issues.
 */
export function buildAnswers(spec: FormLayoutSpec, config: ResolvedConfig, values: FieldValues, issues: readonly Issue[]): Answer[] {
  const ctx: Ctx = { config, form: spec.module.id };
  return visibleFields(layoutIn(spec, config.profile, values, issues)).map((f) => ({
    name: f.name,
    label: config.label(ctx.form, f.name),
    value: valueText(ctx, f.name, f, values[f.name]),
  }));
}
