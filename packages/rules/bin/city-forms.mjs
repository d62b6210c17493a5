#!/usr/bin/env node
// The `city-forms` bin inside the monorepo (workspace packages that depend on
// @city-forms/rules get it in node_modules/.bin): the TypeScript source through tsx
// (a devDependency of the monorepo), like `pnpm city-forms` at the root. Not
// published: the packed package.json's bin is dist/cli.js, run by plain node
// (publishConfig.bin), and bin/ is not in `files`. (dist/cli.js cannot run from
// here: in the repository the package's `#object` import maps to src/.)
let tsImport;
try {
  ({ tsImport } = await import('tsx/esm/api'));
} catch {
  process.stderr.write('city-forms: tsx is not installed (run pnpm install at the repository root)\n');
  process.exit(2);
}
const cli = await tsImport('../src/cli.ts', import.meta.url);
await cli.run(process.argv.slice(2));
