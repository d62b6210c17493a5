/**
 * Each form in real Chromium, two cities each, filled by keyboard as a user
 * would: trigger a city rule, see the summary and its citation, fix it, open
 * check-your-answers, change an answer via its link, submit; a rejected submit
 * keeps every value; a draft survives a remount; axe finds nothing at each step.
 */
import '@city-forms/rules/cities';
import { FIXTURES } from '@city-forms/rules/fixtures';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/styles.css';
import { AgendaForm } from '../../src/forms/AgendaForm.js';
import { DocumentSheet } from '../../src/forms/DocumentSheet.js';
import { LeaveForm } from '../../src/forms/LeaveForm.js';
import { Page, expectNoAxeViolations } from './helpers.js';
// English is opt-in for the per-form entries, as in a portal: import it once.
import '../../src/locales/en.js';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

/** Focus a field by its label and type, replacing what is there, keyboard only. */
async function typeInto(label: RegExp | string, text: string) {
  const el = page.getByLabelText(label).first();
  await el.click();
  await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
  if (text) await userEvent.keyboard(text);
}

async function selectOption(label: RegExp | string, optionText: string) {
  await page.getByLabelText(label).first().selectOptions(optionText);
}

async function press(name: string | RegExp) {
  const b = page.getByRole('button', { name }).first();
  (b.element() as HTMLElement).focus();
  await userEvent.keyboard('{Enter}');
}

type Journey = {
  name: string;
  render: (props: { draftKey: string; onSubmit: (d: unknown) => Promise<void> }) => React.ReactElement;
  article: string;
  en?: boolean;
  /** A text field typed into before the remount (the draft must bring it back). */
  draftField: RegExp;
  fix: () => Promise<void>;
  /** The answer changed through its Change link. */
  change: { link: RegExp; field: RegExp; text: string };
};

const journeys: Journey[] = [
  {
    name: 'leave · fushun: notice too short (五十四)',
    render: (p) => <LeaveForm city="fushun" today="2026-11-23" defaultValues={FIXTURES.fushun.leave.violations['leave.notice-too-short']!.data} {...p} />,
    article: '五十四',
    draftField: /^事由/,
    fix: async () => {
      await typeInto(/开始日期/, '2026-12-01');
      await typeInto(/结束日期/, '2026-12-02');
    },
    change: { link: /修改\s*前往地点/, field: /前往地点/, text: '大连市' },
  },
  {
    name: 'leave · jining: contact missing (八十)',
    render: (p) => <LeaveForm city="jining" today="2026-11-23" defaultValues={FIXTURES.jining.leave.violations['leave.contact-missing']!.data} {...p} />,
    article: FIXTURES.jining.leave.violations['leave.contact-missing']!.article,
    draftField: /申请人姓名/,
    fix: async () => typeInto(/联系电话/, '13900000000'),
    change: { link: /修改\s*前往地点/, field: /前往地点/, text: '济南市' },
  },
  {
    name: 'agenda · huarong: 会签 missing (四十六)',
    render: (p) => (
      <AgendaForm city="huarong" today="2026-11-23" defaultValues={FIXTURES.huarong.agenda.violations['agenda.countersign-missing']!.data} {...p} />
    ),
    article: FIXTURES.huarong.agenda.violations['agenda.countersign-missing']!.article,
    draftField: /议题名称/,
    fix: async () => {
      (
        page
          .getByLabelText(/主要负责人已会签/)
          .first()
          .element() as HTMLElement
      ).focus();
      await userEvent.keyboard(' ');
    },
    change: { link: /修改\s*承办单位/, field: /承办单位/, text: '区住建局' },
  },
  {
    name: 'agenda · jining: papers late (四十九)',
    render: (p) => <AgendaForm city="jining" today="2026-11-23" defaultValues={FIXTURES.jining.agenda.violations['agenda.papers-late']!.data} {...p} />,
    article: FIXTURES.jining.agenda.violations['agenda.papers-late']!.article,
    draftField: /议题名称/,
    fix: async () => {
      (page.getByLabelText(/^特殊情况$/).element() as HTMLElement).focus();
      await userEvent.keyboard(' ');
      await typeInto(/特殊情况说明/, '市长指定本次会议审议');
    },
    change: { link: /修改\s*议题名称/, field: /议题名称/, text: '（修订稿）' },
  },
  {
    name: 'document · jining: markings missing (五十六)',
    render: (p) => (
      <DocumentSheet city="jining" today="2026-11-23" defaultValues={FIXTURES.jining.document.violations['document.markings-missing']!.data} {...p} />
    ),
    article: FIXTURES.jining.document.violations['document.markings-missing']!.article,
    draftField: /公文标题/,
    fix: async () => {
      await selectOption(/密级/, '非密');
      await selectOption(/紧急程度/, '平件');
    },
    change: { link: /修改\s*签发人/, field: /签发人$|签发人（必填）/, text: '（代）' },
  },
  {
    name: 'document · xianning (English): several primary recipients (五十五)',
    en: true,
    render: (p) => (
      <DocumentSheet
        city="xianning"
        locale="en"
        today="2026-11-23"
        defaultValues={FIXTURES.xianning.document.violations['document.multiple-primary-recipients']!.data}
        {...p}
      />
    ),
    article: FIXTURES.xianning.document.violations['document.multiple-primary-recipients']!.article,
    draftField: /^Document title/,
    fix: async () => press(/Remove.*2/),
    change: { link: /Change\s*Document title/, field: /^Document title/, text: ' (revised)' },
  },
];

