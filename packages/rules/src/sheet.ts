/**
 * The printed sheet of a form (请假（外出报备）审批单, 议题申报单, 公文呈批单) as data:
 * the city's title, the answers in the sheet's order, the citation of the route,
 * one signature block per step of the derived route, the derived deadlines and a
 * footer naming the profile, the calendar and the record. Framework-free: the
 * React kit renders it (`<PrintableSheet>`), a server renders it as HTML
 * (`sheetHtml`), from the same model.
 * @module
 */
import type { AgendaDerived } from './forms/agenda.js';
import type { DocumentDerived } from './forms/document.js';
import type { LeaveDerived } from './forms/leave.js';
import type { ValidationResult } from './engine.js';
import { conditionHolds, layoutIn, type FormLayoutSpec, type LayoutField } from './layout/layout.js';
import { formatMessage } from './locales/format.js';
import { catalogueFor, resolveLocale, type LocaleCatalogue } from './locales/index.js';
import type { ResolvedProfile } from './profile/resolve.js';
import { SHEET_STRINGS, type SheetStrings } from './sheet-strings.js';
import type { FormId, Locale } from './types.js';

export { SHEET_STRINGS, type SheetStrings } from './sheet-strings.js';

/**
 * One answer on the sheet.
 * @example
 * ```ts
 * const row: SheetRow = { name: 'reason', label: '事由', value: '赴省发展改革委汇报' };
 * ```
 */
export interface SheetRow {
  /** The field (or a derived value's id, e.g. `absenceDays`). */
  name: string;
  label: string;
  /** The answer as text; '' when not given (shown as 未填写). */
  value: string;
}

/**
 * A section of the answers table (a fieldset of the form).
 * @example
 * ```ts
 * const section: SheetSection = { id: 'applicant', label: '申请人', rows: [{ name: 'applicantName', label: '申请人姓名', value: '李明' }] };
 * ```
 */
export interface SheetSection {
  /** The layout's section id (`applicant`, `absence`, …; `derived` for worked-out values). */
  id: string;
  /** Its heading: the `sectionLabel` option's text for the layout's `labelKey`, else '' (no heading row). */
  label: string;
  rows: SheetRow[];
}

/**
 * One signature block: a step of the route, with 意见, 签字 and 日期 lines.
 * @example
 * ```ts
 * const block: SheetSignature = { action: 'review', actionLabel: '审核', party: '分管副市长', heading: '审核：分管副市长' };
 * ```
 */
export interface SheetSignature {
  /** The route action id (`review`, `collect`, `approve`, …; `sign` for a document's 签发). */
  action: string;
  /** The block's heading, e.g. 审核：分管副市长. */
  heading: string;
  actionLabel: string;
  party: string;
}

/**
 * A derived deadline, e.g. 回抚后书面报告截止 2026-12-09.
 * @example
 * ```ts
 * const d: SheetDeadline = { id: 'return-report', label: '回抚后书面报告截止', date: '2026-12-07', note: '', citation: '依据《抚顺市人民政府工作规则》第五十五条' };
 * ```
 */
export interface SheetDeadline {
  id: string;
  /** e.g. 回抚后书面报告截止. */
  label: string;
  date: string;
  /** What it is about (a countersigning unit and its status), if anything. */
  note: string;
  citation: string;
}

/**
 * The sheet of one form, ready to render.
 * @example
 * ```ts
 * const m: SheetModel = sheetModel('leave', validate('leave', data, { city: 'fushun' }), resolveCity('fushun'));
 * m.heading; // '抚顺市人民政府 请假（外出报备）审批单'
 * ```
 */
export interface SheetModel {
  form: FormId;
  /** The locale the sheet is in (its `lang`). */
  locale: Locale;
  /** e.g. 抚顺市人民政府. */
  issuer: string;
  /** e.g. 请假（外出报备）审批单. */
  title: string;
  /** Issuer and title in one line. */
  heading: string;
  /** The answers by the form's sections (its layout), in the form's order; derived values (the length of an absence) in a last section. */
  sections: SheetSection[];
  /** The citation of the route or signing rule, e.g. 依据《抚顺市人民政府工作规则》第五十四条; '' when none was derived. */
  citation: string;
  signatures: SheetSignature[];
  deadlines: SheetDeadline[];
  footer: {
    profile: { id: string; version: string } | null;
    calendar: { source: string; version: string };
    record: { id: string; submittedAt: string | null } | null;
    /** The footer as one line. */
    text: string;
  };
  /** The words the renderers need (line labels, headings, 未填写, the locale's colon). */
  strings: SheetStrings & { notProvided: string; colon: string };
}

