import axe from 'axe-core';
import { expect } from 'vitest';

/** Run axe on the whole document (the dialog renders outside the form) and fail on any violation. */
export async function expectNoAxeViolations(context: Element | Document = document) {
  const result = await axe.run(context as Element, { resultTypes: ['violations'] });
  const summary = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

import { createElement, type ReactNode } from 'react';

/** A minimal host page (a portal supplies main and h1; the form does not). */
export function Page({ children }: { children: ReactNode }) {
  return createElement('main', null, createElement('h1', null, '城市表单'), children);
}
