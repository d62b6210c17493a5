/**
 * 8. The portal under the server's own security headers (issue 13 item 9): the page
 * arrives with a CSP of script-src 'self', frame-ancestors and a Referrer-Policy,
 * and nothing on it trips the policy (no inline style, no data: image) as loaded,
 * with the error summary, with check-your-answers open (Radix's dialog) and after
 * a submit. The custom city (a profile of the server's folder) is submitted by id
 * and stored (issue 13 item 3).
 */
import { FIXTURES } from '@city-forms/rules/fixtures';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkDialog, errorSummary, fillByKeyboard, form, newContext, openPortal, pressContinue, useServerAndBrowser } from '../support/browser.js';
import type { RunningServer } from '../support/server.js';

let server!: RunningServer;
let browser!: Browser;
useServerAndBrowser((s, b) => ((server = s), (browser = b)));

/** A context whose pages record every CSP violation (an init script runs through DevTools, outside the page's CSP). */
async function watchedContext(): Promise<BrowserContext> {
  const context = await newContext(browser);
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
      true,
    );
  });
  return context;
}

function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

function directives(value: string | undefined): Map<string, string> {
  return new Map(
    (value ?? '')
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1).join(' ')] as const),
  );
}

describe('the portal under its Content-Security-Policy', () => {
  it('is served with CSP (script-src, style-src, img-src self; frame-ancestors self) and Referrer-Policy', async () => {
    const context = await watchedContext();
    try {
      const page = await context.newPage();
      const res = await page.goto(`${server.base}/?city=fushun&form=leave`);
      const headers = res!.headers();
      const csp = directives(headers['content-security-policy']);
      expect(csp.get('script-src')).toBe("'self'");
      expect(csp.get('style-src')).toBe("'self'");
      expect(csp.get('img-src')).toBe("'self'");
      expect(csp.get('frame-ancestors')).toBe("'self'");
      expect(headers['content-security-policy']).not.toContain('unsafe-inline');
      expect(headers['referrer-policy']).toBe('no-referrer');
      await form(page).waitFor();
      expect(await violations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each([
    ['fushun', 'agenda'],
    ['jining', 'agenda'],
    ['huarong', 'document'],
    ['demo', 'document'],
  ] as const)('%s %s: no violation as loaded and with the error summary', async (city, formId) => {
    const context = await watchedContext();
    try {
      const { page, errors } = await openPortal(context, server.base, { city, form: formId });
      await page
        .getByRole('complementary')
        .getByText(/暂无提交记录|编号/)
        .first()
        .waitFor();
      await pressContinue(page);
      await errorSummary(page).waitFor();
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(['fushun', 'demo'] as const)('%s leave: no violation with check-your-answers open and after the submit; stored under the city id', async (city) => {
    const context = await watchedContext();
    try {
      const { page, errors } = await openPortal(context, server.base, { city, form: 'leave' });
      const posted: unknown[] = [];
      page.on('request', (r) => {
        if (r.method() === 'POST') posted.push(JSON.parse(r.postData() ?? 'null'));
      });
      const v = FIXTURES.fushun.leave.valid;
      await fillByKeyboard(page, {
        applicantName: `${city}的申请人`,
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
      await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[role=dialog]'))).toBe(true);
      // The dialog still locks the page's scroll, from an adopted stylesheet, not a <style> element.
      expect(
        await page.evaluate(() => ({ overflow: getComputedStyle(document.body).overflow, styleElements: document.querySelectorAll('style').length })),
      ).toEqual({
        overflow: 'hidden',
        styleElements: 0,
      });
      expect(await violations(page)).toEqual([]);
      await checkDialog(page).getByRole('button', { name: '确认提交' }).click();
      await page.getByText(/服务器已受理/).waitFor();
      expect(posted).toEqual([expect.objectContaining({ city })]);
      const stored = await server.submissions({ city });
      expect(stored.map((s) => s.data['applicantName'])).toEqual([`${city}的申请人`]);
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
