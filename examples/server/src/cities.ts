/**
 * The cities the server serves: the five built-in cities plus the profiles in a
 * configured folder (`CITY_FORMS_PROFILES_DIR`), each checked at start by the
 * `city-forms check-config` command itself. Cities are server configuration: a
 * request names a city id, never a profile.
 * @module
 */
import { BUILT_IN_PROFILES, CITY_IDS, resolveCity, type CityProfileInput, type Localized, type ResolvedProfile } from '@city-forms/rules';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The environment variable `src/main.ts` reads the profiles folder from. */
export const PROFILES_DIR_ENV = 'CITY_FORMS_PROFILES_DIR';

/** One entry of `GET /api/cities`. */
export interface CityEntry {
  id: string;
  name: Localized;
  /** The whole profile, for a city the kit does not have built in (the portal renders its forms from it). */
  profile?: CityProfileInput;
}

/** A profiles folder the server refuses to start with; the message says which file and why. */
export class ProfileConfigError extends Error {
  override readonly name = 'ProfileConfigError';
}

/** What `city-forms`' `main` needs (the CLI's `CliIo`). */
interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: () => Promise<string>;
  readFile: (p: string) => Promise<string>;
}
type CliMain = (argv: string[], io: CliIo) => Promise<number>;

let cliMain: Promise<CliMain> | undefined;

/**
 * The `city-forms` command line's `main`, loaded from the rules package (the
 * same module its bin runs), so the server checks a profile exactly as
 * `city-forms check-config <file>` does.
 */
function checkConfigCli(): Promise<CliMain> {
  cliMain ??= (async () => {
    const rulesDir = dirname(createRequire(import.meta.url).resolve('@city-forms/rules/package.json'));
    const cli = (await import(pathToFileURL(join(rulesDir, 'src', 'cli.ts')).href)) as { main?: unknown };
    if (typeof cli.main !== 'function') throw new Error('@city-forms/rules/src/cli.ts has no main(argv, io)');
    return cli.main as CliMain;
  })();
  return cliMain;
}

/**
 * Run `city-forms check-config` on one file: exit code and what it printed.
 * @example
 * ```ts
 * await checkConfig('profiles/demo.json'); // { code: 0, output: 'ok: demo 1.0.0 (…)' }
 * ```
 */
export async function checkConfig(file: string): Promise<{ code: number; output: string }> {
  const main = await checkConfigCli();
  const out: string[] = [];
  const code = await main(['check-config', file], {
    stdout: (s) => void out.push(s),
    stderr: (s) => void out.push(s),
    stdin: () => Promise.reject(new Error('no stdin')),
    readFile: (p) => Promise.resolve(readFileSync(p, 'utf8')),
  });
  return { code, output: out.join('').trimEnd() };
}

/**
 * Read and check every `*.json` file of a profiles folder (sorted by name). Throws
 * a {@link ProfileConfigError} naming every bad file with check-config's own
 * lines, or two files with the same id; the server does not start with it.
 * @example
 * ```ts
 * const profiles = await loadProfiles('examples/server/profiles'); // [demo]
 * ```
 */
export async function loadProfiles(dir: string): Promise<CityProfileInput[]> {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    names = readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort();
  } catch (e) {
    throw new ProfileConfigError(`${PROFILES_DIR_ENV}: cannot read the profiles folder ${dir}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const problems: string[] = [];
  const profiles: CityProfileInput[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    const file = join(dir, name);
    const { code, output } = await checkConfig(file);
    if (code !== 0) {
      problems.push(`${file} (city-forms check-config exit ${code}):\n${indent(output)}`);
      continue;
    }
    const profile = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as CityProfileInput;
    const other = seen.get(profile.id);
    if (other) {
      problems.push(`${file}: id '${profile.id}' is already the id of ${other}`);
      continue;
    }
    seen.set(profile.id, file);
    profiles.push(profile);
  }
  if (problems.length > 0) {
    throw new ProfileConfigError(
      `${PROFILES_DIR_ENV}=${dir}: ${problems.length === 1 ? 'a city profile is' : `${problems.length} city profiles are`} not valid; the server does not start.\n${problems.join('\n')}`,
    );
  }
  return profiles;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}

/** The outcome of reading the `city` of a request. */
export type CityChoice =
  | {
      ok: true;
      id: string;
      city: string | ResolvedProfile;
      profile: ResolvedProfile;
    }
  | { ok: false; code: string; message: string };

/**
 * The server's cities: the built-in ones and the configured profiles (already
 * checked), and how a request's `city` id is looked up.
 */
export class Cities {
  private readonly custom = new Map<string, { input: CityProfileInput; resolved: ResolvedProfile }>();

  constructor(profiles: readonly CityProfileInput[]) {
    for (const input of profiles) {
      if (Object.hasOwn(BUILT_IN_PROFILES, input.id)) throw new ProfileConfigError(`city profile '${input.id}' clashes with a built-in profile`);
      if (this.custom.has(input.id)) throw new ProfileConfigError(`two city profiles have the id '${input.id}'`);
      // Resolved from the object, not registered globally: several servers (tests)
      // may run in one process with different profiles.
      this.custom.set(input.id, { input, resolved: resolveCity(input) });
    }
  }

  /** `GET /api/cities`: built-in cities first, then the configured ones with their profile. */
  list(): CityEntry[] {
    return [
      ...CITY_IDS.map((id) => ({ id, name: BUILT_IN_PROFILES[id]!.name })),
      ...[...this.custom.values()].map(({ input }) => ({
        id: input.id,
        name: input.name,
        profile: input,
      })),
    ];
  }

  ids(): string[] {
    return [...CITY_IDS, ...this.custom.keys()];
  }

  /**
   * Look up a request's `city`: the id of a built-in or configured city. A profile
   * object is refused (`input.profile-not-accepted`): profiles are server
   * configuration, so a client cannot switch a city's rules off.
   */
  choose(value: unknown): CityChoice {
    if (typeof value === 'string') {
      if ((CITY_IDS as readonly string[]).includes(value))
        return {
          ok: true,
          id: value,
          city: value,
          profile: resolveCity(value),
        };
      const own = this.custom.get(value);
      if (own)
        return {
          ok: true,
          id: value,
          city: own.resolved,
          profile: own.resolved,
        };
      return {
        ok: false,
        code: 'input.unknown-city',
        message: `unknown city '${clip(value)}' (known: ${this.ids().join(', ')})`,
      };
    }
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return {
        ok: false,
        code: 'input.profile-not-accepted',
        message: `\`city\` must be a city id (one of ${this.ids().join(', ')}); city profiles are server configuration and are not accepted in a request`,
      };
    }
    return {
      ok: false,
      code: 'input.invalid-city',
      message: `\`city\` must be a city id (one of ${this.ids().join(', ')})`,
    };
  }
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
