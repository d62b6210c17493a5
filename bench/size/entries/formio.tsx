// Form.io renderer (@formio/react on @formio/js), six components.
import { Form } from '@formio/react';
import '@formio/js/dist/formio.form.min.css';
import { createRoot } from 'react-dom/client';
import { LABELS, MAX, PHONE_PATTERN, ROLES, mountPoint } from '../spec.js';

const definition = {
  display: 'form',
  components: [
    { type: 'textfield', key: 'name', label: LABELS.name, input: true, validate: { required: true, maxLength: MAX.name } },
    {
      type: 'select',
      key: 'role',
      label: LABELS.role,
      input: true,
      widget: 'html5',
      data: { values: ROLES.map((r) => ({ value: r.value, label: r.label })) },
      validate: { required: true },
    },
    {
      type: 'textfield',
      key: 'startDate',
      label: LABELS.startDate,
      input: true,
      inputType: 'date',
      validate: { required: true, pattern: '\\d{4}-\\d{2}-\\d{2}' },
    },
    { type: 'textfield', key: 'endDate', label: LABELS.endDate, input: true, inputType: 'date', validate: { required: true, pattern: '\\d{4}-\\d{2}-\\d{2}' } },
    { type: 'textarea', key: 'reason', label: LABELS.reason, input: true, validate: { required: true, maxLength: MAX.reason } },
    { type: 'textfield', key: 'phone', label: LABELS.phone, input: true, inputType: 'tel', validate: { required: true, pattern: PHONE_PATTERN.slice(1, -1) } },
    { type: 'button', key: 'submit', label: '提交', action: 'submit', input: true },
  ],
};
createRoot(mountPoint()).render(<Form src={definition as never} onSubmit={(s: unknown) => console.log(s)} />);
