/**
 * Keyboard and focus behaviour that `document`-level code of the kit and of
 * Radix loses inside a shadow root, restored from the element:
 *
 * - In-page links (`#id`), e.g. the error summary's links to their fields: the
 *   kit looks the target up with `document.getElementById`, which does not see
 *   into shadow roots; here the shadow root looks it up and focuses it.
 * - The dialog's focus trap: Radix FocusScope compares `document.activeElement`
 *   (the host element, from outside) with the dialog's first and last controls,
 *   so Tab could leave the dialog. Here Tab and Shift+Tab cycle inside it.
 * - While the dialog is open the form behind it is `inert` (Radix hides the rest
 *   of the page with aria-hidden, but stops at the host element).
 * - When the dialog closes and focus was lost (Radix returns it to the
 *   previously focused element, which it sees as the host), focus goes back to
 *   the control that opened it.
 *
 * Each is harmless once the kit and Radix handle shadow roots themselves.
 * @module
 */

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function deepTarget(e: Event): Element | null {
  const t = e.composedPath()[0];
  return t instanceof Element ? t : null;
}

function visible(el: HTMLElement): boolean {
  if (typeof el.checkVisibility === 'function') return el.checkVisibility({ checkVisibilityCSS: true });
  return el.getClientRects().length > 0;
}

export function installShadowFixes(shadow: ShadowRoot, mount: HTMLElement, portal: HTMLElement): void {
  // In-page links.
  shadow.addEventListener('click', (e) => {
    const a = deepTarget(e)?.closest('a[href^="#"]');
    if (!a || !shadow.contains(a)) return;
    const id = decodeURIComponent((a.getAttribute('href') ?? '').slice(1));
    const target = id ? shadow.getElementById(id) : null;
    if (!target) return;
    e.preventDefault();
    if (shadow.activeElement !== target) target.focus();
    target.scrollIntoView?.({ block: 'center' });
  });

  // Focus trap inside the dialog.
  portal.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
    const dialog = portal.querySelector<HTMLElement>('[role="dialog"]');
    if (!dialog) return;
    const items = [...dialog.querySelectorAll<HTMLElement>(TABBABLE)].filter(visible);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) {
      e.preventDefault();
      return;
    }
    const active = shadow.activeElement;
    if (e.shiftKey && (active === first || active === dialog)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && active === last) {
      e.preventDefault();
      first.focus();
    }
  });

  // Remember the control that had focus in the form, to return to it.
  let lastInForm: HTMLElement | null = null;
  mount.addEventListener('focusin', (e) => {
    const t = deepTarget(e);
    if (t instanceof HTMLElement) lastInForm = t;
  });

  let open = false;
  const sync = () => {
    const isOpen = Boolean(portal.querySelector('[role="dialog"]'));
    if (isOpen === open) return;
    open = isOpen;
    mount.inert = isOpen;
    if (!isOpen) {
      // After Radix's own return of focus (scheduled with setTimeout 0 on unmount).
      setTimeout(() => {
        const lost =
          !shadow.activeElement && (document.activeElement === document.body || document.activeElement === null || document.activeElement === shadow.host);
        if (lost && lastInForm?.isConnected && shadow.contains(lastInForm)) lastInForm.focus();
      }, 20);
    }
  };
  new MutationObserver(sync).observe(portal, { childList: true, subtree: true });
}
