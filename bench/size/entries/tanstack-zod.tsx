// TanStack Form + zod (Standard Schema validators), six fields.
import { useForm } from '@tanstack/react-form';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { DATE_PATTERN, LABELS, MAX, PHONE_PATTERN, ROLES, ROLE_VALUES, mountPoint } from '../spec.js';

const schema = z.object({
  name: z.string().trim().min(1, '必填').max(MAX.name),
  role: z.enum(ROLE_VALUES, '必填'),
  startDate: z.string().regex(new RegExp(DATE_PATTERN), '日期格式 YYYY-MM-DD'),
  endDate: z.string().regex(new RegExp(DATE_PATTERN), '日期格式 YYYY-MM-DD'),
  reason: z.string().trim().min(1, '必填').max(MAX.reason),
  phone: z.string().regex(new RegExp(PHONE_PATTERN), '手机号码格式不正确'),
});
type Key = keyof z.input<typeof schema>;

function Leave() {
  const form = useForm({
    defaultValues: { name: '', role: '', startDate: '', endDate: '', reason: '', phone: '' },
    validators: { onSubmit: schema as never },
    onSubmit: ({ value }) => console.log(value),
  });
  const field = (name: Key, kind: 'input' | 'select' | 'textarea', type = 'text') => (
    <form.Field name={name}>
      {(f) => {
        const props = { id: name, value: f.state.value, onBlur: f.handleBlur, onChange: (e: { target: { value: string } }) => f.handleChange(e.target.value) };
        return (
          <div>
            <label htmlFor={name}>{LABELS[name]}</label>
            {kind === 'select' ? (
              <select {...props}>
                <option value="" />
                {ROLES.map((r) => (
                  <option key={r.value} value={r.value}>
                    {r.label}
                  </option>
                ))}
              </select>
            ) : kind === 'textarea' ? (
              <textarea {...props} />
            ) : (
              <input type={type} {...props} />
            )}
            {f.state.meta.errors.length ? (
              <p role="alert">
                {f.state.meta.errors.map((e) => (typeof e === 'string' ? e : (e as unknown as { message?: string } | undefined)?.message)).join(', ')}
              </p>
            ) : null}
          </div>
        );
      }}
    </form.Field>
  );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void form.handleSubmit();
      }}
      noValidate
    >
      {field('name', 'input')}
      {field('role', 'select')}
      {field('startDate', 'input', 'date')}
      {field('endDate', 'input', 'date')}
      {field('reason', 'textarea')}
      {field('phone', 'input', 'tel')}
      <button type="submit">提交</button>
    </form>
  );
}
createRoot(mountPoint()).render(<Leave />);
