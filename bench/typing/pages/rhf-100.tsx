// react-hook-form (the kit's engine), 100 registered fields, default mode (validate on submit).
import { useForm } from 'react-hook-form';
import { byId, mount } from './harness.js';
import { FIELDS, FIELD_MAX } from './spec.js';

function Form100() {
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Record<string, string>>({ defaultValues: Object.fromEntries(FIELDS.map((f) => [f.name, ''])) });
  return (
    <form onSubmit={handleSubmit((v) => console.log(v))} noValidate>
      {FIELDS.map((f) => (
        <div key={f.name}>
          <label htmlFor={f.name}>{f.label}</label>
          <input id={f.name} {...register(f.name, { required: '必填', maxLength: FIELD_MAX })} />
          {errors[f.name] ? <p role="alert">{String(errors[f.name]?.message ?? '')}</p> : null}
        </div>
      ))}
      <button type="submit">提交</button>
    </form>
  );
}
mount(<Form100 />, byId('f0'));
