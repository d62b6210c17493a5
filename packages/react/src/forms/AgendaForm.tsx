/**
 * `<AgendaForm>`: the agenda item submission (会议议题申报单).
 * @module
 */
import { agendaForm, agendaTopicFlags, type AgendaDerived } from '@city-forms/rules/forms/agenda';
import { memo, useMemo, type ReactElement } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { CheckboxField, DateField, Section, SelectField, TextArea, TextField } from '../fields/fields.js';
import { Rows } from '../fields/lists.js';
import { buildAnswers, textOf, type AnswerSpec } from '../internal/answers.js';
import { DerivedList, Frame } from '../internal/Frame.js';
import { useFormApi } from '../internal/form-context.js';
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

const REVIEWS = [
  'legalReview',
  'integrityReview',
  'fairCompetitionReview',
  'publicParticipation',
  'expertReview',
  'stabilityAssessment',
  'localConsultation',
] as const;

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

function AgendaFormBody(props: AgendaFormProps) {
  const state = useCityForm<'agenda'>(agendaForm, props);
  const { api, config } = state;
  const { profile, locale, ui } = config;
  const kinds = useMemo(() => profile.agenda.meetingKinds.map((k) => ({ value: k.id, label: k.label[locale] })), [profile, locale]);
  const flags = useMemo(() => agendaTopicFlags(profile), [profile]);
  const reviews = REVIEWS.filter((r) => api.shows(r));
  const countersigned = api.shows('consultations.countersigned');

  const specs: AnswerSpec[] = [
    { name: 'meetingKind', kind: 'option', options: kinds },
    { name: 'meetingDate', kind: 'text' },
    ...(api.shows('specialCase') ? [{ name: 'specialCase', kind: 'bool' } as const, { name: 'specialCaseReason', kind: 'text' } as const] : []),
    { name: 'title', kind: 'text' },
    { name: 'submittingUnit', kind: 'text' },
    { name: 'summary', kind: 'text' },
    { name: 'leaderInCharge', kind: 'text' },
    { name: 'leaderApproved', kind: 'bool' },
    ...(api.shows('settleableBelow') ? [{ name: 'settleableBelow', kind: 'bool' } as const] : []),
    ...flags.map((f) => ({ name: f, kind: 'bool' }) as const),
    ...reviews.map((r) => ({ name: r, kind: 'bool' }) as const),
    { name: 'involvesOtherUnits', kind: 'bool' },
    {
      name: 'consultations',
      kind: 'rows',
      describe: (r) =>
        `${textOf(r['unit'])}（${r['agreed'] ? config.label('agenda', 'consultations.agreed') : `${ui.no}${config.label('agenda', 'consultations.agreed')}`}${
          countersigned && r['countersigned'] ? `，${config.label('agenda', 'consultations.countersigned')}` : ''
        }）`,
    },
    { name: 'leadProposal', kind: 'text' },
    ...(api.shows('presenterIsHead') ? [{ name: 'presenterName', kind: 'text' } as const, { name: 'presenterIsHead', kind: 'bool' } as const] : []),
    ...(api.shows('presenterWrittenLeave') ? [{ name: 'presenterWrittenLeave', kind: 'bool' } as const] : []),
    { name: 'attendees', kind: 'rows', describe: (r) => `${textOf(r['name'])}（${textOf(r['unit'])}）` },
  ];

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
      answers={(v) => buildAnswers(api, v, specs)}
      derived={derived}
      unstyled={props.unstyled}
      className={props.className}
      portalContainer={props.portalContainer}
    >
      <Section legend={ui.sectionMeeting}>
        <SelectField name="meetingKind" required options={kinds} />
        <DateField name="meetingDate" />
        {api.shows('specialCase') ? <SpecialCase /> : null}
      </Section>
      <Section legend={ui.sectionItem}>
        <TextField name="title" required />
        <TextField name="submittingUnit" required />
        <TextArea name="summary" rows={4} />
        <TextField name="leaderInCharge" width="m" />
        <CheckboxField name="leaderApproved" />
        {api.shows('settleableBelow') ? <CheckboxField name="settleableBelow" /> : null}
      </Section>
      {flags.length > 0 ? (
        <Section legend={ui.sectionTopic}>
          {flags.map((f) => (
            <CheckboxField key={f} name={f} />
          ))}
        </Section>
      ) : null}
      {reviews.length > 0 ? (
        <Section legend={ui.sectionReviews}>
          {reviews.map((r) => (
            <CheckboxField key={r} name={r} />
          ))}
        </Section>
      ) : null}
      <Section legend={ui.sectionConsultation}>
        <CheckboxField name="involvesOtherUnits" />
        <Rows
          name="consultations"
          legend={config.label('agenda', 'consultations')}
          empty={{ unit: '', agreed: true, reasons: '', countersigned: false }}
          renderRow={(prefix) => <ConsultationRow prefix={prefix} countersigned={countersigned} />}
        />
        <TextArea name="leadProposal" />
      </Section>
      {api.shows('presenterIsHead') ? (
        <Section legend={ui.sectionPresenter}>
          <TextField name="presenterName" width="m" />
          <CheckboxField name="presenterIsHead" />
          {api.shows('presenterWrittenLeave') ? <CheckboxField name="presenterWrittenLeave" /> : null}
        </Section>
      ) : null}
      <Rows
        name="attendees"
        legend={config.label('agenda', 'attendees')}
        empty={{ name: '', unit: '' }}
        renderRow={(prefix) => (
          <>
            <TextField name={`${prefix}.name`} required width="m" />
            <TextField name={`${prefix}.unit`} required />
          </>
        )}
      />
    </Frame>
  );
}

const ConsultationRow = memo(function ConsultationRow({ prefix, countersigned }: { prefix: string; countersigned: boolean }) {
  const { control } = useFormContext();
  const agreed = useWatch({ control, name: `${prefix}.agreed` }) as boolean;
  return (
    <>
      <TextField name={`${prefix}.unit`} required />
      <CheckboxField name={`${prefix}.agreed`} />
      {agreed === false ? <TextArea name={`${prefix}.reasons`} required /> : null}
      {countersigned ? <CheckboxField name={`${prefix}.countersigned`} /> : null}
    </>
  );
});

function SpecialCase() {
  const { control } = useFormContext();
  const on = useWatch({ control, name: 'specialCase' }) as boolean;
  useFormApi();
  return (
    <>
      <CheckboxField name="specialCase" />
      {on ? <TextArea name="specialCaseReason" required /> : null}
    </>
  );
}
