/**
 * Repeating groups. `Rows` wraps react-hook-form's useFieldArray: each row is its
 * own memoised component with registered (uncontrolled) inputs, so typing in one
 * row re-renders nothing else. Add, remove and reorder are buttons, usable by
 * keyboard; focus follows the moved or added row.
 * @module
 */
import { memo, useCallback, useEffect, useRef, type ReactNode } from 'react';
import { get, useController, useFieldArray, useFormContext, useFormState } from 'react-hook-form';
import { byId, fieldId, useFormApi } from '../internal/form-context.js';
import { FieldError, useUi } from './fields.js';

interface RowsProps {
  name: string;
  legend: string;
  /** The values of a new row. */
  empty: Record<string, unknown>;
  /** Renders one row's fields; `prefix` is e.g. `consultations.2`. */
  renderRow: (prefix: string, index: number) => ReactNode;
  hint?: string;
  max?: number;
}

/** A repeating group of rows (countersigning units, attendees…). */
export function Rows({ name, legend, empty, renderRow, hint, max = 50 }: RowsProps) {
  const { control } = useFormContext();
  const { fields, append, remove, move } = useFieldArray({ control, name });
  const { baseId } = useFormApi();
  const { ui, fmt } = useUi();
  const groupId = fieldId(baseId, name);
  const focusNext = useRef<string | null>(null);
  const groupRef = useRef<HTMLFieldSetElement>(null);
  const { errors } = useFormState({ control, name });
  const err = get<typeof errors, { message?: string; root?: { message?: string } } | undefined>(errors, name);
  const invalid = Boolean(err?.message ?? err?.root?.message);

  useEffect(() => {
    if (!focusNext.current) return;
    byId(groupRef.current, focusNext.current)?.focus();
    focusNext.current = null;
  });

  const onMove = useCallback(
    (from: number, to: number, which: 'up' | 'down') => {
      move(from, to);
      focusNext.current = `${groupId}-${to}-${which}`;
    },
    [move, groupId],
  );
  const onRemove = useCallback(
    (index: number) => {
      remove(index);
      focusNext.current = `${groupId}-add`;
    },
    [remove, groupId],
  );

  return (
    <fieldset
      ref={groupRef}
      className={`cf-fieldset cf-rows${invalid ? ' cf-field--error' : ''}`}
      id={groupId}
      tabIndex={-1}
      aria-describedby={invalid ? `${groupId}-error` : undefined}
    >
      <legend className="cf-legend">{legend}</legend>
      {hint ? <p className="cf-hint">{hint}</p> : null}
      <FieldError name={name} id={`${groupId}-error`} />
      <ol className="cf-rows__list">
        {fields.map((f, i) => (
          <Row key={f.id} index={i} count={fields.length} groupId={groupId} label={fmt(ui.row, { n: i + 1 })} onMove={onMove} onRemove={onRemove}>
            {renderRow(`${name}.${i}`, i)}
          </Row>
        ))}
      </ol>
      {fields.length < max ? (
        <button
          type="button"
          className="cf-button cf-button--secondary"
          id={`${groupId}-add`}
          onClick={() => {
            append(empty, { shouldFocus: true });
          }}
        >
          {ui.add}
          <span className="cf-visually-hidden">{legend}</span>
        </button>
      ) : null}
    </fieldset>
  );
}

const Row = memo(function Row(props: {
  index: number;
  count: number;
  groupId: string;
  label: string;
  onMove: (from: number, to: number, which: 'up' | 'down') => void;
  onRemove: (index: number) => void;
  children: ReactNode;
}) {
  const { ui } = useUi();
  const { index, count, groupId, label } = props;
  return (
    <li className="cf-row">
      <fieldset className="cf-fieldset cf-row__fieldset">
        <legend className="cf-legend cf-legend--row">{label}</legend>
        {props.children}
        <div className="cf-row__actions">
          <button
            type="button"
            className="cf-button cf-button--link"
            id={`${groupId}-${index}-up`}
            disabled={index === 0}
            onClick={() => props.onMove(index, index - 1, 'up')}
          >
            {ui.moveUp}
            <span className="cf-visually-hidden">{label}</span>
          </button>
          <button
            type="button"
            className="cf-button cf-button--link"
            id={`${groupId}-${index}-down`}
            disabled={index === count - 1}
            onClick={() => props.onMove(index, index + 1, 'down')}
          >
            {ui.moveDown}
            <span className="cf-visually-hidden">{label}</span>
          </button>
          <button type="button" className="cf-button cf-button--link cf-button--warning" onClick={() => props.onRemove(index)}>
            {ui.remove}
            <span className="cf-visually-hidden">{label}</span>
          </button>
        </div>
      </fieldset>
    </li>
  );
});

/** A short list of names (主送机关, 抄送机关, 请示事项): one text input per item. */
export const StringList = memo(function StringList({ name, legend, hint, required }: { name: string; legend: string; hint?: string; required?: boolean }) {
  const { control } = useFormContext();
  const { field, fieldState } = useController({ control, name });
  const { onChange, onBlur, ref: fieldRef } = field;
  const fieldValue: unknown = field.value;
  const { baseId, config } = useFormApi();
  const { ui, fmt } = useUi();
  const groupId = fieldId(baseId, name);
  const items: string[] = Array.isArray(fieldValue) ? (fieldValue as string[]) : [];
  // After adding or removing an item, focus moves to the new or previous input once the
  // list has re-rendered with the change.
  const focusIndex = useRef<number | null>(null);
  const listRef = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    if (focusIndex.current === null) return;
    byId(listRef.current, `${groupId}-${focusIndex.current}`)?.focus();
    focusIndex.current = null;
  });
  const invalid = Boolean(fieldState.error);
  return (
    <fieldset
      ref={listRef}
      className={`cf-fieldset cf-list${invalid ? ' cf-field--error' : ''}`}
      id={groupId}
      tabIndex={-1}
      aria-describedby={invalid ? `${groupId}-error` : undefined}
    >
      <legend className="cf-legend">
        {legend}
        {required ? <span className="cf-required">{config.ui.requiredMark}</span> : null}
      </legend>
      {hint ? <p className="cf-hint">{hint}</p> : null}
      <FieldError name={name} id={`${groupId}-error`} />
      {items.map((value, i) => (
        <div className="cf-list__item" key={i}>
          <label className="cf-visually-hidden" htmlFor={`${groupId}-${i}`}>
            {legend} {fmt(ui.row, { n: i + 1 })}
          </label>
          <input
            className="cf-input cf-input--l"
            id={`${groupId}-${i}`}
            name={`${name}.${i}`}
            value={value}
            onBlur={onBlur}
            onChange={(e) => onChange(items.map((v, j) => (j === i ? e.target.value : v)))}
          />
          <button
            type="button"
            className="cf-button cf-button--link cf-button--warning"
            onClick={() => {
              onChange(items.filter((_, j) => j !== i));
              focusIndex.current = Math.max(0, i - 1);
            }}
          >
            {ui.remove}
            <span className="cf-visually-hidden">
              {legend} {fmt(ui.row, { n: i + 1 })}
            </span>
          </button>
        </div>
      ))}
      <button
        type="button"
        className="cf-button cf-button--secondary"
        ref={fieldRef}
        onClick={() => {
          onChange([...items, '']);
          focusIndex.current = items.length;
        }}
      >
        {ui.add}
        <span className="cf-visually-hidden">{legend}</span>
      </button>
    </fieldset>
  );
});
