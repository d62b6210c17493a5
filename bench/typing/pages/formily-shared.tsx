// Plain controls for Formily (no UI kit), so the comparison is about the form engine.
import { connect, observer, useField } from '@formily/react';
import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';

type Props<E> = Omit<InputHTMLAttributes<E>, 'value'> & { value?: unknown };
// Formily's Field passes value and onChange (it reads the value, or `checked`, from the event).
export const Input = connect((p: Props<HTMLInputElement>) => <input {...p} value={(p.value as string | undefined) ?? ''} />);
export const TextArea = connect((p: Props<HTMLTextAreaElement> & TextareaHTMLAttributes<HTMLTextAreaElement>) => (
  <textarea {...p} value={(p.value as string | undefined) ?? ''} />
));
export const Checkbox = connect((p: Props<HTMLInputElement>) => <input {...p} type="checkbox" checked={Boolean(p.value)} value={undefined} />);
export const Item = observer(({ children }: { children?: ReactNode }) => {
  const field = useField<{ title: string; selfErrors: string[] }>();
  return (
    <div>
      <label>
        {field.title}
        {children}
      </label>
      {field.selfErrors.length ? <p role="alert">{field.selfErrors.join(', ')}</p> : null}
    </div>
  );
});
