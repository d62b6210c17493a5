/**
 * Throwaway consumer projects for the consumer tests: a folder in the area's temp
 * root (under `os.tmpdir()`, outside the workspace, so pnpm never takes it for a
 * workspace member), a `package.json` that depends on the kit's packed tarballs
 * (`file:` dependencies, never workspace links) plus pinned third-party versions,
 * installed with `pnpm install --prefer-offline`.
 *
 * The tarballs come from the global setup (`./global-setup.ts`), which builds and
 * packs the three packages once per run and `provide`s their paths; so these
 * helpers work in test files (and in modules they import) of a vitest config that
 * uses that global setup.
 *
 * A project is installed once per run and shared: the same `name` returns the same
 * folder, whichever test file (worker) asks first; the others wait for its install.
 *
 * @example
 * ```ts
 * import { consumerProject, lockedVersion, run } from './support/project.js';
 *
 * const project = await consumerProject({
 *   name: 'node-esm',
 *   kit: ['rules'],
 *   files: { 'check.mjs': "import { validate } from '@city-forms/rules'; …" },
 * });
 * const r = await project.run('node', ['check.mjs']);
 * expect(r.code).toBe(0);
 * ```
 * @module
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

/** The kit's packages, by short name. */
export type KitPackage = 'rules' | 'react' | 'embed';

/** Absolute paths of the packed tarballs (`pnpm pack` output), by package. */
export type Tarballs = Record<KitPackage, string>;

declare module 'vitest' {
  export interface ProvidedContext {
    /** Paths of the packed tarballs (see global-setup.ts). */
    cityFormsTarballs: Tarballs;
    /** The area's temp root: throwaway projects live in `<root>/projects/<name>`. */
    cityFormsConsumersRoot: string;
  }
}

/** The workspace root (where pnpm-lock.yaml is). */
export const WORKSPACE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** What {@link consumerProject} installs. */
export interface ProjectSpec {
  /**
   * Name of the project, unique within the run (a folder name: letters, digits,
   * `-`, `_`, `.`). The same name gives the same, already installed project.
   */
  name: string;
  /**
   * The kit's packages the project depends on, installed from their tarballs.
   * All three tarballs are always wired as pnpm `overrides` too, so a package's own
   * dependency on another (`@city-forms/react` → `@city-forms/rules`) also resolves
   * to the tarball, never to a registry.
   */
  kit: KitPackage[];
  /**
   * Third-party dependencies, with exact versions. Prefer versions that are in the
   * workspace lockfile (see {@link lockedVersion}): they are in the pnpm store
   * already, so the install is fast and needs no network.
   */
  dependencies?: Record<string, string>;
  /** Third-party devDependencies, as {@link ProjectSpec.dependencies}. */
  devDependencies?: Record<string, string>;
  /**
   * More package.json fields (`scripts`, …). `name`, `private`, `dependencies`
   * and `devDependencies` are the helper's. Default `type` is `module`.
   */
  packageJson?: Record<string, unknown>;
  /**
   * A template folder copied into the project before the install (e.g.
   * `test/consumers/apps/vite-react`); its `node_modules`, if any, is skipped.
   */
  template?: string;
  /** Files to write (path relative to the project → content), after the template. */
  files?: Record<string, string>;
  /**
   * More settings for the project's pnpm-workspace.yaml (e.g. `{ allowBuilds:
   * { esbuild: true } }`); `overrides` is the helper's and is merged with yours.
   */
  pnpm?: Record<string, unknown>;
  /** Extra arguments for `pnpm install` (after `--prefer-offline`). */
  installArgs?: string[];
  /** How long the install may take, in ms (default 240 000). */
  installTimeout?: number;
}

/** The result of {@link run}. */
export interface RunResult {
  /** Exit code (null when killed by a signal, e.g. on timeout). */
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Options of {@link run}. */
export interface RunOptions {
  /** Working directory (a project's `run` defaults to the project). */
  cwd?: string;
  /** Environment added to the process's (see {@link cleanEnv}). */
  env?: Record<string, string | undefined>;
  /** Written to the child's stdin, which is then closed. */
  input?: string;
  /** Kill the child after this many ms (default 120 000). */
  timeout?: number;
}

/** An installed throwaway project. */
export interface ConsumerProject {
  /** Its folder (absolute). */
  dir: string;
  /** Run a command in the project folder (see {@link run}). */
  run(command: string, args?: string[], options?: RunOptions): Promise<RunResult>;
  /** Run one of the project's installed bins (`node_modules/.bin/<name>`), as `npx <name>` would. */
  bin(name: string, args?: string[], options?: RunOptions): Promise<RunResult>;
  /** Write a file into the project (path relative to it; folders are created). */
  write(path: string, content: string): void;
  /** Read a file of the project (path relative to it) as UTF-8. */
  read(path: string): string;
}

/** The tarballs of this run (from the global setup). */
export function tarballs(): Tarballs {
  return inject('cityFormsTarballs');
}

/**
 * The process environment without what the workspace's own pnpm run put there
 * (`npm_config_*`, `npm_package_*`, `PNPM_*`, `INIT_CWD`, `NODE_OPTIONS`…), so a
 * child in a throwaway project behaves as in a fresh shell; plus `extra`.
 */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(npm_|PNPM_|pnpm_)/i.test(k) || ['INIT_CWD', 'NODE_OPTIONS', 'NODE_PATH', 'VITEST', 'VITEST_MODE', 'TEST', 'NODE_ENV'].includes(k)) continue;
    if (/^VITEST_/.test(k)) continue;
    env[k] = v;
  }
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

/**
 * Run a command and collect its output; never rejects on a non-zero exit (look at
 * `code`), only when the command cannot be started.
 */
