// TanStack Form, title + 20-row array field, onChange validators on the required fields.
import { useForm } from '@tanstack/react-form';
import { byId, mount } from './harness.js';
import { ROWS, TITLE_MAX, required } from './spec.js';

function ArrayForm() {
  const form = useForm({
    defaultValues: { title: '', unit: '', consultations: ROWS.map((r) => ({ ...r })) },
    onSubmit: ({ value }) => console.log(value),
  });
  const errs = (e: unknown[]) => (e.length ? <p role="alert">{e.join(', ')}</p> : null);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void form.handleSubmit();
      }}
      noValidate
    >
      <form.Field name="title" validators={{ onChange: ({ value }) => required(value) ?? (value.length > TITLE_MAX ? '过长' : undefined) }}>
        {(f) => (
          <div>
            <label htmlFor="title">议题名称</label>
            <input id="title" value={f.state.value} onBlur={f.handleBlur} onChange={(e) => f.handleChange(e.target.value)} />
            {errs(f.state.meta.errors)}
          </div>
        )}
      </form.Field>
      <form.Field name="unit" validators={{ onChange: ({ value }) => required(value) }}>
        {(f) => (
          <div>
            <label htmlFor="unit">承办单位</label>
            <input id="unit" value={f.state.value} onBlur={f.handleBlur} onChange={(e) => f.handleChange(e.target.value)} />
            {errs(f.state.meta.errors)}
          </div>
        )}
      </form.Field>
      <form.Field name="consultations" mode="array">
        {(rows) => (
          <fieldset>
            <legend>征求意见单位</legend>
            {rows.state.value.map((_, i) => (
              <div key={i}>
                <form.Field name={`consultations[${i}].unit`} validators={{ onChange: ({ value }) => required(value) }}>
                  {(f) => (
                    <label>
                      单位名称
                      <input value={f.state.value} onBlur={f.handleBlur} onChange={(e) => f.handleChange(e.target.value)} />
                      {errs(f.state.meta.errors)}
                    </label>
                  )}
                </form.Field>
                <form.Field name={`consultations[${i}].agreed`}>
                  {(f) => (
                    <label>
                      <input type="checkbox" checked={f.state.value} onChange={(e) => f.handleChange(e.target.checked)} />
                      意见一致
                    </label>
                  )}
                </form.Field>
                <form.Field name={`consultations[${i}].reasons`}>
                  {(f) => (
                    <label>
                      分歧理据
                      <textarea value={f.state.value} onChange={(e) => f.handleChange(e.target.value)} />
                    </label>
                  )}
                </form.Field>
              </div>
            ))}
          </fieldset>
        )}
      </form.Field>
      <button type="submit">提交</button>
    </form>
  );
}
mount(<ArrayForm />, byId('title'));
