// A Next.js (App Router) app installed from the packed tarballs: `next build`
// passes, `next start` serves a page rendered on the server for each request (a
// Server Component using the kit's provider, a client component with
// <LeaveForm draftKey>), and in Chromium it hydrates with no console error or
// warning while the browser's clock is days before the server's and a saved draft
// waits in localStorage: whatever depends on the clock or on storage happens on
// the client, after hydration. Then the form is completed and onSubmit receives it.
// The same page under `next dev` too: only React's development build reports
// attribute-level hydration mismatches.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type BuiltApp } from './browser/apps.js';
import {
  LEAVE,
  NOW,
  completeLeaveForm,
  freePort,
  launchChromium,
  newContext,
  startProcess,
  submittedData,
  watchedPage,
  WAIT,
  type Started,
} from './browser/host.js';

let app: BuiltApp;
let browser: Browser;

beforeAll(async () => {
  app = await buildApp('next');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** `next start` or `next dev` on a free port of 127.0.0.1, up once `/` answers. */
async function startNext(mode: 'start' | 'dev'): Promise<Started> {
  const port = await freePort();
  return startProcess(join(app.dir, 'node_modules/.bin/next'), [mode, '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: app.dir,
    env: { NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: mode === 'dev' ? 'development' : 'production' },
    url: `http://127.0.0.1:${port}/`,
    timeoutMs: 120_000,
  });
}

/** Resolves once React has hydrated the element (it carries React's fiber key). */
async function hydrated(page: Page, selector: string): Promise<void> {
  await expect.poll(() => page.locator(selector).evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactFiber'))), WAIT).toBe(true);
}

/** A draft of the leave form saved earlier in this browser (what `draftKey="next-leave"` restores). */
const DRAFT = {
  key: 'city-forms:draft:next-leave',
  draft: JSON.stringify({ v: 1, profile: { id: 'fushun', version: '1.0.0' }, savedAt: NOW.toISOString(), values: { applicantName: '王芳' } }),
};

/** Open `/` with {@link DRAFT} in localStorage; resolves once hydrated and the draft is restored. */
async function openWithDraft(page: Page, base: string): Promise<void> {
  await page.addInitScript(({ key, draft }) => {
    if (!window.localStorage.getItem(key)) window.localStorage.setItem(key, draft);
  }, DRAFT);
  await page.goto(base);
  await hydrated(page, 'form.cf-form');
  // The draft (localStorage) shows once the client has taken over: after hydration, not in it.
  await page.getByText('已恢复您上次未提交的草稿。').waitFor();
  expect(await page.getByLabel(/^申请人姓名/).inputValue()).toBe('王芳');
}

/** Self-check of the console watch: /mismatch hydrates with different text on purpose. */
async function seesMismatch(base: string): Promise<string[]> {
  const context = await newContext(browser);
  try {
    const { page, problems } = await watchedPage(context);
    await page.goto(`${base}mismatch`);
    await expect.poll(() => page.locator('#differs').textContent(), WAIT).toBe('browser');
    await expect.poll(() => problems.join('\n'), WAIT).toMatch(/hydrat|#418|did not match/i);
    return problems;
  } finally {
    await context.close();
  }
}

describe('Next.js App Router app with <LeaveForm>: next build, next start', () => {
  let server: Started;
  beforeAll(async () => {
    server = await startNext('start');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('next build passes; / is a dynamic route (ƒ), rendered on the server per request', () => {
    expect(app.log).toContain('Compiled successfully');
    expect(app.log).toMatch(/ƒ \/\s/);
  });

  it('sees a hydration error when there is one (self-check: /mismatch renders different text on the server and in the browser)', async () => {
    expect((await seesMismatch(server.url)).join('\n')).toContain('Minified React error #418'); // production React: hydration text mismatch
  });

  it('serves the form in the server HTML and hydrates it with no error or warning; the saved draft is restored after hydration', async () => {
    const html = await (await fetch(server.url)).text();
    expect(html).toContain('cf-form');
    expect(html).toContain('申请人姓名');

    const context = await newContext(browser);
    try {
      const { page, problems } = await watchedPage(context);
      await openWithDraft(page, server.url);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('completes the hydrated form by label and keyboard; the page’s onSubmit receives the data', async () => {
    const context = await newContext(browser);
    try {
      const { page, problems } = await watchedPage(context);
      await page.goto(server.url);
      await hydrated(page, 'form.cf-form');
      await completeLeaveForm(page, page);
      expect(await submittedData(page)).toEqual(expect.objectContaining(LEAVE));
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the same app under next dev (React’s development build: attribute-level hydration checks and dev warnings)', () => {
  let server: Started;
  beforeAll(async () => {
    server = await startNext('dev');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('sees a hydration error when there is one (self-check)', async () => {
    expect((await seesMismatch(server.url)).join('\n')).toContain('Hydration failed because the server rendered text didn');
  });

  it('hydrates the server-rendered form with no error or warning; the saved draft is restored after hydration', async () => {
    const context = await newContext(browser);
    try {
      const { page, problems } = await watchedPage(context);
      await openWithDraft(page, server.url);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
