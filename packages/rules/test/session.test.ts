/**
 * The framework-free form session: phases, snapshots, drafts, submission and the
 * absences plug-in, driven without any UI.
 */
import { describe, expect, it, vi } from 'vitest';
import { absencesPlugin, createFormSession, createKit, fushun, leaveForm, type Absence, type DraftStorage } from '../src/index.js';
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
});
