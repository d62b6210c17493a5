/**
 * The latest value of a prop for effects and event handlers, without making them
 * re-run when it changes (what React 19.2's useEffectEvent does for functions).
 * @module
 */
import { useEffect, useLayoutEffect, useRef } from 'react';

// Layout effects do nothing on the server (and React 18 warns there).
const useCommitEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/**
 * A ref holding `value` from the last committed render: updated before any
 * effect of that render runs, so effects and handlers read the current prop.
 * Not for reading while rendering.
 * @example
 * ```ts
 * const onChange = useLatest(props.onChange);
 * useEffect(() => subscribe((v) => onChange.current?.(v)), [subscribe, onChange]);
 * ```
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useCommitEffect(() => {
    ref.current = value;
  });
  return ref;
}
