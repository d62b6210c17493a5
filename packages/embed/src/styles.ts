/**
 * The stylesheet of a form's shadow root: the React kit's CSS, adapted to the
 * shadow tree, plus the element's own rules. One constructable stylesheet is
 * shared by every element of the page (`adoptedStyleSheets`, not subject to the
 * page's `style-src`); a `<style>` element is the fallback where constructable
 * stylesheets are missing.
 *
 * Adaptations of the kit's CSS:
 * - Isolation: `:host { all: initial }` stops the page's inherited properties
 *   (color, font, letter-spacing, text-align…) at the element; page selectors
 *   cannot reach into the shadow tree, and the kit's selectors cannot leave it.
 * - Theming: the kit declares its `--cf-*` defaults on `.cf-root`, where a page
 *   could not override them. Here the defaults move to `:host` and `.cf-root`
 *   inherits them, so `city-leave-form { --cf-accent: #a00 }` in the page themes
 *   the form (custom properties are the only page styles that get in, and only
 *   when set on the element itself).
 * - Print: the kit's print rules hang on `body.cf-printing`, which shadow-tree
 *   rules cannot see; they are rewritten to `:host([data-cf-printing])`, an
 *   attribute the element sets while the page prints its sheet (see
 *   {@link installPrintSupport}).
 * @module
 */
import kitCss from '@city-forms/react/styles.css?inline';

const VARS_BLOCK = /(^|[};\s])\.cf-root\s*\{([^{}]*--cf-[^{}]*)\}/;

/** Split a declaration block into `[name, value]` pairs of its custom properties. */
function customProperties(block: string): [string, string][] {
  const out: [string, string][] = [];
  for (const decl of block.split(';')) {
    const i = decl.indexOf(':');
    if (i < 0) continue;
    const name = decl.slice(0, i).trim();
    if (name.startsWith('--')) out.push([name, decl.slice(i + 1).trim()]);
  }
  return out;
}

/** The shadow root's CSS built from the kit's CSS (exported for tests). */
export function shadowCss(css: string): string {
  const vars = customProperties(VARS_BLOCK.exec(css)?.[2] ?? '');
  const defaults = vars.map(([n, v]) => `${n}:${v};`).join('');
  const inherit = vars.map(([n]) => `${n}:inherit;`).join('');
  const adapted = css.replace(/body\.cf-printing/g, ':host([data-cf-printing])');
  return [
    `:host{all:initial;display:block;${defaults}}`,
    ':host([hidden]){display:none}',
    adapted,
    // After the kit's .cf-root block, same specificity: the later one wins.
    inherit ? `.cf-root{${inherit}}` : '',
    // The dialog renders inside the element (not at the end of body): lift it above the page.
    '.cf-root.cf-overlay,.cf-root.cf-dialog{z-index:2147483000}',
    '.cf-embed-status{font-family:var(--cf-font);color:var(--cf-text);margin:0 0 1rem}',
    '.cf-embed-status--error{color:var(--cf-error);font-weight:700}',
  ].join('\n');
}

/** The CSS every form's shadow root gets. */
export const SHADOW_CSS = shadowCss(kitCss);

/**
 * Document-level print rule: while a form prints its check-your-answers sheet
 * (body.cf-printing, set by the kit), hide everything of the page except the
 * printing element and its ancestors. Print media only, and only during that
 * print: the page's own look is never touched.
 */
export const DOCUMENT_PRINT_CSS = '@media print{body.cf-printing :not([data-cf-printing]):not(:has([data-cf-printing])){display:none!important}}';

let shared: CSSStyleSheet | null | undefined;

function constructable(css: string): CSSStyleSheet | null {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  } catch {
    return null;
  }
}

/** Whether `adoptedStyleSheets` can be used on this root. */
function canAdopt(root: ShadowRoot | Document): boolean {
  return 'adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype;
}

/**
 * Give a shadow root the forms' stylesheet. Returns how: 'adopted' (constructable
 * stylesheet, CSP-safe) or 'style' (a `<style>` element: needs `style-src
 * 'unsafe-inline'` under a CSP; only where constructable stylesheets are missing).
 */
export function applyShadowStyles(root: ShadowRoot): 'adopted' | 'style' {
  if (canAdopt(root)) {
    if (shared === undefined) shared = constructable(SHADOW_CSS);
    if (shared) {
      if (!root.adoptedStyleSheets.includes(shared)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, shared];
      return 'adopted';
    }
  }
  if (!root.querySelector('style[data-cf-styles]')) {
    const style = document.createElement('style');
    style.setAttribute('data-cf-styles', '');
    style.textContent = SHADOW_CSS;
    root.prepend(style);
  }
  return 'style';
}

let printInstalled = false;

/**
 * Once per page: the document-level print rule (constructable stylesheet only;
 * without it, printing shows the page around the sheet) and the before/after
 * print hooks that mark the element whose sheet is printing.
 */
export function installPrintSupport(isPrinting: (el: Element) => boolean, all: () => Iterable<Element>): void {
  if (printInstalled || typeof window === 'undefined') return;
  printInstalled = true;
  if (canAdopt(document)) {
    const sheet = constructable(DOCUMENT_PRINT_CSS);
    if (sheet) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  window.addEventListener('beforeprint', () => {
    if (!document.body?.classList.contains('cf-printing')) return;
    for (const el of all()) if (isPrinting(el)) el.setAttribute('data-cf-printing', '');
  });
  window.addEventListener('afterprint', () => {
    for (const el of all()) el.removeAttribute('data-cf-printing');
  });
}
