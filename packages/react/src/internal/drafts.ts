/**
 * Drafts in localStorage: one key per draftKey, the whole draft written at once
 * (so two tabs never interleave partial writes: the last complete save wins),
 * tagged with the profile it was made for. Storage that is full, disabled or
 * throws never breaks the form: the caller is told and carries on.
 * @module
 */

export interface Draft<T> {
  /** Format version of the stored draft. */
  v: 1;
  profile: { id: string; version: string };
  savedAt: string;
  values: T;
}

const PREFIX = 'city-forms:draft:';

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** Read a draft; null when absent, unreadable, or made for another city. */
export function readDraft<T>(key: string, profileId: string): Draft<T> | null {
  try {
    const raw = storage()?.getItem(PREFIX + key);
    if (!raw) return null;
    const d = JSON.parse(raw) as Draft<T>;
    if (d?.v !== 1 || typeof d.values !== 'object' || d.values === null || d.profile?.id !== profileId) return null;
    return d;
  } catch {
    return null;
  }
}

/** Save a draft; false when storage is unavailable or full. */
export function writeDraft<T>(key: string, profile: { id: string; version: string }, values: T): boolean {
  const s = storage();
  if (!s) return false;
  try {
    const draft: Draft<T> = { v: 1, profile, savedAt: new Date().toISOString(), values };
    s.setItem(PREFIX + key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** Remove a draft (after a successful submit or on "discard"). */
export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(PREFIX + key);
  } catch {
    // nothing to clear
  }
}
