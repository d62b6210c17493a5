/**
 * The parts every form shares: notices (draft restored, storage, context loader),
 * the GOV.UK error summary, warnings, and the check-your-answers dialog (Radix)
 * with derived results, confirm, print and 修改/Change links.
 * @module
 */
import * as Dialog from '@radix-ui/react-dialog';
import { formatMessage, type FormDerived, type FormId, type Issue, type SessionState, type ValidationResult } from '@city-forms/rules/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { FormProvider, useFormState, type FieldValues } from 'react-hook-form';
import { FormApiContext, byId, fieldId, sameIssues, useResult, useSessionState, type FormApi } from './form-context.js';
import { DialogSheet } from '../sheet/DialogSheet.js';
import type { CityFormState } from './useCityForm.js';

/** One answer of check-your-answers. */
export interface Answer {
  /** The field path (for the 修改/Change link). */
  name: string;
  label: string;
  value: string;
}

interface FrameProps<F extends FormId> {
  state: CityFormState<F>;
  title: string;
  /** The answers, in form order, for check-your-answers and the printed sheet (from the values checked and their issues). */
  answers: (values: FieldValues, issues: readonly Issue[]) => Answer[];
  /** Derived results (route, deadlines, who signs) for the dialog, from the latest result. */
  derived: (d: FormDerived[F] | null) => ReactNode;
  unstyled?: boolean | undefined;
  className?: string | undefined;
  portalContainer?: HTMLElement | null | undefined;
  children: ReactNode;
}

export function Frame<F extends FormId>({ state, title, answers, derived, unstyled, className, portalContainer, children }: FrameProps<F>) {
  const { api, methods, config } = state;
  const ui = config.ui;
  const rootClass = ['cf-root', unstyled ? '' : 'cf-theme', className ?? ''].filter(Boolean).join(' ');
  const focusAfterClose = useRef<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  // The dialog's portal: the given container, else an element of our own in <body>
  // (created after mount, so server and first client render agree).
  const [ownPortal, setOwnPortal] = useState<HTMLElement | null>(null);
  useEffect(() => {
    if (portalContainer) return;
    const el = document.createElement('div');
    el.setAttribute('data-cf-portal', '');
    document.body.appendChild(el);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the element can only be made after mount (there is no document on the server); keeping it is this effect's job
    setOwnPortal(el);
    return () => el.remove();
  }, [portalContainer]);
  const portal = portalContainer ?? ownPortal;

  const open = state.phase === 'checking' || state.phase === 'submitting';
  const checked = useSessionState(api.session, checkedState);
  const rows = open && checked ? answers(checked.values, checked.result?.issues ?? NONE) : null;

  return (
    <FormApiContext.Provider value={api}>
      <FormProvider {...methods}>
        <div className={rootClass} lang={config.locale} ref={rootRef}>
          <Notices state={state} />
          <ErrorSummary api={api} failedSubmits={state.failedSubmits} />
          <Warnings api={api} />
          <form className="cf-form" noValidate onSubmit={(e) => void state.onFormSubmit(e)} aria-label={title}>
            {children}
            <div className="cf-actions">
              <button type="submit" className="cf-button">
                {ui.submit}
              </button>
            </div>
          </form>
        </div>
        <Dialog.Root
          open={open}
          onOpenChange={(o) => {
            if (!o && state.phase === 'checking') state.back();
          }}
        >
          <Dialog.Portal container={portal}>
            <Dialog.Overlay className={`cf-root ${unstyled ? '' : 'cf-theme'} cf-overlay`} />
            <Dialog.Content
              className={`cf-root ${unstyled ? '' : 'cf-theme'} cf-dialog cf-print-sheet`}
              lang={config.locale}
              onCloseAutoFocus={(e) => {
                const target = focusAfterClose.current;
                if (!target) return;
                e.preventDefault();
                focusAfterClose.current = null;
                const el = byId(rootRef.current, target);
                el?.focus();
                el?.scrollIntoView?.({ block: 'center' });
              }}
            >
              <Dialog.Title className="cf-dialog__title">{ui.checkTitle}</Dialog.Title>
              <Dialog.Description className="cf-hint cf-no-print">{ui.checkDescription}</Dialog.Description>
              {rows ? (
                <AnswerList
                  answers={rows}
                  onChange={(name) => {
                    focusAfterClose.current = fieldId(api.baseId, name);
                    state.back();
                  }}
                  ui={ui}
                />
              ) : null}
              <section className="cf-derived" aria-label={ui.derivedTitle}>
                <h3 className="cf-heading-s">{ui.derivedTitle}</h3>
                <Derived api={api} render={derived} />
              </section>
              <DialogWarnings api={api} />
              {state.submitError ? (
                <div className="cf-error-summary" role="alert">
                  <p>
                    {ui.submitFailed} {state.submitError}
                  </p>
                </div>
              ) : null}
              <DialogActions state={state} />
              {/* The paper sheet: hidden on screen, printed instead of the dialog (打印 or the browser's print). */}
              {rows ? <DialogSheet api={api} rows={rows} unstyled={unstyled} /> : null}
            </Dialog.Content>
          </Dialog.Portal>
        </Dialog.Root>
      </FormProvider>
    </FormApiContext.Provider>
  );
}

