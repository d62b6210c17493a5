/** The two forms of the typing benchmark, shared by every library's page. */
export const FIELD_COUNT = 100;
/** f0 … f99: required text, at most 100 characters. Keystrokes go into f0. */
export const FIELDS = Array.from({ length: FIELD_COUNT }, (_, i) => ({ name: `f${i}`, label: `字段 ${i + 1}` }));
export const FIELD_MAX = 100;

/** The 20-row array form: title and unit (required), then 20 consultation rows (unit required, agreed, reasons). Keystrokes go into title. */
export const ROW_COUNT = 20;
export interface Row {
  unit: string;
  agreed: boolean;
  reasons: string;
}
export const ROWS: Row[] = Array.from({ length: ROW_COUNT }, (_, i) => ({ unit: `单位 ${i + 1}`, agreed: true, reasons: '' }));
export const TITLE_MAX = 200;
export const required = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? undefined : '必填');
