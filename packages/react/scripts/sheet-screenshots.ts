/**
 * Screenshots of one printed sheet per form for the README (docs/screenshots/
 * sheet-<form>-<city>.png): `<PrintableSheet>` from the fixtures' valid
 * submissions, with the kit's stylesheet, in Debian's Chromium under print media
 * at A4 width. Run from the repository root:
 *
 *   pnpm exec tsx packages/react/scripts/sheet-screenshots.ts
 *
 * Chinese glyphs need a CJK font (Debian: fonts-noto-cjk).
 * @module
 */
import '@city-forms/rules/cities';
import { readFileSync } from 'node:fs';
import { resolveCity, sheetModel, validate } from '@city-forms/rules';
import { FIXTURES } from '@city-forms/rules/fixtures';
import { chromium } from 'playwright';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { uiZhCN } from '../src/i18n.js';
import { PrintableSheet } from '../src/sheet/PrintableSheet.js';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const CSS = readFileSync(new URL('../src/styles.css', import.meta.url), 'utf8');
const OUT = new URL('../../../docs/screenshots/', import.meta.url);
const SHOTS = [
  ['leave', 'fushun'],
  ['agenda', 'jining'],
  ['document', 'fushun'],
] as const;

const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ARGS });
try {
  // A4 at 96 dpi; the sheet's page margins (16 mm) as padding.
  const page = await browser.newPage({ viewport: { width: 794, height: 1123 }, deviceScaleFactor: 1 });
  await page.emulateMedia({ media: 'print' });
  for (const [form, city] of SHOTS) {
    const fx = FIXTURES[city][form];
    const signing = resolveCity(city).document.signing[0];
    const data = form === 'document' && signing ? { ...fx.valid, signingCategory: signing.id } : fx.valid;
    const result = validate(form, data, { city, today: fx.today });
    const model = sheetModel(form, result, city, {
      record: { id: '2f6c1a9e-4b7d-4c1e-9a3f-0d5e8b7c6a41', submittedAt: `${fx.today}T02:00:00Z` },
      sectionLabel: (k) => (uiZhCN as Record<string, string>)[k],
    });
    const body = renderToStaticMarkup(createElement(PrintableSheet, { model, headingLevel: 1 }));
    await page.setContent(
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${CSS} body { padding: 16mm; }</style></head><body class="cf-sheet-page">${body}</body></html>`,
    );
    await page.evaluate(() => document.fonts.ready);
    const path = new URL(`sheet-${form}-${city}.png`, OUT);
    await page.screenshot({ path: path.pathname, fullPage: true });
    console.log(path.pathname);
  }
} finally {
  await browser.close();
}
