/**
 * The `city-forms` command line: validate a submission, list the rules, check a
 * portal's city profile, print a form's JSON Schema.
 *
 * `main` is pure (all I/O goes through `io`) and returns the exit code:
 * 0 ok, 1 rule errors / profile problems, 2 unusable input. It never throws and
 * never prints a stack trace.
 *
 * @example
 * ```sh
 * city-forms validate --form leave --city fushun --today 2026-11-23 leave.json
 * city-forms rules --city fushun --markdown
 * city-forms check-config my-city.json
 * city-forms schema --form document --city jining
 * ```
 * @module
 */
import { realpathSync } from 'node:fs';
import { readFile as fsReadFile } from 'node:fs/promises';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { BUILT_IN_PROFILES, CITY_IDS, defineCity, resolveCity } from './cities/index.js';
import { isCivilDate } from './dates.js';
import { describeRules, type RuleEntry } from './describe.js';
import { InvalidProfileError, UnknownCityError, UnknownFormError, type ProfileProblem } from './errors.js';
import { jsonSchema } from './json-schema.js';
import type { ResolvedProfile } from './profile/resolve.js';
import type { CityProfileInput } from './profile/schema.js';
import type { ValidationContext } from './rule.js';
import { LOCALES, type FormId, type Locale } from './types.js';
import { validate } from './validate.js';
import { FORM_IDS } from './catalogue.js';

/**
 * What the CLI reads and writes; `run` wires it to the process, tests to strings.
 * @example
 * ```ts
 * const io: CliIo = { stdout: (s) => out.push(s), stderr: (s) => err.push(s), stdin: async () => '{}', readFile: async () => '{}' };
 * ```
 */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: () => Promise<string>;
  readFile: (p: string) => Promise<string>;
}

/** An unusable invocation or input: one line on stderr, exit 2. */
class UsageError extends Error {}

const PREFIX = 'city-forms: ';

/**
 * The usage text printed by `--help`.
 * @example
 * ```ts
 * USAGE.startsWith('Usage: city-forms'); // true
 * ```
 */
export const USAGE = `Usage: city-forms <command> [options]

Commands:
  validate --form <form> --city <id|profile.json> [--today YYYY-MM-DD]
           [--received-on YYYY-MM-DD] [--locale zh-CN|en] [--context context.json] <data.json|->
      Validate one submission (- reads it from stdin) and print the result as JSON.
      --received-on: the date the office received a stored record; lead times and
      deadlines count from it (re-validating later gives the answer of that day).
      Exit 0: no error (warnings allowed); 1: rule errors; 2: unusable input.

  rules [--city <id|profile.json>] [--form <form>] [--json|--markdown]
      List the rules that apply in each city, with severity and citation.

  check-config <profile.json>
      Check a portal's own city profile (it extends a built-in id such as national).
      Exit 0: valid; 1: one line per problem, by field path; 2: unreadable file.

  schema --form <form> [--city <id|profile.json>]
      Print the JSON Schema (draft 2020-12) of a form's data model.

Forms:   ${FORM_IDS.join(', ')}
Cities:  ${CITY_IDS.join(', ')} (and the base profile national),
         or a profile .json file
Options: -h, --help   show this help
`;

const COMMANDS = ['validate', 'rules', 'check-config', 'schema'] as const;

