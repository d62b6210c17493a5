// A city chunk that fails to load (network): the element shows the failure in
// place of the form, and a later attempt (reconnecting the element) loads again.
// Its own file: the mock must be in place before the elements' modules load.
import { afterEach, describe, expect, it, vi } from 'vitest';

// vi.waitFor gives up after 1 s by default: too short on a loaded 2-core CI machine.
const waitFor = <T>(fn: () => T | Promise<T>) => vi.waitFor(fn, { timeout: 10_000 });

afterEach(() => {
  document.body.innerHTML = '';
  vi.doUnmock('@city-forms/rules/cities/jining');
});

describe('a city chunk that fails to load', () => {
  it('shows the failure, and retries when the element is connected again', async () => {
    vi.doMock('@city-forms/rules/cities/jining', () => {
      throw new Error('offline');
    });
    await import('../src/agenda.js');
    const el = document.createElement('city-agenda-form');
    el.setAttribute('city', 'jining');
    document.body.appendChild(el);
    const root = el.shadowRoot!;
    await waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/^无法加载城市配置：./));
    expect(root.querySelector('form')).toBeNull();

    vi.doUnmock('@city-forms/rules/cities/jining');
    el.remove();
    await new Promise((r) => setTimeout(r, 0));
    document.body.appendChild(el);
    await waitFor(() => expect(root.querySelector('form')).not.toBeNull());
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });
});
