// The plain HTML page in Chromium, served with
// `Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'`:
// no violation (zod's JIT off, no inline script or style), the leave form
// completed by keyboard end to end (submit event → app.js → POST /api/leave →
// respond), isolation of the page's and the kit's CSS in both directions, and axe
// on the forms' shadow roots.
import { FIXTURES } from '@city-forms/rules/fixtures';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CSP, startExampleServer, type ExampleServer } from '../server.js';

const require = createRequire(import.meta.url);
const leave = FIXTURES.fushun.leave;
const TODAY = leave.today;

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

let server: ExampleServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** CSP violations and console errors of the current page. */
let problems: string[];

beforeAll(async () => {
  // axe is served from the page's own origin: an injected inline script would be blocked by script-src 'self'.
  server = await startExampleServer({ today: TODAY, files: { '/vendor/axe.min.js': require.resolve('axe-core/axe.min.js') } });
  browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  server.today = TODAY;
  server.submissions.length = 0;
  problems = [];
  context = await browser.newContext({ locale: 'zh-CN' });
  page = await context.newPage();
  // Init scripts run through the DevTools protocol, before the page's own scripts, and are not subject to the page's CSP.
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
      true,
    );
  });
  page.on('console', (m) => {
    // The API's 422 answer (expected in one test) is logged by Chromium as a failed resource.
    if (/status of 422/.test(m.text()) && m.location().url.endsWith('/api/leave')) return;
    if (m.type() === 'error' || /Content Security Policy|Refused to/i.test(m.text())) problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  const res = await page.goto(`${server.url}/`);
  expect(res?.headers()['content-security-policy']).toBe(CSP);
  await page.locator('city-leave-form form').waitFor();
  await page.locator('city-agenda-form form').waitFor();
  await page.locator('city-document-sheet form').waitFor();
});

afterEach(async () => {
  // Every test ends with no CSP violation and no console error.
  const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  await context.close();
  expect(violations).toEqual([]);
  expect(problems).toEqual([]);
});

/** The focused element inside a form element's shadow root, described. */
function focused(tag: string) {
  return page.evaluate((t) => {
    const a = document.querySelector(t)?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    return a ? { tag: a.localName, id: a.id, text: (a.textContent ?? '').trim(), role: a.getAttribute('role') } : null;
  }, tag);
}

/**
 * Wait until `predicate` holds in the page (evaluated there on every animation
 * frame, up to Playwright's 30 s default). The forms update asynchronously (React
 * renders in a task of its own, the dialog's focus moves in effects and timers),
 * so a test waits for the state it needs instead of assuming it is already there.
 */
function until(predicate: () => boolean): Promise<unknown>;
function until(predicate: (arg: string) => boolean, arg: string): Promise<unknown>;
function until(predicate: (arg: string) => boolean, arg = '') {
  return page.waitForFunction(predicate, arg);
}

/** The leave form starts afresh with the fixture's values and the page's `today`; resolves once it shows them. */
async function startLeaveWithValidValues() {
  await page.locator('#leave').evaluate(
    (el, { today, values }) => {
      el.setAttribute('today', today);
      (el as unknown as { defaultValues: unknown }).defaultValues = values;
    },
    { today: TODAY, values: leave.valid },
  );
  // Setting defaultValues remounts the form in React's next render: until then 继续 belongs to the old, empty form.
  await until((name) => [...document.querySelector('#leave')!.shadowRoot!.querySelectorAll('input')].some((i) => i.value === name), leave.valid.applicantName);
}

/** Check-your-answers is open and has taken the focus (Radix focuses it from an effect after the dialog mounts). */
function dialogHasFocus() {
  return until(() => {
    const root = document.querySelector('#leave')!.shadowRoot!;
    return Boolean(root.querySelector('[role="dialog"]')?.contains(root.activeElement));
  });
}

