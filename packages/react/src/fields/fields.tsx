/**
 * Field primitives. Ids and ARIA are wired once here: every control gets a label,
 * `aria-describedby` pointing at its hint and its error, and `aria-invalid` when
 * it has an error. Inputs are uncontrolled (registered), so typing does not
 * re-render the form; each field subscribes only to its own error.
 * @module
 */
import { formatMessage, type ValidationResult } from '@city-forms/rules/core';
import { memo, useCallback, type ReactNode } from 'react';
import { get, useFormContext, useFormState } from 'react-hook-form';
import { fieldId, issueAt, useFormApi, useResult } from '../internal/form-context.js';

interface BaseProps {
  name: string;
  /** Label override; defaults to the catalogue's field label. */
  label?: string;
  hint?: string;
  required?: boolean;
}

/** The error message under a field, with its citation. */
export function FieldError({ name, id }: { name: string; id: string }) {
  const { control } = useFormContext();
  const { errors } = useFormState({ control, name });
  const api = useFormApi();
  const { config } = api;
  const citation = useResult(
    api,
    useCallback((r: ValidationResult | null) => issueAt(r, name)?.citation ?? '', [name]),
  );
  const err = get<typeof errors, { message?: string; root?: { message?: string } } | undefined>(errors, name);
  const message = err?.message ?? err?.root?.message;
  if (!message) return null;
  return (
    <p className="cf-error" id={id}>
      <span className="cf-visually-hidden">{config.ui.errorTitlePrefix}</span>
      {message}
      {citation ? (
        <span className="cf-citation">
          {config.ui.citationOpen}
          {citation}
          {config.ui.citationClose}
        </span>
      ) : null}
    </p>
  );
}

function useFieldIds(name: string, hint: string | undefined) {
  const { baseId } = useFormApi();
  const id = fieldId(baseId, name);
  const { control } = useFormContext();
  const { errors } = useFormState({ control, name });
  const err = get<typeof errors, { message?: string; root?: { message?: string } } | undefined>(errors, name);
  const invalid = Boolean(err?.message ?? err?.root?.message);
  const describedBy = [hint ? `${id}-hint` : '', invalid ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return { id, invalid, describedBy };
}

function useLabel(name: string, label: string | undefined) {
  const { form, config } = useFormApi();
  return label ?? config.label(form, name.replace(/\.\d+\./g, '.').replace(/\.\d+$/, ''));
}

function LabelText({ text, required }: { text: string; required: boolean | undefined }) {
  const { config } = useFormApi();
  return (
    <>
      {text}
      {required ? <span className="cf-required">{config.ui.requiredMark}</span> : null}
    </>
  );
}

/**
 * The label, hint and error around one control, and the ARIA the control needs
 * (`id`, `aria-invalid`, `aria-describedby`, `aria-required`), wired once.
 */
function Labelled(props: BaseProps & { children: (aria: Record<string, unknown>) => ReactNode }) {
  const { id, invalid, describedBy } = useFieldIds(props.name, props.hint);
  const label = useLabel(props.name, props.label);
  const aria = { id, 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy, 'aria-required': props.required || undefined };
  return (
    <div className={`cf-field${invalid ? ' cf-field--error' : ''}`}>
      <label className="cf-label" htmlFor={id}>
        <LabelText text={label} required={props.required} />
      </label>
      {props.hint ? (
        <p className="cf-hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <FieldError name={props.name} id={`${id}-error`} />
      {props.children(aria)}
    </div>
  );
}

/** A single-line text input. */
export const TextField = memo(function TextField(
  props: BaseProps & { type?: 'text' | 'tel'; inputMode?: 'numeric' | 'tel' | 'text'; autoComplete?: string; width?: 's' | 'm' | 'l' },
) {
  const { register } = useFormContext();
  return (
    <Labelled {...props}>
      {(aria) => (
        <input
          className={`cf-input cf-input--${props.width ?? 'l'}`}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          autoComplete={props.autoComplete ?? 'off'}
          {...aria}
          {...register(props.name)}
        />
      )}
    </Labelled>
  );
});

/** A date typed as YYYY-MM-DD (a keyboard user can always type it). */
export const DateField = memo(function DateField(props: BaseProps) {
  const { config } = useFormApi();
  return <TextField {...props} hint={props.hint ?? config.ui.dateHint} inputMode="numeric" width="s" />;
});

/** A multi-line text input. */
export const TextArea = memo(function TextArea(props: BaseProps & { rows?: number }) {
  const { register } = useFormContext();
  return <Labelled {...props}>{(aria) => <textarea className="cf-textarea" rows={props.rows ?? 3} {...aria} {...register(props.name)} />}</Labelled>;
});

/** A choice from a list (native select: keyboard and screen readers handle it). */
export const SelectField = memo(function SelectField(props: BaseProps & { options: readonly { value: string; label: string }[]; placeholder?: boolean }) {
  const { register } = useFormContext();
  const { config } = useFormApi();
  return (
    <Labelled {...props}>
      {(aria) => (
        <select className="cf-select" {...aria} {...register(props.name)}>
          {props.placeholder !== false ? <option value="">{config.ui.choose}</option> : null}
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Labelled>
  );
});

/** A yes/no question as one checkbox. */
export const CheckboxField = memo(function CheckboxField(props: BaseProps) {
  const { register } = useFormContext();
  const { id, invalid, describedBy } = useFieldIds(props.name, props.hint);
  const label = useLabel(props.name, props.label);
  return (
    <div className={`cf-field cf-field--checkbox${invalid ? ' cf-field--error' : ''}`}>
      <FieldError name={props.name} id={`${id}-error`} />
      <div className="cf-checkbox">
        <input
          className="cf-checkbox__input"
          id={id}
          type="checkbox"
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          {...register(props.name)}
        />
        <label className="cf-checkbox__label" htmlFor={id}>
          {label}
        </label>
      </div>
      {props.hint ? (
        <p className="cf-hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
    </div>
  );
});

/** A group of related fields under a legend. */
export function Section({ legend, children, id }: { legend: string; children: ReactNode; id?: string }) {
  return (
    <fieldset className="cf-fieldset" id={id}>
      <legend className="cf-legend">{legend}</legend>
      {children}
    </fieldset>
  );
}

/** Format an interface string with params. */
export function useUi() {
  const { config } = useFormApi();
  return {
    ui: config.ui,
    fmt: (template: string, params: Record<string, string | number>) => formatMessage(config.locale, template, params),
  };
}
