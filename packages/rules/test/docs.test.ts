/** Generated documentation stays in step with the code. */
import { describe, expect, it } from 'vitest';
import { readmeModels } from '../scripts/readme-models.js';

describe('generated docs', () => {
  it('the data-model tables of the README are up to date', () => {
    expect(readmeModels(true)).toBe(0);
  });
});

import { readmeRules } from '../scripts/readme-rules.js';

describe('the repository README', () => {
  it('has an up-to-date rule table generated from the catalogue', async () => {
    expect(await readmeRules(['--check'], { out: () => {}, err: () => {} })).toBe(0);
  });
});
