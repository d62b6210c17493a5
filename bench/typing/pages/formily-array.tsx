// Formily core + react, title + 20-row array (Formily validates on input by default).
import { createForm } from '@formily/core';
import { ArrayField, Field, FormProvider, ObjectField, observer } from '@formily/react';
import { Checkbox, Input, Item, TextArea } from './formily-shared.js';
import { byId, mount } from './harness.js';
import { ROWS, TITLE_MAX } from './spec.js';

const form = createForm({ initialValues: { title: '', unit: '', consultations: ROWS.map((r) => ({ ...r })) } });
const Rows = observer(() => (
  <ArrayField name="consultations">
    {(field) => (
      <fieldset>
        <legend>征求意见单位</legend>
        {(field.value as unknown[]).map((_, i) => (
          <ObjectField key={i} name={i}>
            <Field name="unit" title="单位名称" required decorator={[Item]} component={[Input]} />
            <Field name="agreed" title="意见一致" decorator={[Item]} component={[Checkbox]} />
            <Field name="reasons" title="分歧理据" decorator={[Item]} component={[TextArea]} />
          </ObjectField>
        ))}
      </fieldset>
    )}
  </ArrayField>
));
mount(
  <FormProvider form={form}>
    <Field name="title" title="议题名称" required validator={{ maxLength: TITLE_MAX }} decorator={[Item]} component={[Input, { id: 'title' }]} />
    <Field name="unit" title="承办单位" required decorator={[Item]} component={[Input]} />
    <Rows />
    <button type="button" onClick={() => form.submit((v) => console.log(v)).catch(() => undefined)}>
      提交
    </button>
  </FormProvider>,
  byId('title'),
);
