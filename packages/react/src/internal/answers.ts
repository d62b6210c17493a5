/**
 * Turning form values into check-your-answers rows, generically: the form lists
 * its visible fields in order and how each is shown.
 * @module
 */
import type { FieldValues } from 'react-hook-form';
import type { Answer } from './Frame.js';
import type { FormApi } from './form-context.js';

/** A form value as text: '' for a missing one (form values are typed unknown). */
export function textOf(v: unknown): string {
  if (v === undefined || v === null) return '';
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the values shown are strings, numbers and booleans; String() is the conversion wanted for any of them
  return String(v);
}

export type AnswerSpec =
  | { name: string; kind: 'text' }
  | { name: string; kind: 'bool' }
  | { name: string; kind: 'option'; options: readonly { value: string; label: string }[] }
  | { name: string; kind: 'list' }
  | { name: string; kind: 'rows'; describe: (row: Record<string, unknown>) => string };

export function buildAnswers(api: FormApi, values: FieldValues, specs: readonly AnswerSpec[]): Answer[] {
  const { config, form } = api;
  const ui = config.ui;
  const sep = ui.listSeparator;
  return specs.map((s) => {
    const v = values[s.name] as unknown;
    let value = '';
    switch (s.kind) {
      case 'text':
        value = textOf(v).trim();
        break;
      case 'bool':
        value = v ? ui.yes : ui.no;
        break;
      case 'option':
        value = v ? (s.options.find((o) => o.value === v)?.label ?? textOf(v)) : '';
        break;
      case 'list':
        value = Array.isArray(v)
          ? v
              .map(String)
              .filter((x) => x.trim() !== '')
              .join(sep)
          : '';
        break;
      case 'rows':
        value = Array.isArray(v) ? (v as Record<string, unknown>[]).map(s.describe).join(sep) : '';
        break;
    }
    return { name: s.name, label: config.label(form, s.name), value };
  });
}
