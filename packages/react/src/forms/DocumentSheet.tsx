/**
 * `<DocumentSheet>`: the document submission sheet (公文报送 / 呈批单).
 * @module
 */
import { createCalendar, defaultCalendar, todayInShanghai } from '@city-forms/rules/core';
import {
  CLASSIFICATIONS,
  DOCUMENT_FORMATS,
  LEADER_EXCEPTIONS,
  SKIP_LEVEL_GROUNDS,
  URGENCIES,
  countersignDue,
  documentForm,
  type DocumentDerived,
} from '@city-forms/rules/forms/document';
import { memo, useMemo, type ReactElement } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { CheckboxField, DateField, Section, SelectField, TextArea, TextField, useUi } from '../fields/fields.js';
import { Rows, StringList } from '../fields/lists.js';
import { buildAnswers, textOf, type AnswerSpec } from '../internal/answers.js';
import { DerivedList, Frame } from '../internal/Frame.js';
import { useFormApi } from '../internal/form-context.js';
import { withBoundary } from '../internal/FormBoundary.js';
import { useCityForm, type CityFormProps } from '../internal/useCityForm.js';

/**
 * Props of `<DocumentSheet>`.
 * @example
 * ```tsx
 * const props: DocumentSheetProps = { city: 'jining', locale: 'en' };
 * ```
 */
export type DocumentSheetProps = CityFormProps<'document'>;

/** A profile's list (document types, sender kinds, 签发 categories) as select options in the locale. */
function profileOptions(list: readonly { id: string; label: Record<string, string> }[], locale: string) {
  return list.map((o) => ({ value: o.id, label: o.label[locale] ?? o.id }));
}

/** Removes the kit's drafts (see `clearDrafts` in `@city-forms/react`); here too so a one-form portal can clear them at sign-out. */
export { clearDrafts, type DraftStorageKind } from '../internal/drafts.js';

/**
 * The document submission sheet. Document types, sender kinds, the 签发 categories,
 * the markings jining requires and each countersigner's reply deadline (working
 * days, official calendar) follow the profile.
 *
 * @example
 * ```tsx
 * import { DocumentSheet } from '@city-forms/react/document';
 * <DocumentSheet city="jining" onSubmit={save} />
 * ```
 *
 * Wrapped in an error boundary: if the form cannot render (a damaged draft, a
 * throwing rule), a message with a discard-and-reload button shows instead.
 */
export const DocumentSheet: (props: DocumentSheetProps) => ReactElement = withBoundary(DocumentSheetBody, 'DocumentSheet');

