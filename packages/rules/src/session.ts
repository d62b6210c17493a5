/**
 * A form session without any UI framework: one store holding the phase, the
 * values, the last validation result, the draft status, the submission and the
 * data from outside the form (others' absences), with a subscribe API. A UI
 * reads it with `getState()` (a new object only when something changed, as
 * React's `useSyncExternalStore` needs) and drives it with `setValues`, `check`,
 * `back` and `confirm`. Loading outside data is a plug-in (`absencesPlugin`).
 *
 * @example
 * ```ts
 * const session = createFormSession(leaveForm, { validate: { city: 'fushun' }, onSubmit: save });
 * const stop = session.subscribe(() => render(session.getState()));
 * session.setValues({ ...values, reason: '赴省开会' });
 * if (session.check()) await session.confirm();
 * ```
 * @module
 */
import { emptyDataOf, validateWith, type FormData, type FormDerived, type FormInputs, type ValidateOptions, type ValidationResult } from './engine.js';
import type { FormModule } from './forms/module.js';
import type { Kit } from './kit.js';
import type { Absence, ValidationContext } from './rule.js';
import type { FormId } from './types.js';

/** Where a session is: filling in, checking the answers, submitting, done. */
export type SessionPhase = 'editing' | 'checking' | 'submitting' | 'submitted';

/** Outside data a plug-in supplies (merged over the `context` of the options) and its loading status. */
export interface OutsideData {
  absences: readonly Absence[];
  loading: boolean;
  error: string | null;
}

/** A snapshot of a session: never mutated; a new object after each change. */
export interface SessionState<F extends FormId> {
  phase: SessionPhase;
  values: FormInputs[F];
  /** The result for the current values (null before the first validation). */
  result: ValidationResult<F> | null;
  /** The cleaned data validated when the answers were checked (what `confirm` submits). */
  pending: FormData[F] | null;
  submitError: string | null;
  /** Counted on each `check` that found errors (a UI moves focus to its summary). */
  failedChecks: number;
  /** Counted each time `onSubmit` rejected (plug-ins reload their data). */
  rejections: number;
  draft: { restored: boolean; unavailable: boolean };
  outside: OutsideData;
}

/** What a draft store needs: the Web Storage subset (localStorage in browsers). */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A stored draft (format 1, compatible with the React kit's). */
export interface StoredDraft<T> {
  v: 1;
  profile: { id: string; version: string };
  savedAt: string;
  values: T;
}

/** What a plug-in may do to its session. */
export interface PluginApi {
  setOutside: (patch: Partial<OutsideData>) => void;
  /** Aborted when the session is disposed or the plug-in restarts. */
  signal: AbortSignal;
}

/** A source of outside data: started with the session, restarted after each rejected submission. */
export interface SessionPlugin {
  start(api: PluginApi): void;
}

/** Options of {@link createFormSession}. */
export interface SessionOptions<F extends FormId> {
  /** Options of each validation (city, today, locale, calendar, messages, context). */
  validate: ValidateOptions;
  /** The kit that validates (the default kit when not given). */
  kit?: Pick<Kit, 'validateWith'> | undefined;
  defaultValues?: Partial<FormInputs[F]> | undefined;
  onSubmit?: ((data: FormData[F], result: ValidationResult<F>) => void | Promise<void>) | undefined;
  /** Autosave: restored at creation (for the same profile id), saved `debounceMs` after a change, cleared after a successful submit. */
  drafts?: { key: string; storage: DraftStorage | null; debounceMs?: number | undefined } | undefined;
  plugins?: readonly SessionPlugin[] | undefined;
}

/** A running form session. */
export interface FormSession<F extends FormId> {
  getState(): SessionState<F>;
  subscribe(listener: () => void): () => void;
  /** Replace the values and validate them. */
  setValues(values: FormInputs[F]): void;
  /** Validate; when there is no error, keep the cleaned data and go to 'checking'. */
  check(): boolean;
  /** From 'checking' back to 'editing'. */
  back(): void;
  /** Submit what was checked: 'submitted', or back to 'checking' with the error (values kept). */
  confirm(): Promise<void>;
  discardDraft(): void;
  /** Save a pending draft now (page hidden). */
  flushDraft(): void;
  dispose(): void;
}

const DRAFT_PREFIX = 'city-forms:draft:';

/**
 * Start a session for one form module.
 * @example
 * ```ts
 * const s = createFormSession(leaveForm, { validate: { city: 'fushun', today: '2026-11-23' } });
 * s.getState().phase; // 'editing'
 * ```
 */
export function createFormSession<F extends FormId>(module: FormModule<FormData[F], FormDerived[F]>, options: SessionOptions<F>): FormSession<F> {
  const listeners = new Set<() => void>();
  const defaults = { ...emptyDataOf(module), ...options.defaultValues } as FormInputs[F];
  let state: SessionState<F> = {
    phase: 'editing',
    values: defaults,
    result: null,
    pending: null,
    submitError: null,
    failedChecks: 0,
    rejections: 0,
    draft: { restored: false, unavailable: false },
    outside: { absences: [], loading: false, error: null },
  };
  const set = (patch: Partial<SessionState<F>>) => {
    state = { ...state, ...patch };
    for (const l of [...listeners]) l();
  };
  const validate = (values: FormInputs[F], outside: OutsideData): ValidationResult<F> => {
    const given = options.validate.context?.absences ?? [];
    const context: ValidationContext = { absences: outside.absences.length ? [...given, ...outside.absences] : given };
    const run = options.kit?.validateWith ?? validateWith;
    return run(module, values, { ...options.validate, context });
  };
  const drafts = createDrafts<F>(
    options.drafts,
    () => state,
    (unavailable) => set({ draft: { ...state.draft, unavailable } }),
  );

  const restored = drafts.restore(validate(defaults, state.outside).profile?.id);
  if (restored) state = { ...state, values: { ...defaults, ...restored }, draft: { restored: true, unavailable: false } };
  state = { ...state, result: validate(state.values, state.outside) };

  let controller = new AbortController();
  const startPlugins = () => {
    controller.abort();
    controller = new AbortController();
    const signal = controller.signal;
    const api: PluginApi = {
      signal,
      setOutside: (patch) => {
        if (signal.aborted) return;
        const outside = { ...state.outside, ...patch };
        set({ outside, result: patch.absences ? validate(state.values, outside) : state.result });
      },
    };
    for (const p of options.plugins ?? []) p.start(api);
  };
  startPlugins();

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setValues(values) {
      set({ values, result: validate(values, state.outside) });
      drafts.schedule(values, state.result?.profile);
    },
    check() {
      const result = validate(state.values, state.outside);
      if (!result.ok) {
        set({ result, submitError: null, failedChecks: state.failedChecks + 1 });
        return false;
      }
      set({ result, submitError: null, pending: result.data as FormData[F], phase: 'checking' });
      return true;
    },
    back() {
      if (state.phase === 'checking') set({ phase: 'editing' });
    },
    async confirm() {
      const { pending, result } = state;
      if (state.phase !== 'checking' || !pending || !result) return; // a second submit is impossible
      set({ phase: 'submitting', submitError: null });
      try {
        await options.onSubmit?.(pending, result);
        drafts.clear();
        set({ phase: 'submitted', draft: { ...state.draft, restored: false } });
      } catch (err) {
        set({ phase: 'checking', submitError: err instanceof Error && err.message ? err.message : String(err), rejections: state.rejections + 1 });
        startPlugins();
      }
    },
    discardDraft() {
      drafts.clear();
      set({ values: defaults, result: validate(defaults, state.outside), draft: { restored: false, unavailable: state.draft.unavailable } });
    },
    flushDraft: () => drafts.flush(),
    dispose() {
      drafts.flush();
      controller.abort();
      listeners.clear();
    },
  };
}

