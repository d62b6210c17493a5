/**
 * In-page measurement shared by every typing page:
 * - keystroke time: performance.now() in a capture-phase keydown listener on window,
 *   to a microtask queued from the input event (bubble phase on window, after React's
 *   root listener, so React's own microtask flush of the discrete update runs first).
 * - commits: <Profiler onRender> around the form (react-dom/profiling is aliased in).
 */
import { Profiler, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

interface Bench {
  ready(): boolean;
  focus(): boolean;
  reset(): void;
  read(): { commits: number; microtask: number[]; value: string };
}
declare global {
  interface Window {
    __bench?: Bench;
  }
}

let commits = 0;
let microtask: number[] = [];
let keydownAt = -1;

addEventListener(
  'keydown',
  () => {
    keydownAt = performance.now();
  },
  true,
);
addEventListener('input', () => {
  if (keydownAt < 0) return;
  const t0 = keydownAt;
  keydownAt = -1;
  queueMicrotask(() => microtask.push(performance.now() - t0));
});

export function mount(node: ReactNode, target: () => HTMLInputElement | HTMLTextAreaElement | null) {
  const el = document.getElementById('app') ?? document.body.appendChild(document.createElement('div'));
  createRoot(el).render(
    <Profiler
      id="form"
      onRender={() => {
        commits++;
      }}
    >
      {node}
    </Profiler>,
  );
  window.__bench = {
    ready: () => target() !== null,
    focus: () => {
      const t = target();
      t?.focus();
      return document.activeElement === t;
    },
    reset: () => {
      commits = 0;
      microtask = [];
    },
    read: () => ({ commits, microtask, value: target()?.value ?? '' }),
  };
}

export const byId = (id: string) => () => document.getElementById(id) as HTMLInputElement | null;
/** The control a <label> with this text points at (our forms generate ids). */
export const byLabel = (text: string) => () => {
  const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.includes(text));
  return label?.htmlFor ? (document.getElementById(label.htmlFor) as HTMLInputElement | null) : null;
};
