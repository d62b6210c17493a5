#!/usr/bin/env node
// The published `city-forms` bin: the built CLI when the package has been built,
// otherwise the TypeScript source through tsx (a devDependency of the monorepo).
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli.js', import.meta.url);
let cli;
if (existsSync(built)) {
  cli = await import(built.href);
} else {
  let tsImport;
  try {
    ({ tsImport } = await import('tsx/esm/api'));
  } catch {
    process.stderr.write('city-forms: dist/cli.js is missing and tsx is not installed (run pnpm install, or build the package)\n');
    process.exit(2);
  }
  cli = await tsImport('../src/cli.ts', import.meta.url);
}
await cli.run(process.argv.slice(2));
