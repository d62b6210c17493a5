// @city-forms/rules installed from its tarball into an empty Node project:
// ESM import, require() (Node ≥ 20.19 loads ESM synchronously: require(esm)), and
// the `city-forms` bin run with plain node, with the exit codes its README
// documents (0 ok, 1 errors / profile problems, 2 unusable input).
import { beforeAll, describe, expect, it } from 'vitest';
import { consumerProject, type ConsumerProject } from './support/project.js';

const TODAY = '2026-11-23'; // the date the examples were generated for (README)
const example = (form: string, invalid = false) => `node_modules/@city-forms/rules/examples/fushun/${form}${invalid ? '.invalid' : ''}.json`;

let project: ConsumerProject;

beforeAll(async () => {
  project = await consumerProject({
    name: 'node',
    kit: ['rules'],
    files: {
      // ESM: the package's main entry, with the examples it ships.
      'validate.mjs': `
import { readFileSync } from 'node:fs';
import { validate } from '@city-forms/rules';
const read = (name) => JSON.parse(readFileSync(new URL(import.meta.resolve('@city-forms/rules/examples/fushun/' + name)), 'utf8'));
const codes = (r) => r.issues.map((i) => i.code);
const valid = validate('leave', read('leave.json'), { city: 'fushun', today: '${TODAY}' });
const invalid = validate('leave', read('leave.invalid.json'), { city: 'fushun', today: '${TODAY}' });
console.log(JSON.stringify({ valid: { ok: valid.ok, codes: codes(valid) }, invalid: { ok: invalid.ok, codes: codes(invalid) } }));
`,
      // CommonJS consumer: require() of the ESM package (require(esm), Node ≥ 20.19).
      'require.cjs': `
const rules = require('@city-forms/rules');
const data = require('@city-forms/rules/examples/fushun/leave.invalid.json');
const r = rules.validate('leave', data, { city: 'fushun', today: '${TODAY}' });
console.log(JSON.stringify({ ok: r.ok, codes: r.issues.map((i) => i.code), cities: rules.CITY_IDS }));
`,
      // Logs where the package's private '#object' import resolves (a module.register resolve hook).
      'trace-object.mjs': `
import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(\`
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (specifier === '#object') console.log('#object -> ' + r.url);
  return r;
}\`));
await import('@city-forms/rules');
`,
      'bad-city.json': JSON.stringify({ extends: 'national', id: 'bad', version: 'x', name: { 'zh-CN': '' } }),
    },
  });
});

describe('Node ESM consumer', () => {
  it('imports validate from the main entry: the valid example passes, the invalid one fails with its rule codes', async () => {
    const r = await project.run('node', ['validate.mjs']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { valid: { ok: boolean; codes: string[] }; invalid: { ok: boolean; codes: string[] } };
    expect(out.valid).toEqual({ ok: true, codes: [] });
    expect(out.invalid.ok).toBe(false);
    expect(out.invalid.codes).toContain('leave.dates-out-of-order');
  });

  it('require() of the package works on this Node (require(esm), no CJS build needed)', async () => {
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
    expect(major > 20 || (major === 20 && minor >= 19)).toBe(true);
    const r = await project.run('node', ['require.cjs']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { ok: boolean; codes: string[]; cities: string[] };
    expect(out.ok).toBe(false);
    expect(out.codes).toContain('leave.dates-out-of-order');
    expect(out.cities).toEqual(expect.arrayContaining(['fushun', 'xianning', 'jining', 'panzhihua', 'huarong']));
  });

  it("resolves the package's #object import to the node variant (zod's compiled object parser) under Node", async () => {
    const r = await project.run('node', ['trace-object.mjs']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^#object -> file:.*\/node_modules\/@city-forms\/rules\/dist\/forms\/object\.node\.js$/),
    ]);
  });

  it('runs the built JavaScript: no TypeScript source is shipped', async () => {
    const r = await project.run('node', ['--input-type=module', '-e', "console.log(import.meta.resolve('@city-forms/rules'))"]);
    expect(r.stdout.trim()).toMatch(/\/node_modules\/@city-forms\/rules\/dist\/index\.js$/);
  });
});

describe('city-forms CLI from node_modules/.bin (plain node, no tsx)', () => {
  it('has no tsx to fall back on', async () => {
    const r = await project.run('node', ['--input-type=module', '-e', "import('tsx').then(() => console.log('found'), () => console.log('missing'))"]);
    expect(r.stdout.trim()).toBe('missing');
  });

  it('validate: exit 0 on a valid submission, with the result as JSON', async () => {
    const r = await project.bin('city-forms', ['validate', '--form', 'leave', '--city', 'fushun', '--today', TODAY, example('leave')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, issues: [] });
  });

  it('validate: exit 1 on rule errors, the issues in the JSON', async () => {
    const r = await project.bin('city-forms', ['validate', '--form', 'leave', '--city', 'fushun', '--today', TODAY, example('leave', true)]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { ok: boolean; issues: { code: string }[] };
    expect(out.ok).toBe(false);
    expect(out.issues.map((i) => i.code)).toContain('leave.dates-out-of-order');
  });

  it('validate: reads stdin with -', async () => {
    const r = await project.bin('city-forms', ['validate', '--form', 'leave', '--city', 'fushun', '--today', TODAY, '-'], {
      input: project.read(example('leave')),
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true });
  });

  it('validate: exit 2 with one line on stderr for unusable input (no stack trace)', async () => {
    const missing = await project.bin('city-forms', ['validate', '--form', 'leave', '--city', 'fushun', 'no-such-file.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/^city-forms: /);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    const unknownForm = await project.bin('city-forms', ['validate', '--form', 'nope', '--city', 'fushun', example('leave')]);
    expect(unknownForm.code).toBe(2);
    const noCommand = await project.bin('city-forms', ['frobnicate']);
    expect(noCommand.code).toBe(2);
  });

  it('rules: exit 0, the catalogue with codes and articles (also through npx)', async () => {
    const r = await project.run('npx', ['--no-install', 'city-forms', 'rules', '--city', 'fushun', '--form', 'leave']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('leave.dates-out-of-order');
    expect(r.stdout).toContain('第五十四条');
    const json = await project.bin('city-forms', ['rules', '--city', 'fushun', '--json']);
    expect(json.code).toBe(0);
    expect(Array.isArray(JSON.parse(json.stdout))).toBe(true);
  });

  it('schema: exit 0 with a draft 2020-12 JSON Schema; exit 2 without --form', async () => {
    const r = await project.bin('city-forms', ['schema', '--form', 'document', '--city', 'jining']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { $schema: string; type: string; properties: Record<string, unknown> };
    expect(schema.$schema).toContain('2020-12');
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).length).toBeGreaterThan(3);
    const usage = await project.bin('city-forms', ['schema']);
    expect(usage.code).toBe(2);
  });

  it('check-config: exit 0 for the shipped sixth-city example, 1 with one line per bad field, 2 for an unreadable file', async () => {
    const ok = await project.bin('city-forms', ['check-config', 'node_modules/@city-forms/rules/examples/sixth-city.json']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^ok: \S+ \S+ \(\d+ rules\)/);
    const bad = await project.bin('city-forms', ['check-config', 'bad-city.json']);
    expect(bad.code).toBe(1);
    expect(bad.stdout + bad.stderr).toMatch(/version|name/);
    const missing = await project.bin('city-forms', ['check-config', 'no-such-file.json']);
    expect(missing.code).toBe(2);
  });
});
