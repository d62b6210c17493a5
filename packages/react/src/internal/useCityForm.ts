/**
 * The state machine shared by the three forms: react-hook-form with zodResolver on
 * the rules core's `createSchema`, drafts, the context loader, and the
 * check-your-answers → submit flow.
 * @module
 */
import { zodResolver } from '@hookform/resolvers/zod';
import {
  createSchemaWith,
  emptyDataOf,
  type FormData,
  type FormDerived,
  type FormId,
  type FormInputs as FormInput,
  type FormModule,
  type ValidationContext,
  type ValidationResult,
  trimToModel,
} from '@city-forms/rules/core';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm, type FieldValues, type Resolver, type UseFormReturn } from 'react-hook-form';
import { useCityFormsConfig, type CityFormsConfig, type ResolvedConfig } from '../provider.js';
import { clearDraft, readDraft, writeDraft, type DraftRefusal, type DraftStorageKind } from './drafts.js';
import { createResultStore, makeShows, type FormApi } from './form-context.js';
import { useLatest } from './use-latest.js';

/**
 * Props every form takes.
 * @example
 * ```tsx
 * <LeaveForm city="fushun" draftKey="leave" onSubmit={async (data, result) => { await save(data); }} />
 * ```
 */
export interface CityFormProps<F extends FormId> extends Partial<CityFormsConfig> {
  /** Starting values (merged over an empty form). */
  defaultValues?: Partial<FormInput[F]> | undefined;
  /** Called with the cleaned data and the full result after the user confirms. May be async; a rejection keeps every value and shows the error. */
  onSubmit?: ((data: FormData[F], result: ValidationResult<F>) => void | Promise<void>) | undefined;
  /** Called on every change with the current values (no re-render involved). */
  onChange?: ((values: FormInput[F]) => void) | undefined;
  /** Called after each draft save with the saved values. */
  onDraftChange?: ((values: FormInput[F]) => void) | undefined;
  /** Autosave to localStorage under this key; restored on mount. */
  draftKey?: string | undefined;
  /**
   * The signed-in user's id (any stable string), made part of the draft's storage
   * key so one user never sees another's draft. Without it every user of the
   * browser shares the draft: on shared computers pass it (and call
   * `clearDrafts({ user })` at sign-out), or use `draftStorage="session"`.
   * When the user changes, give the form a React `key` of the user too, so the
   * previous user's typed values go with the old mount.
   */
  draftUser?: string | undefined;
  /** `local` (default: kept until submitted, discarded or expired) or `session` (gone when the tab closes). */
  draftStorage?: DraftStorageKind | undefined;
  /** Drafts older than this many days are deleted instead of restored (default 7). */
  draftMaxAgeDays?: number | undefined;
  /**
   * Field names never written to a draft (at any depth), e.g. `['contactPhone']` on a
   * shared computer. Default `[]`: every typed value is kept (no profile marks a field
   * sensitive yet, and the kit never loses what was typed unless the host asks).
   */
  draftSensitiveFields?: readonly string[] | undefined;
  /** Render without the kit's visual theme (structure and accessibility stay). */
  unstyled?: boolean | undefined;
  className?: string | undefined;
  /** Id prefix of the form's elements (defaults to a generated one). */
  id?: string | undefined;
  /**
   * Where the check-your-answers dialog renders (defaults to a container appended
   * to document.body). The embed passes a node inside its shadow root.
   */
  portalContainer?: HTMLElement | null | undefined;
}

export type Phase = 'editing' | 'checking' | 'submitting' | 'submitted';

export interface CityFormState<F extends FormId> {
  methods: UseFormReturn<FieldValues>;
  api: FormApi;
  config: ResolvedConfig;
  phase: Phase;
  setPhase: (p: Phase) => void;
  submitError: string | null;
  /** Bumped on each failed submit, to move focus to the error summary. */
  failedSubmits: number;
  /** Bumped each time `onSubmit` rejects (the server said no): context is reloaded. */
  rejections: number;
  draft: { restored: boolean; unavailable: boolean; refused: DraftRefusal | null; discard: () => void };
  contextNotice: { loading: boolean; error: string | null };
  /** Run validation and open check-your-answers, or show the summary. */
  onFormSubmit: (e?: { preventDefault?: () => void }) => Promise<void>;
  confirm: () => Promise<void>;
  /** Data validated when check-your-answers opened. */
  pending: FormData[F] | null;
  setContext: (ctx: ValidationContext) => void;
  setContextStatus: (s: { loading: boolean; error: string | null }) => void;
}

