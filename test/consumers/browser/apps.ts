/**
 * The host apps under `apps/`: each copied into a throwaway project of the shared
 * harness (`support/project.ts`: the packed tarballs as `file:` dependencies, one
 * `pnpm install --prefer-offline`), then built once.
 * @module
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { consumerProject, type ConsumerProject, type KitPackage } from '../support/project.js';

const APPS = fileURLToPath(new URL('../apps/', import.meta.url));

interface AppSpec {
  /** Folder under `apps/` with the app's sources (copied into the project). */
  sources: string;
  /** The package.json with the app's pinned third-party versions, relative to `apps/`. */
  template: string;
  /** The kit's packages the app imports itself. */
  kit: KitPackage[];
  /** The build command (a bin of the project) and where it writes. */
  build: [bin: string, ...args: string[]];
  out: string;
}

const SPECS = {
  'vite-react18': { sources: 'vite-react', template: 'vite-react/package.react18.json', kit: ['react', 'rules'], build: ['vite', 'build'], out: 'dist' },
  'vite-react19': { sources: 'vite-react', template: 'vite-react/package.react19.json', kit: ['react', 'rules'], build: ['vite', 'build'], out: 'dist' },
  next: { sources: 'next', template: 'next/package.json', kit: ['react'], build: ['next', 'build'], out: '.next' },
  vue: { sources: 'vue', template: 'vue/package.json', kit: ['embed'], build: ['vite', 'build'], out: 'dist' },
} satisfies Record<string, AppSpec>;

export type AppName = keyof typeof SPECS;

export interface BuiltApp {
  project: ConsumerProject;
  /** The project folder (installed, built). */
  dir: string;
  /** The build output: `dist/` (Vite) or `.next/`. */
  dist: string;
  /** What the build printed (stdout and stderr). */
  log: string;
}

interface Template {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  scripts?: Record<string, string>;
}

/** Install and build one app. Call it once per app and run (each test file owns its apps). */
export async function buildApp(name: AppName): Promise<BuiltApp> {
  const spec: AppSpec = SPECS[name];
  const template = JSON.parse(readFileSync(`${APPS}${spec.template}`, 'utf8')) as Template;
  const t0 = Date.now();
  const project = await consumerProject({
    name: `app-${name}`,
    kit: spec.kit,
    template: `${APPS}${spec.sources}`,
    ...(template.dependencies ? { dependencies: template.dependencies } : {}),
    ...(template.devDependencies ? { devDependencies: template.devDependencies } : {}),
    ...(template.scripts ? { packageJson: { scripts: template.scripts } } : {}),
  });
  const t1 = Date.now();
  const [bin, ...args] = spec.build;
  const r = await project.bin(bin, args, { env: { NEXT_TELEMETRY_DISABLED: '1' }, timeout: 300_000 });
  const log = `${r.stdout}\n${r.stderr}`;
  if (r.code !== 0) throw new Error(`${spec.build.join(' ')} in ${project.dir} exited ${r.code}:\n${log}`);
  console.log(`[consumers] ${name}: installed in ${((t1 - t0) / 1000).toFixed(1)} s, built in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
  return { project, dir: project.dir, dist: `${project.dir}/${spec.out}`, log };
}
