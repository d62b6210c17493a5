// Each standalone bundle on a page of its own in Chromium, under the same strict
// CSP (script-src 'self'): served from a folder holding only that bundle and the
// chunks it names (dist/chunks/…), so it must stand alone. The page uses one
// <script type="module"> tag; the element's city (and English for locale="en")
// arrives as a same-origin module chunk, loaded relative to the bundle, and only
// the chunks the page needs are fetched.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLES, chunkImports, chunkKind, distDir } from '../../../packages/embed/scripts/ensure-built.mjs';
import { CSP, startExampleServer } from '../server.js';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The page's elements and their cities (the three forms, three different cities). */
const ELEMENTS = [
  { tag: 'city-leave-form', city: 'fushun' },
  { tag: 'city-agenda-form', city: 'jining' },
  { tag: 'city-document-sheet', city: 'xianning' },
] as const;

const DEFINES: Record<string, readonly string[]> = {
  'city-forms-embed.js': ELEMENTS.map((e) => e.tag),
  'leave.js': ['city-leave-form'],
  'agenda.js': ['city-agenda-form'],
  'document.js': ['city-document-sheet'],
};

let browser: Browser;
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'cf-standalone-'));
  browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A folder with only this bundle and its chunks, served with a one-line page; runs `check` on that page. */
async function onItsOwn(
  bundle: string,
  body: string,
  check: (page: Page, seen: { requests: string[]; problems: string[]; csp: () => Promise<string[]> }) => Promise<void>,
  src = `/embed/${bundle}`,
) {
  const dir = mkdtempSync(join(work, `${bundle.replace(/\.js$/, '')}-`));
  for (const f of [bundle, ...chunkImports(readFileSync(join(distDir, bundle), 'utf8'))]) {
    mkdirSync(dirname(join(dir, 'embed', f)), { recursive: true });
    copyFileSync(join(distDir, f), join(dir, 'embed', f));
  }
  writeFileSync(
    join(dir, 'page.html'),
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${bundle}</title><script type="module" src="${src}"></script></head><body>${body}</body></html>`,
  );
  const server = await startExampleServer({ embedDir: join(dir, 'embed'), files: { '/page.html': join(dir, 'page.html') } });
  const context = await browser.newContext({ locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy|Refused to/i.test(m.text())) problems.push(`console.${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/embed/')) requests.push(url.pathname.slice('/embed/'.length) + url.search);
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}`), true);
    });
    const res = await page.goto(`${server.url}/page.html`);
    expect(res?.headers()['content-security-policy']).toBe(CSP);
    await check(page, { requests, problems, csp: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp) });
  } finally {
    await context.close();
    await server.close();
  }
}

describe.each(BUNDLES)('dist/%s alone', (bundle) => {
  it('renders its forms with their cities’ chunks, and nothing else loads', async () => {
    const body = ELEMENTS.map((e) => `<${e.tag} city="${e.city}"></${e.tag}>`).join('');
    await onItsOwn(bundle, body, async (page, { requests, problems, csp }) => {
      const defined = DEFINES[bundle]!;
      for (const tag of defined) await page.locator(`${tag} form`).waitFor();
      const state = await page.evaluate(
        (tags) =>
          tags.map((t) => ({
            tag: t,
            defined: Boolean(customElements.get(t)),
            form: Boolean(document.querySelector(t)?.shadowRoot?.querySelector('form')),
            alert: document.querySelector(t)?.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? null,
          })),
        ELEMENTS.map((e) => e.tag),
      );
      expect(state).toEqual(ELEMENTS.map((e) => ({ tag: e.tag, defined: defined.includes(e.tag), form: defined.includes(e.tag), alert: null })));

      // The bundle, then one chunk per city of a defined element, each once; no English on a zh-CN page.
      const cities = ELEMENTS.filter((e) => defined.includes(e.tag)).map((e) => e.city);
      expect(requests[0]).toBe(bundle);
      expect(
        requests
          .slice(1)
          .map((r) => chunkKind(r))
          .sort((a, b) => a.id.localeCompare(b.id)),
      ).toEqual(cities.map((id) => ({ kind: 'city', id })).sort((a, b) => a.id.localeCompare(b.id)));

      expect(await csp()).toEqual([]);
      expect(problems).toEqual([]);
    });
  });
});

describe('locale="en" with a standalone bundle', () => {
  const body = '<city-leave-form city="fushun" locale="en"></city-leave-form>';

  it('loads the bundle’s English chunk (same origin, under the CSP) and shows the form in English', async () => {
    await onItsOwn('leave.js', body, async (page, { requests, problems, csp }) => {
      await page.locator('city-leave-form form').waitFor();
      expect(await page.locator('city-leave-form').getByRole('button', { name: 'Continue' }).count()).toBe(1);
      expect(requests[0]).toBe('leave.js');
      expect(
        requests
          .slice(1)
          .map((r) => chunkKind(r))
          .sort((a, b) => a.kind.localeCompare(b.kind)),
      ).toEqual([
        { kind: 'city', id: 'fushun' },
        { kind: 'locale', id: 'en' },
      ]);
      expect(await csp()).toEqual([]);
      expect(problems).toEqual([]);
    });
  });

  it('shows English when the bundle was loaded under another URL (a query string): the chunk is plain data, nothing loads twice', async () => {
    await onItsOwn(
      'leave.js',
      body,
      async (page, { requests, problems, csp }) => {
        await page.locator('city-leave-form form').waitFor();
        expect(await page.locator('city-leave-form').getByRole('button', { name: 'Continue' }).count()).toBe(1);
        expect(requests.filter((r) => r.startsWith('leave.js'))).toEqual(['leave.js?v=1']);
        expect(await csp()).toEqual([]);
        expect(problems).toEqual([]);
      },
      '/embed/leave.js?v=1',
    );
  });
});
