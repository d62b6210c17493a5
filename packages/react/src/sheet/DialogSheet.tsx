/**
 * The paper sheet inside check-your-answers: hidden on screen, and what prints
 * (打印, or the browser's print) instead of the dialog.
 * @module
 */
import { sheetModelOf, type ValidationResult } from '@city-forms/rules/core';
import { useResult, type FormApi } from '../internal/form-context.js';
import { PrintableSheet } from './PrintableSheet.js';

const whole = (r: ValidationResult | null) => r;

/** The sheet of the answers being checked (rows in check-your-answers' order), with the latest result's route, deadlines and footer. */
export function DialogSheet({
  api,
  rows,
  unstyled,
}: {
  api: FormApi;
  rows: readonly { name: string; label: string; value: string }[];
  unstyled?: boolean | undefined;
}) {
  const result = useResult(api, whole);
  if (!result) return null;
  const { form, config } = api;
  const model = sheetModelOf(form, [{ id: 'answers', label: '', rows: [...rows] }], result, config.profile, { locale: config.locale });
  return (
    <div className="cf-dialog-sheet">
      <PrintableSheet model={model} unstyled={unstyled} />
    </div>
  );
}
