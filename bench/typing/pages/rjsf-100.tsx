// rjsf, 100 required string fields (default: validate on submit).
import Form from '@rjsf/core';
import type { RJSFSchema } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import { byId, mount } from './harness.js';
import { FIELDS, FIELD_MAX } from './spec.js';

const schema: RJSFSchema = {
  type: 'object',
  required: FIELDS.map((f) => f.name),
  properties: Object.fromEntries(FIELDS.map((f) => [f.name, { type: 'string', title: f.label, minLength: 1, maxLength: FIELD_MAX }])),
};
mount(<Form schema={schema} validator={validator} onSubmit={({ formData }) => console.log(formData)} />, byId('root_f0'));
