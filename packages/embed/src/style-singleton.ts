/**
 * A CSP-safe stand-in for `react-style-singleton` (used by Radix's scroll lock,
 * via react-remove-scroll-bar). The original appends a `<style>` element to
 * document.head, which a `style-src` without 'unsafe-inline' blocks (and reports).
 * This one adopts a constructable stylesheet on the document instead:
 * `adoptedStyleSheets` are not subject to `style-src`. Same API; the embed's
 * bundle aliases `react-style-singleton` to this module.
 *
 * A bundler of your own can do the same:
 * `resolve.alias: { 'react-style-singleton': '@city-forms/embed/style-singleton' }`.
 * @module
 */
import { useEffect, useRef } from 'react';

interface Sheet {
  add(style: string): void;
  remove(): void;
}

function insert(css: string): (() => void) | null {
  if (typeof document === 'undefined') return null;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    // No constructable stylesheets (old browsers): a <style> element, as the original.
    const tag = document.createElement('style');
    tag.textContent = css;
    (document.head ?? document.documentElement).appendChild(tag);
    return () => tag.remove();
  }
}

/** A reference-counted stylesheet: added by the first user, removed after the last. */
export function stylesheetSingleton(): Sheet {
  let counter = 0;
  let dispose: (() => void) | null = null;
  return {
    add(style: string) {
      if (counter === 0) dispose = insert(style);
      counter++;
    },
    remove() {
      counter--;
      if (counter === 0 && dispose) {
        dispose();
        dispose = null;
      }
    },
  };
}

/** A hook adding the styles while the calling component is mounted. */
export function styleHookSingleton(): (styles: string, isDynamic?: boolean) => void {
  const sheet = stylesheetSingleton();
  return (styles: string, isDynamic?: boolean) => {
    // As in react-style-singleton, the sheet is added again only when `styles && isDynamic`
    // changes (not on every new styles string): it is the effect's key, and the styles of
    // the render that changed it are the ones added.
    const key = styles && isDynamic;
    const latest = useRef(styles);
    latest.current = styles;
    useEffect(() => {
      sheet.add(latest.current);
      return () => sheet.remove();
    }, [key]);
  };
}

/** A component adding the styles while mounted. */
export function styleSingleton(): (props: { styles: string; dynamic?: boolean }) => null {
  const useStyle = styleHookSingleton();
  return function Sheet({ styles, dynamic }: { styles: string; dynamic?: boolean }) {
    useStyle(styles, dynamic);
    return null;
  };
}
