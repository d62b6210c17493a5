/**
 * Regenerates the rule table of a markdown file (the repository README by
 * default): the block between `<!-- rules:start -->` and `<!-- rules:end -->`
 * becomes the output of `city-forms rules --markdown` for all seed cities.
 *
 * @example
 * ```sh
 * pnpm --filter @city-forms/rules exec tsx scripts/readme-rules.ts            # rewrite README.md
 * pnpm --filter @city-forms/rules exec tsx scripts/readme-rules.ts --check    # exit 1 if stale
 * pnpm --filter @city-forms/rules exec tsx scripts/readme-rules.ts docs/x.md  # another file
 * ```
 * @module
 */
import { readFile, writeFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { rulesMarkdown } from '../src/cli.js';
import { describeRules } from '../src/describe.js';

/** The repository README (two levels above the package). */
export const DEFAULT_FILE = fileURLToPath(new URL('../../../README.md', import.meta.url));

export const START = '<!-- rules:start -->';
export const END = '<!-- rules:end -->';

/**
 * The rule table for all seed cities, as `city-forms rules --markdown` prints it.
 * @example
 * ```ts
 * rulesBlock().startsWith('| city |'); // true
 * ```
 */
export function rulesBlock(): string {
  return rulesMarkdown(describeRules());
}

/**
 * `text` with the block between the markers replaced by `table`. Throws when the
 * markers are missing or out of order.
 * @example
 * ```ts
 * replaceRulesBlock('a\n<!-- rules:start -->\nold\n<!-- rules:end -->\n', '| t |');
 * ```
 */
export function replaceRulesBlock(text: string, table: string): string {
  const start = text.indexOf(START);
  const end = text.indexOf(END, start + START.length);
  if (start < 0 || end < 0) throw new Error(`no ${START} … ${END} block`);
  return `${text.slice(0, start + START.length)}\n${table}\n${text.slice(end)}`;
}

/**
 * The script: rewrite (or with `--check`, compare) the file. Returns the exit code:
 * 0 written / up to date, 1 stale (`--check`), 2 unusable (no file, no markers).
 * @example
 * ```ts
 * await readmeRules(['--check', 'README.md']);
 * ```
 */
export async function readmeRules(
  argv: string[],
  log: { out: (s: string) => void; err: (s: string) => void } = { out: (s) => console.log(s), err: (s) => console.error(s) },
): Promise<number> {
  let check = false;
  let file = DEFAULT_FILE;
  try {
    const { values, positionals } = parseArgs({ args: argv, options: { check: { type: 'boolean' } }, strict: true, allowPositionals: true });
    if (positionals.length > 1) throw new Error('expected at most one file');
    check = values.check === true;
    file = positionals[0] ?? DEFAULT_FILE;
  } catch (e) {
    log.err(`readme-rules: ${(e as Error).message.split('\n')[0]}`);
    return 2;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    log.err(`readme-rules: cannot read ${file}`);
    return 2;
  }
  let next: string;
  try {
    next = replaceRulesBlock(text, rulesBlock());
  } catch (e) {
    log.err(`readme-rules: ${file}: ${(e as Error).message}`);
    return 2;
  }
  if (next === text) {
    log.out(`readme-rules: ${file} is up to date`);
    return 0;
  }
  if (check) {
    log.err(`readme-rules: the rule table of ${file} is stale; run pnpm --filter @city-forms/rules exec tsx scripts/readme-rules.ts`);
    return 1;
  }
  await writeFile(file, next);
  log.out(`readme-rules: updated ${file}`);
  return 0;
}

const isEntryPoint = (() => {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
})();

if (isEntryPoint) process.exitCode = await readmeRules(process.argv.slice(2));
