/**
 * The story kit: every story of every form and city is built here from the shared
 * fixtures (`@city-forms/rules/fixtures`) and the rule table (`describeRules`), so
 * no story holds a copy of fixture data. The generated story files
 * (`src/generated/*.stories.tsx`, written by `scripts/generate.ts`) only name the
 * stories statically, as CSF requires, and call these factories.
 *
 * Play functions act as a user would: they click 「继续」/"Continue" and read what
 * is on the screen (error summary, warnings, the check-your-answers dialog).
 * @module
 */
import { uiZhCN, type AgendaFormProps, type DocumentSheetProps, type LeaveFormProps, type UiKey } from '@city-forms/react';
import { LAYOUTS, catalogueFor, describeRules, formLayout, resolveCity, validate, type FormId, type Issue, type Locale } from '@city-forms/rules';
import { FIXTURES } from '@city-forms/rules/fixtures';
import type { ReactRenderer } from '@storybook/react-vite';
import type { ComponentAnnotations, StoryAnnotations } from 'storybook/internal/types';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import type { CityId, UiFormId } from './names';

export { CITIES, FORMS, storyExportName, violationsOf, type CityId } from './names';

/** Props of each form's component. */
export interface FormProps {
  leave: LeaveFormProps;
  agenda: AgendaFormProps;
  document: DocumentSheetProps;
}

/** What the user sees, by locale (written out on purpose: a changed label should fail a story). */
const SEEN = {
  'zh-CN': {
    submit: '继续',
    summaryTitle: '有以下问题',
    checkTitle: '核对您的信息',
    warningsTitle: '请注意',
    restored: /已恢复/,
    derivedTitle: '办理信息',
  },
  en: {
    submit: 'Continue',
    summaryTitle: 'There is a problem',
    checkTitle: 'Check your answers',
    warningsTitle: 'Please note',
    restored: /We restored the draft/,
    derivedTitle: 'What happens next',
  },
} as const;

/** The field a story reads back to check that values reached the form (a text field every city shows). */
const SAMPLE_FIELD: Record<UiFormId, string> = { leave: 'applicantName', agenda: 'title', document: 'title' };

/** How a citation names the article: 第五十四条 / article 五十四. */
const articleText = (article: string, locale: Locale) => (locale === 'en' ? `article ${article}` : `第${article}条`);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The localStorage key the kit uses for a draft (see packages/react/src/internal/drafts.ts). */
export const draftStorageKey = (draftKey: string) => `city-forms:draft:${draftKey}`;

function labelOf(form: FormId, field: string, locale: Locale): RegExp {
  const fields = catalogueFor(locale).fields[form];
  return new RegExp(`^${escapeRe(fields[field] ?? field)}`);
}

/**
 * What the empty form must show, read from the form's layout (`formLayout`): each
 * section that has a field applying in the city, as a group named by its legend,
 * and each field that applies and is not waiting for a condition, by its label
 * (a list or rows field is a group named by its label).
 */
async function expectLayout(canvasElement: HTMLElement, form: FormId, city: CityId) {
  if (!(form in LAYOUTS)) return;
  const canvas = within(canvasElement);
  for (const section of formLayout(form, resolveCity(city))) {
    const shown = section.fields.filter((f) => f.applies && !f.when);
    if (section.labelKey && section.fields.some((f) => f.applies)) {
      await expect(canvas.getByRole('group', { name: uiZhCN[section.labelKey as UiKey] })).toBeVisible();
    }
    for (const f of shown) {
      if (f.widget === 'rows' || f.widget === 'list') await expect(canvas.getByRole('group', { name: labelOf(form, f.name, 'zh-CN') })).toBeVisible();
      else await expect(canvas.getAllByLabelText(labelOf(form, f.name, 'zh-CN')).length, `${form}.${f.name} is on the form`).toBeGreaterThan(0);
    }
  }
}

/** The issues the rules core reports for a rule on this data: what the screen must show. */
function expectedIssues(form: FormId, city: CityId, code: string, locale: Locale): Issue[] {
  const fx = FIXTURES[city][form];
  const v = fx.violations[code]!;
  const result = validate(form, v.data, { city, today: fx.today, locale, context: v.context ?? fx.context });
  return result.issues.filter((i) => i.code === code);
}

/**
 * The story factories of one form in one city.
 * @example
 * ```ts
 * const kit = storyKit('leave', 'fushun');
 * export const Empty = { ...kit.empty };
 * ```
 */
