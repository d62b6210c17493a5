// TypeScript consumers of the packed @city-forms/rules and @city-forms/react:
// one file that uses validate's result types and LeaveForm's props type-checks
// under moduleResolution "bundler" and under "node16" (module node16, an ESM
// project), with the kit's .d.ts checked too (skipLibCheck off). The lines marked
// as expected errors must be errors: were the kit's types `any` (or missing), tsc
// would report those markers as unused and the check would fail; and a wrong
// file must give its error.
import { beforeAll, describe, expect, it } from 'vitest';
import { consumerProject, lockedVersion, type ConsumerProject } from './support/project.js';

const CONSUMER = `
import { validate, type Issue, type ValidationResult, type FormData } from '@city-forms/rules';
import { LeaveForm, type LeaveFormProps } from '@city-forms/react/leave';
import { AgendaForm, CityFormsProvider } from '@city-forms/react';

export const result: ValidationResult<'leave'> = validate('leave', { startDate: '2026-12-01' }, { city: 'fushun', today: '2026-11-23' });
export const ok: boolean = result.ok;
export const first: Issue | undefined = result.issues[0];
export const codes: string[] = result.issues.map((issue) => issue.code);
export const paths: (string | number)[][] = result.issues.map((issue) => issue.path);
// @ts-expect-error ok is a boolean, not a string
export const wrongOk: string = result.ok;
// @ts-expect-error validate's first argument is a form id
validate('vacation', {}, { city: 'fushun' });

const onSubmit = (data: FormData['leave'], r: ValidationResult<'leave'>): void => {
  const end: string = data.endDate;
  void end;
  void r.issues;
};

export const props: LeaveFormProps = {
  city: 'fushun',
  locale: 'en',
  draftKey: 'leave',
  onSubmit,
  loadAbsences: async (range, { signal }) => {
    void range.from;
    void signal.aborted;
    return [];
  },
};

export const element = <LeaveForm {...props} />;
export const agenda = (
  <CityFormsProvider city="jining">
    <AgendaForm onSubmit={(data, r) => void [data, r.ok]} />
  </CityFormsProvider>
);
// @ts-expect-error LeaveForm has no such prop
export const unknownProp = <LeaveForm city="fushun" colour="red" />;
// @ts-expect-error locale is 'zh-CN' or 'en'
export const badLocale = <LeaveForm city="fushun" locale="fr" />;
`;

const COMMON = {
  strict: true,
  noEmit: true,
  skipLibCheck: false,
  jsx: 'react-jsx',
  target: 'ES2022',
  lib: ['ES2023', 'DOM', 'DOM.Iterable'],
  types: [],
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
};

let project: ConsumerProject;

beforeAll(async () => {
  project = await consumerProject({
    name: 'typescript',
    kit: ['rules', 'react'],
    dependencies: {
      react: lockedVersion('react', 19),
      'react-dom': lockedVersion('react-dom', 19),
      'react-hook-form': lockedVersion('react-hook-form'),
      '@hookform/resolvers': lockedVersion('@hookform/resolvers'),
      '@radix-ui/react-dialog': lockedVersion('@radix-ui/react-dialog'),
    },
    devDependencies: {
      typescript: lockedVersion('typescript', 5),
      '@types/react': lockedVersion('@types/react', 19),
      '@types/react-dom': lockedVersion('@types/react-dom', 19),
    },
    files: {
      'src/consumer.tsx': CONSUMER,
      'src/broken.ts': "import { validate } from '@city-forms/rules';\nexport const n: number = validate('leave', {}, { city: 'fushun' }).ok;\n",
      'tsconfig.bundler.json': JSON.stringify({ compilerOptions: { ...COMMON, module: 'ESNext', moduleResolution: 'bundler' }, include: ['src/consumer.tsx'] }),
      'tsconfig.node16.json': JSON.stringify({ compilerOptions: { ...COMMON, module: 'node16', moduleResolution: 'node16' }, include: ['src'] }),
    },
  });
});

describe('TypeScript consumers (tsc, the kit’s .d.ts checked)', () => {
  it('installs TypeScript 5.9', async () => {
    const r = await project.bin('tsc', ['--version']);
    expect(r.stdout).toMatch(/^Version 5\.9\./);
  });

  it("type-checks validate's result types and LeaveForm's props under moduleResolution bundler", async () => {
    const r = await project.bin('tsc', ['-p', 'tsconfig.bundler.json', '--pretty', 'false']);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  // One tsc run (they take ~20 s here): the consumer file must be clean, and a
  // deliberately wrong file beside it must give exactly its one error, so the
  // check is not vacuous.
  it('type-checks the same under module/moduleResolution node16 (ESM project), and reports a real type error', async () => {
    const r = await project.bin('tsc', ['-p', 'tsconfig.node16.json', '--pretty', 'false']);
    expect(r.stdout.trim().split('\n')).toEqual(["src/broken.ts(2,14): error TS2322: Type 'boolean' is not assignable to type 'number'."]);
    expect(r.code).toBe(2);
  });
});
