/**
 * Free text as the rules read it (issue 13, defects 7 and 10): invisible characters
 * and Unicode normalization neither dodge a comparison nor pass for an answer;
 * control characters, lone surrogates and non-phone text are refused with their own
 * codes, in every form and both locales.
 */
import { describe, expect, it } from 'vitest';
import { FORM_IDS, FORMS, en, jsonSchema, validate, zhCN } from '../src/index.js';
import { FIXTURES } from '../src/fixtures/index.js';
import { comparable, isBlank, isPhone, sameText } from '../src/text.js';

const fx = FIXTURES.fushun.leave;
const paired = fx.violations['leave.paired-absence']!;
const codesAt = (r: ReturnType<typeof validate>, field: string) => r.issues.filter((i) => i.path[0] === field).map((i) => i.code);
const INVISIBLES = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u180E', '\u3164', '\u202F', '\u3000'];

describe('comparable text', () => {
  it('ignores zero-width and format characters, BOM and white space, and compares in NFC', () => {
    expect(sameText('交通', '交\u200B通')).toBe(true);
    expect(sameText('交通', '\uFEFF交 通\u2060')).toBe(true);
    expect(sameText('Caf\u00E9', 'Cafe\u0301')).toBe(true);
    expect(sameText('한국', '한국'.normalize('NFD'))).toBe(true);
    expect(sameText('交通', '工业')).toBe(false);
    expect(sameText('交通', undefined)).toBe(false);
    expect(comparable('a\u200Bb')).toBe('ab');
  });

  it('counts text made only of invisible characters as blank', () => {
    for (const c of INVISIBLES) expect(isBlank(c.repeat(3)), JSON.stringify(c)).toBe(true);
    expect(isBlank('张\u200B')).toBe(false);
    expect(isBlank('')).toBe(true);
  });
});

describe('leave.paired-absence cannot be dodged by spelling (抚顺 第五十四条)', () => {
  const absence = paired.context!.absences![0]!;
  const variants: [string, string, string][] = [
    ['zero-width space in the portfolio', `工\u200B业`, absence.portfolio!],
    ['BOM and word joiner in the portfolio', `\uFEFF工业\u2060`, absence.portfolio!],
    ['spaces in the portfolio', '工 业', absence.portfolio!],
    ['NFD against NFC', 'Cafe\u0301', 'Caf\u00E9'],
    ['NFC against NFD', 'Caf\u00E9', 'Cafe\u0301'],
  ];
  it.each(variants)('%s', (_label, mine, theirs) => {
    const r = validate(
      'leave',
      { ...paired.data, portfolio: mine },
      { city: 'fushun', today: fx.today, context: { absences: [{ ...absence, portfolio: theirs }] } },
    );
    expect(r.issues.map((i) => i.code)).toContain('leave.paired-absence');
    expect(r.ok).toBe(false);
  });

  it('still lets a different portfolio through', () => {
    const r = validate('leave', { ...paired.data, portfolio: '交通' }, { city: 'fushun', today: fx.today, context: paired.context });
    expect(r.issues.map((i) => i.code)).not.toContain('leave.paired-absence');
  });
});

