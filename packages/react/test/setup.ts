import '@city-forms/rules/cities';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  globalThis.localStorage?.clear(); // none in a test that runs in Node (the printed-sheet PDF test)
});
import '@testing-library/jest-dom/vitest';
