import { describe, expect, it } from 'vitest';
import { CITY_IDS, FORM_IDS, FORMS } from '../src/index.js';
import { FIXTURES } from '../src/fixtures/index.js';
import { trimToModel } from '../src/core.js';
import { AgendaModel } from '../src/forms/agenda.js';
import { LeaveModel } from '../src/forms/leave.js';

describe('trimToModel', () => {
  it('keeps every valid fixture of every city and form as it is', () => {
    let checked = 0;
    for (const city of CITY_IDS) {
      for (const form of FORM_IDS) {
        const valid = (FIXTURES as unknown as Record<string, Record<string, { valid?: Record<string, unknown> }>>)[city]?.[form]?.valid;
        if (!valid) continue;
        expect(trimToModel(FORMS[form].model, valid), `${city} ${form}`).toEqual(valid);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('drops unknown keys and values of the wrong type, and cuts lists and texts to their maximum', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({ unit: `单位${i}`, agreed: i % 2 === 0, extra: 1 }));
    // As a stored draft arrives: from JSON.parse (so "__proto__" is an own key).
    const out = trimToModel(
      AgendaModel,
      JSON.parse(
        JSON.stringify({ title: { toString: 1 }, summary: 'x'.repeat(5000), leaderApproved: 'yes', consultations: rows, unknown: 'y' }).replace(
          '{',
          '{"__proto__":{"polluted":true},',
        ),
      ),
    );
    expect(out).not.toHaveProperty('title');
    expect(out).not.toHaveProperty('leaderApproved');
    expect(out).not.toHaveProperty('unknown');
    expect(out['summary']).toBe('x'.repeat(2000));
    const list = out['consultations'] as Record<string, unknown>[];
    expect(list).toHaveLength(50);
    expect(list[0]).toEqual({ unit: '单位0', agreed: true });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('never leaves half a surrogate pair when it cuts, and never throws', () => {
    const name = '张'.repeat(49) + '𠀀'; // 51 UTF-16 code units, the model allows 50
    expect(trimToModel(LeaveModel, { applicantName: name })['applicantName']).toBe('张'.repeat(49));
    for (const bad of [
      null,
      undefined,
      1,
      'x',
      [],
      [1],
      new Date(),
      {
        get applicantName(): string {
          throw new Error('getter');
        },
      },
    ]) {
      expect(() => trimToModel(LeaveModel, bad)).not.toThrow();
    }
    expect(trimToModel(LeaveModel, [])).toEqual({});
  });
});
