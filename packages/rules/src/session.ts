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
import { trimToModel } from './trim.js';
import type { FormId } from './types.js';

/** Where a session is: filling in, checking the answers, submitting, done. */
export type SessionPhase = 'editing' | 'checking' | 'submitting' | 'submitted';

/** Outside data a plug-in supplies (merged over the `context` of the options) and its loading status. */
export interface OutsideData {
  absences: readonly Absence[];
  loading: boolean;
  error: string | null;
}

/** Why a stored draft was not restored: too old, or made for another version of the city's profile. */
export type DraftRefusal = 'expired' | 'version';

/** The draft status of a session. */
export interface DraftStatus {
  /** A stored draft filled the form. */
  restored: boolean;
  /** Storage is missing, full or throws: drafts are not being saved. */
  unavailable: boolean;
  /** A stored draft was deleted instead of restored (and why). */
  refused: DraftRefusal | null;
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
  draft: DraftStatus;
  outside: OutsideData;
}

/** What a draft store needs: the Web Storage subset (localStorage in browsers). */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A stored draft (format 1): the profile it was made for, when, and the values. */
export interface StoredDraft<T> {
  v: 1;
  profile: { id: string; version: string };
  savedAt: string;
  values: T;
}

/**
 * Where and how a session keeps its draft. A stored draft is untrusted input: it
 * is fitted to the form's model (`trimToModel`) before it fills the form.
 */
export interface DraftOptions<F extends FormId = FormId> {
  key: string;
  storage: DraftStorage | null;
  /** The signed-in user's id, part of the storage key (one user never sees another's draft). */
  user?: string | undefined;
  /** Drafts older than this are deleted instead of restored (default 7 days). */
  maxAgeMs?: number | undefined;
  /** Field names never written to a draft, at any depth (e.g. `['contactPhone']` on a shared computer). */
  sensitive?: readonly string[] | undefined;
  debounceMs?: number | undefined;
  /** Called after each save with the values saved (sensitive fields included). */
  onSaved?: ((values: FormInputs[F]) => void) | undefined;
}

/** What a plug-in may do to its session. */
export interface PluginApi {
  setOutside: (patch: Partial<OutsideData>) => void;
  /** Aborted when the session is disposed, the plug-in is removed or restarts. */
  signal: AbortSignal;
  /** The session's current values. */
  values: () => Readonly<Record<string, unknown>>;
  /** Called after each change of the values, until `signal` aborts. */
  onValues: (listener: (values: Readonly<Record<string, unknown>>) => void) => void;
}

/** A source of outside data: started with the session (or when added), restarted after each rejected submission. */
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
  /** Autosave: restored at creation (same profile id and version, not expired), saved `debounceMs` after a change, cleared after a successful submit. */
  drafts?: DraftOptions<F> | undefined;
  plugins?: readonly SessionPlugin[] | undefined;
}

/** A running form session. */
export interface FormSession<F extends FormId> {
  getState: () => SessionState<F>;
  subscribe: (listener: () => void) => () => void;
  /** Replace the values and validate them (and schedule a draft save). */
  setValues: (values: FormInputs[F]) => void;
  /** Replace the validation options (another city, day or locale) and validate again. */
  setOptions: (validate: ValidateOptions) => void;
  /** Validate; when there is no error, keep the cleaned data and go to 'checking'. */
  check: () => boolean;
  /** From 'checking' back to 'editing'. */
  back: () => void;
  /** Submit what was checked: 'submitted', or back to 'checking' with the error (values kept). */
  confirm: () => Promise<void>;
  /** Keep drafts under other options (or none) and restore the draft stored there; the restored values, or null. */
  setDrafts: (drafts: DraftOptions<F> | undefined) => FormInputs[F] | null;
  /** Delete the draft and go back to the starting values. */
  discardDraft: () => void;
  /** Save a pending draft now (page hidden). */
  flushDraft: () => void;
  /** Start a plug-in now; the function returned stops and removes it. */
  use: (plugin: SessionPlugin) => () => void;
  dispose: () => void;
}

