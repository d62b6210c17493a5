/**
 * One in-flight or finished load per key, shared by every caller; a failed load
 * (network) is forgotten, so a later call retries. Used for the city and locale
 * chunks.
 * @module
 */

/**
 * The load for `key`: the one already under way or done, else a new one.
 * @example
 * ```ts
 * const loads = new Map<string, Promise<void>>();
 * loadOnce(loads, 'fushun', () => import('./fushun.js').then(register));
 * ```
 */
export function loadOnce<K>(loads: Map<K, Promise<void>>, key: K, load: () => Promise<void>): Promise<void> {
  let p = loads.get(key);
  if (!p) {
    p = load();
    p.catch(() => loads.delete(key));
    loads.set(key, p);
  }
  return p;
}
