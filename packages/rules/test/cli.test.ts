/**
 * The `city-forms` CLI: every subcommand and exit code through `main()` in
 * process, two real processes for the wiring (bin, tsx, stdin `-`, no stack
 * trace), the generated examples (no drift) and the README rule-table script.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main, USAGE } from '../src/cli.js';
import { FIXTURES } from '../src/fixtures/index.js';
import { CITY_IDS, describeRules, jsonSchema, resolveCity, validate, type CityProfileInput } from '../src/index.js';
import { EXAMPLES_DIR, exampleFiles } from '../scripts/write-examples.js';
import { END, START, readmeRules, replaceRulesBlock } from '../scripts/readme-rules.js';

const PKG = fileURLToPath(new URL('..', import.meta.url));
const SIXTH = 'examples/sixth-city.json';
const sixthProfile = JSON.parse(readFileSync(join(PKG, SIXTH), 'utf8')) as CityProfileInput;

/** Run `main` with in-memory stdio; `files` shadow the file system (paths relative to the package). */
async function cli(argv: string[], opts: { stdin?: string; files?: Record<string, string> } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    stdin: async () => {
      if (opts.stdin === undefined) throw new Error('stdin not provided');
      return opts.stdin;
    },
    readFile: async (p) => (opts.files && Object.hasOwn(opts.files, p) ? opts.files[p]! : readFile(resolve(PKG, p), 'utf8')),
  });
  return { code, stdout, stderr };
}

/** Exactly one line on stderr, prefixed, with no stack trace. */
function expectOneLine(stderr: string, contains?: string | RegExp) {
  expect(stderr).toMatch(/^city-forms: [^\n]+\n$/);
  expect(stderr).not.toMatch(/\bat .+:\d+:\d+/);
  if (contains !== undefined) expect(stderr).toMatch(contains);
}

const fushunLeave = FIXTURES.fushun.leave;
const valid = JSON.stringify(fushunLeave.valid);
const base = ['validate', '--form', 'leave', '--city', 'fushun', '--today', fushunLeave.today];

