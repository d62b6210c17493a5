// @vitest-environment node
// (The shared setup clears localStorage after each test; Node has none.)
/**
 * The paper sheets printed to PDF by Chromium (Debian's, print media, A4 from the
 * sheet's own @page), read back with a PDF text extractor: for leave, agenda and
 * document in 抚顺 and 济宁, the city's title, every answer, one signature block
 * per step of that city's route (each with 意见, 签字, 日期), the deadlines, the
 * footer with the record number, the page size and count; a long sheet runs onto
 * more pages without splitting a row or a signature block.
 */
import { readFileSync } from 'node:fs';
import { CITY_IDS, resolveCity, sheetModel, validate, type SheetModel } from '@city-forms/rules';
import { FIXTURES } from '@city-forms/rules/fixtures';
import { chromium, type Browser } from 'playwright';
import { renderToStaticMarkup } from 'react-dom/server';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiZhCN } from '../../src/i18n.js';
import { PrintableSheet } from '../../src/sheet/PrintableSheet.js';

const CSS = readFileSync(new URL('../../src/styles.css', import.meta.url), 'utf8');
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

let browser!: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ARGS });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

type SheetForm = 'leave' | 'agenda' | 'document';
type City = (typeof CITY_IDS)[number];

/**
 * The CJK fonts draw 人 and the Kangxi radical ⼈ (民 and ⺠…) with one glyph, and
 * the PDF's ToUnicode map names the radical: NFKC folds the Kangxi radicals back,
 * this table the radicals-supplement forms NFKC leaves alone.
 */
const RADICALS: Record<string, string> = Object.fromEntries(
  [...'⺠民⻅见⻆角⻓长⻔门⻘青⻙韦⻚页⻛风⻜飞⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻬齐⻮齿⻰龙⻉贝⻋车⻄西'].flatMap((c, i, a) =>
    i % 2 === 0 ? [[c, a[i + 1]!]] : [],
  ),
);
/** Text compared as read: no whitespace (PDF text breaks where glyph runs end), NFKC, radicals as ideographs. */
const squeeze = (s: string) =>
  s
    .replace(/\s+/g, '')
    .normalize('NFKC')
    .replace(/[\u2E80-\u2EFF]/g, (c) => RADICALS[c] ?? c);

/** The fixture's valid data; a document gets the city's first 签发 category, so it has a route to sign. */
function modelOf(form: SheetForm, city: City, change: (data: Record<string, unknown>) => Record<string, unknown> = (d) => d): SheetModel {
  const fx = FIXTURES[city][form];
  const signing = resolveCity(city).document.signing[0];
  const data = change({ ...(fx.valid as Record<string, unknown>), ...(form === 'document' && signing ? { signingCategory: signing.id } : {}) });
  const context = (fx as { context?: object }).context;
  const result = validate(form, data, { city, today: fx.today, ...(context ? { context } : {}) });
  expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return sheetModel(form, result, city, {
    record: { id: `rec-${form}-${city}`, submittedAt: '2026-11-23T02:00:00Z' },
    sectionLabel: (k) => (uiZhCN as Record<string, string>)[k],
  });
}