/** The draft store of one session: restore, debounced save, flush, clear. */
function createDrafts<F extends FormId>(
  config: SessionOptions<F>['drafts'],
  now: () => SessionState<F>,
  setUnavailable: (unavailable: boolean) => void,
): {
  restore(profileId: string | undefined): Partial<FormInputs[F]> | null;
  schedule(values: FormInputs[F], profile: { id: string; version: string } | null | undefined): void;
  flush(): void;
  clear(): void;
} {
  let pendingSave: { timer: ReturnType<typeof setTimeout>; save: () => void } | null = null;
  const cancel = () => {
    if (pendingSave) clearTimeout(pendingSave.timer);
    pendingSave = null;
  };
  return {
    restore(profileId) {
      if (!config?.storage || !profileId) return null;
      try {
        const raw = config.storage.getItem(DRAFT_PREFIX + config.key);
        if (!raw) return null;
        const d = JSON.parse(raw) as StoredDraft<Partial<FormInputs[F]>>;
        return d?.v === 1 && typeof d.values === 'object' && d.values !== null && d.profile?.id === profileId ? d.values : null;
      } catch {
        return null;
      }
    },
    schedule(values, profile) {
      if (!config || !profile || now().phase === 'submitted') return;
      cancel();
      const save = () => {
        if (now().phase === 'submitted') return;
        try {
          if (!config.storage) throw new Error('no storage');
          const draft: StoredDraft<FormInputs[F]> = { v: 1, profile, savedAt: new Date().toISOString(), values };
          config.storage.setItem(DRAFT_PREFIX + config.key, JSON.stringify(draft));
        } catch {
          if (!now().draft.unavailable) setUnavailable(true);
        }
      };
      pendingSave = {
        save,
        timer: setTimeout(() => {
          pendingSave = null;
          save();
        }, config.debounceMs ?? 400),
      };
    },
    flush() {
      const p = pendingSave;
      cancel();
      p?.save();
    },
    clear() {
      cancel();
      try {
        config?.storage?.removeItem(DRAFT_PREFIX + config.key);
      } catch {
        // nothing to clear
      }
    },
  };
}

/**
 * A plug-in that loads others' absences (for the leave pairing rules) when the
 * session starts and after each rejected submission; a failed load is shown as
 * `outside.error` and the form stays usable.
 * @example
 * ```ts
 * createFormSession(leaveForm, { validate: { city: 'fushun' }, plugins: [absencesPlugin((signal) => fetch('/api/absences', { signal }).then((r) => r.json()))] });
 * ```
 */
export function absencesPlugin(load: (signal: AbortSignal) => Promise<readonly Absence[]>): SessionPlugin {
  return {
    start({ setOutside, signal }) {
      setOutside({ loading: true, error: null });
      load(signal).then(
        (absences) => setOutside({ absences: Array.isArray(absences) ? absences : [], loading: false }),
        (err: unknown) => setOutside({ loading: false, error: err instanceof Error ? err.message : String(err) }),
      );
    },
  };
}
