// SurveyJS (survey-core + survey-react-ui), six questions.
import { Model } from 'survey-core';
import 'survey-core/survey-core.min.css';
import { Survey } from 'survey-react-ui';
import { createRoot } from 'react-dom/client';
import { LABELS, MAX, PHONE_PATTERN, ROLES, mountPoint } from '../spec.js';

const json = {
  showQuestionNumbers: 'off',
  elements: [
    { type: 'text', name: 'name', title: LABELS.name, isRequired: true, maxLength: MAX.name },
    { type: 'dropdown', name: 'role', title: LABELS.role, isRequired: true, choices: ROLES.map((r) => ({ value: r.value, text: r.label })) },
    { type: 'text', name: 'startDate', title: LABELS.startDate, inputType: 'date', isRequired: true },
    { type: 'text', name: 'endDate', title: LABELS.endDate, inputType: 'date', isRequired: true },
    { type: 'comment', name: 'reason', title: LABELS.reason, isRequired: true, maxLength: MAX.reason },
    {
      type: 'text',
      name: 'phone',
      title: LABELS.phone,
      inputType: 'tel',
      isRequired: true,
      validators: [{ type: 'regex', regex: PHONE_PATTERN, text: '手机号码格式不正确' }],
    },
  ],
};
const model = new Model(json);
model.onComplete.add((s) => console.log(s.data));
createRoot(mountPoint()).render(<Survey model={model} />);
