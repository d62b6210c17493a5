/**
 * Renders a form's layout (`@city-forms/rules` layouts as data): each section a
 * fieldset, each field the control its widget names, a field with a `when` shown
 * while its condition holds (watched per field, so typing elsewhere re-renders
 * nothing). The forms add only what is theirs (a label suffix, a hint after a field).
 * @module
 */
import {
  conditionHolds,
  layoutIn,
  type Condition,
  type FormLayoutSpec,
  type LayoutField,
  type LayoutSection,
  type ValidationResult,
} from '@city-forms/rules/core';
import { Fragment, memo, useCallback, useMemo, type ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { CheckboxField, DateField, Section, SelectField, TextArea, TextField } from '../fields/fields.js';
import type { Rows, StringList } from '../fields/lists.js';
import type { UiKey } from '../i18n.js';
import type { ResolvedConfig } from '../provider.js';
import { useFormApi, useResult } from './form-context.js';

/**
 * What a form adds to its layout: label overrides and content after a field, by
 * path (`countersigners.sentOn` for a row's column), and the repeating-group
 * components when its layout has `rows` or `list` fields (passed in, so a form
 * without them does not ship them).
 */
export interface LayoutExtras {
  labels?: Readonly<Record<string, string>>;
  after?: Readonly<Record<string, (prefix: string) => ReactNode>>;
  Rows?: typeof Rows;
  StringList?: typeof StringList;
}

/** The layout of a form for the current city (recomputed when the profile changes). */
export function useLayout(spec: FormLayoutSpec, config: ResolvedConfig): LayoutSection[] {
  return useMemo(() => layoutIn(spec, config.profile), [spec, config.profile]);
}

/** A choice's label: the profile's, or the catalogue's `<field>.<id>`. */
export function optionLabel(config: ResolvedConfig, field: string, o: { id: string; label: Record<string, string> | null }): string {
  return o.label ? (o.label[config.locale] ?? o.id) : config.option(`${field}.${o.id}`);
}

/** The sections of a layout, rendered. */
export function LayoutView({ sections, extras = {} }: { sections: readonly LayoutSection[]; extras?: LayoutExtras }) {
  return (
    <>
      {sections.map((s) => {
        if (!s.fields.some((f) => f.applies)) return null;
        const fields = <FieldList fields={s.fields} prefix="" extras={extras} />;
        return s.labelKey ? <LegendSection key={s.id} labelKey={s.labelKey} fields={fields} /> : <Fragment key={s.id}>{fields}</Fragment>;
      })}
    </>
  );
}

function LegendSection({ labelKey, fields }: { labelKey: string; fields: ReactNode }) {
  const { config } = useFormApi();
  return <Section legend={config.ui[labelKey as UiKey] ?? labelKey}>{fields}</Section>;
}

/** Fields in order; a run of fields shown by the same condition is revealed together (indented when a box ticked shows it). */
function FieldList({ fields, prefix, extras }: { fields: readonly LayoutField[]; prefix: string; extras: LayoutExtras }) {
  const out: ReactNode[] = [];
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    if (!f.applies) continue;
    if (!f.when) {
      out.push(<LaidOutField key={f.name} field={f} prefix={prefix} extras={extras} />);
      continue;
    }
    const group = [f];
    while (i + 1 < fields.length && fields[i + 1]!.when === f.when) group.push(fields[++i]!);
    const revealed = 'field' in f.when && f.when.is === true;
    out.push(
      <When key={f.name} when={f.when} prefix={prefix}>
        {revealed ? (
          <div className="cf-conditional">
            {group
              .filter((g) => g.applies)
              .map((g) => (
                <LaidOutField key={g.name} field={g} prefix={prefix} extras={extras} />
              ))}
          </div>
        ) : (
          group.filter((g) => g.applies).map((g) => <LaidOutField key={g.name} field={g} prefix={prefix} extras={extras} />)
        )}
      </When>,
    );
  }
  return <>{out}</>;
}

