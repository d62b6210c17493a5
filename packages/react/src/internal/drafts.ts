/**
 * Where the React forms keep drafts: localStorage or sessionStorage, under the
 * session's keys (`draftStorageKey` in `@city-forms/rules`). Reading, saving,
 * expiry, version refusal and sensitive fields are the form session's (rules
 * `session.ts`); here are only the storages and the clean-ups a host calls.
 * Storage that is missing, disabled or throws never breaks a form.
 * @module
 */
import { draftStorageKey, type DraftStorage } from '@city-forms/rules/core';

/** Where drafts are kept: `local` survives closing the browser, `session` does not. */
export type DraftStorageKind = 'local' | 'session';

/** The browser storage of a kind, or null (no window, or storage disabled). */
export function draftStorage(kind: DraftStorageKind = 'local'): (DraftStorage & Pick<Storage, 'key' | 'length'>) | null {
  try {
    if (typeof window === 'undefined') return null;
    return kind === 'session' ? window.sessionStorage : window.localStorage;
  } catch {
    return null;
  }
}

/** Remove a draft (the error boundary's discard). */
export function clearDraft(key: string, options: { user?: string | undefined; storage?: DraftStorageKind | undefined } = {}): void {
  try {
    draftStorage(options.storage)?.removeItem(draftStorageKey(key, options.user));
  } catch {
    // nothing to clear
  }
}

/**
 * Remove every draft of the kit from one storage (localStorage by default), or
 * only those saved under one user key. Returns how many were removed. Call it
 * when a user signs out on a shared computer.
 * @example
 * ```ts
 * import { clearDrafts } from '@city-forms/react';
 * clearDrafts();                        // all drafts in localStorage
 * clearDrafts({ user: 'u-42' });        // only this user's
 * clearDrafts({ storage: 'session' });  // all drafts in sessionStorage
 * ```
 */
export function clearDrafts(options: { user?: string | undefined; storage?: DraftStorageKind | undefined } = {}): number {
  const s = draftStorage(options.storage);
  if (!s) return 0;
  try {
    // Every draft key starts with the key of an empty draft name; a user's with their prefix.
    const prefix = draftStorageKey('', options.user);
    const keys: string[] = [];
    for (let i = 0; i < s.length; i++) {
      const k = s.key(i);
      if (k?.startsWith(prefix)) keys.push(k);
    }
    for (const k of keys) s.removeItem(k);
    return keys.length;
  } catch {
    return 0;
  }
}
