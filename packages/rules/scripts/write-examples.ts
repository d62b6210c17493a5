/**
 * Writes the CLI examples of `@city-forms/rules` from the shared fixtures, so they
 * never drift from what the tests check. For each seed city and form:
 *
 * - `examples/<city>/<form>.json`: the valid submission;
 * - `examples/<city>/<form>.invalid.json`: the data of the first violation fixture;
 * - `examples/<city>/<form>.invalid.context.json`: that violation's context
 *   (others' absences), when it has one.
 *
 * Other files in `examples/<city>/` are removed; `examples/sixth-city.json` is
 * hand-written and left alone. `test/cli.test.ts` fails when the committed files
 * differ from what this script writes.
 *
 * @example
 * ```sh
 * pnpm --filter @city-forms/rules exec tsx scripts/write-examples.ts
 * ```
 * @module
 */
import { mkdirSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CITY_IDS } from '../src/cities/index.js';
import { FIXTURES } from '../src/fixtures/index.js';
import type { Violation } from '../src/fixtures/types.js';
import { FORM_IDS } from '../src/catalogue.js';
import type { FormId } from '../src/types.js';

/** The package's `examples/` directory. */
export const EXAMPLES_DIR = fileURLToPath(new URL('../examples/', import.meta.url));

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The files the script writes: path relative to `examples/` → content.
 * @example
 * ```ts
 * exampleFiles().get('fushun/leave.json');
 * ```
 */
export function exampleFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const city of CITY_IDS) {
    for (const form of FORM_IDS) {
      const fx = FIXTURES[city][form];
      files.set(`${city}/${form}.json`, json(fx.valid));
      const violations: readonly (Violation<FormId> | undefined)[] = Object.values(fx.violations);
      const first = violations.find((v) => v !== undefined);
      if (!first) continue;
      files.set(`${city}/${form}.invalid.json`, json(first.data));
      const context = first.context ?? fx.context;
      if (context) files.set(`${city}/${form}.invalid.context.json`, json(context));
    }
  }
  return files;
}

/**
 * Write the example files into `dir`, removing stale files of the city folders.
 * @example
 * ```ts
 * writeExamples(); // into packages/rules/examples
 * ```
 */
export function writeExamples(dir: string = EXAMPLES_DIR): { written: number; removed: string[] } {
  const files = exampleFiles();
  const removed: string[] = [];
  for (const city of CITY_IDS) {
    mkdirSync(join(dir, city), { recursive: true });
    for (const name of readdirSync(join(dir, city))) {
      if (!files.has(`${city}/${name}`)) {
        rmSync(join(dir, city, name), { recursive: true, force: true });
        removed.push(`${city}/${name}`);
      }
    }
  }
  for (const [path, content] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return { written: files.size, removed };
}

const isEntryPoint = (() => {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
})();

if (isEntryPoint) {
  const { written, removed } = writeExamples();
  console.log(`wrote ${written} files under ${EXAMPLES_DIR}${removed.length ? `; removed ${removed.join(', ')}` : ''}`);
}
