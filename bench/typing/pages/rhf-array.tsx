// react-hook-form, title + 20-row field array, default mode (validate on submit).
import { useFieldArray, useForm } from 'react-hook-form';
import { byId, mount } from './harness.js';
import { ROWS, TITLE_MAX, type Row } from './spec.js';

interface Values {
  title: string;
  unit: string;
  consultations: Row[];
}
function ArrayForm() {
  const {
    register,
    control,
    handleSubmit,
    formState: { errors },
  } = useForm<Values>({ defaultValues: { title: '', unit: '', consultations: ROWS } });
  const { fields } = useFieldArray({ control, name: 'consultations' });
  return (
    <form onSubmit={handleSubmit((v) => console.log(v))} noValidate>
      <label htmlFor="title">议题名称</label>
      <input id="title" {...register('title', { required: '必填', maxLength: TITLE_MAX })} />
      {errors.title ? <p role="alert">{errors.title.message}</p> : null}
      <label htmlFor="unit">承办单位</label>
      <input id="unit" {...register('unit', { required: '必填' })} />
      <fieldset>
        <legend>征求意见单位</legend>
        {fields.map((row, i) => (
          <div key={row.id}>
            <label>
              单位名称
              <input {...register(`consultations.${i}.unit`, { required: '必填' })} />
            </label>
            <label>
              <input type="checkbox" {...register(`consultations.${i}.agreed`)} />
              意见一致
            </label>
            <label>
              分歧理据
              <textarea {...register(`consultations.${i}.reasons`)} />
            </label>
          </div>
        ))}
      </fieldset>
      <button type="submit">提交</button>
    </form>
  );
}
mount(<ArrayForm />, byId('title'));
