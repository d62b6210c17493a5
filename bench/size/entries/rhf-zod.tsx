// Baseline: bare react-hook-form + @hookform/resolvers + zod, six fields.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
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
type Values = z.input<typeof schema>;

function Leave() {
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Values>({ resolver: zodResolver(schema) });
  const err = (k: keyof Values) => (errors[k] ? <p role="alert">{errors[k]?.message}</p> : null);
  return (
    <form onSubmit={handleSubmit((v) => console.log(v))} noValidate>
      <label>
        {LABELS.name}
        <input {...register('name')} />
      </label>
      {err('name')}
      <label>
        {LABELS.role}
        <select {...register('role')}>
          <option value="" />
          {ROLES.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
      </label>
      {err('role')}
      <label>
        {LABELS.startDate}
        <input type="date" {...register('startDate')} />
      </label>
      {err('startDate')}
      <label>
        {LABELS.endDate}
        <input type="date" {...register('endDate')} />
      </label>
      {err('endDate')}
      <label>
        {LABELS.reason}
        <textarea {...register('reason')} />
      </label>
      {err('reason')}
      <label>
        {LABELS.phone}
        <input type="tel" {...register('phone')} />
      </label>
      {err('phone')}
      <button type="submit">提交</button>
    </form>
  );
}
createRoot(mountPoint()).render(<Leave />);
