/**
 * `<PrintableSheet>` and `printSheet()` in real Chromium: the sheet on a page has
 * no axe violation; printSheet lays it out in a frame of its own with the page's
 * stylesheet adopted (bordered cells, the A4 page rule) and prints that frame,
 * which is gone afterwards.
 */
import '@city-forms/rules/cities';
import { sheetModel, validate } from '@city-forms/rules';
import { FIXTURES } from '@city-forms/rules/fixtures';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/styles.css';
import { PrintableSheet } from '../../src/sheet/PrintableSheet.js';
import { printSheet } from '../../src/sheet/print.js';
import { Page, expectNoAxeViolations } from './helpers.js';

afterEach(() => cleanup());

const fx = FIXTURES.jining.agenda;
const model = sheetModel('agenda', validate('agenda', fx.valid, { city: 'jining', today: fx.today }), 'jining', { record: { id: 'rec-7' } });

describe('the paper sheet in Chromium', () => {
  it('renders on a page without axe violations', async () => {
    const { container } = render(
      <Page>
        <PrintableSheet model={model} />
      </Page>,
    );
    expect(container.querySelectorAll('.cf-sheet__signature')).toHaveLength(model.signatures.length);
    await expectNoAxeViolations();
  });

  it('printSheet prints a frame of its own holding the sheet, styled by the page’s stylesheet, and removes it', async () => {
    const seen: { text: string; border: string; pageRule: boolean }[] = [];
    const watch = new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes) {
          if (!(n instanceof HTMLIFrameElement) || !n.contentWindow) continue;
          const win = n.contentWindow;
          win.print = () => {
            const doc = n.contentDocument!;
            const td = doc.querySelector('.cf-sheet__row td')!;
            seen.push({
              text: doc.body.textContent ?? '',
              border: win.getComputedStyle(td).borderTopStyle,
              pageRule: doc.adoptedStyleSheets.some((s) => [...s.cssRules].some((rule) => rule.cssText.startsWith('@page cf-sheet'))),
            });
            win.dispatchEvent(new Event('afterprint'));
          };
        }
    });
    watch.observe(document.body, { childList: true });
    try {
      await printSheet(model);
    } finally {
      watch.disconnect();
    }
    expect(seen).toHaveLength(1);
    expect(seen[0]!.text).toContain('济宁市人民政府');
    expect(seen[0]!.text).toContain('议题申报单');
    for (const s of model.signatures) expect(seen[0]!.text).toContain(s.heading);
    expect(seen[0]!.text).toContain('编号 rec-7');
    expect(seen[0]!.border).toBe('solid');
    expect(seen[0]!.pageRule).toBe(true);
    expect(document.querySelector('iframe')).toBeNull();
  });
});