const DRAFT_PREFIX = 'city-forms:draft:';
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The storage key of a draft: `city-forms:draft:<key>`, or with a user
 * `city-forms:draft:u:<user>:<key>` (so all of one user's drafts share a prefix).
 * @example
 * ```ts
 * draftStorageKey('leave', 'u-42'); // 'city-forms:draft:u:u-42:leave'
 * ```
 */
export function draftStorageKey(key: string, user?: string): string {
  return user ? `${DRAFT_PREFIX}u:${encodeURIComponent(user)}:${key}` : DRAFT_PREFIX + key;
}

/** A session before its first validation. */
function initialState<F extends FormId>(values: FormInputs[F]): SessionState<F> {
  return {
    phase: 'editing',
    values,
    result: null,
    pending: null,
    submitError: null,
    failedChecks: 0,
    rejections: 0,
    draft: { restored: false, unavailable: false, refused: null },
    outside: { absences: [], loading: false, error: null },
  };
}

/** Validate with the options' context absences and the plug-ins' outside ones together. */
function validateOutside<F extends FormId>(
  module: FormModule<FormData[F], FormDerived[F]>,
  kit: SessionOptions<F>['kit'],
  options: ValidateOptions,
  values: FormInputs[F],
  outside: OutsideData,
): ValidationResult<F> {
  const given = options.context?.absences ?? [];
  const context: ValidationContext = { absences: outside.absences.length ? [...given, ...outside.absences] : given };
  const run = kit?.validateWith ?? validateWith;
  return run(module, values, { ...options, context });
}

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
  const valueListeners = new Set<(values: Readonly<Record<string, unknown>>) => void>();
  const defaults = { ...emptyDataOf(module), ...options.defaultValues } as FormInputs[F];
  let validateOptions = options.validate;
  let state = initialState<F>(defaults);
  const set = (patch: Partial<SessionState<F>>) => {
    state = { ...state, ...patch };
    if ('values' in patch) for (const l of [...valueListeners]) l(state.values);
    for (const l of [...listeners]) l();
  };
  const validate = (values: FormInputs[F], outside: OutsideData) => validateOutside(module, options.kit, validateOptions, values, outside);
  const drafts = createDrafts<F>(
    module,
    () => state,
    (unavailable) => set({ draft: { ...state.draft, unavailable } }),
  );
  const restoreDrafts = (config: DraftOptions<F> | undefined) => {
    drafts.configure(config);
    const { values, refused } = drafts.restore(validate(defaults, state.outside).profile);
    return { values: values ? { ...defaults, ...values } : null, refused };
  };

  const first = restoreDrafts(options.drafts);
  if (first.values) state = { ...state, values: first.values };
  state = { ...state, draft: { restored: first.values !== null, unavailable: false, refused: first.refused }, result: validate(state.values, state.outside) };

  const plugins = createPlugins(
    () => state,
    (patch) => {
      const outside = { ...state.outside, ...patch };
      set({ outside, result: patch.absences ? validate(state.values, outside) : state.result });
    },
    valueListeners,
  );
  for (const p of options.plugins ?? []) plugins.use(p);

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
    setOptions(validate_) {
      validateOptions = validate_;
      set({ result: validate(state.values, state.outside) });
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
        plugins.restart();
      }
    },
    setDrafts(config) {
      const { values, refused } = restoreDrafts(config);
      const draft = { restored: values !== null || state.draft.restored, unavailable: state.draft.unavailable, refused };
      if (values) set({ values, result: validate(values, state.outside), draft });
      else set({ draft });
      return values;
    },
    discardDraft() {
      drafts.clear();
      set({ values: defaults, result: validate(defaults, state.outside), draft: { restored: false, unavailable: state.draft.unavailable, refused: null } });
    },
    flushDraft: () => drafts.flush(),
    use: (plugin) => plugins.use(plugin),
    dispose() {
      drafts.flush();
      plugins.stopAll();
      listeners.clear();
      valueListeners.clear();
    },
  };
}

/** The plug-ins of one session: each with its own abort signal, all restarted after a rejected submission. */
function createPlugins<F extends FormId>(
  now: () => SessionState<F>,
  setOutside: (patch: Partial<OutsideData>) => void,
  valueListeners: Set<(values: Readonly<Record<string, unknown>>) => void>,
) {
  const running = new Map<SessionPlugin, AbortController>();
  const start = (plugin: SessionPlugin) => {
    running.get(plugin)?.abort();
    const controller = new AbortController();
    running.set(plugin, controller);
    const signal = controller.signal;
    plugin.start({
      signal,
      setOutside: (patch) => {
        if (!signal.aborted) setOutside(patch);
      },
      values: () => now().values,
      onValues: (listener) => {
        if (signal.aborted) return;
        valueListeners.add(listener);
        signal.addEventListener('abort', () => valueListeners.delete(listener), { once: true });
      },
    });
  };
  return {
    use(plugin: SessionPlugin) {
      start(plugin);
      return () => {
        running.get(plugin)?.abort();
        running.delete(plugin);
      };
    },
    restart: () => [...running.keys()].forEach(start),
    stopAll() {
      for (const c of running.values()) c.abort();
      running.clear();
    },
  };
}

