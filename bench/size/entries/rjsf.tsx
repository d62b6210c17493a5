// react-jsonschema-form (@rjsf/core + @rjsf/validator-ajv8), six fields.
import Form from '@rjsf/core';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import { createRoot } from 'react-dom/client';
import { LABELS, MAX, PHONE_PATTERN, ROLES, mountPoint } from '../spec.js';

const schema: RJSFSchema = {
  type: 'object',
  required: ['name', 'role', 'startDate', 'endDate', 'reason', 'phone'],
  properties: {
    name: { type: 'string', title: LABELS.name, minLength: 1, maxLength: MAX.name },
    role: { type: 'string', title: LABELS.role, oneOf: ROLES.map((r) => ({ const: r.value, title: r.label })) },
    startDate: { type: 'string', title: LABELS.startDate, format: 'date' },
    endDate: { type: 'string', title: LABELS.endDate, format: 'date' },
    reason: { type: 'string', title: LABELS.reason, minLength: 1, maxLength: MAX.reason },
    phone: { type: 'string', title: LABELS.phone, pattern: PHONE_PATTERN },
  },
};
const uiSchema: UiSchema = { reason: { 'ui:widget': 'textarea' }, phone: { 'ui:options': { inputType: 'tel' } } };

createRoot(mountPoint()).render(<Form schema={schema} uiSchema={uiSchema} validator={validator} onSubmit={({ formData }) => console.log(formData)} />);
