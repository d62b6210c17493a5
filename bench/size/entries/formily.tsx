// Formily core + react, six fields with plain controls (no UI kit).
import { createForm } from '@formily/core';
import { connect, Field, FormProvider, mapProps, observer, useField } from '@formily/react';
import type { ChangeEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { LABELS, MAX, PHONE_PATTERN, ROLES, mountPoint } from '../spec.js';

const Input = connect(
  'input',
  mapProps((p) => ({ ...p, value: (p as { value?: string }).value ?? '' })),
);
const TextArea = connect(
  'textarea',
  mapProps((p) => ({ ...p, value: (p as { value?: string }).value ?? '' })),
);
function Select(props: { value?: string; onChange: (e: ChangeEvent<HTMLSelectElement>) => void }) {
  return (
    <select value={props.value ?? ''} onChange={props.onChange}>
      <option value="" />
      {ROLES.map((r) => (
        <option key={r.value} value={r.value}>
          {r.label}
        </option>
      ))}
    </select>
  );
}
const Item = observer(({ children }: { children?: React.ReactNode }) => {
  const field = useField<{ title: string; selfErrors: string[] }>();
  return (
    <div>
      <label>
        {field.title}
        {children}
      </label>
      {field.selfErrors.length ? <p role="alert">{field.selfErrors.join(', ')}</p> : null}
    </div>
  );
});

const form = createForm();
function Leave() {
  return (
    <FormProvider form={form}>
      <Field name="name" title={LABELS.name} required validator={{ maxLength: MAX.name }} decorator={[Item]} component={[Input]} />
      <Field name="role" title={LABELS.role} required dataSource={ROLES.map((r) => ({ ...r }))} decorator={[Item]} component={[Select]} />
      <Field name="startDate" title={LABELS.startDate} required validator="date" decorator={[Item]} component={[Input, { type: 'date' }]} />
      <Field name="endDate" title={LABELS.endDate} required validator="date" decorator={[Item]} component={[Input, { type: 'date' }]} />
      <Field name="reason" title={LABELS.reason} required validator={{ maxLength: MAX.reason }} decorator={[Item]} component={[TextArea]} />
      <Field name="phone" title={LABELS.phone} required validator={{ pattern: PHONE_PATTERN }} decorator={[Item]} component={[Input, { type: 'tel' }]} />
      <button type="button" onClick={() => form.submit((v) => console.log(v)).catch(() => undefined)}>
        提交
      </button>
    </FormProvider>
  );
}
createRoot(mountPoint()).render(<Leave />);
