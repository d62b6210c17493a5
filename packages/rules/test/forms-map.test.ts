/**
 * The one map of forms: the kit's data types are read off FORMS, and FORM_IDS
 * (for lean bundles) lists the same forms.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  FORM_IDS,
  FORMS,
  type AgendaDerived,
  type AgendaItem,
  type DocumentSubmission,
  type FormData,
  type FormDerived,
  type FormInputs,
  type LeaveDerived,
  type LeaveRequest,
} from '../src/index.js';
import type * as z from 'zod/mini';
import type { LeaveModel } from '../src/forms/leave.js';

describe('the map of forms', () => {
  it('FORM_IDS lists the forms of FORMS, each module under its own id', () => {
    expect([...FORM_IDS].sort()).toEqual(Object.keys(FORMS).sort());
    for (const id of FORM_IDS) expect(FORMS[id].id).toBe(id);
  });

  it('the data types are those of the modules', () => {
    expectTypeOf<FormData['leave']>().toEqualTypeOf<LeaveRequest>();
    expectTypeOf<FormData['agenda']>().toEqualTypeOf<AgendaItem>();
    expectTypeOf<FormData['document']>().toEqualTypeOf<DocumentSubmission>();
    expectTypeOf<FormInputs['leave']>().toEqualTypeOf<z.input<typeof LeaveModel>>();
    expectTypeOf<FormDerived['leave']>().toEqualTypeOf<LeaveDerived>();
    expectTypeOf<FormDerived['agenda']>().toEqualTypeOf<AgendaDerived>();
  });
});
