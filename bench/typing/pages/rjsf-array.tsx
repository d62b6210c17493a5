// rjsf, title + 20-row array of objects (default: validate on submit).
import Form from '@rjsf/core';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import { byId, mount } from './harness.js';
import { ROWS, TITLE_MAX } from './spec.js';

const schema: RJSFSchema = {
  type: 'object',
  required: ['title', 'unit'],
  properties: {
    title: { type: 'string', title: '议题名称', minLength: 1, maxLength: TITLE_MAX },
    unit: { type: 'string', title: '承办单位', minLength: 1 },
    consultations: {
      type: 'array',
      title: '征求意见单位',
      items: {
        type: 'object',
        required: ['unit'],
        properties: {
          unit: { type: 'string', title: '单位名称', minLength: 1 },
          agreed: { type: 'boolean', title: '意见一致' },
          reasons: { type: 'string', title: '分歧理据' },
        },
      },
    },
  },
};
const uiSchema: UiSchema = { consultations: { items: { reasons: { 'ui:widget': 'textarea' } } } };
mount(
  <Form
    schema={schema}
    uiSchema={uiSchema}
    validator={validator}
    formData={{ title: '', unit: '', consultations: ROWS }}
    onSubmit={({ formData }) => console.log(formData)}
  />,
  byId('root_title'),
);
