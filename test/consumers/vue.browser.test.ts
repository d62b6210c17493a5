// A Vue 3 app (Vite, @vitejs/plugin-vue) using the kit's custom element from the
// packed @city-forms/embed: `isCustomElement` tells Vue's compiler that
// <city-leave-form> is not a component, `@submit` listens for the element's submit
// event. Built, served, and the form completed in Chromium (inside the element's
// shadow root, by label and keyboard); the Vue listener receives the data. Also
// under `vite` (the dev server): Vue's development build warns "Failed to resolve
// component" for a custom element its compiler was not told about.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type BuiltApp } from './browser/apps.js';
import {
  LEAVE,
  completeLeaveForm,
  launchChromium,
  newContext,
  serveStatic,
  startViteDev,
  submittedData,
  watchedPage,
  WAIT,
  type Served,
} from './browser/host.js';

let browser: Browser;
let app: BuiltApp;
let served: Served;
beforeAll(async () => {
  app = await buildApp('vue');
  served = await serveStatic(app.dist);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** Open the app at `url`, complete the form in the element, check what Vue got and that nothing was logged. */
async function submitsAt(url: string): Promise<void> {
  const context = await newContext(browser);
  try {
    const { page, problems } = await watchedPage(context);
    await page.goto(url);
    const element = page.locator('city-leave-form');
    await element.locator('form.cf-form').waitFor();
    // The form is the element's (shadow DOM), not Vue's: Vue rendered the element and left it alone.
    expect(await element.evaluate((el) => el.shadowRoot?.querySelector('form') !== null && el.querySelector('form') === null)).toBe(true);

    await completeLeaveForm(page, element);
    expect(await submittedData(page)).toEqual(expect.objectContaining(LEAVE));
    // The element's debounced change events reached Vue's @change listener too.
    await expect.poll(() => page.locator('#changes').textContent().then(Number), WAIT).toBeGreaterThan(0);
    // respond(true) settled: the element shows its success panel.
    await expect.poll(() => element.locator('[role="status"].cf-panel').textContent(), WAIT).toBe('已提交');
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
}

describe('Vue 3 app with <city-leave-form>', () => {
  it('renders the element in its shadow root and receives the submit event’s data in the Vue listener (vite build)', async () => {
    await submitsAt(served.url);
  });

  it('does the same under vite dev with Vue’s development build, which logs no warning', async () => {
    const dev = await startViteDev(app.dir);
    try {
      await submitsAt(dev.url);
    } finally {
      await dev.close();
    }
  });
});
