/**
 * Drafts in localStorage (or sessionStorage): one key per draftKey and user key,
 * the whole draft written at once (so two tabs never interleave partial writes:
 * the last complete save wins), tagged with the profile id and version it was
 * made for and the time it was saved. Storage that is full, disabled or throws
 * never breaks the form: the caller is told and carries on.
 * @module
 */

export interface Draft<T> {
  /** Format version of the stored draft. */
  v: 1;
  profile: { id: string; version: string };
  savedAt: string;
  values: T;
}

/** Where drafts are kept: `local` survives closing the browser, `session` does not. */
export type DraftStorageKind = 'local' | 'session';

const PREFIX = 'city-forms:draft:';

function storage(kind: DraftStorageKind = 'local'): Storage | null {
  try {
    if (typeof window === 'undefined') return null;
    return kind === 'session' ? window.sessionStorage : window.localStorage;
  } catch {
    return null;
  }
}

/** The storage key of a draft: without a user key it is the key of earlier versions. */
export function draftStorageKey(key: string, user?: string): string {
  return user ? `${PREFIX}u:${encodeURIComponent(user)}:${key}` : PREFIX + key;
}

/** Why a stored draft was not restored (`null` when there was none or it was unreadable). */
export type DraftRefusal = 'expired' | 'version';

export interface ReadOptions {
  user?: string | undefined;
  storage?: DraftStorageKind | undefined;
  /** The profile version of now: a draft of another version is refused. */
  profileVersion?: string | undefined;
  /** Oldest age restored, in milliseconds. */
  maxAgeMs?: number | undefined;
  now?: number | undefined;
}

/**
 * Read a draft; `draft` null when absent, unreadable, made for another city, too
 * old or for another profile version (then `refused` says which, and the stored
 * draft is removed).
 */
export function readDraft<T>(key: string, profileId: string, options: ReadOptions = {}): { draft: Draft<T> | null; refused: DraftRefusal | null } {
  const s = storage(options.storage);
  const full = draftStorageKey(key, options.user);
  try {
    const raw = s?.getItem(full);
    if (!raw) return { draft: null, refused: null };
    const d = JSON.parse(raw) as Draft<T>;
    if (d?.v !== 1 || typeof d.values !== 'object' || d.values === null || Array.isArray(d.values) || d.profile?.id !== profileId)
      return { draft: null, refused: null };
    const saved = typeof d.savedAt === 'string' ? Date.parse(d.savedAt) : NaN;
    const maxAge = options.maxAgeMs ?? Infinity;
    if (!Number.isFinite(saved) || (options.now ?? Date.now()) - saved > maxAge) {
      s?.removeItem(full);
      return { draft: null, refused: 'expired' };
    }
    if (options.profileVersion !== undefined && d.profile.version !== options.profileVersion) {
      s?.removeItem(full);
      return { draft: null, refused: 'version' };
    }
    return { draft: d, refused: null };
  } catch {
    return { draft: null, refused: null };
  }
}

/** Save a draft; false when storage is unavailable or full. */
export function writeDraft<T>(
  key: string,
  profile: { id: string; version: string },
  values: T,
  options: { user?: string | undefined; storage?: DraftStorageKind | undefined } = {},
): boolean {
  const s = storage(options.storage);
  if (!s) return false;
  try {
    const draft: Draft<T> = { v: 1, profile, savedAt: new Date().toISOString(), values };
    s.setItem(draftStorageKey(key, options.user), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** Remove a draft (after a successful submit or on "discard"). */
export function clearDraft(key: string, options: { user?: string | undefined; storage?: DraftStorageKind | undefined } = {}): void {
  try {
    storage(options.storage)?.removeItem(draftStorageKey(key, options.user));
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
  const s = storage(options.storage);
  if (!s) return 0;
  try {
    const prefix = options.user ? `${PREFIX}u:${encodeURIComponent(options.user)}:` : PREFIX;
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