describe('validate', () => {
  it('exits 0 and prints the result of validate() when there is no issue', async () => {
    const r = await cli([...base, 'leave.json'], { files: { 'leave.json': valid } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const expected = validate('leave', fushunLeave.valid, { city: 'fushun', today: fushunLeave.today });
    expect(r.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, issues: [], profile: { id: 'fushun' } });
  });

  it('--received-on: a stored record re-validated years later counts from its receipt date', async () => {
    const later = ['validate', '--form', 'leave', '--city', 'fushun', '--today', '2029-11-23'];
    const stored = await cli([...later, '--received-on', fushunLeave.today, 'leave.json'], { files: { 'leave.json': valid } });
    expect(stored.code).toBe(0);
    const expected = validate('leave', fushunLeave.valid, { city: 'fushun', today: '2029-11-23', receivedOn: fushunLeave.today });
    expect(stored.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    // The same record as a draft on that later day starts in the past.
    const draft = await cli([...later, 'leave.json'], { files: { 'leave.json': valid } });
    expect(draft.code).toBe(1);
    expect(JSON.parse(draft.stdout).issues.map((i: { code: string }) => i.code)).toContain('leave.retroactive');
  });

  it('exits 0 when there are only warnings', async () => {
    const data = { ...fushunLeave.valid, startDate: '2027-03-02', endDate: '2027-03-03' };
    const r = await cli([...base, 'leave.json'], { files: { 'leave.json': JSON.stringify(data) } });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { ok: boolean; issues: { code: string; severity: string }[] };
    expect(out.ok).toBe(true);
    expect(out.issues.length).toBeGreaterThan(0);
    expect(out.issues.every((i) => i.severity === 'warning')).toBe(true);
  });

  it('exits 1 when a rule errs, with code and citation', async () => {
    const v = fushunLeave.violations['leave.notice-too-short']!;
    const r = await cli([...base, 'leave.json'], { files: { 'leave.json': JSON.stringify(v.data) } });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { ok: boolean; issues: { code: string; citation: string }[] };
    expect(out.ok).toBe(false);
    expect(out.issues.find((i) => i.code === 'leave.notice-too-short')?.citation).toContain(`第${v.article}条`);
  });

  it('reads data from stdin with -', async () => {
    const r = await cli([...base, '-'], { stdin: valid });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true });
  });

  it('renders messages in --locale en', async () => {
    const v = fushunLeave.violations['leave.notice-too-short']!;
    const r = await cli([...base, '--locale', 'en', '-'], { stdin: JSON.stringify(v.data) });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { issues: { message: string; citation: string }[] };
    expect(out.issues[0]!.message).toMatch(/[a-z]/);
    expect(out.issues[0]!.message).not.toMatch(/[\u4e00-\u9fff]{4}/);
  });

  it('passes --context to the pairing rules', async () => {
    const v = fushunLeave.violations['leave.paired-absence']!;
    const files = { 'leave.json': JSON.stringify(v.data), 'context.json': JSON.stringify(v.context) };
    const withContext = await cli([...base, '--context', 'context.json', 'leave.json'], { files });
    expect(withContext.code).toBe(1);
    expect((JSON.parse(withContext.stdout) as { issues: { code: string }[] }).issues.map((i) => i.code)).toContain('leave.paired-absence');
    const without = await cli([...base, 'leave.json'], { files });
    expect(without.code).toBe(0);
  });

  const badProfile = JSON.stringify({
    ...sixthProfile,
    rules: { 'leave.notice-too-short': { severity: 'error', article: '三十三', params: { requirements: [] } } },
  });
  const unusable: [string, string[], { stdin?: string; files?: Record<string, string> }, RegExp][] = [
    ['malformed JSON in a file', [...base, 'bad.json'], { files: { 'bad.json': '{"applicantName": ' } }, /bad\.json: not valid JSON/],
    ['malformed JSON on stdin', [...base, '-'], { stdin: '{oops' }, /stdin: not valid JSON/],
    ['empty stdin', [...base, '-'], { stdin: '  \n' }, /stdin: empty input/],
    ['data that is not an object', [...base, '-'], { stdin: '[1, 2]' }, /stdin: expected a JSON object/],
    ['an unreadable file', [...base, 'nope/missing.json'], {}, /cannot read nope\/missing\.json: no such file/],
    ['an unknown city', ['validate', '--form', 'leave', '--city', 'atlantis', '-'], { stdin: valid }, /unknown city 'atlantis'.*fushun/],
    ['an unknown form', ['validate', '--form', 'visa', '--city', 'fushun', '-'], { stdin: valid }, /unknown form 'visa'/],
    ['an unknown flag', [...base, '--verbose', '-'], { stdin: valid }, /validate: unknown option '--verbose'/],
    ['a flag without its value', ['validate', '--form', 'leave', '--city'], {}, /validate: .*--city/],
    ['a missing --form', ['validate', '--city', 'fushun', '-'], { stdin: valid }, /validate: missing --form/],
    ['a missing --city', ['validate', '--form', 'leave', '-'], { stdin: valid }, /validate: missing --city/],
    ['a missing data argument', [...base], {}, /validate: missing <data\.json\|->/],
    ['two data arguments', [...base, 'a.json', 'b.json'], {}, /validate: expected one <data\.json\|->, got 2/],
    ['an invalid --today', ['validate', '--form', 'leave', '--city', 'fushun', '--today', '2026-02-30', '-'], { stdin: valid }, /invalid --today '2026-02-30'/],
    ['an invalid --received-on', [...base, '--received-on', '2026-11-31', '-'], { stdin: valid }, /invalid --received-on '2026-11-31'/],
    ['an unknown --locale', [...base, '--locale', 'fr', '-'], { stdin: valid }, /unknown --locale 'fr'/],
    [
      'an invalid profile file',
      ['validate', '--form', 'leave', '--city', 'bad-city.json', '-'],
      { stdin: valid, files: { 'bad-city.json': badProfile } },
      /invalid city profile bad-city\.json: rules\.leave\.notice-too-short\.params\.requirements: .*check-config/,
    ],
    [
      'a profile extending an unknown city',
      ['validate', '--form', 'leave', '--city', 'x.json', '-'],
      { stdin: valid, files: { 'x.json': JSON.stringify({ ...sixthProfile, extends: 'atlantis' }) } },
      /invalid city profile x\.json: unknown city 'atlantis' \(named by extends\)/,
    ],
    ['a context that is not an object', [...base, '--context', 'c.json', '-'], { stdin: valid, files: { 'c.json': '[]' } }, /c\.json: expected a JSON object/],
    ['stdin twice', [...base, '--context', '-', '-'], { stdin: '{}' }, /stdin \(-\) can be read only once/],
  ];
  it.each(unusable)('exits 2 with one line on %s', async (_name, argv, opts, message) => {
    const r = await cli(argv, opts);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expectOneLine(r.stderr, message);
  });
});

