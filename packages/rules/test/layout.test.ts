/**
 * Layouts as data: each form's layout names every field of its model exactly
 * once; widget, required, applies and visible follow the model, the city's rules
 * and the values, as the forms showed them before layouts were data.
 */
import { describe, expect, it } from 'vitest';
import { CITY_IDS, agendaTopicFlags, fieldAppliesIn, resolveCity, validate } from '../src/index.js';
import { FIXTURES } from '../src/fixtures/index.js';
import { LAYOUTS, conditionHolds, formLayout, visibleFields, type LayoutField, type LayoutSection } from '../src/layout/index.js';

const FORM_NAMES = Object.keys(LAYOUTS) as (keyof typeof LAYOUTS)[];
const byName = (sections: readonly LayoutSection[], name: string): LayoutField => {
  const f = sections.flatMap((s) => s.fields).find((x) => x.name === name);
  if (!f) throw new Error(`no field ${name}`);
  return f;
};

describe('layouts', () => {
  it.each(FORM_NAMES)('%s: every field of the model is laid out exactly once, rows with every column', (form) => {
    const sections = formLayout(form, resolveCity('fushun'));
    const names = sections.flatMap((s) => s.fields.map((f) => f.name));
    const model = Object.keys(LAYOUTS[form].module.model.shape);
    expect([...names].sort()).toEqual([...model].sort());
    expect(new Set(sections.map((s) => s.id)).size).toBe(sections.length);
    for (const rows of sections.flatMap((s) => s.fields).filter((f) => f.widget === 'rows')) {
      expect(rows.fields?.map((f) => f.name).sort()).toEqual(Object.keys(rows.empty ?? {}).sort());
    }
  });

  it.each(CITY_IDS)('%s: a field applies where fieldAppliesIn says so (and a select only with choices)', (city) => {
    const profile = resolveCity(city);
    for (const form of FORM_NAMES) {
      const module = LAYOUTS[form].module;
      for (const f of formLayout(form, profile).flatMap((s) => s.fields)) {
        const hasChoices = f.widget !== 'select' || (f.options?.length ?? 0) > 0;
        if (f.name === 'complex') continue; // below
        expect(f.applies, `${form}.${f.name}`).toBe(fieldAppliesIn(module, f.name, profile) && hasChoices);
        for (const sub of f.fields ?? []) {
          // The unit's receipt date is asked where the reply time counts from 收到文件 (a derived deadline reads it, no rule).
          const alsoWhere = form === 'document' && sub.name === 'receivedOn' && profile.document.countersign?.countsFrom === 'received';
          expect(sub.applies, `${form}.${f.name}.${sub.name}`).toBe(alsoWhere || fieldAppliesIn(module, `${f.name}.${sub.name}`, profile));
        }
      }
    }
    // The agenda's topic questions are those some review rule depends on.
    const topic = formLayout('agenda', profile).find((s) => s.id === 'topic')!;
    expect(
      topic.fields
        .filter((f) => f.applies)
        .map((f) => f.name)
        .sort(),
    ).toEqual(agendaTopicFlags(profile).sort());
    // 复杂事项 is asked where the city gives complex matters longer to reply.
    expect(byName(formLayout('document', profile), 'complex').applies).toBe(
      Boolean(profile.document.countersign?.complexReplyWorkingDays) || fieldAppliesIn(LAYOUTS.document.module, 'complex', profile),
    );
  });

  it('widgets and required marks come from the model, choices from the profile', () => {
    const fushun = resolveCity('fushun');
    const leave = formLayout('leave', fushun);
    expect(['applicantName', 'applicantRole', 'startDate', 'reason', 'leavesJurisdiction', 'contactPhone'].map((n) => byName(leave, n).widget)).toEqual([
      'text',
      'select',
      'date',
      'textarea',
      'checkbox',
      'tel',
    ]);
    expect(
      leave
        .flatMap((s) => s.fields)
        .filter((f) => f.required)
        .map((f) => f.name),
    ).toEqual(['applicantName', 'applicantRole', 'kind', 'startDate', 'endDate', 'reason', 'urgentReason']);
    expect(byName(leave, 'kind').options?.map((o) => o.id)).toEqual(fushun.leave.kinds.map((k) => k.id));
    expect(byName(leave, 'applicantRole').options?.[0]?.label).toEqual(fushun.roles[fushun.leave.applicantRoles[0]!]);

    const doc = formLayout('document', resolveCity('jining'));
    expect(byName(doc, 'primaryRecipients')).toMatchObject({ widget: 'list', required: true });
    expect(byName(doc, 'copyTo')).toMatchObject({ widget: 'list', required: false });
    expect(byName(doc, 'format')).toMatchObject({ widget: 'select', placeholder: false });
    expect(byName(doc, 'classification')).toMatchObject({ widget: 'select', required: true, placeholder: true });
    expect(byName(doc, 'classification').options?.[1]).toEqual({ id: 'confidential', label: null });
    const countersigners = byName(doc, 'countersigners');
    expect(countersigners.widget).toBe('rows');
    expect(countersigners.fields?.map((f) => [f.name, f.widget, f.required])).toEqual([
      ['unit', 'text', true],
      ['sentOn', 'date', true],
      ['receivedOn', 'date', false],
      ['leadDeadline', 'date', false],
      ['extendedTo', 'date', false],
      ['replied', 'checkbox', false],
      ['agreed', 'checkbox', false],
      ['reasons', 'textarea', true],
    ]);
    expect(countersigners.empty).toEqual({ unit: '', sentOn: '', receivedOn: '', leadDeadline: '', extendedTo: '', replied: false, agreed: true, reasons: '' });
  });

  it('visible follows the values and the issues; sections are visible when a field is', () => {
    const fushun = resolveCity('fushun');
    expect(byName(formLayout('leave', fushun, { urgent: false }), 'urgentReason').visible).toBe(false);
    expect(byName(formLayout('leave', fushun, { urgent: true }), 'urgentReason').visible).toBe(byName(formLayout('leave', fushun), 'urgent').applies);
    // 市长's consent: asked when a pairing conflict is reported.
    const fx = FIXTURES.fushun.leave;
    const paired = fx.violations['leave.paired-absence']!;
    const issues = validate('leave', paired.data, { city: 'fushun', today: fx.today, context: paired.context ?? fx.context }).issues;
    expect(issues.map((i) => i.code)).toContain('leave.paired-absence');
    expect(byName(formLayout('leave', fushun, paired.data), 'headConsent').visible).toBe(false);
    expect(byName(formLayout('leave', fushun, paired.data, issues), 'headConsent').visible).toBe(true);
    // A city where no arrangement applies has no arrangements section.
    const arrangements = (city: (typeof CITY_IDS)[number]) => formLayout('leave', resolveCity(city)).find((s) => s.id === 'arrangements')!;
    for (const city of CITY_IDS) expect(arrangements(city).visible).toBe(arrangements(city).fields.some((f) => f.applies && !f.when));

    const doc = formLayout('document', resolveCity('jining'), { docType: 'request', skipLevel: false });
    expect(visibleFields(doc).map((f) => f.name)).toContain('matters');
    expect(visibleFields(doc).map((f) => f.name)).not.toContain('reportContainsRequest');
    expect(visibleFields(doc).map((f) => f.name)).not.toContain('skipLevelGround');
  });

  it('a row condition reads the row first, then the form', () => {
    const reasons = byName(formLayout('document', resolveCity('jining')), 'countersigners').fields!.find((f) => f.name === 'reasons')!;
    const none = new Set<string>();
    expect(conditionHolds(reasons.when, {}, none, { replied: true, agreed: false })).toBe(true);
    expect(conditionHolds(reasons.when, {}, none, { replied: false, agreed: false })).toBe(false);
    expect(conditionHolds({ field: 'docType', is: 'report' }, { docType: 'report' }, none, { unit: 'x' })).toBe(true);
    expect(conditionHolds({ field: 'a.b', is: true }, { a: { b: true } }, none)).toBe(true);
  });
});