function DocumentSheetBody(props: DocumentSheetProps) {
  const state = useCityForm<'document'>(documentForm, props);
  const { api, config } = state;
  const { profile, locale, ui } = config;
  const { docTypes: docTypeList, senderKinds, signing: signingList } = profile.document;
  const docTypes = useMemo(() => profileOptions(docTypeList, locale), [docTypeList, locale]);
  const senders = useMemo(() => profileOptions(senderKinds, locale), [senderKinds, locale]);
  const signing = useMemo(() => profileOptions(signingList, locale), [signingList, locale]);
  const fixed = (field: string, values: readonly string[]) => values.map((v) => ({ value: v, label: config.option(`${field}.${v}`) }));
  const exceptions = fixed('leaderException', LEADER_EXCEPTIONS);
  const grounds = fixed('skipLevelGround', SKIP_LEVEL_GROUNDS);
  const formats = fixed('format', DOCUMENT_FORMATS);
  const classifications = fixed('classification', CLASSIFICATIONS);
  const urgencies = fixed('urgency', URGENCIES);
  const hasComplex = Boolean(profile.document.countersign?.complexReplyWorkingDays);

  const specs: AnswerSpec[] = [
    { name: 'docType', kind: 'option', options: docTypes },
    { name: 'title', kind: 'text' },
    { name: 'senderUnit', kind: 'text' },
    { name: 'senderKind', kind: 'option', options: senders },
    ...(api.shows('format') ? [{ name: 'format', kind: 'option', options: formats } as const] : []),
    ...(api.shows('classification')
      ? [{ name: 'classification', kind: 'option', options: classifications } as const, { name: 'urgency', kind: 'option', options: urgencies } as const]
      : []),
    { name: 'matters', kind: 'list' },
    { name: 'primaryRecipients', kind: 'list' },
    { name: 'copyTo', kind: 'list' },
    { name: 'skipLevel', kind: 'bool' },
    { name: 'addressedToLeader', kind: 'bool' },
    { name: 'signatoryName', kind: 'text' },
    ...(api.shows('signatoryIsHead') ? [{ name: 'signatoryIsHead', kind: 'bool' } as const] : []),
    ...(signing.length > 0 ? [{ name: 'signingCategory', kind: 'option', options: signing } as const] : []),
    { name: 'involvesOtherUnits', kind: 'bool' },
    {
      name: 'countersigners',
      kind: 'rows',
      describe: (r) => `${textOf(r['unit'])}（${textOf(r['sentOn'])}${r['replied'] ? `，${config.label('document', 'countersigners.replied')}` : ''}）`,
    },
    { name: 'leadProposal', kind: 'text' },
    { name: 'withinDepartmentRemit', kind: 'bool' },
    { name: 'requestsGovernmentIssuance', kind: 'bool' },
    ...(api.shows('isBrief') ? [{ name: 'isBrief', kind: 'bool' } as const, { name: 'briefCharacters', kind: 'text' } as const] : []),
  ];

  const derived = (d: DocumentDerived | null) => {
    if (!d) return null;
    return (
      <DerivedList
        items={[
          ...(d.signing
            ? [
                {
                  label: ui.signing,
                  value: `${d.signing.signer}${d.signing.reviewer ? `（${ui.reviewer}：${d.signing.reviewer}）` : ''}；${d.signing.category}（${d.signing.citation}）`,
                },
              ]
            : []),
          ...d.countersign.map((c) => ({
            label: `${ui.countersignDeadlines}：${c.unit}`,
            value: `${c.due}（${c.workingDays}）· ${config.option(`status.${c.status}`)}（${c.citation}）`,
          })),
        ]}
      />
    );
  };

  return (
    <Frame
      state={state}
      title={ui.documentSheetTitle}
      answers={(v) => buildAnswers(api, v, specs)}
      derived={derived}
      unstyled={props.unstyled}
      className={props.className}
      portalContainer={props.portalContainer}
    >
      <Section legend={ui.sectionDocument}>
        <SelectField name="docType" required options={docTypes} />
        <TextField name="title" required />
        <TextField name="senderUnit" required />
        <SelectField name="senderKind" required options={senders} />
        {api.shows('format') ? <SelectField name="format" options={formats} placeholder={false} /> : null}
        <DocTypeDetails />
      </Section>
      {api.shows('classification') || api.shows('urgency') ? (
        <Section legend={ui.sectionMarkings}>
          {api.shows('classification') ? <SelectField name="classification" required options={classifications} /> : null}
          {api.shows('urgency') ? <SelectField name="urgency" required options={urgencies} /> : null}
        </Section>
      ) : null}
      <Section legend={ui.sectionRouting}>
        <StringList name="primaryRecipients" legend={config.label('document', 'primaryRecipients')} required />
        <StringList name="copyTo" legend={config.label('document', 'copyTo')} />
        <Toggle name="skipLevel">
          <SelectField name="skipLevelGround" options={grounds} />
          <CheckboxField name="bypassedCopied" />
        </Toggle>
        <Toggle name="addressedToLeader">
          <SelectField name="leaderException" options={exceptions} />
        </Toggle>
        <CheckboxField name="withinDepartmentRemit" />
        <CheckboxField name="requestsGovernmentIssuance" />
      </Section>
      <Section legend={ui.sectionSigning}>
        <TextField name="signatoryName" required width="m" />
        {api.shows('signatoryIsHead') ? <CheckboxField name="signatoryIsHead" /> : null}
        {signing.length > 0 ? <SelectField name="signingCategory" options={signing} /> : null}
      </Section>
      <Section legend={ui.sectionCountersign}>
        <CheckboxField name="involvesOtherUnits" />
        {hasComplex ? <CheckboxField name="complex" /> : null}
        <Rows
          name="countersigners"
          legend={config.label('document', 'countersigners')}
          empty={{ unit: '', sentOn: '', replied: false, agreed: true, reasons: '' }}
          renderRow={(prefix) => <CountersignerRow prefix={prefix} />}
        />
        <TextArea name="leadProposal" />
      </Section>
      {api.shows('isBrief') ? (
        <Section legend={ui.sectionBrief}>
          <Toggle name="isBrief">
            <TextField name="briefCharacters" inputMode="numeric" width="s" />
          </Toggle>
        </Section>
      ) : null}
    </Frame>
  );
}

/** A checkbox that reveals the fields that depend on it. */
function Toggle({ name, children }: { name: string; children: React.ReactNode }) {
  const { control } = useFormContext();
  const on = useWatch({ control, name }) as boolean;
  return (
    <>
      <CheckboxField name={name} />
      {on ? <div className="cf-conditional">{children}</div> : null}
    </>
  );
}

/** 请示 lists its matters; 报告 asks whether it carries requests. */
function DocTypeDetails() {
  const { control } = useFormContext();
  const { config } = useFormApi();
  const docType = useWatch({ control, name: 'docType' }) as string;
  if (docType === 'request') return <StringList name="matters" legend={config.label('document', 'matters')} />;
  if (docType === 'report') return <CheckboxField name="reportContainsRequest" />;
  return null;
}

/** One countersigning unit, with its reply deadline computed by the rules core. Only this row re-renders when its date changes. */
const CountersignerRow = memo(function CountersignerRow({ prefix }: { prefix: string }) {
  const { control } = useFormContext();
  const { config } = useFormApi();
  const { ui, fmt } = useUi();
  const [sentOn, replied, agreed, complex] = useWatch({ control, name: [`${prefix}.sentOn`, `${prefix}.replied`, `${prefix}.agreed`, 'complex'] }) as [
    string,
    boolean,
    boolean,
    boolean,
  ];
  const calendar = useMemo(
    () => (config.calendar ? ('isWorkingDay' in config.calendar ? config.calendar : createCalendar(config.calendar)) : defaultCalendar),
    [config.calendar],
  );
  const due = countersignDue(config.profile, { sentOn, replied }, { complex, today: config.today ?? todayInShanghai(), calendar });
  return (
    <>
      <TextField name={`${prefix}.unit`} required />
      <DateField name={`${prefix}.sentOn`} required />
      {due ? (
        <p className="cf-hint" aria-live="polite">
          {fmt(ui.deadlineHint, { due: due.due, days: due.workingDays, status: config.option(`status.${due.status}`) })}
        </p>
      ) : null}
      <CheckboxField name={`${prefix}.replied`} />
      {replied ? <CheckboxField name={`${prefix}.agreed`} /> : null}
      {replied && agreed === false ? <TextArea name={`${prefix}.reasons`} required /> : null}
    </>
  );
});
