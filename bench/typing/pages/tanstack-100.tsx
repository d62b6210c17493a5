// TanStack Form, 100 fields, each with an onChange validator (required, max length).
import { useForm } from '@tanstack/react-form';
import { byId, mount } from './harness.js';
import { FIELDS, FIELD_MAX, required } from './spec.js';

function Form100() {
  const form = useForm({ defaultValues: Object.fromEntries(FIELDS.map((f) => [f.name, ''])), onSubmit: ({ value }) => console.log(value) });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void form.handleSubmit();
      }}
      noValidate
    >
      {FIELDS.map((f) => (
        <form.Field key={f.name} name={f.name} validators={{ onChange: ({ value }) => required(value) ?? (value.length > FIELD_MAX ? '过长' : undefined) }}>
          {(field) => (
            <div>
              <label htmlFor={f.name}>{f.label}</label>
              <input id={f.name} value={field.state.value} onBlur={field.handleBlur} onChange={(e) => field.handleChange(e.target.value)} />
              {field.state.meta.errors.length ? <p role="alert">{field.state.meta.errors.join(', ')}</p> : null}
            </div>
          )}
        </form.Field>
      ))}
      <button type="submit">提交</button>
    </form>
  );
}
mount(<Form100 />, byId('f0'));