/**
 * Options of {@link sheetModelWith}.
 * @example
 * ```ts
 * const o: SheetOptions = { locale: 'zh-CN', record: { id: '8f1c…', submittedAt: '2026-11-23T02:00:00Z' } };
 * ```
 */
export interface SheetOptions {
  /** Default zh-CN (a locale that is not loaded falls back to zh-CN). */
  locale?: Locale | undefined;
  /** The submitted record: its number is printed in the footer. */
  record?: { id: string; submittedAt?: string | null | undefined } | null | undefined;
  /** Field labels other than the catalogue's (a portal's own wording). */
  label?: ((field: string) => string | undefined) | undefined;
  /** Section headings by the layout's `labelKey` (the React kit passes its `ui` strings); without it the table has no section rows. */
  sectionLabel?: ((labelKey: string) => string | undefined) | undefined;
  /** Words of the sheet other than the built-in ones. */
  strings?: Partial<SheetStrings> | undefined;
}

/**
 * The sheet of a validated form: pass the form's layout (`leaveLayout` from
 * `@city-forms/rules/layout/leave`), the validation result (its cleaned data,
 * derived route and deadlines, profile and calendar) and the city's resolved
 * profile. The answers follow the layout: the sections and fields the form shows
 * for these values, in its order.
 * @example
 * ```ts
 * import { resolveCity, validateWith, sheetModelWith } from '@city-forms/rules/core';
 * import { leaveForm } from '@city-forms/rules/forms/leave';
 * import { leaveLayout } from '@city-forms/rules/layout/leave';
 * const profile = resolveCity('fushun');
 * const sheet = sheetModelWith(leaveLayout, validateWith(leaveForm, data, { city: profile }), profile);
 * sheet.signatures.map((s) => s.heading); // ['审核：分管副市长', '汇总：秘书长', '审批：市长']
 * ```
 */
export function sheetModelWith(layout: FormLayoutSpec, result: ValidationResult, profile: ResolvedProfile, options: SheetOptions = {}): SheetModel {
  const locale = resolveLocale(options.locale ?? 'zh-CN');
  const cat = catalogueFor(locale);
  const form = layout.module.id;
  const data = (result.data ?? {}) as Record<string, unknown>;
  const ctx: ValueContext = { profile, locale, cat, label: (path) => options.label?.(path) ?? cat.fields[form]?.[path] ?? path };
  const sections: SheetSection[] = layoutIn(layout, profile, data, result.issues)
    .filter((sec) => sec.visible)
    .map((sec) => ({
      id: sec.id,
      label: sec.labelKey ? (options.sectionLabel?.(sec.labelKey) ?? '') : '',
      rows: sec.fields.filter((f) => f.visible).map((f) => ({ name: f.name, label: rowLabel(f.name, ctx), value: valueOf(f, f.name, data[f.name], ctx) })),
    }));
  return sheetModelOf(form, sections, result, profile, options);
}

/**
 * A sheet around answers you already have as text (check-your-answers' rows):
 * the title, signature blocks, deadlines and footer are worked out as
 * {@link sheetModelWith} does; `sections` are the table as given.
 * @example
 * ```ts
 * const sheet = sheetModelOf('leave', [{ id: 'answers', label: '', rows: [{ name: 'reason', label: '事由', value: '赴省开会' }] }], result, resolveCity('fushun'));
 * ```
 */