/** The notices above the form: draft restored (with discard), refused or unavailable, outside data loading or failed, submitted. */
function Notices<F extends FormId>({ state }: { state: CityFormState<F> }) {
  const ui = state.config.ui;
  return (
    <>
      {state.draft.restored ? (
        <div className="cf-notice" role="status">
          <span>{ui.draftRestored}</span>{' '}
          <button type="button" className="cf-button cf-button--link" onClick={state.draft.discard}>
            {ui.discardDraft}
          </button>
        </div>
      ) : null}
      {state.draft.refused ? (
        <div className="cf-notice" role="status">
          {state.draft.refused === 'version' ? ui.draftVersionChanged : ui.draftExpired}
        </div>
      ) : null}
      {state.draft.unavailable ? (
        <div className="cf-notice cf-notice--warning" role="status">
          {ui.draftUnavailable}
        </div>
      ) : null}
      {state.contextNotice.loading ? (
        <div className="cf-notice" role="status">
          {ui.contextLoading}
        </div>
      ) : null}
      {state.contextNotice.error ? (
        <div className="cf-notice cf-notice--warning" role="status">
          {ui.contextFailed} {state.contextNotice.error}
        </div>
      ) : null}
      {state.phase === 'submitted' ? (
        <div className="cf-panel" role="status">
          {ui.submitted}
        </div>
      ) : null}
    </>
  );
}