describe.each(journeys)('$name', (j) => {
  it('by keyboard: draft survives a remount → rule in the summary with its citation → fix → check answers → change via link → rejected submit keeps values → submit; axe clean throughout', async () => {
    const t = j.en
      ? {
          cont: 'Continue',
          summary: 'There is a problem',
          restored: 'We restored the draft',
          check: 'Check your answers',
          confirm: 'Confirm and submit',
          back: 'Back to the form',
        }
      : { cont: '继续', summary: '有以下问题', restored: '已恢复您上次未提交的草稿', check: '核对您的信息', confirm: '确认提交', back: '返回修改' };
    let attempts = 0;
    const onSubmit = vi.fn(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('503 服务暂时不可用');
    });
    const key = `journey-${j.name}`;
    const first = render(<Page>{j.render({ draftKey: key, onSubmit })}</Page>);
    await expectNoAxeViolations();

    // A draft survives a remount.
    const draftInput = page.getByLabelText(j.draftField).first();
    (draftInput.element() as HTMLElement).focus();
    await userEvent.keyboard('{End}·草稿');
    const typed = (draftInput.element() as HTMLInputElement).value;
    await expect.poll(() => localStorage.getItem(`city-forms:draft:${key}`) ?? '').toContain('·草稿');
    first.unmount();
    render(<Page>{j.render({ draftKey: key, onSubmit })}</Page>);
    await expect.element(page.getByText(t.restored)).toBeInTheDocument();
    await expect.element(page.getByLabelText(j.draftField).first()).toHaveValue(typed);

    // The city rule: summary, focus, citation.
    await press(t.cont);
    const summary = page.getByRole('alert');
    await expect.element(summary).toHaveTextContent(t.summary);
    await expect.element(summary).toHaveTextContent(j.article);
    await expect.poll(() => document.activeElement === summary.element()).toBe(true);
    await expectNoAxeViolations();

    // Fix it, review, change an answer through its link.
    await j.fix();
    await press(t.cont);
    await expect.element(page.getByRole('dialog')).toHaveTextContent(t.check);
    await expectNoAxeViolations();
    await press(j.change.link);
    await expect.poll(() => document.activeElement === page.getByLabelText(j.change.field).first().element()).toBe(true);
    await userEvent.keyboard(`{End}${j.change.text}`);
    const changed = (page.getByLabelText(j.change.field).first().element() as HTMLInputElement).value;
    await press(t.cont);
    await expect.element(page.getByRole('dialog')).toHaveTextContent(changed);

    // The first submit is rejected: the error shows, every value stays.
    await press(t.confirm);
    await expect.element(page.getByRole('dialog').getByRole('alert')).toHaveTextContent('503 服务暂时不可用');
    await expectNoAxeViolations();
    await press(t.back);
    await expect.element(page.getByLabelText(j.change.field).first()).toHaveValue(changed);
    await expect.element(page.getByLabelText(j.draftField).first()).toHaveValue(j.draftField.source === j.change.field.source ? changed : typed);

    // The retry goes through; the draft is cleared.
    await press(t.cont);
    await press(t.confirm);
    await expect.poll(() => onSubmit.mock.calls.length).toBe(2);
    await expect.poll(() => localStorage.getItem(`city-forms:draft:${key}`)).toBeNull();
    await expectNoAxeViolations();
  });
});
