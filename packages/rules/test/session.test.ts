/**
 * The framework-free form session: phases, snapshots, drafts, submission and the
 * absences plug-in, driven without any UI.
 */
import { describe, expect, it, vi } from 'vitest';
import { absencesPlugin, createFormSession, createKit, draftStorageKey, fushun, leaveForm, type Absence, type DraftStorage } from '../src/index.js';
import { FIXTURES } from '../src/fixtures/index.js';

const fx = FIXTURES.fushun.leave;
const validate = { city: 'fushun', today: fx.today };
const valid = fx.valid;
const paired = fx.violations['leave.paired-absence']!;

function memoryStorage(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

describe('createFormSession', () => {
  it('starts editing with empty values and a result; snapshots change only on change', () => {
    const s = createFormSession<'leave'>(leaveForm, { validate });
    const first = s.getState();
    expect(first.phase).toBe('editing');
    expect(first.values.applicantName).toBe('');
    expect(first.result?.ok).toBe(false);
    expect(s.getState()).toBe(first);
    const seen: string[] = [];
    const stop = s.subscribe(() => seen.push(s.getState().phase));
    s.setValues(valid);
    expect(s.getState()).not.toBe(first);
    expect(s.getState().result?.ok).toBe(true);
    stop();
    s.setValues(valid);
    expect(seen).toEqual(['editing']);
  });

  it('check → checking with the cleaned data; errors count a failed check instead', () => {
    const s = createFormSession<'leave'>(leaveForm, { validate });
    expect(s.check()).toBe(false);
    expect(s.getState()).toMatchObject({ phase: 'editing', failedChecks: 1, pending: null });
    s.setValues(valid);
    expect(s.check()).toBe(true);
    expect(s.getState().phase).toBe('checking');
    expect(s.getState().pending).toEqual(s.getState().result?.data);
    s.back();
    expect(s.getState().phase).toBe('editing');
  });

  it('confirm submits once; a rejection keeps the values and returns to checking with the message', async () => {
    let fail = true;
    const onSubmit = vi.fn(async () => {
      if (fail) throw new Error('服务器繁忙');
    });
    const s = createFormSession<'leave'>(leaveForm, { validate, onSubmit, defaultValues: valid });
    s.check();
    const first = s.confirm();
    expect(s.getState().phase).toBe('submitting');
    await s.confirm(); // a second confirm while submitting does nothing
    await first;
    expect(s.getState()).toMatchObject({ phase: 'checking', submitError: '服务器繁忙', rejections: 1 });
    expect(s.getState().values).toMatchObject(valid);
    fail = false;
    await s.confirm();
    expect(s.getState().phase).toBe('submitted');
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });

  it('restores a draft of the same city, saves after a pause, ignores another city and clears after submit', async () => {
    vi.useFakeTimers();
    try {
      const storage = memoryStorage();
      const s = createFormSession<'leave'>(leaveForm, { validate, drafts: { key: 'k', storage } });
      s.setValues({ ...s.getState().values, reason: '草稿事由' });
      expect(storage.map.size).toBe(0);
      vi.advanceTimersByTime(400);
      expect(storage.map.get('city-forms:draft:k')).toContain('草稿事由');
      const again = createFormSession<'leave'>(leaveForm, { validate, drafts: { key: 'k', storage } });
      expect(again.getState().draft.restored).toBe(true);
      expect(again.getState().values.reason).toBe('草稿事由');
      const elsewhere = createFormSession<'leave'>(leaveForm, { validate: { ...validate, city: 'jining' }, drafts: { key: 'k', storage } });
      expect(elsewhere.getState().draft.restored).toBe(false);
      again.setValues(valid);
      again.check();
      await again.confirm();
      vi.advanceTimersByTime(1000);
      expect(storage.map.has('city-forms:draft:k')).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('storage that throws marks drafts unavailable and the session carries on', () => {
    vi.useFakeTimers();
    try {
      const storage: DraftStorage = {
        getItem: () => null,
        setItem: () => {
          throw new Error('full');
        },
        removeItem: () => {},
      };
      const s = createFormSession<'leave'>(leaveForm, { validate, drafts: { key: 'k', storage } });
      s.setValues(valid);
      s.flushDraft();
      expect(s.getState().draft.unavailable).toBe(true);
      expect(s.getState().result?.ok).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('the absences plug-in loads outside data and the pairing conflict appears in the same result', async () => {
    let resolve!: (a: readonly Absence[]) => void;
    const load = vi.fn(() => new Promise<readonly Absence[]>((r) => (resolve = r)));
    const s = createFormSession<'leave'>(leaveForm, { validate, plugins: [absencesPlugin(load)], defaultValues: paired.data });
    expect(s.getState().outside.loading).toBe(true);
    expect(s.getState().result?.issues.map((i) => i.code)).not.toContain('leave.paired-absence');
    resolve(paired.context!.absences ?? []);
    await vi.waitFor(() => expect(s.getState().outside.loading).toBe(false));
    expect(s.getState().result?.issues.map((i) => i.code)).toContain('leave.paired-absence');
  });

  it('a failed load is an error notice; a rejected submission loads again; dispose stops a load in flight', async () => {
    let calls = 0;
    let inFlight: Promise<never> | undefined;
    const load = (signal: AbortSignal) => {
      calls++;
      if (calls === 1) return Promise.reject(new Error('网络错误'));
      inFlight = new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));
      return inFlight;
    };
    const s = createFormSession<'leave'>(leaveForm, {
      validate,
      plugins: [absencesPlugin(load)],
      defaultValues: valid,
      onSubmit: () => Promise.reject(new Error('no')),
    });
    await vi.waitFor(() => expect(s.getState().outside.error).toBe('网络错误'));
    s.check();
    await s.confirm();
    expect(calls).toBe(2);
    expect(s.getState().outside.loading).toBe(true);
    s.dispose();
    await expect(inFlight).rejects.toThrow('aborted');
    await Promise.resolve(); // the plug-in's handler runs after the rejection is observed
    expect(s.getState().outside).toMatchObject({ error: null, loading: true });
  });

  it('validates through the kit it is given', () => {
    const kit = createKit({ cities: [fushun] });
    const s = createFormSession<'leave'>(leaveForm, { validate: { ...validate, city: 'jining' }, kit, defaultValues: valid });
    expect(s.getState().result?.issues[0]?.code).toBe('input.unknown-city');
  });

  it('drafts: per-user keys, expiry and version refusal with a reason, sensitive fields kept out, a stored draft fitted to the model', () => {
    vi.useFakeTimers();
    try {
      const storage = memoryStorage();
      const profile = { id: 'fushun', version: fushun.version ?? '' };
      const put = (key: string, draft: object) =>
        storage.map.set(key, JSON.stringify({ v: 1, profile, savedAt: new Date().toISOString(), values: valid, ...draft }));
      // Per user: another user's key is another draft.
      put(draftStorageKey('k', 'u-1'), {});
      expect(draftStorageKey('k', 'u-1')).toBe('city-forms:draft:u:u-1:k');
      expect(createFormSession<'leave'>(leaveForm, { validate, drafts: { key: 'k', user: 'u-2', storage } }).getState().draft.restored).toBe(false);
      expect(createFormSession<'leave'>(leaveForm, { validate, drafts: { key: 'k', user: 'u-1', storage } }).getState().draft.restored).toBe(true);
      // Too old: deleted, with the reason; a longer maxAge keeps it.
      put(draftStorageKey('old'), { savedAt: new Date(Date.now() - 8 * 24 * 3600 * 1000).toISOString() });
      expect(
        createFormSession<'leave'>(leaveForm, { validate, drafts: { key: 'old', storage, maxAgeMs: 9 * 24 * 3600 * 1000 } }).getState().draft.restored,
      ).toBe(true);
      const old = createFormSession<'leave'>(leaveForm, { validate, drafts: { key: 'old', storage } });
      expect(old.getState().draft).toMatchObject({ restored: false, refused: 'expired' });
      expect(storage.map.has(draftStorageKey('old'))).toBe(false);
      // Another profile version: refused and deleted.
      put(draftStorageKey('ver'), { profile: { id: 'fushun', version: 'other' } });
      expect(createFormSession<'leave'>(leaveForm, { validate, drafts: { key: 'ver', storage } }).getState().draft.refused).toBe('version');
      expect(storage.map.has(draftStorageKey('ver'))).toBe(false);
      // Untrusted values are fitted to the model: unknown keys and wrong types dropped.
      put(draftStorageKey('bad'), { values: { ...valid, reason: { toString: 1 }, extra: 'x' } });
      const bad = createFormSession<'leave'>(leaveForm, { validate, drafts: { key: 'bad', storage } }).getState().values as Record<string, unknown>;
      expect(bad['reason']).toBe('');
      expect(bad).not.toHaveProperty('extra');
      expect(bad['applicantName']).toBe(valid.applicantName);
      // Sensitive fields never reach storage; onSaved gets every value.
      const saved: unknown[] = [];
      const s = createFormSession<'leave'>(leaveForm, { validate, drafts: { key: 'p', storage, sensitive: ['contactPhone'], onSaved: (v) => saved.push(v) } });
      s.setValues({ ...valid, contactPhone: '13800000000' });
      s.flushDraft();
      expect(storage.map.get(draftStorageKey('p'))).not.toContain('13800000000');
      expect(storage.map.get(draftStorageKey('p'))).toContain(valid.applicantName);
      expect(saved).toEqual([expect.objectContaining({ contactPhone: '13800000000' })]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('setDrafts restores under new options; discardDraft deletes it and goes back to the start', () => {
    const storage = memoryStorage();
    const profile = { id: 'fushun', version: fushun.version ?? '' };
    storage.map.set(draftStorageKey('later'), JSON.stringify({ v: 1, profile, savedAt: new Date().toISOString(), values: valid }));
    const s = createFormSession<'leave'>(leaveForm, { validate });
    expect(s.getState().values.applicantName).toBe('');
    const restored = s.setDrafts({ key: 'later', storage });
    expect(restored?.applicantName).toBe(valid.applicantName);
    expect(s.getState()).toMatchObject({ draft: { restored: true, refused: null }, values: { applicantName: valid.applicantName } });
    expect(s.getState().result?.ok).toBe(true);
    s.discardDraft();
    expect(storage.map.size).toBe(0);
    expect(s.getState()).toMatchObject({ draft: { restored: false }, values: { applicantName: '' } });
  });

  it('setOptions validates again under the new options', () => {
    const s = createFormSession<'leave'>(leaveForm, { validate, defaultValues: valid });
    expect(s.getState().result?.ok).toBe(true);
    s.setOptions({ ...validate, locale: 'en', today: '2027-01-01' });
    expect(s.getState().result?.issues.map((i) => i.code)).toContain('leave.retroactive');
    expect(s.getState().result?.issues.find((i) => i.code === 'leave.retroactive')?.message).toMatch(/[A-Za-z]/);
  });

  it('a ranged absences plug-in loads for the dates (debounced), again when they change, aborting the stale load; use() and its stop', async () => {
    vi.useFakeTimers();
    try {
      const calls: { range: { from: string; to: string } | null; signal: AbortSignal }[] = [];
      const load = (signal: AbortSignal, range: { from: string; to: string } | null) => {
        calls.push({ range, signal });
        return new Promise<readonly Absence[]>(() => {});
      };
      const range = (v: Readonly<Record<string, unknown>>) =>
        typeof v['startDate'] === 'string' && v['startDate']
          ? { from: v['startDate'], to: typeof v['endDate'] === 'string' && v['endDate'] ? v['endDate'] : v['startDate'] }
          : null;
      const s = createFormSession<'leave'>(leaveForm, { validate });
      const stop = s.use(absencesPlugin(load, { range, debounceMs: 300 }));
      vi.advanceTimersByTime(1000);
      expect(calls).toHaveLength(0); // no dates yet
      s.setValues({ ...s.getState().values, startDate: '2026-12-01', endDate: '2026-12-02' });
      s.setValues({ ...s.getState().values, reason: '开会' }); // same dates: nothing new
      vi.advanceTimersByTime(300);
      expect(calls.map((c) => c.range)).toEqual([{ from: '2026-12-01', to: '2026-12-02' }]);
      expect(s.getState().outside.loading).toBe(true);
      s.setValues({ ...s.getState().values, endDate: '2026-12-05' });
      vi.advanceTimersByTime(300);
      expect(calls.map((c) => c.range?.to)).toEqual(['2026-12-02', '2026-12-05']);
      expect(calls[0]!.signal.aborted).toBe(true);
      stop();
      expect(calls[1]!.signal.aborted).toBe(true);
      s.setValues({ ...s.getState().values, endDate: '2026-12-09' });
      vi.advanceTimersByTime(1000);
      expect(calls).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
