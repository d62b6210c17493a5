import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';

/**
 * Storybook for @city-forms/react. Stories are generated from the rules package
 * (scripts/generate.ts); docs pages are MDX under src/docs and src/generated.
 */
const config: StorybookConfig = {
  stories: ['../src/docs/*.mdx', '../src/generated/*.mdx', '../src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: {
    // Props tables of the forms: their props extend a shared interface in another file.
    // (Not while the stories run as tests: no docs are rendered there.)
    reactDocgen: process.env['VITEST'] ? false : 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      tsconfigPath: fileURLToPath(new URL('../tsconfig.docgen.json', import.meta.url)),
      // Only the three forms get props tables (the other files of the kit cost a lot of type-checking for nothing).
      include: ['../packages/react/src/forms/*.tsx'],
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      propFilter: (prop) => !prop.parent || !/node_modules/.test(prop.parent.fileName),
    },
  },
  // Radix's "use client" directives mean nothing in a client bundle: keep the build log readable.
  viteFinal: (config) => ({
    ...config,
    build: {
      ...config.build,
      // One preview bundle holds React, Radix, zod and the official calendar: big, and fine for a docs site.
      chunkSizeWarningLimit: 4000,
      rolldownOptions: {
        ...config.build?.rolldownOptions,
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  }),
};
export default config;