/**
 * Run the CLI on `argv` (without `node` and the script) and return the exit code.
 * Never throws.
 * @example
 * ```ts
 * const code = await main(['rules', '--city', 'fushun', '--json'], io);
 * ```
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined) {
      io.stderr(USAGE);
      return 2;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout(USAGE);
      return 0;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      if (!(COMMANDS as readonly string[]).includes(command)) throw unknownCommand(command);
      io.stdout(USAGE);
      return 0;
    }
    const files = new Files(io);
    switch (command) {
      case 'validate':
        return await validateCommand(rest, io, files);
      case 'rules':
        return await rulesCommand(rest, io, files);
      case 'check-config':
        return await checkConfigCommand(rest, io, files);
      case 'schema':
        return await schemaCommand(rest, io, files);
      default:
        throw unknownCommand(command);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${PREFIX}${oneLine(e.message)}\n`);
      return 2;
    }
    // A bug, not the user's fault; still one line, no stack.
    io.stderr(`${PREFIX}internal error: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
    return 2;
  }
}

function unknownCommand(command: string): UsageError {
  const what = command.startsWith('-') ? 'option' : 'command';
  return new UsageError(`unknown ${what} '${short(command)}' (expected ${COMMANDS.join(', ')}; see city-forms --help)`);
}

// ---------------------------------------------------------------------------
// validate

async function validateCommand(argv: string[], io: CliIo, files: Files): Promise<number> {
  const { values, positionals } = parse('validate', argv, {
    form: { type: 'string' },
    city: { type: 'string' },
    today: { type: 'string' },
    'received-on': { type: 'string' },
    locale: { type: 'string' },
    context: { type: 'string' },
  });
  const input = onePositional('validate', positionals, '<data.json|->');
  const form = formOption('validate', values['form'], true);
  const cityArg = requireOption('validate', 'city', values['city']);
  const today = str(values['today']);
  if (today !== undefined && !isCivilDate(today)) throw new UsageError(`invalid --today '${short(today)}' (expected a real date as YYYY-MM-DD)`);
  const receivedOn = str(values['received-on']);
  if (receivedOn !== undefined && !isCivilDate(receivedOn))
    throw new UsageError(`invalid --received-on '${short(receivedOn)}' (expected a real date as YYYY-MM-DD)`);
  const locale = localeOption(values['locale']);

  const city = await loadCity(cityArg, files);
  const profile = resolveForCli(city, cityArg);
  let context: ValidationContext | undefined;
  const contextFile = str(values['context']);
  if (contextFile !== undefined) {
    const c = await files.json(contextFile);
    if (typeof c !== 'object' || c === null || Array.isArray(c)) {
      throw new UsageError(`${files.label(contextFile)}: expected a JSON object such as {"absences": [...]}`);
    }
    context = c;
  }
  const data = await files.json(input);

  const result = validate(form, data, { city: profile, today, receivedOn, locale, context });
  const unusable = result.issues.find((i) => i.code.startsWith('input.'));
  if (unusable) {
    // City, form, --today and --received-on were checked above, so this is the data itself (not an object).
    const detail = unusable.code === 'input.not-object' ? 'expected a JSON object (the form data)' : unusable.message;
    throw new UsageError(`${files.label(input)}: ${detail}`);
  }
  io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  return result.ok ? 0 : 1;
}

// ---------------------------------------------------------------------------
// rules

async function rulesCommand(argv: string[], io: CliIo, files: Files): Promise<number> {
  const { values, positionals } = parse('rules', argv, {
    city: { type: 'string' },
    form: { type: 'string' },
    json: { type: 'boolean' },
    markdown: { type: 'boolean' },
  });
  if (positionals.length > 0) throw new UsageError(`rules: unexpected argument '${short(positionals[0]!)}'`);
  if (values['json'] && values['markdown']) throw new UsageError('rules: use either --json or --markdown, not both');
  const form = formOption('rules', values['form'], false);
  const city = await optionalCity(str(values['city']), files);
  const entries = describeRules({ city, form });
  if (values['json']) io.stdout(`${JSON.stringify(entries, null, 2)}\n`);
  else if (values['markdown']) io.stdout(`${rulesMarkdown(entries)}\n`);
  else io.stdout(`${rulesTable(entries)}\n`);
  return 0;
}

/**
 * The rules as a markdown table (city, form, code, severity, article, title): what
 * `rules --markdown` prints and the README's rule table is generated from.
 * @example
 * ```ts
 * rulesMarkdown(describeRules({ city: 'fushun' })).split('\n')[0]; // '| city | form | code | severity | article | title |'
 * ```
 */
export function rulesMarkdown(entries: readonly RuleEntry[]): string {
  const cell = (s: string) =>
    s
      .replace(/\\/g, '\\\\')
      .replace(/\|/g, '\\|')
      .replace(/\s*\n\s*/g, ' ');
  const lines = ['| city | form | code | severity | article | title |', '| --- | --- | --- | --- | --- | --- |'];
  for (const e of entries) {
    lines.push(
      `| ${cell(e.city)} | ${cell(e.form)} | \`${cell(e.code)}\` | ${cell(e.severity)} | ${cell(e.citation['zh-CN'])} | ${cell(`${e.title['zh-CN']} / ${e.title.en}`)} |`,
    );
  }
  return lines.join('\n');
}

/**
 * The rules as an aligned plain-text table (the default of `rules`).
 * @example
 * ```ts
 * rulesTable(describeRules({ city: 'fushun', form: 'leave' }));
 * ```
 */
