/**
 * What the three forms share: one form session (`createFormSession` from the
 * rules core) holding phase, result, drafts, submission and outside data, read
 * with useSyncExternalStore; react-hook-form keeps the fields' state and asks the
 * session to validate (its resolver); the check-your-answers → submit flow.
 * @module
 */
import {
  createFormSession,
  type DraftStatus,
  type FormData,
  type FormDerived,
  type FormId,
  type FormInputs as FormInput,
  type FormModule,
  type FormSession,
  type SessionPhase,
  type SessionPlugin,
  type SessionState,
  type ValidateOptions,
  type ValidationResult,
} from '@city-forms/rules/core';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { set, useForm, type FieldError, type FieldErrors, type FieldValues, type Resolver, type UseFormReturn } from 'react-hook-form';
import { useCityFormsConfig, type CityFormsConfig, type ResolvedConfig } from '../provider.js';
import { draftStorage, type DraftStorageKind } from './drafts.js';
import { useSessionState, type FormApi } from './form-context.js';
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

export type Phase = SessionPhase;

export interface CityFormState<F extends FormId> {
  methods: UseFormReturn<FieldValues>;
  api: FormApi;
  config: ResolvedConfig;
  session: FormSession<F>;
  phase: Phase;
  submitError: string | null;
  /** Bumped on each failed submit, to move focus to the error summary. */
  failedSubmits: number;
  draft: DraftStatus & { discard: () => void };
  contextNotice: { loading: boolean; error: string | null };
  /** Run validation and open check-your-answers, or show the summary. */
  onFormSubmit: (e?: { preventDefault?: () => void }) => Promise<void>;
  confirm: () => Promise<void>;
  /** Close check-your-answers (back to editing). */
  back: () => void;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Fields kept out of drafts unless the host says otherwise: none (see `draftSensitiveFields`). */
export const DEFAULT_SENSITIVE_FIELDS: readonly string[] = [];
const NO_PLUGINS: readonly SessionPlugin[] = [];

/** A deep copy of form values (plain objects, arrays and scalars), so a snapshot never changes under the session. */
function copyValues<T>(v: T): T {
  if (Array.isArray(v)) return v.map(copyValues) as T;
  if (typeof v !== 'object' || v === null) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = copyValues(x);
  return out as T;
}

/** What the form's frame shows of the session (kept while equal, so typing re-renders nothing). */
const frameState = (s: SessionState<FormId>) => ({
  phase: s.phase,
  submitError: s.submitError,
  failedChecks: s.failedChecks,
  draft: s.draft,
  loading: s.outside.loading,
  error: s.outside.error,
  absences: s.outside.absences,
});
type FrameState = ReturnType<typeof frameState>;
const sameFrame = (a: FrameState, b: FrameState) => (Object.keys(a) as (keyof FrameState)[]).every((k) => Object.is(a[k], b[k]));

/**
 * Field errors nested by path (`consultations.0.unit`), a list's own error on the
 * list (its rows' errors beside it), as react-hook-form keeps them.
 */
function nestErrors(flat: Record<string, FieldError>): FieldErrors {
  const out: FieldErrors = {};
  for (const path of Object.keys(flat).sort((a, b) => a.length - b.length)) set(out, path, { ...flat[path] });
  return out;
}

/** react-hook-form's resolver on the session: the session validates, its error issues become field errors. */
function sessionResolver<F extends FormId>(session: FormSession<F>): Resolver<FieldValues> {
  return (values) => {
    session.setValues(copyValues(values) as FormInput[F]);
    const result = session.getState().result;
    const errors: Record<string, FieldError> = {};
    for (const issue of result?.issues ?? []) {
      const path = issue.path.join('.');
      if (issue.severity === 'error' && !errors[path]) errors[path] = { type: issue.code, message: issue.message };
    }
    if (Object.keys(errors).length === 0 && result) return { values: result.data as FieldValues, errors: {} };
    return { values: {}, errors: nestErrors(errors) };
  };
}

/** Drafts: kept by the session under the props' key, user and storage; restored into the fields; flushed when the page is left. */
function useDrafts<F extends FormId>(session: FormSession<F>, methods: UseFormReturn<FieldValues>, props: CityFormProps<F>) {
  const { draftKey, draftUser } = props;
  const kind = props.draftStorage;
  const maxAgeMs = (props.draftMaxAgeDays ?? 7) * DAY_MS;
  const sensitiveKey = (props.draftSensitiveFields ?? DEFAULT_SENSITIVE_FIELDS).join('\u0000');
  const onDraft = useLatest(props.onDraftChange);
  useEffect(() => {
    if (!draftKey) {
      session.setDrafts(undefined);
      return undefined;
    }
    const restored = session.setDrafts({
      key: draftKey,
      user: draftUser,
      storage: draftStorage(kind),
      maxAgeMs,
      sensitive: sensitiveKey ? sensitiveKey.split('\u0000') : [],
      onSaved: (values) => onDraft.current?.(values),
    });
    if (restored) methods.reset(restored);
    const flush = () => session.flushDraft();
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      flush();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [session, methods, draftKey, draftUser, kind, maxAgeMs, sensitiveKey, onDraft]);
}

/** Values reach the session as they are typed only when someone needs them (drafts, plug-ins, onChange): a subscription copies every value on each keystroke. */
function useValueFeed<F extends FormId>(
  session: FormSession<F>,
  methods: UseFormReturn<FieldValues>,
  props: CityFormProps<F>,
  plugins: readonly SessionPlugin[],
) {
  const onChange = useLatest(props.onChange);
  const feedSession = Boolean(props.draftKey) || plugins.length > 0;
  const wantsChanges = props.onChange !== undefined;
  useEffect(() => {
    if (!feedSession && !wantsChanges) return undefined;
    const sub = methods.watch((values) => {
      onChange.current?.(values as FormInput[F]);
      if (feedSession) session.setValues(copyValues(values) as FormInput[F]);
    });
    return () => sub.unsubscribe();
  }, [session, methods, feedSession, wantsChanges, onChange]);
  useEffect(() => {
    const stops = plugins.map((p) => session.use(p));
    return () => stops.forEach((stop) => stop());
  }, [session, plugins]);
}

export function useCityForm<F extends FormId>(
  module: FormModule<FormData[F], FormDerived[F]>,
  props: CityFormProps<F>,
  plugins: readonly SessionPlugin[] = NO_PLUGINS,
): CityFormState<F> {
  const form = module.id as F;
  const config = useCityFormsConfig(props);
  const reactId = useId();
  const baseId = props.id ?? `cf-${form}-${reactId.replace(/[^a-zA-Z0-9]/g, '')}`;
  const validate = useMemo<ValidateOptions>(
    () => ({ city: config.profile, today: config.today, locale: config.locale, calendar: config.calendar, context: config.context, messages: config.messages }),
    [config.profile, config.today, config.locale, config.calendar, config.context, config.messages],
  );
  const onSubmit = useLatest(props.onSubmit);
  // One session per mounted form; the starting values are fixed at mount (as react-hook-form's defaultValues are).
  const [session] = useState(() =>
    createFormSession<F>(module, { validate, defaultValues: props.defaultValues, onSubmit: (data, result) => onSubmit.current?.(data, result) }),
  );
  const [firstOptions] = useState(validate);
  useEffect(() => {
    if (validate !== firstOptions) session.setOptions(validate);
  }, [session, validate, firstOptions]);

  const [resolver] = useState(() => sessionResolver(session));
  const [defaults] = useState(() => session.getState().values as FieldValues);
  const methods = useForm<FieldValues>({ defaultValues: defaults, resolver, mode: 'onSubmit', reValidateMode: 'onChange', shouldFocusError: false });
  useDrafts(session, methods, props);
  useValueFeed(session, methods, props, plugins);

  const view = useSessionState(session as unknown as FormSession<FormId>, frameState, sameFrame);
  // Errors already shown are checked again against outside data that just arrived.
  useEffect(() => {
    if (methods.formState.isSubmitted) void methods.trigger();
  }, [view.absences, methods]);

  const onFormSubmit = useCallback(
    async (e?: { preventDefault?: () => void }) => {
      e?.preventDefault?.();
      const check = () => void session.check();
      await methods.handleSubmit(check, check)();
    },
    [methods, session],
  );
  const api = useMemo<FormApi>(() => ({ form, baseId, config, session: session as unknown as FormSession<FormId> }), [form, baseId, config, session]);
  const discard = useCallback(() => {
    session.discardDraft();
    methods.reset(session.getState().values);
  }, [session, methods]);

  return {
    methods,
    api,
    config,
    session,
    phase: view.phase,
    submitError: view.submitError,
    failedSubmits: view.failedChecks,
    draft: { ...view.draft, discard },
    contextNotice: { loading: view.loading, error: view.error },
    onFormSubmit,
    confirm: session.confirm,
    back: session.back,
  };
}
