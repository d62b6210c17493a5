/**
 * 6. axe-core finds no violations on the portal: as loaded, with the error summary
 * shown, and with check-your-answers open.
 */
import { FIXTURES } from '@city-forms/rules/fixtures';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkDialog, errorSummary, fillByKeyboard, newContext, openPortal, pressContinue, useServerAndBrowser } from '../support/browser.js';
import type { RunningServer } from '../support/server.js';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core'), 'utf8');

let server!: RunningServer;
let browser!: Browser;
useServerAndBrowser((s, b) => ((server = s), (browser = b)));

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Run axe on the whole document: the violations with the nodes they were found on.
 * `mustPass` are rules that must have run and passed on something (so an empty
 * list means axe looked, not that it found nothing to look at).
 */
async function axe(page: Page, mustPass: string[]): Promise<{ id: string; impact: string | null; help: string; targets: string[] }[]> {
  // Evaluated through DevTools rather than added as a <script> tag: the portal's CSP
  // (script-src 'self') blocks inline scripts, and the page keeps its real policy here.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const { violations, passes } = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Violation[]; passes: { id: string }[] }> } };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return { violations: r.violations, passes: r.passes.map((p) => p.id) };
  });
  expect(passes).toEqual(expect.arrayContaining(mustPass));
  return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
}

const FORM_RULES = ['label', 'color-contrast', 'html-has-lang', 'landmark-one-main', 'region'];

describe('axe-core on the portal', () => {
  it.each([
    ['fushun', 'leave', 'as loaded, with the error summary, with check-your-answers open'],
    ['jining', 'agenda', 'as loaded, with the error summary'],
    ['huarong', 'document', 'as loaded, with the error summary'],
  ] as const)('%s %s: %s', async (city, formId, _what) => {
    const context = await newContext(browser);
    try {
      const { page, errors } = await openPortal(context, server.base, { city, form: formId });
      await page
        .getByRole('complementary')
        .getByText(/暂无提交记录|编号/)
        .first()
        .waitFor();
      expect(await axe(page, FORM_RULES)).toEqual([]);

      await pressContinue(page);
      await errorSummary(page).waitFor();
      expect(await axe(page, [...FORM_RULES, 'aria-valid-attr-value'])).toEqual([]);

      if (formId === 'leave') {
        const v = FIXTURES.fushun.leave.valid;
        await fillByKeyboard(page, {
          applicantName: String(v.applicantName),
          applicantRole: String(v.applicantRole),
          kind: String(v.kind),
          leavesJurisdiction: true,
          startDate: String(v.startDate),
          endDate: String(v.endDate),
          reason: String(v.reason),
          contactPhone: String(v.contactPhone),
        });
        await pressContinue(page);
        await checkDialog(page).waitFor();
        // Wait for Radix's open animation/focus to settle.
        await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[role=dialog]'))).toBe(true);
        expect(await axe(page, ['aria-dialog-name', 'aria-hidden-focus', 'color-contrast', 'button-name'])).toEqual([]);
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
