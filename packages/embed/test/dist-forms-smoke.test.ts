// The per-form bundles on one page: dist/leave.js, dist/agenda.js and
// dist/document.js each define only their own element, carry their own React
// (three copies side by side, as three script tags would give) and load their
// city from dist/chunks/.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { distDir } from '../scripts/ensure-built.mjs';

// vi.waitFor gives up after 1 s by default: too short on a loaded 2-core CI machine.
const waitFor = <T>(fn: () => T | Promise<T>) => vi.waitFor(fn, { timeout: 10_000 });

const CASES = [
  { file: 'leave.js', tag: 'city-leave-form', city: 'panzhihua' },
  { file: 'agenda.js', tag: 'city-agenda-form', city: 'jining' },
  { file: 'document.js', tag: 'city-document-sheet', city: 'xianning' },
] as const;

describe.each(CASES)('dist/$file in a page', ({ file, tag, city }) => {
  it(`defines <${tag}> only and renders it for ${city}`, async () => {
    const before = CASES.filter((c) => customElements.get(c.tag)).map((c) => c.tag);
    await import(/* @vite-ignore */ pathToFileURL(join(distDir, file)).href);
    const after = CASES.filter((c) => customElements.get(c.tag)).map((c) => c.tag);
    expect(after).toEqual([...before, tag].sort((a, b) => CASES.findIndex((c) => c.tag === a) - CASES.findIndex((c) => c.tag === b)));
    const el = document.createElement(tag);
    el.setAttribute('city', city);
    document.body.append(el);
    const root = el.shadowRoot!;
    await waitFor(() => expect(root.querySelector('form')).not.toBeNull());
    expect(root.querySelector('[role="alert"]')).toBeNull();
    [...root.querySelectorAll('button')].find((b) => b.textContent === '继续')!.click();
    await waitFor(() => expect(root.querySelector('.cf-error-summary')?.textContent).toContain('有以下问题'));
    el.remove();
    await waitFor(() => expect(root.querySelector('form')).toBeNull());
  });
});
