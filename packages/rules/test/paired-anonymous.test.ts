/**
 * A pairing message to someone who may not know who the other official is (issue
 * 13, defect 2): an absence marked `anonymous` (or given without a name) is named by
 * its role, and the issue's params carry neither the name nor the dates.
 */
import { describe, expect, it } from 'vitest';
import { validate, type Absence } from '../src/index.js';
import { FIXTURES } from '../src/fixtures/index.js';

const fx = FIXTURES.fushun.leave;
const paired = fx.violations['leave.paired-absence']!;
const absence = paired.context!.absences![0]!;

function pairingIssue(absences: Absence[], locale: 'zh-CN' | 'en' = 'zh-CN') {
  const r = validate('leave', paired.data, { city: 'fushun', today: fx.today, locale, context: { absences } });
  return r.issues.find((i) => i.code === 'leave.paired-absence');
}

describe('leave.paired-absence names the role, not the person, when the absence is anonymous', () => {
  it('names the person and the dates to someone allowed to know', () => {
    const issue = pairingIssue([absence]);
    expect(issue?.message).toContain(absence.name!);
    expect(issue?.message).toContain(`${absence.startDate}至${absence.endDate}`);
    expect(issue?.params).toMatchObject({ who: 'person', name: absence.name, from: absence.startDate, to: absence.endDate });
  });

  it('names only the role, in zh-CN and en, for an anonymous absence', () => {
    const zh = pairingIssue([{ ...absence, anonymous: true }]);
    expect(zh?.message).toBe('与您对应的副秘书长已报备同期外出，双方原则上不能同时外出；确有需要的，应报经市长同意');
    expect(zh?.params).toEqual({ who: 'role', role: absence.role, escape: 'head-consent', head: 'head' });
    const en = pairingIssue([{ ...absence, anonymous: true }], 'en');
    expect(en?.message).toMatch(/^The Deputy secretary-general paired with you has already reported an absence at the same time\./);
    for (const issue of [zh, en]) {
      expect(JSON.stringify(issue)).not.toContain(absence.name!);
      expect(JSON.stringify(issue)).not.toContain(absence.startDate);
    }
  });

  it('treats an absence without a name as anonymous (still checked, never dropped)', () => {
    const { name: _name, ...nameless } = absence;
    void _name;
    const issue = pairingIssue([nameless]);
    expect(issue?.message).toMatch(/^与您对应的副秘书长已报备同期外出/);
    expect(issue?.params?.['who']).toBe('role');
  });

  it('still finds no conflict when the anonymous absence does not overlap', () => {
    expect(pairingIssue([{ ...absence, startDate: '2027-01-10', endDate: '2027-01-12', anonymous: true }])).toBeUndefined();
  });
});