describe('required text', () => {
  it.each(INVISIBLES.map((c) => [JSON.stringify(c), c]))('a name made only of %s is missing (field.required)', (_label, c) => {
    const r = validate('leave', { ...fx.valid, applicantName: c.repeat(4) }, { city: 'fushun', today: fx.today });
    expect(codesAt(r, 'applicantName')).toEqual(['field.required']);
    expect(r.ok).toBe(false);
  });

  it('an optional text made only of invisible characters is not provided (so a rule that needs it fires)', () => {
    const data = { ...fx.valid, kind: 'annual-leave', leavesJurisdiction: false, startDate: '2026-12-07', endDate: '2026-12-09', contactPhone: '\u200B\uFEFF' };
    const r = validate('leave', data, { city: 'fushun', today: fx.today });
    expect(r.issues.map((i) => i.code)).toEqual(['leave.contact-missing']);
    expect(r.data.contactPhone).toBeUndefined();
  });

  it('rows and lists too: a recipient of only zero-width spaces is missing', () => {
    const r = validate(
      'document',
      { ...FIXTURES.fushun.document.valid, primaryRecipients: ['\u200B\u200B'] },
      { city: 'fushun', today: FIXTURES.fushun.document.today },
    );
    expect(r.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual(['field.required@primaryRecipients.0']);
  });

  it('keeps text with visible characters as typed (trimmed only)', () => {
    const r = validate('leave', { ...fx.valid, applicantName: ' 张\u200B三 ' }, { city: 'fushun', today: fx.today });
    expect(r.ok).toBe(true);
    expect(r.data.applicantName).toBe('张\u200B三');
  });
});

describe('control characters and lone surrogates', () => {
  const bad: [string, string][] = [
    ['NUL', '张\u0000三'],
    ['a terminal escape (ESC [31m)', '\u001B[31m张三\u001B[0m'],
    ['BEL', '张三\u0007'],
    ['DEL', '张三\u007F'],
    ['C1 CSI', '张\u009B2J三'],
  ];
  it.each(bad)('%s in a text field is field.control-character', (_label, value) => {
    for (const field of ['applicantName', 'reason', 'destination']) {
      const r = validate('leave', { ...fx.valid, [field]: value }, { city: 'fushun', today: fx.today });
      expect(codesAt(r, field), field).toEqual(['field.control-character']);
      expect(r.data).not.toHaveProperty(field);
    }
  });

  it('tab and line breaks stay allowed in text', () => {
    const r = validate('leave', { ...fx.valid, reason: '赴省参加会议\n第二行\r\n\t第三行' }, { city: 'fushun', today: fx.today });
    expect(r.ok).toBe(true);
  });

  it.each([
    ['a lone high surrogate', '张\uD83D三'],
    ['a lone low surrogate', '\uDE00张三'],
    ['reversed pair', '张\uDE00\uD83D'],
  ])('%s is field.malformed-text; a proper pair (😀, 𠀀) is fine', (_label, value) => {
    const r = validate('leave', { ...fx.valid, applicantName: value }, { city: 'fushun', today: fx.today });
    expect(codesAt(r, 'applicantName')).toEqual(['field.malformed-text']);
    expect(validate('leave', { ...fx.valid, applicantName: '张😀𠀀' }, { city: 'fushun', today: fx.today }).ok).toBe(true);
  });

  it('every text field of every form refuses them (agenda rows, document lists)', () => {
    const agenda = validate(
      'agenda',
      { ...FIXTURES.fushun.agenda.valid, title: 'a\u0000', summary: 'b\uD800' },
      { city: 'fushun', today: FIXTURES.fushun.agenda.today },
    );
    expect(agenda.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual(
      expect.arrayContaining(['field.control-character@title', 'field.malformed-text@summary']),
    );
    const doc = validate(
      'document',
      { ...FIXTURES.fushun.document.valid, copyTo: ['市财政局', '\u001B]0;x\u0007'] },
      { city: 'fushun', today: FIXTURES.fushun.document.today },
    );
    expect(doc.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual(['field.control-character@copyTo.1']);
  });

  it('the new codes have messages in both locales', () => {
    for (const code of ['field.control-character', 'field.malformed-text', 'field.invalid-phone']) {
      expect(zhCN.codes[code as keyof typeof zhCN.codes].message).toContain('{field}');
      expect(en.codes[code as keyof typeof en.codes].message).toContain('{field}');
    }
    const r = validate('leave', { ...fx.valid, applicantName: '张\u0000三' }, { city: 'fushun', today: fx.today, locale: 'en' });
    expect(r.issues[0]?.message).toMatch(/contains an invisible control character/);
  });
});

describe('contactPhone accepts phone-like text only', () => {
  const good = [
    '13800000000',
    '+86 138 0000 0000',
    '024-5762 1234',
    '(024) 57621234',
    '（024）5762-1234',
    '0413-1234567转806',
    '0413 1234567 分机 12',
    '０２４－５７６２１２３４',
    '024-57621234 ext. 9',
  ];
  const badPhones = ['abc', '<b>13800000000</b>', '<script>alert(1)</script>', '138abc', 'javascript:1', '13800000000; DROP TABLE', '转806', '+', '--', '1'];
  it.each(good)('accepts %s', (phone) => {
    expect(isPhone(phone)).toBe(true);
    const r = validate('leave', { ...fx.valid, contactPhone: phone }, { city: 'fushun', today: fx.today });
    expect(r.issues).toEqual([]);
    expect(r.data.contactPhone).toBe(phone);
  });
  it.each(badPhones)('refuses %s with field.invalid-phone', (phone) => {
    expect(isPhone(phone)).toBe(false);
    const r = validate('leave', { ...fx.valid, contactPhone: phone }, { city: 'fushun', today: fx.today });
    expect(codesAt(r, 'contactPhone')).toEqual(['field.invalid-phone']);
    expect(r.ok).toBe(false);
  });

  it('an empty phone is still "not provided", and the JSON Schema carries the same pattern', () => {
    expect(validate('leave', { ...fx.valid, contactPhone: '' }, { city: 'fushun', today: fx.today }).ok).toBe(true);
    const schema = jsonSchema('leave') as { properties: Record<string, { pattern?: string; maxLength?: number }> };
    const pattern = new RegExp(schema.properties['contactPhone']!.pattern!);
    for (const p of ['', ...good]) expect(pattern.test(p), p).toBe(true);
    for (const p of badPhones) expect(pattern.test(p), p).toBe(false);
    expect(schema.properties['contactPhone']!.maxLength).toBe(30);
  });

  it('is the only phone field of the forms (so the only one to check)', () => {
    const phoneFields = FORM_IDS.flatMap((form) =>
      Object.keys(FORMS[form].model.shape)
        .filter((k) => /phone|tel|mobile/i.test(k))
        .map((k) => `${form}.${k}`),
    );
    expect(phoneFields).toEqual(['leave.contactPhone']);
  });
});