/** Print the sheet as `<PrintableSheet>` renders it, with the kit's stylesheet; the text of each page and the page size. */
async function printToPdf(model: SheetModel): Promise<{ pages: string[]; size: [number, number] }> {
  const page = await browser.newPage();
  try {
    const body = renderToStaticMarkup(<PrintableSheet model={model} headingLevel={1} />);
    await page.setContent(
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${CSS}</style></head><body class="cf-sheet-page">${body}</body></html>`,
    );
    await page.evaluate(() => document.fonts.ready);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    const { text } = await extractText(doc, { mergePages: false });
    const first = await doc.getPage(1);
    const { width, height } = first.getViewport({ scale: 1 });
    return { pages: text.map(squeeze), size: [Math.round(width), Math.round(height)] };
  } finally {
    await page.close();
  }
}

/** Form, city and the pages its fixture prints on (Noto CJK, the kit's sheet styles): a leave on one page; an agenda item and a document, with a row per answer, on two. */
const CASES: [SheetForm, City, number][] = [
  ['leave', 'fushun', 1],
  ['leave', 'jining', 1],
  ['agenda', 'fushun', 2],
  ['agenda', 'jining', 2],
  ['document', 'fushun', 2],
  ['document', 'jining', 2],
];

/** The route each city's profile gives, as the sheet must show it (written here from the profiles' texts, not read from the model). */
const ROUTES: Record<string, string[]> = {
  'leave.fushun': ['审核：分管副市长', '汇总：秘书长', '审批：市长'],
  'agenda.fushun': ['汇总：市政府办公室', '审核：秘书长', '审核：负责日常工作的副市长', '确定：市长'],
  'document.fushun': ['审核：副市长', '签发：市长'],
  'agenda.jining': ['审核：分管副市长', '汇总：市政府办公室', '审核：市政府秘书长', '确定：市长'],
};

describe('printed sheets (Chromium → PDF → text)', { timeout: 60_000 }, () => {
  for (const [form, city, pageCount] of CASES) {
    it(`${form} · ${city}: title, every answer, every signature block, deadlines, footer; A4, ${pageCount} page(s)`, async () => {
      const model = modelOf(form, city);
      const { pages, size } = await printToPdf(model);
      const all = pages.join('');
      const profile = resolveCity(city);
      expect(size).toEqual([595, 842]); // A4 portrait in points
      expect(pages).toHaveLength(pageCount);
      pages.forEach((p, i) => expect(p).toContain(`${i + 1}/${pageCount}`)); // the page number in each page's margin box
      expect(all).toContain(squeeze(`${profile.source.publisher}${model.title}${model.strings.answers}`));
      for (const row of model.sections.flatMap((s) => s.rows)) expect(all).toContain(squeeze(`${row.label}${row.value || model.strings.notProvided}`));
      const expected = ROUTES[`${form}.${city}`];
      if (expected) expect(model.signatures.map((s) => s.heading)).toEqual(expected);
      expect(model.signatures.length).toBeGreaterThan(0);
      for (const sig of model.signatures) expect(all).toContain(squeeze(`${sig.heading}意见：签字：日期：`));
      expect(all.split(squeeze('签字：'))).toHaveLength(model.signatures.length + 1);
      if (model.citation) expect(all).toContain(squeeze(model.citation));
      for (const d of model.deadlines) expect(all).toContain(squeeze(`${d.label}${d.date}`));
      expect(all).toContain(squeeze(model.footer.text));
      expect(model.footer.text).toContain(`编号 rec-${form}-${city}`);
      expect(model.footer.text).toContain(`规则配置 ${city} ${profile.version}`);
      expect(all).not.toMatch(new RegExp(['修改', '确认提交', '返回修改', '打印', '核对您的信息'].map(squeeze).join('|')));
    });
  }

  it('check-your-answers prints its sheet alone: no page behind, no overlay, no dialog title, answers, 修改 or buttons; on screen the sheet is hidden', async () => {
    const model = modelOf('leave', 'fushun');
    // The structure <Frame> renders: the page's form, and in the dialog's portal the overlay and the dialog with the sheet last.
    const html = renderToStaticMarkup(
      <>
        <main>
          <h1>城市表单门户</h1>
          <form className="cf-root cf-theme">
            <button type="submit">继续</button>
          </form>
        </main>
        <div data-cf-portal="">
          <div className="cf-root cf-theme cf-overlay" />
          <div role="dialog" className="cf-root cf-theme cf-dialog">
            <h2 className="cf-dialog__title">核对您的信息</h2>
            <dl className="cf-answers">
              <div className="cf-answers__row">
                <dt>事由</dt>
                <dd>赴省</dd>
                <dd>
                  <button type="button">修改</button>
                </dd>
              </div>
            </dl>
            <div className="cf-actions">
              <button type="button">确认提交</button>
              <button type="button">返回修改</button>
              <button type="button">打印</button>
            </div>
            <div className="cf-dialog-sheet">
              <PrintableSheet model={model} />
            </div>
          </div>
        </div>
      </>,
    );
    const page = await browser.newPage();
    try {
      await page.setContent(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${CSS}</style></head><body>${html}</body></html>`);
      expect(await page.locator('.cf-dialog-sheet').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: '确认提交' }).isVisible()).toBe(true);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
      const all = squeeze(text);
      expect(all).toContain(squeeze(`${model.issuer}${model.title}`));
      for (const sig of model.signatures) expect(all).toContain(squeeze(`${sig.heading}意见：签字：日期：`));
      expect(all).not.toMatch(new RegExp(['城市表单门户', '继续', '核对您的信息', '修改', '确认提交', '返回修改', '打印'].map(squeeze).join('|')));
    } finally {
      await page.close();
    }
  });

  // Longer and longer lists of attendees move the rows after them and the signature
  // blocks down, so page boundaries fall at many places across them.
  for (const count of [8, 16, 24, 32, 40, 48]) {
    it(`a long agenda item (${count} attendees, a long summary) runs onto more pages; no row and no signature block is split`, async () => {
      const attendees = Array.from({ length: count }, (_, i) => ({ name: `列席人${i + 1}`, unit: `第${i + 1}单位` }));
      const summary = '提请审议老旧小区改造实施方案，明确改造范围、资金来源和实施步骤。'.repeat(12);
      const model = modelOf('agenda', 'fushun', (d) => ({ ...d, attendees, summary, leadProposal: summary }));
      const { pages } = await printToPdf(model);
      expect(pages.length).toBeGreaterThan(1);
      pages.forEach((p, i) => expect(p).toContain(`${i + 1}/${pages.length}`));
      for (const row of model.sections.flatMap((s) => s.rows)) {
        // A row's label and the start and the end of its value are on one page.
        const v = squeeze(row.value || model.strings.notProvided);
        const label = squeeze(row.label);
        expect(pages.some((p) => p.includes(label + v.slice(0, 12)) && p.includes(v.slice(-12)))).toBe(true);
      }
      for (const sig of model.signatures) expect(pages.some((p) => p.includes(squeeze(`${sig.heading}意见：签字：日期：`)))).toBe(true);
    }, 60_000);
  }
});