export function rulesTable(entries: readonly RuleEntry[]): string {
  if (entries.length === 0) return '(no rules)';
  const rows = [
    ['CITY', 'FORM', 'CODE', 'SEVERITY', 'ARTICLE', 'TITLE'],
    ...entries.map((e) => [e.city, e.form, e.code, e.severity, `${e.clause.source} 第${e.clause.article}条`, `${e.title['zh-CN']} / ${e.title.en}`]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c]!))));
  return rows
    .map((r) =>
      r
        .map((v, c) => (c === r.length - 1 ? v : v + ' '.repeat(widths[c]! - displayWidth(v))))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Terminal columns of a string: CJK and full-width characters take two. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      cp >= 0x20000;
    w += wide ? 2 : 1;
  }
  return w;
}

// ---------------------------------------------------------------------------
// check-config

/** Problems check-config lists before it summarises the rest. */
export const MAX_PROBLEMS = 50;

async function checkConfigCommand(argv: string[], io: CliIo, files: Files): Promise<number> {
  const { positionals } = parse('check-config', argv, {});
  const file = onePositional('check-config', positionals, '<profile.json>');
  const raw = await files.json(file);
  let problems: ProfileProblem[];
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems = [{ path: [], message: 'expected a JSON object (a city profile)' }];
  } else if (typeof id === 'string' && Object.hasOwn(BUILT_IN_PROFILES, id)) {
    // A built-in id cannot be registered or served as another profile (registerCity refuses it).
    problems = [
      {
        path: ['id'],
        message: `'${id}' is the id of a built-in city; give the profile an id of its own (built-in: ${Object.keys(BUILT_IN_PROFILES).join(', ')})`,
      },
    ];
  } else {
    try {
      const plain = defineCity(raw as Parameters<typeof defineCity>[0]);
      const resolved = resolveCity(plain);
      const n = Object.keys(resolved.rules).length;
      io.stdout(`ok: ${resolved.id} ${resolved.version} (${n} ${n === 1 ? 'rule' : 'rules'})\n`);
      return 0;
    } catch (e) {
      if (e instanceof InvalidProfileError) problems = e.problems;
      else if (e instanceof UnknownCityError)
        problems = [{ path: ['extends'], message: `${e.message}; built-in: ${Object.keys(BUILT_IN_PROFILES).join(', ')}` }];
      else throw e;
    }
  }
  // A profile can have any number of problems (100 000 bad roles): list the first ones.
  for (const p of problems.slice(0, MAX_PROBLEMS)) io.stderr(`${p.path.join('.') || '(root)'}: ${oneLine(p.message)}\n`);
  if (problems.length > MAX_PROBLEMS) io.stderr(`… and ${problems.length - MAX_PROBLEMS} more problems (${problems.length} in all)\n`);
  return 1;
}

// ---------------------------------------------------------------------------
// schema

async function schemaCommand(argv: string[], io: CliIo, files: Files): Promise<number> {
  const { values, positionals } = parse('schema', argv, { form: { type: 'string' }, city: { type: 'string' } });
  if (positionals.length > 0) throw new UsageError(`schema: unexpected argument '${short(positionals[0]!)}'`);
  const form = formOption('schema', values['form'], true);
  const city = await optionalCity(str(values['city']), files);
  io.stdout(`${JSON.stringify(jsonSchema(form, { city }), null, 2)}\n`);
  return 0;
}

// ---------------------------------------------------------------------------
// helpers

type Options = NonNullable<ParseArgsConfig['options']>;

function parse(command: string, argv: string[], options: Options): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, strict: true, allowPositionals: true });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (e) {
    const err = e as { code?: string; message?: string };
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const name = /'([^']+)'/.exec(err.message ?? '')?.[1] ?? '?';
      throw new UsageError(`${command}: unknown option '${short(name)}' (see city-forms --help)`);
    }
    throw new UsageError(`${command}: ${err.message ?? String(e)}`);
  }
}

function onePositional(command: string, positionals: string[], what: string): string {
  if (positionals.length === 0) throw new UsageError(`${command}: missing ${what}`);
  if (positionals.length > 1) throw new UsageError(`${command}: expected one ${what}, got ${positionals.length} arguments`);
  return positionals[0]!;
}

function requireOption(command: string, name: string, value: string | boolean | undefined): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(`${command}: missing --${name}`);
  return value;
}

