// The built files themselves, loaded as a page would: each defines its element(s)
// and renders a working form (catches a bundle that builds but cannot run). The
// city named by the element, and English, come from their chunks in
// dist/chunks/, loaded by the bundle with import() relative to itself. The per-form bundles are loaded in
// dist-forms-smoke.test.ts (a page of their own: each file gets a fresh jsdom).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { distDir } from '../scripts/ensure-built.mjs';

// vi.waitFor gives up after 1 s by default: too short on a loaded 2-core CI machine.
const waitFor = <T>(fn: () => T | Promise<T>) => vi.waitFor(fn, { timeout: 10_000 });

describe('dist/city-forms-embed.js in a page', () => {
  it('defines the three elements and renders a form that validates', async () => {
    await import(/* @vite-ignore */ pathToFileURL(join(distDir, 'city-forms-embed.js')).href);
    for (const tag of ['city-leave-form', 'city-agenda-form', 'city-document-sheet']) expect(customElements.get(tag), tag).toBeDefined();
    const el = document.createElement('city-leave-form');
    el.setAttribute('city', 'fushun');
    document.body.append(el);
    const root = el.shadowRoot!;
    // The status shows while fushun's chunk loads (however briefly), then the form.
    const statuses: string[] = [];
    new MutationObserver(() => {
      const t = root.querySelector('[role="status"]')?.textContent;
      if (t && statuses[statuses.length - 1] !== t) statuses.push(t);
    }).observe(root, { childList: true, subtree: true, characterData: true });
    await waitFor(() => expect(root.querySelector('form')).not.toBeNull());
    expect(statuses).toEqual(['正在加载表单…']);
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(root.textContent).toContain('离抚');
    [...root.querySelectorAll('button')].find((b) => b.textContent === '继续')!.click();
    await waitFor(() => expect(root.querySelector('.cf-error-summary')?.textContent).toContain('有以下问题'));
    // Unmount while the environment is still there (not during its teardown).
    el.remove();
    await waitFor(() => expect(root.querySelector('form')).toBeNull());
  });

  it('shows an alert for an unknown city, then a seed city loaded on demand', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = document.createElement('city-document-sheet');
    el.setAttribute('city', 'atlantis');
    document.body.append(el);
    const root = el.shadowRoot!;
    await waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/^表单无法显示：.*atlantis/));
    el.setAttribute('city', 'huarong');
    await waitFor(() => expect(root.querySelector('form')).not.toBeNull());
    expect(root.querySelector('[role="alert"]')).toBeNull();
    el.remove();
    await waitFor(() => expect(root.querySelector('form')).toBeNull());
    vi.restoreAllMocks();
  });

  it('loads English from its chunk for locale="en"', async () => {
    const el = document.createElement('city-agenda-form');
    el.setAttribute('city', 'jining');
    el.setAttribute('locale', 'en');
    document.body.append(el);
    const root = el.shadowRoot!;
    await waitFor(() => expect(root.querySelector('form')).not.toBeNull());
    expect([...root.querySelectorAll('button')].some((b) => b.textContent === 'Continue')).toBe(true);
    expect(root.querySelector('[role="alert"]')).toBeNull();
    el.remove();
    await waitFor(() => expect(root.querySelector('form')).toBeNull());
  });
});