export function run(command: string, args: string[] = [], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: cleanEnv(options.env), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeout ?? 120_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.on('error', () => {}); // a child that exits without reading its input (EPIPE): not our error
    child.stdin.end(options.input ?? '');
  });
}

let lockText: string | undefined;

/**
 * The versions of a package that the workspace lockfile has (so the pnpm store
 * has them), lowest first, e.g. `lockedVersions('react')` → `['18.3.1', '19.3.1']`.
 */
export function lockedVersions(name: string): string[] {
  lockText ??= readFileSync(join(WORKSPACE_ROOT, 'pnpm-lock.yaml'), 'utf8');
  const esc = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const re = new RegExp(`^  '?${esc}@([^'():\\s]+)'?:$`, 'gm');
  const found = new Set<string>();
  for (const m of lockText.matchAll(re)) if (m[1] !== undefined) found.add(m[1]);
  const num = (v: string) => v.split(/[.-]/).map((p) => (/^\d+$/.test(p) ? Number(p) : -1));
  return [...found].sort((a, b) => {
    const x = num(a);
    const y = num(b);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
      const d = (x[i] ?? 0) - (y[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  });
}

/**
 * The highest version of `name` in the workspace lockfile, or the highest of the
 * given major; throws when there is none (pin a version that the store has).
 * @example
 * ```ts
 * lockedVersion('react');     // '19.3.1'
 * lockedVersion('react', 18); // '18.3.1'
 * ```
 */
export function lockedVersion(name: string, major?: number): string {
  const all = lockedVersions(name).filter((v) => major === undefined || v.split('.')[0] === String(major));
  const v = all.at(-1);
  if (v === undefined) throw new Error(`${name}${major === undefined ? '' : `@${major}`} is not in the workspace lockfile`);
  return v;
}

const FOLDER_NAME = /^[\w.-]+$/;

/** Wait until `check` returns a value other than undefined (polling), or throw after `timeout` ms. */
async function waitFor<T>(check: () => T | undefined, timeout: number, what: string): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = check();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * A throwaway project with the kit's tarballs installed (see {@link ProjectSpec}),
 * created and installed on first call for its `name`, shared afterwards (within
 * the run, across test files). Rejects with pnpm's output if the install fails
 * (and so does every later call for the same name).
 */
export async function consumerProject(spec: ProjectSpec): Promise<ConsumerProject> {
  if (!FOLDER_NAME.test(spec.name)) throw new Error(`project name must be a folder name: ${spec.name}`);
  const dir = join(inject('cityFormsConsumersRoot'), 'projects', spec.name);
  const ready = join(dir, '.consumer-ready');
  const failed = join(dir, '.consumer-failed');
  mkdirSync(dirname(dir), { recursive: true });
  let owner = false;
  try {
    mkdirSync(dir); // atomic: the first caller of the run installs
    owner = true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  if (owner) {
    try {
      await install(dir, spec);
      writeFileSync(ready, new Date().toISOString());
    } catch (e) {
      writeFileSync(failed, String((e as Error).message));
      throw e;
    }
  } else {
    await waitFor(
      () => {
        if (existsSync(failed)) throw new Error(`install of ${spec.name} failed:\n${readFileSync(failed, 'utf8')}`);
        return existsSync(ready) ? true : undefined;
      },
      (spec.installTimeout ?? 240_000) + 30_000,
      `the install of ${spec.name}`,
    );
  }
  return projectAt(dir);
}

function projectAt(dir: string): ConsumerProject {
  return {
    dir,
    run: (command, args = [], options = {}) => run(command, args, { cwd: dir, ...options }),
    bin: (name, args = [], options = {}) => run(join(dir, 'node_modules', '.bin', name), args, { cwd: dir, ...options }),
    write: (path, content) => {
      const file = join(dir, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    },
    read: (path) => readFileSync(join(dir, path), 'utf8'),
  };
}

async function install(dir: string, spec: ProjectSpec): Promise<void> {
  const tgz = tarballs();
  if (spec.template !== undefined) {
    cpSync(spec.template, dir, { recursive: true, filter: (src) => !/[\\/]node_modules([\\/]|$)/.test(src) });
  }
  const fileDep = (k: KitPackage) => `file:${tgz[k]}`;
  const kitDeps = Object.fromEntries(spec.kit.map((k) => [`@city-forms/${k}`, fileDep(k)]));
  const pkg = {
    type: 'module',
    ...spec.packageJson,
    name: `consumer-${spec.name.toLowerCase()}`,
    version: '0.0.0',
    private: true,
    dependencies: { ...spec.dependencies, ...kitDeps },
    devDependencies: { ...spec.devDependencies },
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  const extra = spec.pnpm ?? {};
  const overrides = {
    ...(extra['overrides'] as Record<string, string> | undefined),
    '@city-forms/rules': fileDep('rules'),
    '@city-forms/react': fileDep('react'),
    '@city-forms/embed': fileDep('embed'),
  };
  // JSON is YAML: pnpm reads this as its workspace settings (this folder is its own root).
  writeFileSync(join(dir, 'pnpm-workspace.yaml'), `${JSON.stringify({ ...extra, overrides }, null, 2)}\n`);
  for (const [path, content] of Object.entries(spec.files ?? {})) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  const r = await run('pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile', '--config.confirmModulesPurge=false', ...(spec.installArgs ?? [])], {
    cwd: dir,
    timeout: spec.installTimeout ?? 240_000,
    env: { CI: 'true' },
  });
  if (r.code !== 0) {
    rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
    throw new Error(`pnpm install in ${dir} exited ${r.code}:\n${r.stdout}\n${r.stderr}`);
  }
}