function formOption(command: string, value: string | boolean | undefined, required: true): FormId;
function formOption(command: string, value: string | boolean | undefined, required: false): FormId | undefined;
function formOption(command: string, value: string | boolean | undefined, required: boolean): FormId | undefined {
  if (value === undefined && !required) return undefined;
  const form = requireOption(command, 'form', value);
  if (!(FORM_IDS as readonly string[]).includes(form)) throw new UsageError(`${new UnknownFormError(short(form)).message} (forms: ${FORM_IDS.join(', ')})`);
  return form as FormId;
}

function localeOption(value: string | boolean | undefined): Locale | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !(LOCALES as readonly string[]).includes(value)) {
    throw new UsageError(`unknown --locale '${short(String(value))}' (expected ${LOCALES.join(' or ')})`);
  }
  return value as Locale;
}

/** `--city`: a profile file when it looks like a path, otherwise an id. */
async function loadCity(value: string, files: Files): Promise<string | CityProfileInput> {
  if (!value.endsWith('.json') && !value.includes('/') && !value.includes(sep)) return value;
  const raw = await files.json(value);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new UsageError(`${value}: expected a JSON object (a city profile)`);
  return raw as CityProfileInput;
}

/** An optional `--city`, checked to resolve (one-line errors), as describeRules and jsonSchema take it. */
async function optionalCity(arg: string | undefined, files: Files): Promise<string | CityProfileInput | undefined> {
  if (arg === undefined) return undefined;
  const city = await loadCity(arg, files);
  resolveForCli(city, arg);
  return city;
}

function str(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function resolveForCli(city: string | CityProfileInput, arg: string): ResolvedProfile {
  try {
    return resolveCity(city);
  } catch (e) {
    if (e instanceof UnknownCityError) {
      if (e.where === 'extends') throw new UsageError(`invalid city profile ${arg}: ${e.message} (run city-forms check-config ${arg})`);
      throw new UsageError(`unknown city '${short(e.city)}' (built-in: ${Object.keys(BUILT_IN_PROFILES).join(', ')}; or pass a profile .json file)`);
    }
    if (e instanceof InvalidProfileError) {
      const problems = e.problems.slice(0, 3).map((p) => `${p.path.join('.') || '(root)'}: ${p.message}`);
      if (e.problems.length > 3) problems.push(`… ${e.problems.length - 3} more`);
      throw new UsageError(`invalid city profile ${arg}: ${problems.join('; ')} (run city-forms check-config ${arg})`);
    }
    throw e;
  }
}

/** Reads files and stdin once each, with one-line errors. */
class Files {
  private stdinUsed = false;
  constructor(private readonly io: CliIo) {}

  label(p: string): string {
    return p === '-' ? 'stdin' : p;
  }

  async text(p: string): Promise<string> {
    if (p === '-') {
      if (this.stdinUsed) throw new UsageError('stdin (-) can be read only once');
      this.stdinUsed = true;
      try {
        return await this.io.stdin();
      } catch (e) {
        throw new UsageError(`cannot read stdin: ${fsError(e)}`);
      }
    }
    try {
      return await this.io.readFile(p);
    } catch (e) {
      throw new UsageError(`cannot read ${p}: ${fsError(e)}`);
    }
  }

  async json(p: string): Promise<unknown> {
    const text = (await this.text(p)).replace(/^\uFEFF/, '');
    if (text.trim() === '') throw new UsageError(`${this.label(p)}: empty input (expected JSON)`);
    try {
      return JSON.parse(text) as unknown;
    } catch (e) {
      throw new UsageError(`${this.label(p)}: not valid JSON (${short(e instanceof Error ? e.message : String(e), 120)})`);
    }
  }
}

function fsError(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return e instanceof Error ? e.message : String(e);
  }
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').trim();
}

function short(s: string, max = 60): string {
  const line = oneLine(s);
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

// ---------------------------------------------------------------------------
// process wiring

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Run the CLI on the process: argv, stdio and the file system; sets `process.exitCode`.
 * The bin and `tsx src/cli.ts` both end here.
 * @example
 * ```ts
 * await run(process.argv.slice(2));
 * ```
 */
export async function run(argv: string[] = process.argv.slice(2)): Promise<void> {
  // `city-forms rules | head` closes the pipe early: not an error worth a stack.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  process.exitCode = await main(argv, {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    stdin: readStdin,
    readFile: (p) => fsReadFile(p, 'utf8'),
  });
}

function isEntryPoint(): boolean {
  try {
    const script = process.argv[1];
    return script !== undefined && realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) void run();
