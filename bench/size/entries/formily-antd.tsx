// Formily + antd (@formily/antd-v5 on antd 5), six fields.
import { DatePicker, Form, FormButtonGroup, FormItem, Input, Select, Submit } from '@formily/antd-v5';
import { createForm } from '@formily/core';
import { Field } from '@formily/react';
import { createRoot } from 'react-dom/client';
import { LABELS, MAX, PHONE_PATTERN, ROLES, mountPoint } from '../spec.js';

const form = createForm();
function Leave() {
  return (
    <Form form={form} layout="vertical">
      <Field name="name" title={LABELS.name} required validator={{ maxLength: MAX.name }} decorator={[FormItem]} component={[Input]} />
      <Field name="role" title={LABELS.role} required dataSource={ROLES.map((r) => ({ ...r }))} decorator={[FormItem]} component={[Select]} />
      <Field name="startDate" title={LABELS.startDate} required decorator={[FormItem]} component={[DatePicker]} />
      <Field name="endDate" title={LABELS.endDate} required decorator={[FormItem]} component={[DatePicker]} />
      <Field name="reason" title={LABELS.reason} required validator={{ maxLength: MAX.reason }} decorator={[FormItem]} component={[Input.TextArea]} />
      <Field name="phone" title={LABELS.phone} required validator={{ pattern: PHONE_PATTERN }} decorator={[FormItem]} component={[Input]} />
      <FormButtonGroup>
        <Submit onSubmit={(v) => console.log(v)}>提交</Submit>
      </FormButtonGroup>
    </Form>
  );
}
createRoot(mountPoint()).render(<Leave />);
