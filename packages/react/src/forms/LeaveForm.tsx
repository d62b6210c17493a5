/**
 * `<LeaveForm>`: the leave / absence report (请销假, 外出报备).
 * @module
 */
import { absencesPlugin, isCivilDate, type Absence, type SessionPlugin } from '@city-forms/rules/core';
import { leaveForm, type LeaveDerived } from '@city-forms/rules/forms/leave';
import { leaveLayout } from '@city-forms/rules/layout/leave';
import { useMemo, type ReactElement } from 'react';
import { buildAnswers, textOf } from '../internal/answers.js';
import { DerivedList, Frame, fmt } from '../internal/Frame.js';
import { LayoutView, useLayout, type LayoutExtras } from '../internal/Layout.js';
import { RouteText } from '../internal/route.js';
import { withBoundary } from '../internal/FormBoundary.js';
import { useCityForm, type CityFormProps } from '../internal/useCityForm.js';
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

/** The dates whose overlapping absences are loaded: both civil dates (an open end is the start day). */
function leaveRange(values: Readonly<Record<string, unknown>>): { from: string; to: string } | null {
  const from = textOf(values['startDate']);
  const to = textOf(values['endDate']) || from;
  return isCivilDate(from) && isCivilDate(to) ? { from, to } : null;
}

/**
 * Others' absences as a plug-in of the form's session: loaded (debounced) when
 * the dates change and again after the server refuses a submit, stale loads
 * aborted, failures a non-blocking notice. The pairing conflict (and with it the
 * head's-consent question) then comes from the session's own result.
 */
function useAbsencesPlugin(load: LeaveFormProps['loadAbsences']): readonly SessionPlugin[] {
  const latest = useLatest(load);
  const has = load !== undefined;
  return useMemo(
    () =>
      has
        ? [
            absencesPlugin((signal, range) => latest.current?.(range!, { signal }) ?? Promise.resolve([]), {
              range: leaveRange,
              debounceMs: LOAD_DEBOUNCE_MS,
            }),
          ]
        : [],
    [has, latest],
  );
}

function LeaveFormBody(props: LeaveFormProps) {
  const state = useCityForm<'leave'>(leaveForm, props, useAbsencesPlugin(props.loadAbsences));
  const { config } = state;
  const { profile, locale, ui } = config;
  const sections = useLayout(leaveLayout, config);
  const extras = useMemo<LayoutExtras>(
    () => ({ labels: { leavesJurisdiction: `${config.label('leave', 'leavesJurisdiction')}（${profile.awayLabel[locale]}）` } }),
    [config, profile, locale],
  );

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
      answers={(v, issues) => buildAnswers(leaveLayout, config, v, issues)}
      derived={derived}
      unstyled={props.unstyled}
      className={props.className}
      portalContainer={props.portalContainer}
    >
      <LayoutView sections={sections} extras={extras} />
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
