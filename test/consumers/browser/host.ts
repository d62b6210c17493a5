/**
 * What the host-app browser tests share: Debian's Chromium through playwright-core
 * (never downloaded), a tiny static server for a built app, a watch on the page's
 * console, and filling the leave form as a person would (labels and keyboard).
 * @module
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { cleanEnv } from '../support/project.js';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** How long a condition may take to hold on a busy machine (expect.poll's own default is 1 s). */
export const WAIT = { timeout: 20_000 };

/** The fixtures' "today": 2026-11-23, 10:00 in Shanghai (the leave data below is valid then). */
export const NOW = new Date('2026-11-23T10:00:00+08:00');

/** A context in Shanghai whose clock starts at {@link NOW} and runs on. */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 900 } });
  await context.clock.install({ time: NOW });
  context.setDefaultTimeout(20_000);
  return context;
}

/** A page and what it reported: console errors and warnings, uncaught errors. */
export interface Watched {
  page: Page;
  problems: string[];
}

export async function watchedPage(context: BrowserContext): Promise<Watched> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return { page, problems };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** Serve a built app's folder (`vite build` output) on 127.0.0.1, a free port. */
export async function serveStatic(root: string): Promise<Served> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port free right now on 127.0.0.1 (for servers that need one named: `next start`). */
export async function freePort(): Promise<number> {
  const s = createNetServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const address = s.address();
  await new Promise<void>((resolve) => s.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export interface Started extends Served {
  child: ChildProcess;
  output: () => string;
}

/**
 * Start a server process (in a clean environment, see `cleanEnv`) and wait until `url` answers (no fixed sleeps: poll the
 * URL, fail as soon as the process exits).
 */
export async function startProcess(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string>; url: string; timeoutMs?: number },
): Promise<Started> {
  const child = spawn(command, args, { cwd: options.cwd, env: cleanEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${out}`))));
  exited.catch(() => undefined);
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  const up = (async () => {
    for (;;) {
      try {
        const res = await fetch(options.url);
        await res.arrayBuffer();
        return;
      } catch {
        if (Date.now() > deadline) throw new Error(`${options.url} did not answer:\n${out}`);
        await new Promise((r) => setTimeout(r, 100)); // polling interval while the server starts, not a wait for a result
      }
    }
  })();
  try {
    await Promise.race([up, exited]);
  } catch (e) {
    child.kill();
    throw e;
  }
  return {
    url: options.url,
    child,
    output: () => out,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

/**
 * `vite` (the dev server: development builds of React and Vue, whose warnings
 * reach the console) for a project, on a free port of 127.0.0.1.
 */
export async function startViteDev(dir: string): Promise<Started> {
  const port = await freePort();
  return startProcess(join(dir, 'node_modules/.bin/vite'), ['--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: dir,
    env: { NODE_ENV: 'development' },
    url: `http://127.0.0.1:${port}/`,
  });
}

/** The text fields of {@link LEAVE} the tests type (the rest are choices, checkboxes and dates). */
type LeaveText = 'applicantName' | 'applicantUnit' | 'startDate' | 'endDate' | 'destination' | 'reason' | 'contactPhone';

/**
 * The fushun leave request the tests submit, valid on {@link NOW}: the rules package's
 * shipped example `examples/fushun/leave.json` (written from the fixture `fushun.leave.valid`),
 * read from the repository rather than copied here.
 */
export const LEAVE = JSON.parse(readFileSync(new URL('../../../packages/rules/examples/fushun/leave.json', import.meta.url), 'utf8')) as Record<
  LeaveText,
  string
> &
  Record<string, unknown>;

/** The control labelled `label` (its label starts with it; the required mark may follow). */
function labelled(scope: Locator | Page, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${label}`));
}

async function typeInto(page: Page, control: Locator, text: string): Promise<void> {
  await control.focus();
  await page.keyboard.type(text);
  await expect.poll(() => control.inputValue(), WAIT).toBe(text);
}

/** Choose an option of a native select by keyboard: from the top, arrow down to it. */
async function choose(page: Page, control: Locator, optionLabel: string): Promise<void> {
  await control.focus();
  const labels = await control.locator('option').allTextContents();
  const target = labels.indexOf(optionLabel);
  if (target < 0) throw new Error(`no option ${optionLabel} (has ${labels.join(', ')})`);
  await page.keyboard.press('Home');
  for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
  await expect.poll(() => control.evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent), WAIT).toBe(optionLabel);
}

/**
 * Fill 抚顺's leave form with {@link LEAVE} by label and keyboard, press 继续, check
 * the answers in the dialog and press 确认提交. `scope` is the form's host (the
 * page, or a custom element: locators reach into its open shadow root).
 */
export async function completeLeaveForm(page: Page, scope: Locator | Page): Promise<void> {
  await typeInto(page, labelled(scope, '申请人姓名'), LEAVE.applicantName);
  await choose(page, labelled(scope, '职务'), '市政府组成人员');
  await typeInto(page, labelled(scope, '所在单位'), LEAVE.applicantUnit);
  await choose(page, labelled(scope, '外出事由类别'), '公务出差');
  const away = labelled(scope, '是否离开本行政区域（离抚）');
  await away.focus();
  await page.keyboard.press('Space');
  await expect.poll(() => away.isChecked(), WAIT).toBe(true);
  await typeInto(page, labelled(scope, '开始日期'), LEAVE.startDate);
  await typeInto(page, labelled(scope, '结束日期'), LEAVE.endDate);
  await typeInto(page, labelled(scope, '前往地点'), LEAVE.destination);
  await typeInto(page, labelled(scope, '事由'), LEAVE.reason);
  await typeInto(page, labelled(scope, '联系电话'), LEAVE.contactPhone);

  await scope.getByRole('button', { name: '继续', exact: true }).focus();
  await page.keyboard.press('Enter');
  const dialog = scope.getByRole('dialog', { name: '核对您的信息' });
  await dialog.waitFor();
  const answers = await dialog.locator('.cf-answers:not(.cf-answers--derived) .cf-answers__row').allTextContents();
  expect(answers.join('\n')).toContain(LEAVE.applicantName);
  expect(answers.join('\n')).toContain(LEAVE.startDate);
  await dialog.getByRole('button', { name: '确认提交' }).focus();
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
}

/** The JSON the host app wrote into `#submitted` once it received the data. */
export async function submittedData(page: Page): Promise<unknown> {
  const pre = page.locator('#submitted');
  await pre.waitFor();
  return JSON.parse((await pre.textContent()) ?? 'null') as unknown;
}
