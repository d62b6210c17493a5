// A Vite + React app, once with React 18 and once with React 19, installed from
// the packed tarballs (never workspace links): `vite build`, the built app served
// on 127.0.0.1, and the leave form completed in Chromium by label and keyboard;
// the app's onSubmit receives the validated data. No console error or warning,
// also under `vite` (the dev server), where React's development build warns.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type BuiltApp } from './browser/apps.js';
import { LEAVE, completeLeaveForm, launchChromium, newContext, serveStatic, startViteDev, submittedData, watchedPage, type Served } from './browser/host.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['18', '19'] as const)('Vite app with React %s', (react) => {
  let app: BuiltApp;
  let served: Served;
  beforeAll(async () => {
    app = await buildApp(`vite-react${react}`);
    served = await serveStatic(app.dist);
  });
  afterAll(async () => {
    await served?.close();
  });

  /** Open the app at `url`, complete the form, check what onSubmit got and that nothing was logged. */
  async function submitsAt(url: string): Promise<void> {
    const context = await newContext(browser);
    try {
      const { page, problems } = await watchedPage(context);
      await page.goto(url);
      await page.locator('form.cf-form').waitFor();
      expect(await page.locator('#react-version').textContent()).toMatch(new RegExp(`^${react}\\.`));
      await completeLeaveForm(page, page);
      expect(await submittedData(page)).toEqual(expect.objectContaining(LEAVE));
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }

  it(`renders <LeaveForm> with React ${react} and hands the submitted leave request to onSubmit (vite build)`, async () => {
    await submitsAt(served.url);
  });

  it(`does the same under vite dev with React ${react}'s development build, which logs no warning`, async () => {
    const dev = await startViteDev(app.dir);
    try {
      await submitsAt(dev.url);
    } finally {
      await dev.close();
    }
  });
});
