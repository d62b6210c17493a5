// Formily core + react, 100 required fields (Formily validates on input by default).
import { createForm } from '@formily/core';
import { Field, FormProvider } from '@formily/react';
import { Input, Item } from './formily-shared.js';
import { byId, mount } from './harness.js';
import { FIELDS, FIELD_MAX } from './spec.js';

const form = createForm();
mount(
  <FormProvider form={form}>
    {FIELDS.map((f) => (
      <Field key={f.name} name={f.name} title={f.label} required validator={{ maxLength: FIELD_MAX }} decorator={[Item]} component={[Input, { id: f.name }]} />
    ))}
    <button type="button" onClick={() => form.submit((v) => console.log(v)).catch(() => undefined)}>
      提交
    </button>
  </FormProvider>,
  byId('f0'),
);
