/**
 * Chromium (Debian's, never downloaded) driven with playwright-core, and the
 * keyboard-level helpers the acceptance tests share.
 * @module
 */
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { DEFAULT_USER, NOW, SESSION_COOKIE, startServer, type RunningServer } from './server.js';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A page's uncaught errors, collected so a test can assert there were none. */
export interface Watched {
  page: Page;
  errors: string[];
}

/** The server of the test file ({@link useServerAndBrowser}): contexts are signed in to it. */
let current: RunningServer | undefined;

/**
 * A fresh context (own storage) whose clock starts at {@link NOW} and runs on
 * (so "today" in the browser is the server's 2026-11-23, whatever the machine says),
 * signed in to the test file's server as `user` (default the submitter
 * {@link DEFAULT_USER}; `null`: not signed in).
 */
export async function newContext(browser: Browser, user: string | null = DEFAULT_USER): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 900 } });
  await context.clock.install({ time: NOW });
  context.setDefaultTimeout(15_000);
  if (user !== null && current) {
    await context.addCookies([{ name: SESSION_COOKIE, value: await current.login(user), url: current.base, httpOnly: true, sameSite: 'Lax' }]);
  }
  return context;
}

/** Open the portal at `?city=&form=` and wait for the form. */
export async function openPortal(context: BrowserContext, base: string, query: { city: string; form: string; lang?: string }): Promise<Watched> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  await gotoPortal(page, base, query);
  return { page, errors };
}

export async function gotoPortal(page: Page, base: string, query: { city: string; form: string; lang?: string }): Promise<void> {
  await page.goto(`${base}/?${new URLSearchParams(query)}`);
  await form(page).waitFor();
}

/** The kit's form on the page. */
export function form(page: Page): Locator {
  return page.locator('form.cf-form');
}

/** A control of the form by its field path (`name` attribute). */
export function field(page: Page, name: string): Locator {
  return form(page).locator(`[name="${name}"]`);
}

/** The error summary (role=alert, 「有以下问题」). */
export function errorSummary(page: Page): Locator {
  return page.getByRole('alert').filter({ hasText: '有以下问题' });
}

/** The check-your-answers dialog. */
export function checkDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: '核对您的信息' });
}

/** The 已提交 list. */
export function submittedList(page: Page): Locator {
  return page.getByRole('complementary', { name: /已提交/ });
}

/** Replace a text field's value by keyboard: focus, select all, type. */
export async function typeInto(page: Page, name: string, text: string): Promise<void> {
  const el = field(page, name);
  await el.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
  await expect.poll(() => el.inputValue()).toBe(text);
}

/** Choose a native select's option by keyboard (arrow keys from the top). */
export async function chooseByKeyboard(page: Page, name: string, value: string): Promise<void> {
  const el = field(page, name);
  await el.focus();
  const values = await el.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  const target = values.indexOf(value);
  if (target < 0) throw new Error(`select ${name} has no option ${value} (has ${values.join(', ')})`);
  await page.keyboard.press('Home');
  for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
  await expect.poll(() => el.inputValue()).toBe(value);
}

/** Tick or untick a checkbox by keyboard (Space). */
export async function setCheckbox(page: Page, name: string, on: boolean): Promise<void> {
  const el = field(page, name);
  await el.focus();
  if ((await el.isChecked()) !== on) await page.keyboard.press('Space');
  await expect.poll(() => el.isChecked()).toBe(on);
}

/** Fill several fields by keyboard: strings into text fields/selects, booleans into checkboxes. */
export async function fillByKeyboard(page: Page, values: Record<string, string | boolean>): Promise<void> {
  for (const [name, v] of Object.entries(values)) {
    if (typeof v === 'boolean') {
      await setCheckbox(page, name, v);
      continue;
    }
    const tag = await field(page, name).evaluate((e) => e.tagName);
    if (tag === 'SELECT') await chooseByKeyboard(page, name, v);
    else await typeInto(page, name, v);
  }
}

/** Press 继续 (focus the button, Enter). */
export async function pressContinue(page: Page): Promise<void> {
  const button = form(page).getByRole('button', { name: '继续', exact: true });
  await button.focus();
  await page.keyboard.press('Enter');
}

/** The localStorage key of a portal form's draft: kept per signed-in user (default {@link DEFAULT_USER}). */
export function draftStorageKey(city: string, formId: string, user: string = DEFAULT_USER): string {
  return `city-forms:draft:u:${encodeURIComponent(user)}:city-forms-portal:${city}:${formId}`;
}

export async function readDraft(page: Page, key: string): Promise<{ raw: string | null; values: Record<string, unknown> | null }> {
  const raw = await page.evaluate((k) => window.localStorage.getItem(k), key);
  if (raw === null) return { raw, values: null };
  const parsed = JSON.parse(raw) as { values?: Record<string, unknown> };
  return { raw, values: parsed.values ?? null };
}

/** The dialog's answers as label → value. */
export async function dialogAnswers(page: Page): Promise<Record<string, string>> {
  const rows = checkDialog(page).locator('.cf-answers:not(.cf-answers--derived) .cf-answers__row');
  const pairs = await rows.evaluateAll((els) =>
    els.map((r) => [r.querySelector('dt')?.textContent ?? '', r.querySelector('.cf-answers__value')?.textContent ?? ''] as const),
  );
  return Object.fromEntries(pairs);
}

/**
 * One server and one Chromium for a test file: started before its tests, closed
 * after. `use` receives them once they are up.
 * @example
 * ```ts
 * let server!: RunningServer;
 * let browser!: Browser;
 * useServerAndBrowser((s, b) => ((server = s), (browser = b)));
 * ```
 */
export function useServerAndBrowser(use: (server: RunningServer, browser: Browser) => void): void {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer();
    current = server;
    browser = await launchBrowser();
    use(server, browser);
  });
  afterAll(async () => {
    current = undefined;
    await browser?.close();
    await server?.close();
  });
}
