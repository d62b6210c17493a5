/**
 * What every field of a form reads: the form id, the id prefix, the resolved
 * config and the form's session (`createFormSession` in `@city-forms/rules`),
 * whose state is read with useSyncExternalStore (never a ref read during render).
 * @module
 */
import type { FormId, FormSession, Issue, SessionState, ValidationResult } from '@city-forms/rules/core';
import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import type { ResolvedConfig } from '../provider.js';

export interface FormApi {
  form: FormId;
  /** Prefix of every element id of this form instance. */
  baseId: string;
  config: ResolvedConfig;
  /** The form's session: phase, values, the latest result, drafts, submission and outside data. */
  session: FormSession<FormId>;
}

/** A getSnapshot for useSyncExternalStore that keeps the last selected value while the state, or the value, is the same. */
function cachedReader<T>(session: FormSession<FormId>, select: (state: SessionState<FormId>) => T, equal: (a: T, b: T) => boolean): () => T {
  let last: { state: SessionState<FormId>; value: T } | null = null;
  return () => {
    const state = session.getState();
    if (last?.state === state) return last.value;
    const value = select(state);
    last = { state, value: last && equal(last.value, value) ? last.value : value };
    return last.value;
  };
}

/**
 * A part of a session's state, re-rendering only when that part changes: the
 * selector's value is compared with `equal` (default `Object.is`) to the last one,
 * and the last one is kept when they are equal (so a new array with the same
 * issues re-renders nothing).
 */
export function useSessionState<T>(session: FormSession<FormId>, select: (state: SessionState<FormId>) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  const read = useMemo(() => cachedReader(session, select, equal), [session, select, equal]);
  return useSyncExternalStore(session.subscribe, read, read);
}

/** A part of the latest validation result (see {@link useSessionState}). */
export function useResult<T>(api: FormApi, select: (result: ValidationResult | null) => T, equal?: (a: T, b: T) => boolean): T {
  const bySession = useMemo(() => (s: SessionState<FormId>) => select(s.result), [select]);
  return useSessionState(api.session, bySession, equal);
}

/** Two lists of issues that read the same (code, path, severity, message, citation). */
export function sameIssues(a: readonly Issue[] | undefined, b: readonly Issue[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i]!;
    return x.code === y.code && x.severity === y.severity && x.message === y.message && x.citation === y.citation && x.path.join('.') === y.path.join('.');
  });
}

export const FormApiContext = createContext<FormApi | null>(null);

export function useFormApi(): FormApi {
  const api = useContext(FormApiContext);
  if (!api) throw new Error('city-forms: a field was rendered outside its form.');
  return api;
}

/** The DOM id of a field path: `leave-r1-consultations-0-unit`. */
export function fieldId(baseId: string, name: string): string {
  return `${baseId}-${name.replace(/\./g, '-')}`;
}

/** The first error issue at exactly this path, from the latest result. */
export function issueAt(result: ValidationResult | null, name: string): Issue | undefined {
  return result?.issues.find((i) => i.severity === 'error' && i.path.join('.') === name);
}

/**
 * An element of this form by id, looked up in the form's own root (the document,
 * or the shadow root the embed renders into), then in the document.
 */
export function byId(from: Node | null | undefined, id: string): HTMLElement | null {
  const root = from?.getRootNode() as Document | ShadowRoot | undefined;
  return (root && 'getElementById' in root ? root.getElementById(id) : null) ?? document.getElementById(id);
}