/** Press Tab until the focused control in `tag` has this text (at most `max` presses). */
async function tabTo(tag: string, text: string, max = 40) {
  for (let i = 0; i < max; i++) {
    if ((await focused(tag))?.text === text) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach "${text}" with Tab`);
}

async function fillLeaveByKeyboard() {
  const kb = page.keyboard;
  await page.getByLabel(/申请人姓名/).focus();
  await kb.type(leave.valid.applicantName);
  await kb.press('Tab'); // 职务 (select): 请选择 → 副市长 → 秘书长 → 市政府组成人员
  await kb.press('ArrowDown');
  await kb.press('ArrowDown');
  await kb.press('ArrowDown');
  await kb.press('Tab');
  await kb.type(leave.valid.applicantUnit as string);
  await kb.press('Tab'); // 分管工作 (optional)
  await kb.press('Tab'); // 外出类型: 请选择 → 公务出差
  await kb.press('ArrowDown');
  await kb.press('Tab'); // 离抚
  await kb.press('Space');
  await kb.press('Tab');
  await kb.type(leave.valid.startDate);
  await kb.press('Tab');
  await kb.type(leave.valid.endDate);
  await kb.press('Tab');
  await kb.type(leave.valid.destination as string);
  await kb.press('Tab');
  await kb.type(leave.valid.reason);
  await kb.press('Tab'); // 代班人 (optional)
  await kb.press('Tab');
  await kb.type(leave.valid.contactPhone as string);
  await kb.press('Tab');
  expect((await focused('city-leave-form'))?.text).toBe('继续');
}

describe('the plain HTML page under a strict CSP', () => {
  it('reports violations at all (self-check of the harness): an inline <style> added by a page script is refused', async () => {
    await page.addScriptTag({ url: '/vendor/axe.min.js' }); // same-origin script: allowed
    await page.evaluate(() => {
      const s = document.createElement('style');
      s.textContent = 'p { color: red }';
      document.head.append(s);
    });
    await until(() => (window as unknown as { __csp: string[] }).__csp.length > 0);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([
      expect.stringMatching(/^style-src-elem blocked \(inline\)|^style-src-elem blocked inline/),
    ]);
    await page.evaluate(() => ((window as unknown as { __csp: string[] }).__csp.length = 0));
    problems = problems.filter((p) => !/inline style/.test(p));
  });

  it('renders the three forms with zod in jitless mode and validates without eval', async () => {
    const zod = await page.evaluate(() => (globalThis as unknown as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig?.jitless);
    expect(zod).toBe(true);
    // A failed submit runs the whole rule set (zod parse included) in the page.
    await page.locator('city-agenda-form').getByRole('button', { name: '继续' }).press('Enter');
    const summary = page.locator('city-agenda-form .cf-error-summary');
    await expect.poll(() => summary.textContent()).toContain('有以下问题');
    expect(await summary.getByRole('link').count()).toBeGreaterThan(1);
    // Its links move focus to their field inside the shadow root.
    await summary.getByRole('link').first().press('Enter');
    expect((await focused('city-agenda-form'))?.tag).toMatch(/input|select|textarea/);
  });

  it('completes the leave form by keyboard; app.js posts the submit event’s data; the API accepts it', async () => {
    await page.locator('#leave').evaluate((el, today) => el.setAttribute('today', today), TODAY);
    await fillLeaveByKeyboard();
    await page.keyboard.press('Enter'); // 继续
    const dialog = page.locator('city-leave-form [role="dialog"]');
    // Focus moves into the dialog (and Tab stays there: it wraps from the last control to the first).
    await dialogHasFocus();
    expect(await dialog.getAttribute('aria-labelledby')).toBeTruthy();
    expect(await dialog.textContent()).toContain('李明');
    expect(await dialog.textContent()).toContain('审批：市长');
    await tabTo('city-leave-form', '打印');
    await page.keyboard.press('Tab');
    expect((await focused('city-leave-form'))?.text).toMatch(/^修改/);
    // The form behind the dialog is inert while it is open.
    expect(await page.locator('#leave').evaluate((el) => (el.shadowRoot!.querySelector('.cf-host') as HTMLElement).inert)).toBe(true);

    await tabTo('city-leave-form', '确认提交');
    await page.keyboard.press('Enter');
    // The API's answer, however long the round trip takes (#out shows "sending" first).
    await page.locator('#out', { hasText: '"status": 201' }).waitFor();
    const out = JSON.parse((await page.locator('#out').textContent())!) as { form: string; city: string; data: Record<string, unknown>; id: number };
    expect(out).toMatchObject({ form: 'leave', city: 'fushun', id: 1 });
    expect(out.data).toMatchObject({ ...leave.valid });
    expect(server.submissions).toHaveLength(1);
    expect(server.submissions[0]).toMatchObject({ form: 'leave', city: 'fushun', data: { applicantName: '李明', contactPhone: '13800000000' } });
    const submitted = page.locator('city-leave-form [role="status"].cf-panel');
    await submitted.waitFor();
    expect(await submitted.textContent()).toBe('已提交');
    expect(await page.locator('city-leave-form [role="dialog"]').count()).toBe(0);
    // The debounced change event reached the page too.
    await until(() => document.querySelector('#changed')!.textContent === 'leave');
  });

  it('keeps every value and shows the server’s 422 issues in the dialog (server clock later than the page’s)', async () => {
    server.today = '2026-11-30';
    const leaveEl = page.locator('#leave');
    await startLeaveWithValidValues();
    await leaveEl.getByRole('button', { name: '继续' }).press('Enter');
    // Tab only once the dialog holds the focus: a Tab that lands before it opens leaves the form, and the
    // dialog would then hand the focus back to wherever that Tab went instead of to 继续.
    await dialogHasFocus();
    await tabTo('city-leave-form', '确认提交');
    await page.keyboard.press('Enter');
    // The server's refusal, however long the round trip takes.
    const alert = page.locator('city-leave-form [role="dialog"] [role="alert"]', { hasText: '提交未成功' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/提前|已过|不能/);
    expect(server.submissions).toHaveLength(0);
    expect(await page.locator('#out').textContent()).toContain('"status": 422');
    // Back to the form: every value is still there.
    await page.locator('city-leave-form [role="dialog"]').getByRole('button', { name: '返回修改' }).press('Enter');
    await page.locator('city-leave-form [role="dialog"]').waitFor({ state: 'detached' });
    expect(await page.getByLabel(/申请人姓名/).inputValue()).toBe('李明');
    expect(await page.getByLabel(/开始日期/).inputValue()).toBe(leave.valid.startDate);
    // Focus goes back into the form (not lost to <body>): Radix and the element return it from timers after
    // the dialog has gone, so wait for it to arrive, then check where it is.
    await until(() => document.querySelector('#leave')!.shadowRoot!.activeElement !== null);
    expect((await focused('city-leave-form'))?.text).toBe('继续');
  });

  it('keeps the page’s CSS out of the forms and the kit’s CSS off the page', async () => {
    const inside = await page.locator('#leave').evaluate((el) => {
      const root = el.shadowRoot!;
      const input = root.querySelector('input.cf-input')!;
      const label = root.querySelector('label.cf-label')!;
      const button = root.querySelector('button.cf-button')!;
      const rootDiv = root.querySelector('.cf-root')!;
      const cs = (e: Element) => getComputedStyle(e);
      return {
        inputBorder: cs(input).borderTopWidth,
        inputBorderColor: cs(input).borderTopColor,
        labelTransform: cs(label).textTransform,
        labelStyle: cs(label).fontStyle,
        buttonBackground: cs(button).backgroundColor,
        color: cs(rootDiv).color,
        letterSpacing: cs(rootDiv).letterSpacing,
        textAlign: cs(rootDiv).textAlign,
        fontFamily: cs(rootDiv).fontFamily,
        sheets: root.adoptedStyleSheets.length,
        styleElements: root.querySelectorAll('style').length,
      };
    });
    // The page's `input { border: 10px solid red }`, `label { text-transform… }`, `.cf-button { background: red }`
    // and inherited body color / letter-spacing / text-align / font stay outside.
    expect(inside).toMatchObject({
      inputBorder: '2px',
      inputBorderColor: 'rgb(11, 12, 12)',
      labelTransform: 'none',
      labelStyle: 'normal',
      buttonBackground: 'rgb(0, 112, 60)',
      color: 'rgb(11, 12, 12)',
      letterSpacing: 'normal',
      textAlign: 'start',
      sheets: 1,
      styleElements: 0,
    });
    expect(inside.fontFamily).toContain('system-ui');

    // The kit's CSS does not restyle the page's own controls (which carry the kit's class names).
    const outside = await page.evaluate(() => {
      const cs = (s: string) => getComputedStyle(document.querySelector(s)!);
      return {
        inputBorder: cs('#site-q').borderTopWidth,
        inputBorderColor: cs('#site-q').borderTopColor,
        buttonBackground: cs('.site-search .cf-button').backgroundColor,
        bodyColor: cs('body').color,
        h1Font: cs('h1').fontFamily,
        documentSheets: document.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join(' ')),
      };
    });
    expect(outside).toMatchObject({
      inputBorder: '10px',
      inputBorderColor: 'rgb(255, 0, 0)',
      buttonBackground: 'rgb(255, 0, 0)',
      bodyColor: 'rgb(128, 0, 128)',
    });
    expect(outside.h1Font).toContain('Georgia');
    // The only document-level rule is print-only, during the kit's own print.
    expect(outside.documentSheets).toEqual([expect.stringMatching(/^@media print \{\s*body\.cf-printing /)]);

    // Theming through custom properties set on the element itself (host.css: city-document-sheet { --cf-success }).
    const themed = await page
      .locator('#document')
      .evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('button.cf-button[type="submit"]')!).backgroundColor);
    expect(themed).toBe('rgb(0, 0, 160)');
  });

  it('prints only the check-your-answers sheet of the form that prints', async () => {
    await startLeaveWithValidValues();
    await page.locator('#leave').getByRole('button', { name: '继续' }).press('Enter');
    await page.locator('city-leave-form [role="dialog"]').waitFor();
    // What the kit's 打印 does, without the print dialog: body.cf-printing, then beforeprint.
    await page.evaluate(() => {
      document.body.classList.add('cf-printing');
      window.dispatchEvent(new Event('beforeprint'));
    });
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const root = document.querySelector('#leave')!.shadowRoot!;
      const shown = (e: Element | null) => !!e && getComputedStyle(e).display !== 'none';
      return {
        header: shown(document.querySelector('.site-header')),
        agenda: shown(document.querySelector('#agenda')),
        leaveSection: shown(document.querySelector('#leave')!.parentElement),
        form: shown(root.querySelector('.cf-host')),
        dialog: shown(root.querySelector('[role="dialog"]')),
        dialogPosition: getComputedStyle(root.querySelector('[role="dialog"]')!).position,
        overlay: shown(root.querySelector('.cf-overlay')),
        // The paper sheet prints instead of the dialog's own content: its title and signature blocks, no buttons.
        title: shown(root.querySelector('.cf-dialog-sheet .cf-sheet__title')),
        signatures: root.querySelectorAll('.cf-dialog-sheet .cf-sheet__signature').length,
        dialogTitle: shown(root.querySelector('.cf-dialog__title')),
        buttons: [...root.querySelectorAll('[role="dialog"] button')].filter((b) => b.getClientRects().length > 0).length, // laid out at all
      };
    });
    expect(printed).toEqual({
      header: false,
      agenda: false,
      leaveSection: true,
      form: false,
      dialog: true,
      dialogPosition: 'static',
      overlay: false,
      title: true,
      signatures: 3, // fushun's route for a member of the city government: 审核 分管副市长, 汇总 秘书长, 审批 市长
      dialogTitle: false,
      buttons: 0,
    });
    await page.evaluate(() => {
      document.body.classList.remove('cf-printing');
      window.dispatchEvent(new Event('afterprint'));
    });
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('#leave').getAttribute('data-cf-printing')).toBeNull();
  });

  it('has no axe violations in the forms’ shadow roots, nor in the open dialog', async () => {
    await page.addScriptTag({ url: '/vendor/axe.min.js' });
    const run = (selector: string) =>
      page.evaluate(async (sel) => {
        const axe = (
          window as unknown as {
            axe: {
              run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown; failureSummary: string }[] }[] }>;
            };
          }
        ).axe;
        const r = await axe.run({ include: [[sel]] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
        return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
      }, selector);
    for (const tag of ['city-leave-form', 'city-agenda-form', 'city-document-sheet']) expect(await run(tag), tag).toEqual([]);
    // With the error summary showing…
    await page.locator('#document').getByRole('button', { name: '继续' }).press('Enter');
    await page.locator('city-document-sheet .cf-error-summary').waitFor();
    expect(await run('city-document-sheet')).toEqual([]);
    // …and with check-your-answers open.
    await startLeaveWithValidValues();
    await page.locator('#leave').getByRole('button', { name: '继续' }).press('Enter');
    await page.locator('city-leave-form [role="dialog"]').waitFor();
    expect(await run('city-leave-form')).toEqual([]);
  });
});