/** The field paths a condition reads (row columns under the row's prefix). */
function watched(when: Condition, prefix: string, out: string[] = []): string[] {
  if ('any' in when) for (const c of when.any) watched(c, prefix, out);
  else if ('all' in when) for (const c of when.all) watched(c, prefix, out);
  else if ('field' in when) out.push(prefix + when.field);
  return out;
}

function hasIssue(when: Condition): boolean {
  return 'issue' in when || ('any' in when && when.any.some(hasIssue)) || ('all' in when && when.all.some(hasIssue));
}

/** Its children while the condition holds for the watched values (and the latest issues). */
function When({ when, prefix, children }: { when: Condition; prefix: string; children: ReactNode }) {
  const { control } = useFormContext();
  const names = useMemo(() => watched(when, prefix), [when, prefix]);
  const watchedValues = useWatch({ control, name: names }) as unknown[];
  const needsIssues = hasIssue(when);
  const codes = useResult(
    useFormApi(),
    useCallback((r: ValidationResult | null) => (needsIssues && r ? r.issues.map((i) => i.code).join(' ') : ''), [needsIssues]),
  );
  // Row columns are read from the row, other fields from the form (conditions name top-level fields).
  const read = Object.fromEntries(names.map((n, i) => [n.slice(prefix.length), watchedValues[i]]));
  return conditionHolds(when, prefix ? {} : read, new Set(codes ? codes.split(' ') : []), prefix ? read : undefined) ? <>{children}</> : null;
}

/** The layout path of a field (`countersigners.sentOn` for `countersigners.2.sentOn`). */
const layoutPath = (prefix: string, name: string) => (prefix ? `${prefix.replace(/\.\d+\.$/, '.')}${name}` : name);

const LaidOutField = memo(function LaidOutField({ field, prefix, extras }: { field: LayoutField; prefix: string; extras: LayoutExtras }) {
  const { config, form } = useFormApi();
  const name = prefix + field.name;
  const path = layoutPath(prefix, field.name);
  const d = field.display ?? {};
  const common = { name, ...(field.required ? { required: true } : {}), ...(extras.labels?.[path] ? { label: extras.labels[path] } : {}) };
  const after = extras.after?.[path]?.(prefix);
  let control: ReactNode;
  switch (field.widget) {
    case 'checkbox':
      control = <CheckboxField {...common} />;
      break;
    case 'date':
      control = <DateField {...common} />;
      break;
    case 'textarea':
      control = <TextArea {...common} {...(d.rows ? { rows: d.rows } : {})} />;
      break;
    case 'select':
      control = (
        <SelectField
          {...common}
          options={(field.options ?? []).map((o) => ({ value: o.id, label: optionLabel(config, path, o) }))}
          {...(field.placeholder === false ? { placeholder: false } : {})}
        />
      );
      break;
    case 'list': {
      const List = extras.StringList!;
      control = <List name={name} legend={config.label(form, path)} {...(field.required ? { required: true } : {})} />;
      break;
    }
    case 'rows': {
      const Rows = extras.Rows!;
      control = (
        <Rows
          name={name}
          legend={config.label(form, path)}
          empty={field.empty ?? {}}
          renderRow={(rowPrefix) => <FieldList fields={field.fields ?? []} prefix={`${rowPrefix}.`} extras={extras} />}
        />
      );
      break;
    }
    default:
      control = (
        <TextField
          {...common}
          {...(field.widget === 'tel'
            ? { type: 'tel' as const, inputMode: 'tel' as const }
            : field.widget === 'number'
              ? { inputMode: 'numeric' as const }
              : {})}
          {...(d.autoComplete ? { autoComplete: d.autoComplete } : {})}
          {...(d.width ? { width: d.width } : field.widget === 'number' ? { width: 's' as const } : {})}
        />
      );
  }
  return after ? (
    <>
      {control}
      {after}
    </>
  ) : (
    control
  );
});