export function sheetModelOf(
  form: FormId,
  sections: readonly SheetSection[],
  result: ValidationResult,
  profile: ResolvedProfile,
  options: SheetOptions = {},
): SheetModel {
  const locale = resolveLocale(options.locale ?? 'zh-CN');
  const cat = catalogueFor(locale);
  const strings: SheetStrings = { ...(SHEET_STRINGS[locale] ?? SHEET_STRINGS['zh-CN']!), ...options.strings };
  const name = profile.name[locale] ?? profile.name['zh-CN'] ?? profile.id;
  const issuer = locale === 'zh-CN' && profile.source.publisher ? profile.source.publisher : formatMessage(locale, strings.issuer, { city: name });
  const title = strings.titles[form] ?? form;
  const derived = derivedParts(form, result.derived, strings, cat, locale);
  noteUncovered(derived.deadlines, result, cat);
  const all = derived.rows.length > 0 ? [...sections, { id: 'derived', label: '', rows: derived.rows }] : [...sections];
  const record = options.record ? { id: options.record.id, submittedAt: options.record.submittedAt ?? null } : null;
  const footer = { profile: result.profile, calendar: result.calendar, record };
  return {
    form,
    locale,
    issuer,
    title,
    heading: `${issuer}${strings.titleSeparator}${title}`,
    sections: all,
    citation: derived.citation,
    signatures: derived.signatures,
    deadlines: derived.deadlines,
    footer: { ...footer, text: footerText(footer, strings, locale) },
    strings: { ...strings, notProvided: cat.notProvided, colon: cat.colon },
  };
}

interface ValueContext {
  profile: ResolvedProfile;
  locale: Locale;
  cat: LocaleCatalogue;
  /** A field's label by its path (`consultations.unit` inside rows). */
  label: (path: string) => string;
}

function rowLabel(name: string, ctx: ValueContext): string {
  // 是否离开本行政区域（离抚）: the city's word for leaving, as the form shows it.
  const away = name === 'leavesJurisdiction' ? ctx.profile.awayLabel?.[ctx.locale] : undefined;
  return away ? `${ctx.label(name)}（${away}）` : ctx.label(name);
}

/** A value as text; '' for a missing one. */
function plain(v: unknown, cat: LocaleCatalogue): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'boolean') return v ? cat.yes : cat.no;
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  return '';
}

/** An answer as text, following its widget: 是/否, a choice's label, a list, rows. `path` is its path in the form. */
function valueOf(f: LayoutField, path: string, v: unknown, ctx: ValueContext): string {
  const { cat } = ctx;
  switch (f.widget) {
    case 'checkbox':
      return v === true ? cat.yes : cat.no;
    case 'select': {
      if (typeof v !== 'string' || v === '') return '';
      const label = f.options?.find((o) => o.id === v)?.label;
      return (label ? (label[ctx.locale] ?? label['zh-CN']) : cat.options[`${path.replace(/\.\d+\./g, '.')}.${v}`]) ?? v;
    }
    case 'list':
      return Array.isArray(v)
        ? v
            .map((x) => plain(x, cat))
            .filter((x) => x !== '')
            .join(cat.listSeparator)
        : '';
    case 'rows':
      return Array.isArray(v) ? v.map((row) => describeRow(f, path, row, ctx)).join(cat.listSeparator) : '';
    default:
      return plain(v, cat);
  }
}

/** 市财政局（意见一致：是，主要负责人已会签：否）: the row's first sub-field, the others it shows labelled in brackets. */
function describeRow(f: LayoutField, path: string, row: unknown, ctx: ValueContext): string {
  if (typeof row !== 'object' || row === null) return '';
  const r = row as Record<string, unknown>;
  const [head, ...rest] = (f.fields ?? []).filter((sub) => sub.applies && conditionHolds(sub.when, {}, new Set(), r));
  const first = head ? valueOf(head, `${path}.${head.name}`, r[head.name], ctx) : '';
  const parts = rest
    .map((sub) => [sub, valueOf(sub, `${path}.${sub.name}`, r[sub.name], ctx)] as const)
    .filter(([, text]) => text !== '')
    .map(([sub, text]) => `${ctx.label(`${path}.${sub.name}`)}${ctx.cat.colon}${text}`);
  return parts.length > 0 ? `${first}（${parts.join('，')}）` : first;
}

interface DerivedParts {
  rows: SheetRow[];
  citation: string;
  signatures: SheetSignature[];
  deadlines: SheetDeadline[];
}

function step(cat: LocaleCatalogue, action: string, party: string, actionLabel = cat.actions[action] ?? action): SheetSignature {
  return { action, actionLabel, party, heading: `${actionLabel}${cat.colon}${party}` };
}

