/**
 * The coverage matrices of the six texts, by source id (see `types.ts`).
 * @module
 */
import { CITY_COVERAGE } from '../cities/manifest.js';
import { nationalCoverage } from './national.js';
import type { Coverage, CoverageRow } from './types.js';

export type { Coverage, CoverageData, CoverageRow } from './types.js';

/**
 * Every matrix, by the id of the text it reads.
 * @example
 * ```ts
 * COVERAGE['fushun'].rows.length;
 * ```
 */
export const COVERAGE: Readonly<Record<string, Coverage>> = {
  national: nationalCoverage,
  // The seed cities' matrices are listed with the cities, in the city manifest.
  ...CITY_COVERAGE,
};

/**
 * How much of what a form could check is encoded: rows with rules or data over those
 * plus the rows a form could check that nothing encodes yet.
 * @example
 * ```ts
 * coverageOf(COVERAGE['jining']!); // { encoded: 60, checkable: 74, outside: 9 }
 * ```
 */
export function coverageOf(c: Coverage): { encoded: number; checkable: number; outside: number } {
  const encoded = c.rows.filter((r: CoverageRow) => r.rules || r.data).length;
  const gaps = c.rows.filter((r) => r.notEncoded && r.checkable).length;
  return { encoded, checkable: encoded + gaps, outside: c.rows.length - encoded - gaps };
}
