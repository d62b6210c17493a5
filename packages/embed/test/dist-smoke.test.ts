// The built files themselves, loaded as a page would: each defines its element(s)
// and renders a working form (catches a bundle that builds but cannot run).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { distDir } from '../scripts/ensure-built.mjs';

describe('dist/city-forms-embed.js in a page', () => {
  it('defines the three elements and renders a form that validates', async () => {
    await import(/* @vite-ignore */ pathToFileURL(join(distDir, 'city-forms-embed.js')).href);
    for (const tag of ['city-leave-form', 'city-agenda-form', 'city-document-sheet']) expect(customElements.get(tag), tag).toBeDefined();
    const el = document.createElement('city-leave-form');
    el.setAttribute('city', 'fushun');
    document.body.append(el);
    const root = el.shadowRoot!;
    await vi.waitFor(() => expect(root.querySelector('form')).not.toBeNull());
    expect(root.querySelector('[role="alert"]')).toBeNull();
    [...root.querySelectorAll('button')].find((b) => b.textContent === '继续')!.click();
    await vi.waitFor(() => expect(root.querySelector('.cf-error-summary')?.textContent).toContain('有以下问题'));
    // Unmount while the environment is still there (not during its teardown).
    el.remove();
    await vi.waitFor(() => expect(root.querySelector('form')).toBeNull());
  });
});
