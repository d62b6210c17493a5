/**
 * A sheet model as HTML, for a server that prints a record without React. The
 * markup and classes are those of `<PrintableSheet>` in `@city-forms/react`, so one
 * stylesheet (`@city-forms/react/sheet.css`) styles both.
 * @module
 */
import type { SheetModel, SheetRow } from './sheet.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe for HTML content and attribute values.
 * @example
 * ```ts
 * escapeHtml('<b>"x"</b>'); // '&lt;b&gt;&quot;x&quot;&lt;/b&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * The sheet's element (`<article class="cf-sheet">…</article>`), every value
 * escaped. The title is an `h1` (a page of its own) unless `headingLevel` says otherwise.
 * @example
 * ```ts
 * const html = sheetHtml(sheetModel('leave', result, 'fushun'));
 * ```
 */
export function sheetHtml(model: SheetModel, options: { headingLevel?: 1 | 2 | 3 } = {}): string {
  const e = escapeHtml;
  const s = model.strings;
  const h = options.headingLevel ?? 1;
  const [sub, step] = [Math.min(h + 1, 6), Math.min(h + 2, 6)];
  const cell = (r: SheetRow) =>
    `<tr class="cf-sheet__row"><th scope="row">${e(r.label)}</th><td>${r.value === '' ? `<span class="cf-sheet__empty">${e(s.notProvided)}</span>` : e(r.value)}</td></tr>`;
  const rows = model.sections
    .map(
      (sec) =>
        `<tbody class="cf-sheet__section" data-section="${e(sec.id)}">${sec.label ? `<tr class="cf-sheet__section-row"><th colspan="2" scope="rowgroup">${e(sec.label)}</th></tr>` : ''}${sec.rows.map(cell).join('')}</tbody>`,
    )
    .join('');
  const signatures = model.signatures
    .map(
      (g) =>
        `<section class="cf-sheet__signature"><h${step} class="cf-sheet__step">${e(g.heading)}</h${step}>` +
        `<div class="cf-sheet__line cf-sheet__line--opinion"><span>${e(s.opinion)}${e(s.colon)}</span></div>` +
        `<div class="cf-sheet__sign"><div class="cf-sheet__line"><span>${e(s.signature)}${e(s.colon)}</span></div>` +
        `<div class="cf-sheet__line"><span>${e(s.date)}${e(s.colon)}</span></div></div></section>`,
    )
    .join('');
  const deadlines = model.deadlines
    .map(
      (d) =>
        `<li class="cf-sheet__deadline"><span class="cf-sheet__deadline-label">${e(d.label)}</span> <span class="cf-sheet__date">${e(d.date)}</span>` +
        `${d.note ? `<span class="cf-sheet__note">（${e(d.note)}）</span>` : ''}${d.citation ? `<span class="cf-sheet__cite"> ${e(d.citation)}</span>` : ''}</li>`,
    )
    .join('');
  return (
    `<article class="cf-sheet" lang="${e(model.locale)}" data-form="${e(model.form)}">` +
    `<header class="cf-sheet__header"><p class="cf-sheet__issuer">${e(model.issuer)}</p><h${h} class="cf-sheet__title">${e(model.title)}</h${h}></header>` +
    `<table class="cf-sheet__table"><caption class="cf-sheet__caption">${e(s.answers)}</caption>${rows}</table>` +
    (model.citation ? `<p class="cf-sheet__citation">${e(model.citation)}</p>` : '') +
    (deadlines ? `<section class="cf-sheet__deadlines"><h${sub} class="cf-sheet__h2">${e(s.deadlines)}</h${sub}><ul>${deadlines}</ul></section>` : '') +
    `<section class="cf-sheet__signatures"><h${sub} class="cf-sheet__h2">${e(s.signatures)}</h${sub}>${signatures}</section>` +
    `<footer class="cf-sheet__footer">${e(model.footer.text)}</footer></article>`
  );
}

/**
 * A whole printable page around {@link sheetHtml}: A4, the sheet's stylesheet
 * linked (no inline style, so a strict `style-src 'self'` CSP allows it).
 * @example
 * ```ts
 * reply.type('text/html; charset=utf-8').send(sheetPage(model, { stylesheet: '/sheet.css' }));
 * ```
 */
export function sheetPage(model: SheetModel, options: { stylesheet: string }): string {
  return (
    `<!doctype html><html lang="${escapeHtml(model.locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(model.heading)}</title><link rel="stylesheet" href="${escapeHtml(options.stylesheet)}"></head>` +
    `<body class="cf-sheet-page"><main class="cf-root cf-theme cf-sheet-root">${sheetHtml(model)}</main></body></html>`
  );
}
