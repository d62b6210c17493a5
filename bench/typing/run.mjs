// Part 3: typing latency in headless Chromium, plus the render check of the size entries.
// Pages are Vite production builds (React DOM profiling build, so <Profiler> reports
// commits) served from 127.0.0.1. Each (page, CPU throttle) is loaded RUNS times, fresh;
// each load types KEYS characters into the target field, one at a time, waiting for a
// frame and the task after it between keystrokes.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildPages } from '../lib/vite.mjs';
import { serve } from '../lib/serve.mjs';

export const PAGES = [
  {
    id: 'rhf-100',
    group: '100-field form (type into field 1)',
    label: "react-hook-form — the kit's engine (the kit has no generic 100-field form)",
    ours: true,
  },
  { id: 'rjsf-100', group: '100-field form (type into field 1)', label: 'rjsf' },
  { id: 'formily-100', group: '100-field form (type into field 1)', label: 'Formily (core + react)' },
  { id: 'tanstack-100', group: '100-field form (type into field 1)', label: 'TanStack Form' },
  { id: 'ours-agenda', group: '20-row array form (type into 议题名称 / title)', label: 'city-forms `AgendaForm` (huarong, 20 consultation rows)', ours: true },
  {
    id: 'rhf-array',
    group: '20-row array form (type into 议题名称 / title)',
    label: '_reference:_ react-hook-form + useFieldArray (bare engine, not in the set)',
    reference: true,
  },
  { id: 'rjsf-array', group: '20-row array form (type into 议题名称 / title)', label: 'rjsf' },
  { id: 'formily-array', group: '20-row array form (type into 议题名称 / title)', label: 'Formily (core + react)' },
  { id: 'tanstack-array', group: '20-row array form (type into 议题名称 / title)', label: 'TanStack Form' },
];
export const THROTTLES = [1, 4];
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function html(script) {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title></head><body><div id="app"></div><script type="module" src="${script}"></script></body></html>\n`;
}

export async function buildAllPages({ benchDir, sizeIds, pages = PAGES }) {
  const src = join(benchDir, '.out/pages-src');
  rmSync(src, { recursive: true, force: true });
  mkdirSync(src, { recursive: true });
  const inputs = {};
  for (const p of pages) {
    writeFileSync(join(src, `${p.id}.html`), html(`/typing/pages/${p.id}.tsx`));
    inputs[p.id] = join(src, `${p.id}.html`);
  }
  for (const id of sizeIds) {
    writeFileSync(join(src, `size-${id}.html`), html(`/size/entries/${id}.tsx`));
    inputs[`size-${id}`] = join(src, `size-${id}.html`);
  }
  const outDir = join(benchDir, '.out/pages');
  await buildPages({ root: benchDir, inputs, outDir });
  return outDir;
}

async function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/** Does each size entry render its form in a real browser (app build, React bundled)? */
export async function checkSizeEntries({ outDir, sizeIds, log }) {
  const server = await serve(outDir);
  const browser = await launch();
  const out = {};
  try {
    for (const id of sizeIds) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e.message).split('\n')[0]));
      await page.goto(`${server.url}/.out/pages-src/size-${id}.html`);
      let controls = 0;
      try {
        await page.waitForFunction(() => document.querySelectorAll('#app input, #app select, #app textarea').length >= 6, null, { timeout: 15000 });
      } catch {}
      controls = await page.evaluate(() => document.querySelectorAll('#app input, #app select, #app textarea').length);
      out[id] = { controls, errors };
      log(`  render check ${id}: ${controls} controls${errors.length ? `, errors: ${errors.join(' | ')}` : ''}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

export async function runTyping({ outDir, log, runs = 3, keys = 50, pages = PAGES }) {
  const server = await serve(outDir);
  const browser = await launch();
  const chromiumVersion = browser.version();
  const text = 'abcdefghijklmnopqrstuvwxy'.repeat(Math.ceil(keys / 25)).slice(0, keys);
  const results = Object.fromEntries(pages.map((p) => [p.id, Object.fromEntries(THROTTLES.map((t) => [t, { microtask: [], commits: [], errors: [] }]))]));
  try {
    for (let r = 0; r < runs; r++) {
      for (const p of pages) {
        for (const rate of THROTTLES) {
          const slot = results[p.id][rate];
          const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
          const page = await context.newPage();
          page.on('pageerror', (e) => slot.errors.push(String(e.message).split('\n')[0]));
          try {
            await page.goto(`${server.url}/.out/pages-src/${p.id}.html`);
            await page.waitForFunction(() => window.__bench?.ready(), null, { timeout: 30000 });
            await page.waitForTimeout(300);
            const cdp = await context.newCDPSession(page);
            await cdp.send('Emulation.setCPUThrottlingRate', { rate });
            if (!(await page.evaluate(() => window.__bench.focus()))) throw new Error('could not focus the target field');
            await page.evaluate(() => window.__bench.reset());
            // Paced like a person: each keystroke, then wait for a frame and the task after it.
            for (const ch of text) {
              await page.keyboard.press(ch);
              await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
            }
            await page.waitForTimeout(250 * rate);
            const m = await page.evaluate(() => window.__bench.read());
            if (!m.value.endsWith(text)) throw new Error(`field holds ${JSON.stringify(m.value.slice(-20))}, not the typed text`);
            if (m.microtask.length !== keys) throw new Error(`${m.microtask.length} input events for ${keys} keystrokes`);
            slot.microtask.push(...m.microtask);
            slot.commits.push(m.commits);
          } catch (e) {
            slot.errors.push(String(e.message ?? e).split('\n')[0]);
          }
          await context.close();
        }
      }
      log(`  typing: run ${r + 1}/${runs} done`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { runs, keys, results, chromiumVersion };
}
