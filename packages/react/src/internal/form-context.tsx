/**
 * What every field of a form reads: the form id, the id prefix, the resolved
 * config and the latest full validation result (for citations and warnings), the
 * last through a small store read with useSyncExternalStore (never a ref read
 * during render).
 * @module
 */
import { fieldAppliesIn, type FormId, type FormModule, type Issue, type ValidationResult } from '@city-forms/rules/core';
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';

/** The latest full result from the rules core, with a subscribe API. */
export interface ResultStore {
  get: () => ValidationResult | null;
  set: (result: ValidationResult) => void;
  subscribe: (listener: () => void) => () => void;
}

/** A store for one form instance's results (written by the resolver's onResult). */
export function createResultStore(): ResultStore {
  let current: ValidationResult | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (result) => {
      current = result;
      for (const l of [...listeners]) l();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * A part of the latest result, re-rendering only when that part changes (the
 * selector must return the same value for the same result: a field of it, a
 * string, a boolean).
 */
export function useResult<T>(api: FormApi, select: (result: ValidationResult | null) => T): T {
  const { results } = api;
  const read = useCallback(() => select(results.get()), [results, select]);
  return useSyncExternalStore(results.subscribe, read, read);
}
import type { ResolvedConfig } from '../provider.js';

export interface FormApi {
  form: FormId;
  /** Prefix of every element id of this form instance. */
  baseId: string;
  config: ResolvedConfig;
  /** The latest full result from the rules core (written by the resolver; read with `useResult`). */
  results: ResultStore;
  /** Whether a field applies in this city (optional fields only where a rule reads them). */
  shows(field: string): boolean;
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

export function makeShows<D, Derived>(module: FormModule<D, Derived>, config: ResolvedConfig) {
  return (field: string) => fieldAppliesIn(module, field, config.profile);
}

/**
 * An element of this form by id, looked up in the form's own root (the document,
 * or the shadow root the embed renders into), then in the document.
 */
export function byId(from: Node | null | undefined, id: string): HTMLElement | null {
  const root = from?.getRootNode() as Document | ShadowRoot | undefined;
  return (root && 'getElementById' in root ? root.getElementById(id) : null) ?? document.getElementById(id);
}
