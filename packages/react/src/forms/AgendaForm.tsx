/**
 * `<AgendaForm>`: the agenda item submission (会议议题申报单).
 * @module
 */
import { agendaForm, type AgendaDerived } from '@city-forms/rules/forms/agenda';
import { agendaLayout } from '@city-forms/rules/layout/agenda';
import type { ReactElement } from 'react';
import { buildAnswers } from '../internal/answers.js';
import { DerivedList, Frame } from '../internal/Frame.js';
import { Rows } from '../fields/lists.js';
import { LayoutView, useLayout, type LayoutExtras } from '../internal/Layout.js';
import { RouteText } from '../internal/route.js';
import { withBoundary } from '../internal/FormBoundary.js';
import { useCityForm, type CityFormProps } from '../internal/useCityForm.js';

/**
 * Props of `<AgendaForm>`.
 * @example
 * ```tsx
 * const props: AgendaFormProps = { city: 'jining', draftKey: 'agenda' };
 * ```
 */
export type AgendaFormProps = CityFormProps<'agenda'>;

/** Removes the kit's drafts (see `clearDrafts` in `@city-forms/react`); here too so a one-form portal can clear them at sign-out. */
export { clearDrafts, type DraftStorageKind } from '../internal/drafts.js';

/**
 * The agenda item submission. Meeting kinds, the reviews a city requires, the
 * 会签 signatures (huarong) and the papers deadline (jining) follow the profile.
 *
 * @example
 * ```tsx
 * import { AgendaForm } from '@city-forms/react/agenda';
 * <AgendaForm city="huarong" onSubmit={save} />
 * ```
 *
 * Wrapped in an error boundary: if the form cannot render (a damaged draft, a
 * throwing rule), a message with a discard-and-reload button shows instead.
 */
export const AgendaForm: (props: AgendaFormProps) => ReactElement = withBoundary(AgendaFormBody, 'AgendaForm');

/** The attendees and consultations are repeating groups. */
const EXTRAS: LayoutExtras = { Rows };

function AgendaFormBody(props: AgendaFormProps) {
  const state = useCityForm<'agenda'>(agendaForm, props);
  const { config } = state;
  const { locale, ui } = config;
  const sections = useLayout(agendaLayout, config);

  const derived = (d: AgendaDerived | null) => {
    if (!d) return null;
    return (
      <DerivedList
        items={[
          ...(d.route
            ? [
                {
                  label: ui.route,
                  value: (
                    <>
                      <RouteText steps={d.route.steps} locale={locale} />
                      <span className="cf-citation">{d.route.citation}</span>
                    </>
                  ),
                },
              ]
            : []),
          ...(d.papersDeadline ? [{ label: ui.papersDeadline, value: d.papersDeadline }] : []),
          ...(d.minutesDue ? [{ label: ui.minutesDue, value: `${d.minutesDue.date}（${d.minutesDue.citation}）` }] : []),
        ]}
      />
    );
  };

  return (
    <Frame
      state={state}
      title={ui.agendaSheetTitle}
      answers={(v, issues) => buildAnswers(agendaLayout, config, v, issues)}
      derived={derived}
      unstyled={props.unstyled}
      className={props.className}
      portalContainer={props.portalContainer}
    >
      <LayoutView sections={sections} extras={EXTRAS} />
    </Frame>
  );
}