/** A copy of `value` without the keys named in `omit`, at any depth. */
function withoutFields(value: unknown, omit: ReadonlySet<string>): unknown {
  if (omit.size === 0 || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((v) => withoutFields(v, omit));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (!omit.has(k)) out[k] = withoutFields(v, omit);
  return out;
}

type Profile = { id: string; version: string } | null | undefined;

/** Read the stored draft for a profile: the values fitted to the model, or why it was refused (then it is deleted). */
function readStored<F extends FormId>(
  module: FormModule<FormData[F], FormDerived[F]>,
  config: DraftOptions<F>,
  profile: { id: string; version: string },
): { values: Partial<FormInputs[F]> | null; refused: DraftRefusal | null } {
  const none = { values: null, refused: null };
  const storage = config.storage;
  if (!storage) return none;
  const full = draftStorageKey(config.key, config.user);
  try {
    const raw = storage.getItem(full);
    if (!raw) return none;
    const d = JSON.parse(raw) as StoredDraft<unknown>;
    if (d?.v !== 1 || typeof d.values !== 'object' || d.values === null || Array.isArray(d.values) || d.profile?.id !== profile.id) return none;
    const saved = typeof d.savedAt === 'string' ? Date.parse(d.savedAt) : NaN;
    const refused =
      !Number.isFinite(saved) || Date.now() - saved > (config.maxAgeMs ?? 7 * DAY_MS) ? 'expired' : d.profile.version !== profile.version ? 'version' : null;
    if (refused) {
      storage.removeItem(full);
      return { values: null, refused };
    }
    // A stored draft is untrusted input: fit it to the form's model before it fills the form.
    return { values: trimToModel(module.model, d.values) as Partial<FormInputs[F]>, refused: null };
  } catch {
    return none;
  }
}

/** The draft store of one session: restore, debounced save, flush, clear. */
function createDrafts<F extends FormId>(
  module: FormModule<FormData[F], FormDerived[F]>,
  now: () => SessionState<F>,
  setUnavailable: (unavailable: boolean) => void,
) {
  let config: DraftOptions<F> | undefined;
  let pendingSave: { timer: ReturnType<typeof setTimeout>; save: () => void } | null = null;
  const cancel = () => {
    if (pendingSave) clearTimeout(pendingSave.timer);
    pendingSave = null;
  };
  return {
    configure(next: DraftOptions<F> | undefined) {
      cancel();
      config = next;
    },
    restore(profile: Profile): { values: Partial<FormInputs[F]> | null; refused: DraftRefusal | null } {
      return config && profile ? readStored(module, config, profile) : { values: null, refused: null };
    },
    schedule(values: FormInputs[F], profile: Profile) {
      const c = config;
      if (!c || !profile || now().phase === 'submitted') return;
      cancel();
      const save = () => {
        if (now().phase === 'submitted') return;
        try {
          if (!c.storage) throw new Error('no storage');
          const kept = withoutFields(values, new Set(c.sensitive ?? []));
          const draft: StoredDraft<unknown> = { v: 1, profile: { id: profile.id, version: profile.version }, savedAt: new Date().toISOString(), values: kept };
          c.storage.setItem(draftStorageKey(c.key, c.user), JSON.stringify(draft));
        } catch {
          if (!now().draft.unavailable) setUnavailable(true);
          return;
        }
        c.onSaved?.(values);
      };
      pendingSave = {
        save,
        timer: setTimeout(() => {
          pendingSave = null;
          save();
        }, c.debounceMs ?? 400),
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
        if (config) config.storage?.removeItem(draftStorageKey(config.key, config.user));
      } catch {
        // nothing to clear
      }
    },
  };
}

/** Options of {@link absencesPlugin}. */
export interface AbsencesPluginOptions {
  /**
   * The dates to load absences for, read from the values (null: not yet known).
   * With it, the plug-in loads again (after `debounceMs`) whenever the range changes,
   * and aborts a load that a newer one replaces.
   */
  range?: ((values: Readonly<Record<string, unknown>>) => { from: string; to: string } | null) | undefined;
  debounceMs?: number | undefined;
}

/**
 * A plug-in that loads others' absences (for the leave pairing rules) when the
 * session starts and after each rejected submission (and, with `range`, when
 * the dates change); a failed load is shown as `outside.error` and the form
 * stays usable. The pairing conflict then appears in the session's own result.
 * @example
 * ```ts
 * createFormSession(leaveForm, { validate: { city: 'fushun' }, plugins: [absencesPlugin((signal) => fetch('/api/absences', { signal }).then((r) => r.json()))] });
 * ```
 */
export function absencesPlugin(
  load: (signal: AbortSignal, range: { from: string; to: string } | null) => Promise<readonly Absence[]>,
  options: AbsencesPluginOptions = {},
): SessionPlugin {
  return {
    start({ setOutside, signal, values, onValues }) {
      let current: AbortController | null = null;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const run = (range: { from: string; to: string } | null) => {
        current?.abort();
        const c = new AbortController();
        current = c;
        signal.addEventListener('abort', () => c.abort(), { once: true });
        setOutside({ loading: true, error: null });
        load(c.signal, range).then(
          (absences) => {
            if (!c.signal.aborted) setOutside({ absences: Array.isArray(absences) ? absences : [], loading: false });
          },
          (err: unknown) => {
            if (!c.signal.aborted) setOutside({ loading: false, error: err instanceof Error ? err.message : String(err) });
          },
        );
      };
      const rangeOf = options.range;
      if (!rangeOf) return run(null);
      let lastKey = '';
      const check = (v: Readonly<Record<string, unknown>>) => {
        const range = rangeOf(v);
        const key = range ? `${range.from}|${range.to}` : '';
        if (!range || key === lastKey) return;
        lastKey = key;
        clearTimeout(timer);
        timer = setTimeout(() => run(range), options.debounceMs ?? 300);
      };
      signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
      onValues(check);
      check(values());
    },
  };
}
