/**
 * `<DocumentSheet>`: the document submission sheet (公文报送 / 呈批单).
 * @module
 */
import { createCalendar, defaultCalendar, todayInShanghai } from '@city-forms/rules/core';
import { countersignDue, documentForm, type DocumentDerived } from '@city-forms/rules/forms/document';
import { documentLayout } from '@city-forms/rules/layout/document';
import { memo, useMemo, type ReactElement } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useUi } from '../fields/fields.js';
import { Rows, StringList } from '../fields/lists.js';
import { buildAnswers } from '../internal/answers.js';
import { DerivedList, Frame } from '../internal/Frame.js';
import { useFormApi } from '../internal/form-context.js';
import { LayoutView, type LayoutExtras, useLayout } from '../internal/Layout.js';
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

/** Each countersigning unit's reply deadline, after its 发送日期 (computed by the rules core). */
const EXTRAS: LayoutExtras = { Rows, StringList, after: { 'countersigners.sentOn': (prefix) => <ReplyDeadline prefix={prefix.slice(0, -1)} /> } };

function DocumentSheetBody(props: DocumentSheetProps) {
  const state = useCityForm<'document'>(documentForm, props);
  const { config } = state;
  const { ui } = config;
  const sections = useLayout(documentLayout, config);

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
      answers={(v, issues) => buildAnswers(documentLayout, config, v, issues)}
      derived={derived}
      unstyled={props.unstyled}
      className={props.className}
      portalContainer={props.portalContainer}
    >
      <LayoutView sections={sections} extras={EXTRAS} />
    </Frame>
  );
}

/** A countersigning unit's reply deadline, shown under its date. Only this row re-renders when its date changes. */
const ReplyDeadline = memo(function ReplyDeadline({ prefix }: { prefix: string }) {
  const { control } = useFormContext();
  const { config } = useFormApi();
  const { ui, fmt } = useUi();
  const [sentOn, replied, complex] = useWatch({ control, name: [`${prefix}.sentOn`, `${prefix}.replied`, 'complex'] }) as [string, boolean, boolean];
  const calendar = useMemo(
    () => (config.calendar ? ('isWorkingDay' in config.calendar ? config.calendar : createCalendar(config.calendar)) : defaultCalendar),
    [config.calendar],
  );
  const due = countersignDue(config.profile, { sentOn, replied }, { complex, today: config.today ?? todayInShanghai(), calendar });
  if (!due) return null;
  return (
    <p className="cf-hint" aria-live="polite">
      {fmt(ui.deadlineHint, { due: due.due, days: due.workingDays, status: config.option(`status.${due.status}`) })}
    </p>
  );
});
