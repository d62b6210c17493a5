/**
 * Kit instances: own cities and locales, nothing shared with the default kit, and
 * no cache cleared as a side effect of validating.
 */
import { describe, expect, it } from 'vitest';
import { createKit, defaultKit, en, type CityProfileInput, fushun, leaveForm, agendaForm, national, resolveCity, validateWith } from '../src/index.js';
import { FIXTURES } from '../src/fixtures/index.js';

const fx = FIXTURES.fushun.leave;

describe('createKit', () => {
  it('resolves only its own cities', () => {
    const kit = createKit({ cities: [fushun] });
    expect(kit.resolveCity('fushun').id).toBe('fushun');
    expect(() => kit.resolveCity('jining')).toThrow(/jining/);
    expect(kit.validateWith(leaveForm, fx.valid, { city: 'jining', today: fx.today }).issues[0]?.code).toBe('input.unknown-city');
  });

  it('gives the same results as the default kit', () => {
    const kit = createKit({ cities: [fushun], locales: { en } });
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const v of Object.values(fx.violations)) {
        const options = { city: 'fushun', today: fx.today, locale, context: v!.context };
        expect(kit.validateWith(leaveForm, v!.data, options)).toEqual(validateWith(leaveForm, v!.data, options));
      }
    }
  });

  it('keeps registrations apart', () => {
    const a = createKit();
    const b = createKit();
    const demo = a.defineCity({
      extends: national,
      id: 'kit-demo',
      version: '1.0.0',
      name: { 'zh-CN': '示例市', en: 'Demo' },
      source: { title: '示例市人民政府工作规则' },
    });
    a.registerCity(demo);
    expect(a.resolveCity('kit-demo').id).toBe('kit-demo');
    expect(() => b.resolveCity('kit-demo')).toThrow();
    expect(() => defaultKit.resolveCity('kit-demo')).toThrow();
  });

  it('a kit that does not know a form checks that form’s rules when it validates it', () => {
    const bad = {
      ...fushun,
      id: 'kit-bad',
      rules: { ...fushun.rules, 'leave.notice-too-short': { severity: 'error', article: '五十四', params: { days: 'three' } } },
    };
    const kit = createKit({ cities: [bad as unknown as CityProfileInput] });
    // Resolving does not know leave: the rule waits, unchecked.
    expect(kit.resolveCity('kit-bad').unchecked?.['leave.notice-too-short']).toBeDefined();
    const r = kit.validateWith(leaveForm, fx.valid, { city: 'kit-bad', today: fx.today });
    expect(r.issues.map((i) => i.code)).toEqual(['input.invalid-profile']);
    expect(r.issues[0]?.params['problems']).toMatch(/rules\.leave\.notice-too-short\.params/);
    // A kit that knows leave reports it when resolving.
    expect(() => createKit({ cities: [bad as unknown as CityProfileInput], forms: [leaveForm] }).resolveCity('kit-bad')).toThrow(/notice-too-short/);
    // Agenda is unaffected by the bad leave rule.
    expect(kit.validateWith(agendaForm, FIXTURES.fushun.agenda.valid, { city: 'kit-bad', today: FIXTURES.fushun.agenda.today }).ok).toBe(true);
  });

  it('validating does not clear what the default kit resolved', () => {
    const before = resolveCity('fushun');
    validateWith(leaveForm, fx.valid, { city: 'fushun', today: fx.today });
    expect(resolveCity('fushun')).toBe(before);
  });
});
