/**
 * The coverage matrix: for one official text, every sentence of its meeting, document
 * and leave chapters (and the definitions they depend on) that a form could check,
 * mapped to what encodes it or to why nothing does. Plain JSON-serialisable data, kept
 * true by `test/coverage.test.ts` and rendered to `docs/coverage/<id>.md`.
 * @module
 */

/**
 * One sentence (or clause) of the text.
 * @example
 * ```ts
 * const row: CoverageRow = { article: '五十五', quote: '请示应当一文一事', rules: ['document.request-multiple-matters'] };
 * ```
 */
export interface CoverageRow {
  /** The article, in the text's own numbering (五十四; 十五 for 第十五条). */
  article: string;
  /** Words of that article, as written (punctuation width and spacing may differ). */
  quote: string;
  /** Rule codes that check it. */
  rules?: readonly string[];
  /** Profile data that encodes it without a rule: a route, a signing category, a deadline, a follow-up, the meeting kinds. */
  data?: readonly CoverageData[];
  /** Why nothing encodes it. */
  notEncoded?: string;
  /**
   * With `notEncoded`: whether a form could check it with more data (a directory, a
   * record of consents, the document's elements…). Such rows count against coverage;
   * rows a form cannot check (left to the office, a matter of judgement) do not.
   */
  checkable?: boolean;
}

/**
 * Profile data that encodes a sentence.
 * @example
 * ```ts
 * const d: CoverageData = 'leave.routes';
 * ```
 */
export type CoverageData =
  | 'leave.routes'
  | 'leave.followUps'
  | 'leave.applicantRoles'
  | 'agenda.meetingKinds'
  | 'agenda.routes'
  | 'agenda.minutes'
  | 'document.countersign'
  | 'document.signing'
  | 'document.senderKinds'
  | 'document.docTypes';

/**
 * The matrix of one text.
 * @example
 * ```ts
 * const c: Coverage = { source: 'fushun', rows: [] };
 * ```
 */
export interface Coverage {
  /** The profile id whose text this is (`sources/<source>.txt`). */
  source: string;
  rows: readonly CoverageRow[];
}

/** A row encoded by rules. */
export const rule = (article: string, quote: string, ...rules: string[]): CoverageRow => ({ article, quote, rules });
/** A row encoded by profile data. */
export const data = (article: string, quote: string, ...what: CoverageData[]): CoverageRow => ({ article, quote, data: what });
/** A row a form could check but nothing encodes yet. */
export const gap = (article: string, quote: string, why: string): CoverageRow => ({ article, quote, notEncoded: why, checkable: true });
/** A row no form can check. */
export const outside = (article: string, quote: string, why: string): CoverageRow => ({ article, quote, notEncoded: why, checkable: false });