/** Check-your-answers: each answer with its 修改/Change button. */
function AnswerList({ answers, onChange, ui }: { answers: Answer[]; onChange: (name: string) => void; ui: CityFormState<FormId>['config']['ui'] }) {
  return (
    <dl className="cf-answers">
      {answers.map((a) => (
        <div className="cf-answers__row" key={a.name}>
          <dt className="cf-answers__key">{a.label}</dt>
          <dd className="cf-answers__value">{a.value === '' ? <span className="cf-muted">{ui.notProvided}</span> : a.value}</dd>
          <dd className="cf-answers__action cf-no-print">
            <button type="button" className="cf-button cf-button--link" onClick={() => onChange(a.name)}>
              {ui.change}
              <span className="cf-visually-hidden">{a.label}</span>
            </button>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Confirm (busy while submitting), cancel and print. */
function DialogActions<F extends FormId>({ state }: { state: CityFormState<F> }) {
  const ui = state.config.ui;
  return (
    <div className="cf-actions cf-no-print">
      <button
        type="button"
        className="cf-button"
        aria-disabled={state.phase === 'submitting' || undefined}
        aria-busy={state.phase === 'submitting' || undefined}
        onClick={() => void state.confirm()}
      >
        {state.phase === 'submitting' ? ui.submitting : ui.confirm}
      </button>
      <Dialog.Close className="cf-button cf-button--secondary" disabled={state.phase === 'submitting'}>
        {ui.cancel}
      </Dialog.Close>
      <button type="button" className="cf-button cf-button--secondary" onClick={printSheet}>
        {ui.print}
      </button>
    </div>
  );
}

function printSheet() {
  document.body.classList.add('cf-printing');
  const done = () => {
    document.body.classList.remove('cf-printing');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  try {
    window.print();
  } finally {
    // Some browsers print synchronously and never fire afterprint.
    setTimeout(done, 1000);
  }
}

const allIssues = (r: ValidationResult | null): readonly Issue[] | undefined => r?.issues;
const NONE: readonly Issue[] = [];
/** The values and result check-your-answers shows: those of the last check (null while editing). */
const checkedState = (s: SessionState<FormId>) => (s.phase === 'checking' || s.phase === 'submitting' ? s : null);

function errorIssues(all: readonly Issue[]): Issue[] {
  return all.filter((i) => i.severity === 'error');
}

/** GOV.UK error summary: focused after a failed submit, each item a link to its field. */
function ErrorSummary({ api, failedSubmits }: { api: FormApi; failedSubmits: number }) {
  const { errors } = useFormState();
  const ref = useRef<HTMLDivElement>(null);
  const ui = api.config.ui;
  const hasErrors = Object.keys(errors).length > 0;
  const all = useResult(api, allIssues, sameIssues) ?? NONE;
  const issues = hasErrors && failedSubmits > 0 ? errorIssues(all) : [];
  useEffect(() => {
    if (failedSubmits > 0) ref.current?.focus();
  }, [failedSubmits]);
  // The page title carries the error prefix while errors are listed (set once when
  // they appear, not again for each change in the list).
  const listed = issues.length > 0;
  const titlePrefix = ui.errorTitlePrefix;
  useEffect(() => {
    if (!listed) return;
    const original = document.title;
    if (!original.startsWith(titlePrefix)) document.title = titlePrefix + original;
    return () => {
      document.title = original;
    };
  }, [listed, titlePrefix]);
  if (issues.length === 0) return <div ref={ref} tabIndex={-1} />;
  return (
    <div className="cf-error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby={`${api.baseId}-summary-title`}>
      <h2 className="cf-error-summary__title" id={`${api.baseId}-summary-title`}>
        {ui.errorSummaryTitle}
      </h2>
      <ul className="cf-error-summary__list">
        {issues.map((i, n) => {
          const target = fieldId(api.baseId, i.path.join('.'));
          return (
            <li key={`${i.code}-${i.path.join('.')}-${n}`}>
              <a
                href={`#${target}`}
                onClick={(e) => {
                  e.preventDefault();
                  const el = byId(ref.current, target);
                  el?.focus();
                  el?.scrollIntoView?.({ block: 'center' });
                }}
              >
                {i.message}
              </a>
              {i.citation ? (
                <span className="cf-citation">
                  {ui.citationOpen}
                  {i.citation}
                  {ui.citationClose}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function warningIssues(all: readonly Issue[]): Issue[] {
  return all.filter((i) => i.severity === 'warning');
}

/** Warnings after a submit attempt: shown, never blocking. */
function Warnings({ api }: { api: FormApi }) {
  const { submitCount } = useFormState();
  const all = useResult(api, allIssues, sameIssues) ?? NONE;
  const list = submitCount > 0 ? warningIssues(all) : [];
  if (list.length === 0) return null;
  return <WarningList api={api} list={list} />;
}

function DialogWarnings({ api }: { api: FormApi }) {
  const list = warningIssues(useResult(api, allIssues, sameIssues) ?? NONE);
  if (list.length === 0) return null;
  return <WarningList api={api} list={list} />;
}

function WarningList({ api, list }: { api: FormApi; list: Issue[] }) {
  return (
    <div className="cf-warning" role="status">
      <h2 className="cf-heading-s">{api.config.ui.warningsTitle}</h2>
      <ul>
        {list.map((i, n) => (
          <li key={`${i.code}-${n}`}>
            {i.message}
            {i.citation ? (
              <span className="cf-citation">
                {api.config.ui.citationOpen}
                {i.citation}
                {api.config.ui.citationClose}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

const derivedOf = (r: ValidationResult | null): unknown => r?.derived ?? null;

/** The derived results of the latest result, rendered by the form. */
function Derived<D>({ api, render }: { api: FormApi; render: (d: D | null) => ReactNode }) {
  return <>{render(useResult(api, derivedOf) as D | null)}</>;
}

/** A list of label/value pairs for derived results. */
export function DerivedList({ items }: { items: { label: string; value: ReactNode }[] }) {
  if (items.length === 0) return null;
  return (
    <dl className="cf-answers cf-answers--derived">
      {items.map((it, n) => (
        <div className="cf-answers__row" key={n}>
          <dt className="cf-answers__key">{it.label}</dt>
          <dd className="cf-answers__value">{it.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Format helper for the forms. */
export function fmt(locale: string, template: string, params: Record<string, string | number>): string {
  return formatMessage(locale, template, params);
}
