/**
 * `@city-forms/react/sheet`: a form's paper sheet (请假（外出报备）审批单, 议题申报单,
 * 公文呈批单) for a portal's own pages: `<PrintableSheet>` renders it,
 * `printSheet()` prints it without showing it. The sheet's model comes from
 * `@city-forms/rules` (`sheetModel`, or `sheetModelWith` with one form's layout),
 * the same model a server renders with `sheetHtml`. Styled by the kit's
 * styles.css (`--cf-*`, `--cf-sheet-font`). A separate entry: the forms do not
 * carry it.
 *
 * @example
 * ```tsx
 * import { PrintableSheet, printSheet } from '@city-forms/react/sheet';
 * import { sheetModel } from '@city-forms/rules';
 * import '@city-forms/react/styles.css';
 *
 * const model = sheetModel('leave', result, 'fushun', { record: { id, submittedAt } });
 * <><PrintableSheet model={model} /><button onClick={() => void printSheet(model)}>打印</button></>;
 * ```
 * @module
 */
export { PrintableSheet, type PrintableSheetProps } from './PrintableSheet.js';
export { printSheet, type PrintSheetOptions } from './print.js';
export type { SheetModel, SheetSection, SheetRow, SheetSignature, SheetDeadline, SheetOptions } from '@city-forms/rules/core';