function derivedParts(form: FormId, derived: unknown, strings: SheetStrings, cat: LocaleCatalogue, locale: string): DerivedParts {
  const out: DerivedParts = { rows: [], citation: '', signatures: [], deadlines: [] };
  if (derived) addDerived(out, form, derived, strings, cat, locale);
  // No route derived (a role or category the city gives none for): one block, so the sheet can still be signed.
  if (out.signatures.length === 0) {
    const approve = cat.actions['approve'] ?? 'approve';
    out.signatures.push({ action: 'approve', actionLabel: approve, party: '', heading: approve });
  }
  return out;
}

/**
 * A deadline whose date a derived note marks (`calendar.year-not-covered`: no official
 * 调休 data for its year) says so in its note, by the code's title.
 */
function noteUncovered(deadlines: SheetDeadline[], result: ValidationResult, cat: LocaleCatalogue): void {
  const notes = result.derivedNotes;
  if (!notes || result.derived === null) return;
  const marked = new Set<string>();
  for (const n of notes) {
    const value = n.path.reduce<unknown>(
      (v, k) => (typeof v === 'object' && v !== null ? (v as Record<string | number, unknown>)[k] : undefined),
      result.derived,
    );
    if (n.code === 'calendar.year-not-covered' && typeof value === 'string') marked.add(value);
  }
  const title = cat.codes['calendar.year-not-covered']?.title ?? 'calendar.year-not-covered';
  for (const d of deadlines) if (marked.has(d.date)) d.note = d.note ? `${d.note}${cat.listSeparator}${title}` : title;
}

/** The route (signature blocks and citation), deadlines and worked-out rows of one form's derived results. */
function addDerived(out: DerivedParts, form: FormId, derived: unknown, strings: SheetStrings, cat: LocaleCatalogue, locale: string): void {
  const due = (label: string) => formatMessage(locale, strings.deadline, { label });
  if (form === 'leave') {
    const d = derived as LeaveDerived;
    if (d.route) {
      out.citation = d.route.citation;
      out.signatures = d.route.steps.map((s) => step(cat, s.action, s.party));
    }
    if (d.calendarDays !== null) {
      out.rows.push({
        name: 'absenceDays',
        label: strings.absenceDaysLabel,
        value: formatMessage(locale, strings.absenceDays, { n: d.calendarDays, w: d.workingDays ?? 0 }),
      });
    }
    out.deadlines = d.followUps.map((f) => ({ id: f.id, label: due(f.label), date: f.due, note: '', citation: f.citation }));
  } else if (form === 'agenda') {
    const d = derived as AgendaDerived;
    if (d.route) {
      out.citation = d.route.citation;
      out.signatures = d.route.steps.map((s) => step(cat, s.action, s.party));
    }
    if (d.papersDeadline) out.deadlines.push({ id: 'papers', label: due(strings.papersDue), date: d.papersDeadline, note: '', citation: '' });
    if (d.minutesDue) out.deadlines.push({ id: 'minutes', label: due(strings.minutesDue), date: d.minutesDue.date, note: '', citation: d.minutesDue.citation });
  } else if (form === 'document') {
    const d = derived as DocumentDerived;
    if (d.signing) {
      out.citation = d.signing.citation;
      if (d.signing.reviewer) out.signatures.push(step(cat, 'review', d.signing.reviewer));
      out.signatures.push(step(cat, 'sign', d.signing.signer, strings.sign));
    }
    out.deadlines = d.countersign.map((c, i) => ({
      id: `countersign-${i}`,
      label: due(strings.countersignReply),
      date: c.due,
      note: `${c.unit}${cat.colon}${cat.options[`status.${c.status}`] ?? c.status}`,
      citation: c.citation,
    }));
  }
}

/** An ISO instant as a date and time in Asia/Shanghai (UTC+8, no daylight saving): 2026-11-23 10:00. */
function shanghaiTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Date(t + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

function footerText(footer: Omit<SheetModel['footer'], 'text'>, s: SheetStrings, locale: string): string {
  const parts: string[] = [];
  if (footer.profile) parts.push(formatMessage(locale, s.profile, { id: footer.profile.id, version: footer.profile.version }));
  parts.push(formatMessage(locale, s.calendar, { source: footer.calendar.source, version: footer.calendar.version }));
  if (footer.record) {
    parts.push(formatMessage(locale, s.record, { id: footer.record.id }));
    if (footer.record.submittedAt) parts.push(formatMessage(locale, s.submittedAt, { at: shanghaiTime(footer.record.submittedAt) }));
  } else parts.push(s.notSubmitted);
  return parts.join(s.footerSeparator);
}
