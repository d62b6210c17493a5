/**
 * `printSheet()`: print a form's paper sheet from any page, without showing it.
 * @module
 */
import { sheetHtml, type SheetModel } from '@city-forms/rules/core';

/**
 * Options of `printSheet`.
 * @example
 * ```ts
 * const options: PrintSheetOptions = { styles: shadowRoot.adoptedStyleSheets };
 * ```
 */
export interface PrintSheetOptions {
  /**
   * The stylesheets that style the sheet (the kit's styles.css, your `--cf-*`
   * theme). Default: every stylesheet of the page that it can read. A custom
   * element passes its shadow root's.
   */
  styles?: Iterable<CSSStyleSheet> | undefined;
  /** The document to print from (default: the current one). */
  document?: Document | undefined;
}

function cssOf(sheets: Iterable<CSSStyleSheet>): string {
  const out: string[] = [];
  for (const sheet of sheets) {
    try {
      for (const rule of Array.from(sheet.cssRules)) out.push(rule.cssText);
    } catch {
      // a cross-origin stylesheet cannot be read: left out
    }
  }
  return out.join('\n');
}

/**
 * Print a sheet: it is laid out in a hidden frame of its own (A4, the page's
 * styles copied in as a constructable stylesheet, so a strict CSP allows it),
 * and that frame's `print()` is called; the frame is removed afterwards. Resolves
 * once the print dialog has closed (or, where printing does not block, when it
 * was opened).
 * @example
 * ```ts
 * import { printSheet } from '@city-forms/react/sheet';
 * import { sheetModel } from '@city-forms/rules';
 * button.onclick = () => void printSheet(sheetModel('leave', record.result, 'fushun', { record: { id: record.id } }));
 * ```
 */
export async function printSheet(model: SheetModel, options: PrintSheetOptions = {}): Promise<void> {
  const doc = options.document ?? document;
  const css = cssOf(options.styles ?? Array.from(doc.styleSheets));
  const frame = doc.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.title = model.heading;
  Object.assign(frame.style, { position: 'fixed', right: '0', bottom: '0', width: '1px', height: '1px', border: '0', opacity: '0', pointerEvents: 'none' });
  doc.body.appendChild(frame);
  let printed = false;
  try {
    const win = frame.contentWindow;
    const fdoc = frame.contentDocument;
    if (!win || !fdoc) return;
    win.addEventListener('afterprint', () => {
      printed = true;
    });
    fdoc.documentElement.lang = model.locale;
    fdoc.title = model.heading;
    const Sheet = (win as unknown as Partial<typeof globalThis>).CSSStyleSheet;
    if (typeof Sheet === 'function' && 'adoptedStyleSheets' in fdoc) {
      const sheet = new Sheet();
      sheet.replaceSync(css);
      fdoc.adoptedStyleSheets = [sheet];
    } else {
      // No constructable stylesheets (older browsers): a <style>, which a strict CSP refuses.
      const style = fdoc.createElement('style');
      style.textContent = css;
      fdoc.head.append(style);
    }
    fdoc.body.className = 'cf-sheet-page';
    // sheetHtml escapes every value: the only markup is the sheet's own.
    fdoc.body.innerHTML = `<main class="cf-root cf-theme cf-sheet-root">${sheetHtml(model)}</main>`;
    await fdoc.fonts?.ready;
    win.focus();
    win.print();
    // Chromium prints synchronously (afterprint has fired); elsewhere keep the
    // frame until the dialog closes, at most a minute.
    if (!printed)
      await new Promise<void>((done) => {
        const timer = setTimeout(done, 60_000);
        win.addEventListener('afterprint', () => {
          clearTimeout(timer);
          done();
        });
      });
  } finally {
    frame.remove();
  }
}
