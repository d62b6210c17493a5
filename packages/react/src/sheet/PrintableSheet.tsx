/**
 * `<PrintableSheet>`: a form's paper sheet (请假（外出报备）审批单, 议题申报单,
 * 公文呈批单) rendered from its model (`sheetModelWith` in `@city-forms/rules`): the
 * city's title, a bordered table of the answers, the citation, the deadlines, one
 * signature block per route step with 意见, 签字 and 日期 lines, and the footer. The
 * markup and classes are those of the rules' `sheetHtml`, so one stylesheet (the
 * kit's styles.css, themable through `--cf-*`) prints both on A4.
 * @module
 */
import type { SheetModel, SheetRow } from '@city-forms/rules/core';
import type { ReactElement } from 'react';

/**
 * Props of `<PrintableSheet>`.
 * @example
 * ```tsx
 * const props: PrintableSheetProps = { model: sheetModel('leave', result, 'fushun'), headingLevel: 2 };
 * ```
 */
export interface PrintableSheetProps {
  /** The sheet's model (`sheetModel` / `sheetModelWith` from `@city-forms/rules`). */
  model: SheetModel;
  /** The level of the title's heading (1 on a page of its own; default 2, under the portal's h1). */
  headingLevel?: 1 | 2 | 3 | undefined;
  /** Leave the kit's look off (style the .cf-sheet classes yourself). */
  unstyled?: boolean | undefined;
  className?: string | undefined;
}

function Row({ row, empty }: { row: SheetRow; empty: string }) {
  return (
    <tr className="cf-sheet__row">
      <th scope="row">{row.label}</th>
      <td>{row.value === '' ? <span className="cf-sheet__empty">{empty}</span> : row.value}</td>
    </tr>
  );
}

/**
 * The paper sheet of a form, for the screen and for print (A4 portrait; rows and
 * signature blocks never split across pages). Place it in your own page, or print
 * it with `printSheet()`.
 * @example
 * ```tsx
 * import { PrintableSheet } from '@city-forms/react/sheet';
 * import { sheetModel, validate } from '@city-forms/rules';
 * import '@city-forms/react/styles.css';
 *
 * const result = validate('leave', record.data, { city: 'fushun' });
 * <PrintableSheet model={sheetModel('leave', result, 'fushun', { record: { id: record.id } })} />;
 * ```
 */
export function PrintableSheet({ model, headingLevel = 2, unstyled, className }: PrintableSheetProps): ReactElement {
  const s = model.strings;
  const H = `h${headingLevel}` as const;
  const Sub = `h${Math.min(headingLevel + 1, 6)}` as 'h2';
  const Step = `h${Math.min(headingLevel + 2, 6)}` as 'h3';
  const line = (label: string, extra = '') => (
    <div className={`cf-sheet__line${extra}`}>
      <span>
        {label}
        {s.colon}
      </span>
    </div>
  );
  return (
    <div className={['cf-root', unstyled ? '' : 'cf-theme', 'cf-sheet-root', className ?? ''].filter(Boolean).join(' ')}>
      <article className="cf-sheet" lang={model.locale} data-form={model.form}>
        <header className="cf-sheet__header">
          <p className="cf-sheet__issuer">{model.issuer}</p>
          <H className="cf-sheet__title">{model.title}</H>
        </header>
        <table className="cf-sheet__table">
          <caption className="cf-sheet__caption">{s.answers}</caption>
          {model.sections.map((sec) => (
            <tbody className="cf-sheet__section" data-section={sec.id} key={sec.id}>
              {sec.label ? (
                <tr className="cf-sheet__section-row">
                  <th colSpan={2} scope="rowgroup">
                    {sec.label}
                  </th>
                </tr>
              ) : null}
              {sec.rows.map((r) => (
                <Row key={r.name} row={r} empty={s.notProvided} />
              ))}
            </tbody>
          ))}
        </table>
        {model.citation ? <p className="cf-sheet__citation">{model.citation}</p> : null}
        {model.deadlines.length > 0 ? (
          <section className="cf-sheet__deadlines">
            <Sub className="cf-sheet__h2">{s.deadlines}</Sub>
            <ul>
              {model.deadlines.map((d) => (
                <li className="cf-sheet__deadline" key={d.id}>
                  <span className="cf-sheet__deadline-label">{d.label}</span> <span className="cf-sheet__date">{d.date}</span>
                  {d.note ? <span className="cf-sheet__note">（{d.note}）</span> : null}
                  {d.citation ? <span className="cf-sheet__cite"> {d.citation}</span> : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <section className="cf-sheet__signatures">
          <Sub className="cf-sheet__h2">{s.signatures}</Sub>
          {model.signatures.map((g, i) => (
            <section className="cf-sheet__signature" key={i}>
              <Step className="cf-sheet__step">{g.heading}</Step>
              {line(s.opinion, ' cf-sheet__line--opinion')}
              <div className="cf-sheet__sign">
                {line(s.signature)}
                {line(s.date)}
              </div>
            </section>
          ))}
        </section>
        <footer className="cf-sheet__footer">{model.footer.text}</footer>
      </article>
    </div>
  );
}
