/**
 * `<LeaveForm>`: the leave / absence report (请销假, 外出报备).
 * @module
 */
import { isCivilDate, validateWith, type Absence, type ValidationResult } from '@city-forms/rules/core';
import { leaveForm, type LeaveDerived } from '@city-forms/rules/forms/leave';
import { useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { CheckboxField, DateField, Section, SelectField, TextArea, TextField } from '../fields/fields.js';
import { buildAnswers, textOf, type AnswerSpec } from '../internal/answers.js';
import { DerivedList, Frame, fmt } from '../internal/Frame.js';
import { RouteText } from '../internal/route.js';
import { withBoundary } from '../internal/FormBoundary.js';
import { useCityForm, type CityFormProps } from '../internal/useCityForm.js';
import { useFormApi, useResult } from '../internal/form-context.js';
import { useLatest } from '../internal/use-latest.js';

/**
 * Props of `<LeaveForm>`.
 * @example
 * ```tsx
 * const props: LeaveFormProps = { city: 'fushun', loadAbsences: ({ from, to }, { signal }) => fetchAbsences(from, to, signal) };
 * ```
 */
export interface LeaveFormProps extends CityFormProps<'leave'> {
  /**
   * Loads others' approved absences overlapping the requested dates, for the
   * pairing rules (fushun: 副市长 with his 副秘书长). Called with a debounce when the
   * dates change; a stale call is aborted; a failure shows a non-blocking notice.
   */
  loadAbsences?: ((range: { from: string; to: string }, options: { signal: AbortSignal }) => Promise<readonly Absence[]>) | undefined;
}

const LOAD_DEBOUNCE_MS = 300;
/** Fields the pairing rule reads besides the dates. */
const PAIRING_FIELDS = new Set(['applicantRole', 'portfolio', 'applicantName', 'standInName']);

/** Removes the kit's drafts (see `clearDrafts` in `@city-forms/react`); here too so a one-form portal can clear them at sign-out. */
export { clearDrafts, type DraftStorageKind } from '../internal/drafts.js';

/**
 * The leave / absence report. Fields, labels (市长 vs 区长), options and the
 * extra fields a city requires follow the city profile.
 *
 * @example
 * ```tsx
 * import { LeaveForm } from '@city-forms/react/leave';
 * import '@city-forms/react/styles.css';
 *
 * <LeaveForm city="fushun" draftKey="leave" onSubmit={async (data) => { await post('/api/leave', data); }} />
 * ```
 *
 * Wrapped in an error boundary: if the form cannot render (a damaged draft, a
 * throwing rule), a message with a discard-and-reload button shows instead.
 */
export const LeaveForm: (props: LeaveFormProps) => ReactElement = withBoundary(LeaveFormBody, 'LeaveForm');

function LeaveFormBody(props: LeaveFormProps) {
  const state = useCityForm<'leave'>(leaveForm, props);
  const { api, config, methods } = state;
  const { profile, locale, ui } = config;
  const roles = useMemo(() => profile.leave.applicantRoles.map((id) => ({ value: id, label: profile.roles[id]?.[locale] ?? id })), [profile, locale]);
  const kinds = useMemo(() => profile.leave.kinds.map((k) => ({ value: k.id, label: k.label[locale] })), [profile, locale]);
  const [conflict, setConflict] = useState(false);

  // Context loader: debounced on date changes (and reloaded after the server
  // refuses a submit), stale calls aborted, failures non-blocking. Whether the
  // head's consent is asked for is re-checked against the loaded absences whenever
  // a field the pairing rule reads changes.
  const loadRef = useLatest(props.loadAbsences);
  const { setContext, setContextStatus, rejections } = state;
  const loadedAbsences = useRef<readonly Absence[]>([]);
  useEffect(() => {
    if (!loadRef.current) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let controller: AbortController | undefined;
    let lastKey = '';
    const recheck = () => {
      const r = validateWith<'leave'>(leaveForm, methods.getValues(), {
        city: profile,
        today: config.today,
        calendar: config.calendar,
        context: { absences: [...(config.context?.absences ?? []), ...loadedAbsences.current] },
      });
      setConflict(r.issues.some((i) => i.code === 'leave.paired-absence'));
    };
    const run = (from: string, to: string) => {
      controller?.abort();
      const c = new AbortController();
      controller = c;
      setContextStatus({ loading: true, error: null });
      loadRef.current!({ from, to }, { signal: c.signal }).then(
        (absences) => {
          if (c.signal.aborted) return;
          loadedAbsences.current = absences;
          setContext({ absences: [...absences] });
          setContextStatus({ loading: false, error: null });
          recheck();
          // Errors already shown are re-checked against what was just loaded.
          if (methods.formState.isSubmitted) void methods.trigger();
        },
        (err: unknown) => {
          if (c.signal.aborted) return;
          setContextStatus({ loading: false, error: err instanceof Error ? err.message : String(err) });
        },
      );
    };
    const check = (values: Record<string, unknown>, name?: string) => {
      const from = textOf(values['startDate']);
      const to = textOf(values['endDate']) || from;
      if (!isCivilDate(from) || !isCivilDate(to)) return;
      const key = `${from}|${to}`;
      if (key === lastKey) {
        if (name && PAIRING_FIELDS.has(name)) recheck();
        return;
      }
      lastKey = key;
      clearTimeout(timer);
      timer = setTimeout(() => run(from, to), LOAD_DEBOUNCE_MS);
    };
    check(methods.getValues());
    const sub = methods.watch((values, { name }) => check(values, name));
    return () => {
      clearTimeout(timer);
      controller?.abort();
      sub.unsubscribe();
    };
  }, [methods, profile, config.today, config.calendar, config.context, setContext, setContextStatus, rejections, loadRef]);

  const specs: AnswerSpec[] = [
    { name: 'applicantName', kind: 'text' },
    { name: 'applicantRole', kind: 'option', options: roles },
    { name: 'applicantUnit', kind: 'text' },
    ...(api.shows('portfolio') ? [{ name: 'portfolio', kind: 'text' } as const] : []),
    { name: 'kind', kind: 'option', options: kinds },
    { name: 'leavesJurisdiction', kind: 'bool' },
    { name: 'startDate', kind: 'text' },
    { name: 'endDate', kind: 'text' },
    { name: 'destination', kind: 'text' },
    { name: 'reason', kind: 'text' },
    ...(api.shows('urgent') ? [{ name: 'urgent', kind: 'bool' } as const, { name: 'urgentReason', kind: 'text' } as const] : []),
    ...(api.shows('standInName') ? [{ name: 'standInName', kind: 'text' } as const] : []),
    ...(api.shows('contactPhone') ? [{ name: 'contactPhone', kind: 'text' } as const] : []),
    ...(api.shows('writtenMemo') ? [{ name: 'writtenMemo', kind: 'bool' } as const] : []),
    ...(api.shows('headConsent') && conflict ? [{ name: 'headConsent', kind: 'bool' } as const] : []),
  ];

  const derived = (d: LeaveDerived | null) => {
    if (!d) return null;
    return (
      <DerivedList
        items={[
          ...(d.route ? [{ label: ui.route, value: <RouteWithCitation steps={d.route.steps} citation={d.route.citation} locale={locale} /> }] : []),
          ...(d.calendarDays !== null
            ? [
                {
                  label: ui.calendarDays,
                  value: `${fmt(locale, ui.days, { n: d.calendarDays })}（${ui.workingDays} ${fmt(locale, ui.days, { n: d.workingDays ?? 0 })}）`,
                },
              ]
            : []),
          ...d.followUps.map((f) => ({ label: ui.followUps, value: `${f.label}：${ui.due} ${f.due}（${f.citation}）` })),
        ]}
      />
    );
  };

  return (
    <Frame
      state={state}
      title={ui.leaveSheetTitle}
      answers={(v) => buildAnswers(api, v, specs)}
      derived={derived}
      unstyled={props.unstyled}
      className={props.className}
      portalContainer={props.portalContainer}
    >
      <Section legend={ui.sectionApplicant}>
        <TextField name="applicantName" required autoComplete="name" width="m" />
        <SelectField name="applicantRole" required options={roles} />
        <TextField name="applicantUnit" />
        {api.shows('portfolio') ? <TextField name="portfolio" width="m" /> : null}
      </Section>
      <Section legend={ui.sectionAbsence}>
        <SelectField name="kind" required options={kinds} />
        <CheckboxField name="leavesJurisdiction" label={`${config.label('leave', 'leavesJurisdiction')}（${profile.awayLabel[locale]}）`} />
        <DateField name="startDate" required />
        <DateField name="endDate" required />
        <TextField name="destination" />
        <TextArea name="reason" required />
        {api.shows('urgent') ? <UrgentFields /> : null}
      </Section>
      {api.shows('standInName') || api.shows('contactPhone') || api.shows('writtenMemo') || api.shows('headConsent') ? (
        <Section legend={ui.sectionArrangements}>
          {api.shows('standInName') ? <TextField name="standInName" width="m" /> : null}
          {api.shows('contactPhone') ? <TextField name="contactPhone" type="tel" inputMode="tel" autoComplete="tel" width="m" /> : null}
          {api.shows('writtenMemo') ? <CheckboxField name="writtenMemo" /> : null}
          {api.shows('headConsent') ? <HeadConsent conflict={conflict} /> : null}
        </Section>
      ) : null}
    </Frame>
  );
}

function RouteWithCitation({ steps, citation, locale }: { steps: { action: string; party: string }[]; citation: string; locale: string }) {
  return (
    <>
      <RouteText steps={steps} locale={locale} />
      <span className="cf-citation">{citation}</span>
    </>
  );
}

/** The urgent-case escape and its reason (only where the city allows it). */
function UrgentFields() {
  const { control } = useFormContext();
  const urgent = useWatch({ control, name: 'urgent' }) as boolean;
  return (
    <>
      <CheckboxField name="urgent" />
      {urgent ? <TextArea name="urgentReason" required /> : null}
    </>
  );
}

const pairingReported = (r: ValidationResult | null): boolean => r?.issues.some((i) => i.code === 'leave.paired-absence') ?? false;

/** The head's consent, shown when a pairing conflict appears (fushun 五十四). */
function HeadConsent({ conflict }: { conflict: boolean }) {
  const { control } = useFormContext();
  const consent = useWatch({ control, name: 'headConsent' }) as boolean;
  const reported = useResult(useFormApi(), pairingReported);
  if (!conflict && !consent && !reported) return null;
  return <CheckboxField name="headConsent" />;
}
