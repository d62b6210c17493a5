// A Vite + React app, once with React 18 and once with React 19, installed from
// the packed tarballs (never workspace links): `vite build`, the built app served
// on 127.0.0.1, and the leave form completed in Chromium by label and keyboard;
// the app's onSubmit receives the validated data. No console error or warning.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEAVE, completeLeaveForm, launchChromium, newContext, serveStatic, submittedData, watchedPage, type Served } from './browser/host.js';
import { buildApp } from './browser/apps.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['18', '19'] as const)('Vite app with React %s', (react) => {
  let served: Served;
  beforeAll(async () => {
    const app = await buildApp(`vite-react${react}`);
    served = await serveStatic(app.dist);
  });
  afterAll(async () => {
    await served?.close();
  });

  it(`renders <LeaveForm> with React ${react} and hands the submitted leave request to onSubmit`, async () => {
    const context = await newContext(browser);
    try {
      const { page, problems } = await watchedPage(context);
      await page.goto(served.url);
      await page.locator('form.cf-form').waitFor();
      expect(await page.locator('#react-version').textContent()).toMatch(new RegExp(`^${react}\\.`));
      await completeLeaveForm(page, page);
      expect(await submittedData(page)).toEqual(expect.objectContaining(LEAVE));
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
