/** The JSON Schema non-JS stacks validate against: draft 2020-12, civil dates marked, city enums. */
import { describe, expect, it } from 'vitest';
import { jsonSchema, resolveCity } from '../src/index.js';

describe('jsonSchema', () => {
  it('marks required civil dates with format "date" and optional ones with a pattern that allows ""', () => {
    const leave = jsonSchema('leave') as any;
    expect(leave.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(leave.properties.startDate.format).toBe('date');
    expect(leave.properties.endDate.format).toBe('date');
    const agenda = jsonSchema('agenda') as any;
    expect(new RegExp(agenda.properties.meetingDate.pattern).test('')).toBe(true);
    expect(new RegExp(agenda.properties.meetingDate.pattern).test('2026-12-01')).toBe(true);
    expect(new RegExp(agenda.properties.meetingDate.pattern).test('12/01/2026')).toBe(false);
    const doc = jsonSchema('document') as any;
    expect(doc.properties.countersigners.items.properties.sentOn.format).toBe('date');
    // The records an office keeps on a countersign row: optional dates ("" allowed, not required).
    const row = doc.properties.countersigners.items;
    for (const name of ['receivedOn', 'leadDeadline', 'extendedTo']) {
      expect(new RegExp(row.properties[name].pattern).test('2026-11-05'), name).toBe(true);
      expect(new RegExp(row.properties[name].pattern).test(''), name).toBe(true);
      expect(new RegExp(row.properties[name].pattern).test('05/11/2026'), name).toBe(false);
      expect(row.required ?? [], name).not.toContain(name);
    }
  });

  it('with a city, option fields list that city’s ids', () => {
    const s = jsonSchema('leave', { city: 'fushun' }) as any;
    expect(s.properties.applicantRole.enum).toEqual(resolveCity('fushun').leave.applicantRoles);
  });
});
