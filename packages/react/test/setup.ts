import '@city-forms/rules/cities';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  localStorage.clear();
});
import '@testing-library/jest-dom/vitest';