export function storyKit<F extends UiFormId>(form: F, city: CityId) {
  type Args = FormProps[F];
  // StoryAnnotations, not StoryObj: StoryObj is a conditional type that stays unresolved for a generic F.
  type Story = StoryAnnotations<ReactRenderer, Args>;
  const fx = FIXTURES[city][form];
  const rules = describeRules({ city, form });
  const profile = resolveCity(city);
  const sampleField = SAMPLE_FIELD[form];
  const sampleValue = String((fx.valid as Record<string, string | undefined>)[sampleField] ?? '');

  const args = (extra: Partial<Args> = {}): Partial<Args> => ({ city, today: fx.today, ...(fx.context ? { context: fx.context } : {}), ...extra });

  const clickSubmit = async (canvasElement: HTMLElement, locale: Locale) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: SEEN[locale].submit }));
  };

  const violation = (code: string, locale: Locale = 'zh-CN'): Story => {
    const v = fx.violations[code];
    const entry = rules.find((r) => r.code === code);
    if (!v || !entry) throw new Error(`No fixture violation or rule ${code} for ${city} ${form}`);
    const seen = SEEN[locale];
    return {
      args: args({ defaultValues: v.data, locale, ...(v.context ? { context: v.context } : {}) } as Partial<Args>),
      play: async ({ canvasElement, step }) => {
        const issues = expectedIssues(form, city, code, locale);
        await expect(issues.length, `the rules core reports ${code} on its fixture`).toBeGreaterThan(0);
        await step(`Click ${seen.submit}`, () => clickSubmit(canvasElement, locale));
        if (v.severity === 'error') {
          await step('The error summary lists the rule with its citation', async () => {
            const summary = await within(canvasElement).findByRole('alert');
            await expect(within(summary).getByRole('heading', { name: seen.summaryTitle })).toBeVisible();
            for (const issue of issues) {
              await expect(within(summary).getByRole('link', { name: issue.message })).toBeVisible();
            }
            await expect(summary).toHaveTextContent(entry.citation[locale]);
            await expect(summary).toHaveTextContent(articleText(v.article, locale));
            await waitFor(() => expect(summary).toHaveFocus());
          });
        } else {
          // A warning never blocks: check-your-answers opens and carries it.
          await step('Check-your-answers opens with the warning and its citation', async () => {
            const dialog = await screen.findByRole('dialog', { name: seen.checkTitle });
            const heading = within(dialog).getByRole('heading', { name: seen.warningsTitle });
            const notes = heading.closest<HTMLElement>('[role="status"]')!;
            for (const issue of issues) await expect(notes).toHaveTextContent(issue.message);
            await expect(notes).toHaveTextContent(entry.citation[locale]);
            await expect(notes).toHaveTextContent(articleText(v.article, locale));
          });
        }
      },
    };
  };

  const firstError = rules.find((r) => fx.violations[r.code]?.severity === 'error');

  return {
    meta: {
      args: args({ onSubmit: fn() }),
      parameters: { city, form, profile: { id: profile.id, name: profile.name } },
    } satisfies ComponentAnnotations<ReactRenderer, Args>,

    /** The empty form, as a user first sees it: every section and field of its layout that applies in the city. */
    empty: {
      play: async ({ canvasElement }) => {
        const canvas = within(canvasElement);
        await expectLayout(canvasElement, form, city);
        await expect(canvas.getByRole('button', { name: SEEN['zh-CN'].submit })).toBeVisible();
        await expect(canvas.getByLabelText(labelOf(form, sampleField, 'zh-CN'))).toHaveValue('');
        await expect(canvas.queryByRole('alert')).toBeNull();
      },
    } satisfies Story,

    /** The fixture's valid submission, filled in. */
    filledValid: {
      args: args({ defaultValues: fx.valid } as Partial<Args>),
      play: async ({ canvasElement }) => {
        await expect(within(canvasElement).getByLabelText(labelOf(form, sampleField, 'zh-CN'))).toHaveValue(sampleValue);
      },
    } satisfies Story,

    violation,

    /** Valid data; 继续 opens check-your-answers (a Radix dialog in a portal). */
    checkYourAnswersOpen: {
      args: args({ defaultValues: fx.valid } as Partial<Args>),
      play: async ({ canvasElement, step }) => {
        await step('Click 继续', () => clickSubmit(canvasElement, 'zh-CN'));
        const dialog = await screen.findByRole('dialog', { name: SEEN['zh-CN'].checkTitle });
        await expect(dialog).toHaveTextContent(sampleValue);
        await expect(within(dialog).getByRole('heading', { name: SEEN['zh-CN'].derivedTitle })).toBeVisible();
        await expect(within(canvasElement).queryByRole('alert', { hidden: true })).toBeNull();
      },
    } satisfies Story,

    /** A draft saved earlier is restored on mount, with a notice. */
    draftRestored: {
      args: args({ draftKey: `stories:${form}:${city}` }),
      beforeEach: () => {
        const key = draftStorageKey(`stories:${form}:${city}`);
        localStorage.setItem(
          key,
          JSON.stringify({
            v: 1,
            profile: { id: profile.id, version: profile.version },
            savedAt: new Date(`${fx.today}T09:00:00+08:00`).toISOString(),
            values: fx.valid,
          }),
        );
        return () => localStorage.removeItem(key);
      },
      play: async ({ canvasElement }) => {
        const canvas = within(canvasElement);
        const notice = await canvas.findByText(SEEN['zh-CN'].restored);
        await expect(notice.closest('[role="status"]')).not.toBeNull();
        await expect(canvas.getByLabelText(labelOf(form, sampleField, 'zh-CN'))).toHaveValue(sampleValue);
      },
    } satisfies Story,

    /** The same form in English: a rule's message and citation in English. */
    english: firstError
      ? violation(firstError.code, 'en')
      : ({
          args: args({ locale: 'en' }),
          play: async ({ canvasElement }) => {
            await expect(within(canvasElement).getByRole('button', { name: SEEN.en.submit })).toBeVisible();
          },
        } satisfies Story),
  };
}