describe('rules', () => {
  it('prints a readable text table by default', async () => {
    const r = await cli(['rules', '--city', 'fushun', '--form', 'leave']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^CITY\s+FORM\s+CODE\s+SEVERITY\s+ARTICLE\s+TITLE$/);
    expect(lines).toHaveLength(describeRules({ city: 'fushun', form: 'leave' }).length + 1);
    expect(lines[1]).toMatch(/^fushun\s+leave\s+leave\.\S+\s+(error|warning)\s+fushun 第.+条\s+\S/);
  });

  it('prints describeRules() with --json', async () => {
    const r = await cli(['rules', '--city', 'fushun', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(describeRules({ city: 'fushun' }))));
  });

  it('prints a markdown table with --markdown, for all cities by default', async () => {
    const r = await cli(['rules', '--markdown']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('| city | form | code | severity | article | title |');
    expect(lines[1]).toBe('| --- | --- | --- | --- | --- | --- |');
    const entries = describeRules();
    expect(lines).toHaveLength(entries.length + 2);
    const fushun = describeRules({ city: 'fushun', form: 'leave' })[0]!;
    expect(lines).toContain(
      `| fushun | leave | \`${fushun.code}\` | ${fushun.severity} | ${fushun.citation['zh-CN']} | ${fushun.title['zh-CN']} / ${fushun.title.en} |`,
    );
  });

  it('accepts a profile file as --city', async () => {
    const r = await cli(['rules', '--city', SIXTH, '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { city: string }[]).every((e) => e.city === 'demo')).toBe(true);
  });

  it.each([
    ['both --json and --markdown', ['rules', '--json', '--markdown'], /either --json or --markdown/],
    ['an unknown city', ['rules', '--city', 'atlantis'], /unknown city 'atlantis'/],
    ['an unknown form', ['rules', '--form', 'visa'], /unknown form 'visa'/],
    ['a stray argument', ['rules', 'fushun'], /rules: unexpected argument 'fushun'/],
    ['an unknown flag', ['rules', '--csv'], /rules: unknown option '--csv'/],
  ])('exits 2 on %s', async (_name, argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, message);
  });
});

describe('check-config', () => {
  it('accepts the sixth city and prints one ok line', async () => {
    const r = await cli(['check-config', SIXTH]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const n = Object.keys(resolveCity(sixthProfile).rules).length;
    expect(r.stdout).toBe(`ok: demo 1.0.0 (${n} rules)\n`);
  });

  it('exits 1 with one line per problem, naming the field path', async () => {
    const bad = {
      ...sixthProfile,
      version: 'one',
      rules: {
        ...sixthProfile.rules,
        'leave.notice-too-short': { severity: 'error', article: '三十三', params: { requirements: [{ roles: ['member'], days: 100 }] } },
        'leave.stand-in-missing': { severity: 'error', article: '三十四', params: { roles: ['deputy'] }, source: 'fushun' },
      },
    };
    const r = await cli(['check-config', 'bad.json'], { files: { 'bad.json': JSON.stringify(bad) } });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toEqual([expect.stringMatching(/^version: /)]);

    const bad2 = { ...bad, version: '1.0.0' };
    const r2 = await cli(['check-config', 'bad.json'], { files: { 'bad.json': JSON.stringify(bad2) } });
    expect(r2.code).toBe(1);
    const lines2 = r2.stderr.trimEnd().split('\n');
    expect(lines2).toHaveLength(2);
    expect(lines2[0]).toMatch(/^rules\.leave\.notice-too-short\.params\.requirements\.0\.days: \S/);
    expect(lines2[1]).toMatch(/^rules\.leave\.stand-in-missing\.source: cites 'fushun'/);
  });

  it.each([
    ['an unknown extends', JSON.stringify({ ...sixthProfile, extends: 'atlantis' }), /^extends: unknown city 'atlantis'/],
    ['a profile that is not an object', '"demo"', /^\(root\): expected a JSON object/],
    [
      'a bad article ordinal',
      JSON.stringify({ ...sixthProfile, rules: { 'leave.retroactive': { severity: 'error', article: '33' } } }),
      /^rules\.leave\.retroactive\.article: /,
    ],
  ])('exits 1 on %s', async (_name, text, message) => {
    const r = await cli(['check-config', 'p.json'], { files: { 'p.json': text } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it.each([
    ['a malformed file', ['check-config', 'p.json'], { 'p.json': '{ "id": ' }, /p\.json: not valid JSON/],
    ['a missing file', ['check-config', 'missing.json'], {}, /cannot read missing\.json: no such file/],
    ['no file argument', ['check-config'], {}, /check-config: missing <profile\.json>/],
  ])('exits 2 on %s', async (_name, argv, files, message) => {
    const r = await cli(argv, { files });
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, message);
  });
});

describe('schema', () => {
  it('prints jsonSchema() as draft 2020-12 JSON', async () => {
    const r = await cli(['schema', '--form', 'leave']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema).toEqual(JSON.parse(JSON.stringify(jsonSchema('leave'))));
  });

  it("carries the city's option ids with --city", async () => {
    const r = await cli(['schema', '--form', 'leave', '--city', 'fushun']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { properties: Record<string, { enum?: string[] }> };
    expect(schema.properties['applicantRole']?.enum).toEqual(resolveCity('fushun').leave.applicantRoles);
  });

  it.each([
    ['a missing --form', ['schema'], /schema: missing --form/],
    ['an unknown form', ['schema', '--form', 'visa'], /unknown form 'visa'/],
    ['an unknown city', ['schema', '--form', 'leave', '--city', 'atlantis'], /unknown city 'atlantis'/],
  ])('exits 2 on %s', async (_name, argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, message);
  });
});

describe('help', () => {
  it('prints the usage on stdout with --help and exits 0', async () => {
    for (const argv of [['--help'], ['-h'], ['validate', '--help']]) {
      const r = await cli(argv);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(USAGE);
      expect(r.stderr).toBe('');
    }
  });

  it('prints the usage on stderr with no arguments and exits 2', async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(USAGE);
  });

  it('exits 2 on an unknown command', async () => {
    const r = await cli(['lint']);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, /unknown command 'lint'/);
  });
});

describe('a sixth city defined from national in JSON', () => {
  const today = '2026-11-23'; // a Monday
  const request = {
    applicantName: '陈晓',
    applicantRole: 'member',
    applicantUnit: '示例市交通运输局',
    kind: 'official-trip',
    leavesJurisdiction: true,
    startDate: '2026-11-26',
    endDate: '2026-11-27',
    destination: '省城',
    reason: '赴省交通运输厅汇报项目进展',
    contactPhone: '13900000000',
  };
  const run = (data: unknown) => cli(['validate', '--form', 'leave', '--city', SIXTH, '--today', today, '-'], { stdin: JSON.stringify(data) });

  it('passes check-config', async () => {
    const r = await cli(['check-config', SIXTH]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ok: demo 1\.0\.0 \(\d+ rules\)\n$/);
  });

  it('accepts a leave request with enough notice, routed by its own article', async () => {
    const r = await run(request);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { ok: boolean; issues: unknown[]; profile: { id: string }; derived: { route: { citation: string } } };
    expect(out).toMatchObject({ ok: true, issues: [], profile: { id: 'demo' } });
    expect(out.derived.route.citation).toBe('依据《示例市人民政府工作规则》第三十二条');
  });

  it('rejects one with too little notice (2 working days), citing its own numbering and role labels', async () => {
    const r = await run({ ...request, startDate: '2026-11-24', endDate: '2026-11-25' });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { ok: boolean; issues: { code: string; citation: string; message: string; params: Record<string, unknown> }[] };
    const hit = out.issues.find((i) => i.code === 'leave.notice-too-short');
    expect(hit?.citation).toBe('依据《示例市人民政府工作规则》第三十三条');
    // params hold the role's id; the message shows the profile's label for it.
    expect(hit?.params).toMatchObject({ days: 2, dayKind: 'working', role: 'member' });
    expect(hit?.message).toContain('市政府组成人员');
  });

  it('only warns (exit 0) when the contact number is missing', async () => {
    const { contactPhone: _, ...noPhone } = request;
    const r = await run(noPhone);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { issues: { code: string; severity: string }[] };
    expect(out.issues).toEqual([expect.objectContaining({ code: 'leave.contact-missing', severity: 'warning' })]);
  });
});

describe('the real process', () => {
  const opts = { cwd: PKG, encoding: 'utf8' as const, timeout: 60_000 };

  it('bin/city-forms.mjs validates data from stdin (-)', () => {
    const p = spawnSync(process.execPath, ['bin/city-forms.mjs', ...base, '-'], { ...opts, input: valid });
    expect(p.stderr).toBe('');
    expect(p.status).toBe(0);
    expect(JSON.parse(p.stdout)).toMatchObject({ ok: true, issues: [], profile: { id: 'fushun' } });
  }, 60_000);

  it('tsx src/cli.ts exits 2 on malformed stdin with one line and no stack trace', () => {
    const p = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...base, '-'], { ...opts, input: '{"applicantName": ' });
    expect(p.status).toBe(2);
    expect(p.stdout).toBe('');
    expectOneLine(p.stderr, /^city-forms: stdin: not valid JSON/);
  }, 60_000);
});

describe('examples', () => {
  it('are what scripts/write-examples.ts writes (regenerate: pnpm --filter @city-forms/rules exec tsx scripts/write-examples.ts)', () => {
    const expected = exampleFiles();
    const actual = new Map<string, string>();
    for (const city of CITY_IDS) {
      const dir = join(EXAMPLES_DIR, city);
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir)) actual.set(`${city}/${name}`, readFileSync(join(dir, name), 'utf8'));
    }
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [path, content] of expected) expect(actual.get(path), path).toBe(content);
  });
});

describe('scripts/readme-rules.ts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'city-forms-readme-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const quiet = { out: () => {}, err: () => {} };

  it('replaces the marked block with `rules --markdown` and --check detects staleness', async () => {
    const file = join(dir, 'README.md');
    writeFileSync(file, `# Title\n\nIntro.\n\n${START}\n| old |\n${END}\n\nAfter.\n`);
    expect(await readmeRules(['--check', file], quiet)).toBe(1);
    expect(await readmeRules([file], quiet)).toBe(0);
    const { stdout } = await cli(['rules', '--markdown']);
    expect(readFileSync(file, 'utf8')).toBe(`# Title\n\nIntro.\n\n${START}\n${stdout.trimEnd()}\n${END}\n\nAfter.\n`);
    expect(await readmeRules(['--check', file], quiet)).toBe(0);
  });

  it('exits 2 when the markers or the file are missing', async () => {
    const file = join(dir, 'plain.md');
    writeFileSync(file, '# No table here\n');
    expect(await readmeRules([file], quiet)).toBe(2);
    expect(await readmeRules([join(dir, 'missing.md')], quiet)).toBe(2);
    expect(() => replaceRulesBlock(`${END}\n${START}\n`, '| t |')).toThrow(/rules:start/);
  });
});