const DRAFT_DEBOUNCE_MS = 400;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Fields kept out of drafts unless the host says otherwise: none (see `draftSensitiveFields`). */
export const DEFAULT_SENSITIVE_FIELDS: readonly string[] = [];

/** A copy of `value` without the keys named in `omit`, at any depth. */
function withoutFields(value: unknown, omit: ReadonlySet<string>): unknown {
  if (omit.size === 0 || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((v) => withoutFields(v, omit));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (!omit.has(k)) out[k] = withoutFields(v, omit);
  return out;
}

export function useCityForm<F extends FormId>(module: FormModule<FormData[F], FormDerived[F]>, props: CityFormProps<F>): CityFormState<F> {
  const form = module.id as F;
  const config = useCityFormsConfig(props);
  const reactId = useId();
  const baseId = props.id ?? `cf-${form}-${reactId.replace(/[^a-zA-Z0-9]/g, '')}`;
  const [results] = useState(createResultStore);
  const [loaded, setLoaded] = useState<ValidationContext>({});
  const context = useMemo<ValidationContext>(() => ({ absences: [...(config.context?.absences ?? []), ...(loaded.absences ?? [])] }), [config.context, loaded]);

  const schema = useMemo(
    () =>
      createSchemaWith(module, {
        city: config.profile,
        today: config.today,
        locale: config.locale,
        calendar: config.calendar,
        context,
        messages: config.messages,
        onResult: (r) => {
          results.set(r);
        },
      }),
    [module, config.profile, config.today, config.locale, config.calendar, context, config.messages, results],
  );
  // A stable resolver that always uses the current schema (context loads change it).
  const current = useRef<Resolver<FieldValues>>(zodResolver(schema as never) as unknown as Resolver<FieldValues>);
  current.current = useMemo(() => zodResolver(schema as never) as unknown as Resolver<FieldValues>, [schema]);
  const resolver = useCallback<Resolver<FieldValues>>((values, ctx, options) => current.current(values, ctx, options), []);

  // The initial values, fixed at mount (as react-hook-form's defaultValues are): later
  // changes of the defaultValues prop do not reset the form.
  const [defaults] = useState(() => ({ ...emptyDataOf(module), ...props.defaultValues }));
  const methods = useForm<FieldValues>({
    defaultValues: defaults,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });

  // Drafts: restore once, then autosave (debounced) through a subscription, which re-renders nothing.
  const [restored, setRestored] = useState(false);
  const [unavailable, setUnavailable] = useState(false);
  const profileId = config.profile.id;
  const profileVersion = config.profile.version;
  const draftKey = props.draftKey;
  const draftUser = props.draftUser;
  const draftStorage = props.draftStorage;
  const draftMaxAgeMs = (props.draftMaxAgeDays ?? 7) * DAY_MS;
  const sensitiveList = props.draftSensitiveFields ?? DEFAULT_SENSITIVE_FIELDS;
  const sensitiveKey = sensitiveList.join('\u0000');
  const sensitive = useMemo(() => new Set(sensitiveKey ? sensitiveKey.split('\u0000') : []), [sensitiveKey]);
  const [refused, setRefused] = useState<DraftRefusal | null>(null);
  // Restored when the draft key is set or changes, for the profile of that moment
  // (a later change of city does not restore again).
  const restoreProfile = useLatest({ id: profileId, version: profileVersion, maxAgeMs: draftMaxAgeMs });
  useEffect(() => {
    if (!draftKey) return;
    const p = restoreProfile.current;
    const { draft: d, refused: why } = readDraft<FieldValues>(draftKey, p.id, {
      user: draftUser,
      storage: draftStorage,
      profileVersion: p.version,
      maxAgeMs: p.maxAgeMs,
    });
    setRefused(why);
    if (d) {
      // A stored draft is untrusted input: fit it to the form's model before it renders.
      methods.reset({ ...defaults, ...trimToModel(module.model, d.values) });
      setRestored(true);
    }
  }, [draftKey, draftUser, draftStorage, methods, defaults, restoreProfile, module]);

  const onChangeRef = useLatest(props.onChange);
  const onDraftRef = useLatest(props.onDraftChange);
  const phaseRef = useRef<Phase>('editing');
  const wantsChanges = props.onChange !== undefined;
  // The pending autosave: cancelled by a successful submit, flushed when the page is left.
  const pendingSave = useRef<{ timer: ReturnType<typeof setTimeout>; save: () => void } | null>(null);
  useEffect(() => {
    const flush = () => {
      const p = pendingSave.current;
      if (!p) return;
      clearTimeout(p.timer);
      pendingSave.current = null;
      p.save();
    };
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    // Subscribing makes react-hook-form copy every value on each keystroke: only
    // do it when someone listens (a draft key or an onChange prop).
    if (!draftKey && !wantsChanges) return undefined;
    const sub = methods.watch((values) => {
      onChangeRef.current?.(values as FormInput[F]);
      if (!draftKey || phaseRef.current === 'submitted') return;
      if (pendingSave.current) clearTimeout(pendingSave.current.timer);
      const save = () => {
        if (phaseRef.current === 'submitted') return;
        const ok = writeDraft(draftKey, { id: profileId, version: profileVersion }, withoutFields(values, sensitive), {
          user: draftUser,
          storage: draftStorage,
        });
        if (!ok) setUnavailable(true);
        else onDraftRef.current?.(values as FormInput[F]);
      };
      pendingSave.current = {
        save,
        timer: setTimeout(() => {
          pendingSave.current = null;
          save();
        }, DRAFT_DEBOUNCE_MS),
      };
    });
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      flush();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHide);
      sub.unsubscribe();
    };
  }, [methods, draftKey, draftUser, draftStorage, sensitive, wantsChanges, profileId, profileVersion, onChangeRef, onDraftRef]);

  const [phase, setPhaseState] = useState<Phase>('editing');
  const setPhase = useCallback((p: Phase) => {
    phaseRef.current = p;
    setPhaseState(p);
  }, []);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [pending, setPending] = useState<FormData[F] | null>(null);
  const [rejections, setRejections] = useState(0);
  const [contextNotice, setContextStatus] = useState<{ loading: boolean; error: string | null }>({ loading: false, error: null });

  const onFormSubmit = useCallback(
    async (e?: { preventDefault?: () => void }) => {
      e?.preventDefault?.();
      setSubmitError(null);
      await methods.handleSubmit(
        (data) => {
          setPending(data as FormData[F]);
          setPhase('checking');
        },
        () => setFailedSubmits((n) => n + 1),
      )();
    },
    [methods, setPhase],
  );

  const onSubmitRef = useLatest(props.onSubmit);
  const confirm = useCallback(async () => {
    if (phaseRef.current !== 'checking' || !pending) return; // a second submit is impossible
    setPhase('submitting');
    setSubmitError(null);
    try {
      await onSubmitRef.current?.(pending, results.get() as ValidationResult<F>);
      if (pendingSave.current) clearTimeout(pendingSave.current.timer);
      pendingSave.current = null;
      phaseRef.current = 'submitted';
      if (draftKey) clearDraft(draftKey, { user: draftUser, storage: draftStorage });
      setRestored(false);
      setPhase('submitted');
    } catch (err) {
      setSubmitError(err instanceof Error && err.message ? err.message : String(err));
      setRejections((n) => n + 1);
      setPhase('checking');
    }
  }, [pending, draftKey, draftUser, draftStorage, setPhase, onSubmitRef, results]);

  const api = useMemo<FormApi>(() => ({ form, baseId, config, results, shows: makeShows(module, config) }), [form, module, baseId, config, results]);

  return {
    methods,
    api,
    config,
    phase,
    setPhase,
    submitError,
    failedSubmits,
    rejections,
    draft: {
      restored,
      unavailable,
      refused,
      discard: () => {
        methods.reset(defaults);
        if (pendingSave.current) clearTimeout(pendingSave.current.timer);
        pendingSave.current = null;
        if (draftKey) clearDraft(draftKey, { user: draftUser, storage: draftStorage });
        setRestored(false);
        setRefused(null);
      },
    },
    contextNotice,
    onFormSubmit,
    confirm,
    pending,
    setContext: setLoaded,
    setContextStatus,
  };
}
