/**
 * Each form in real Chromium, two cities each, filled by keyboard as a user
 * would: trigger a city rule, see the summary and its citation, fix it, open
 * check-your-answers, change an answer via its link, submit; a rejected submit
 * keeps every value; a draft survives a remount; axe finds nothing at each step.
 */
import { FIXTURES } from '@city-forms/rules/fixtures';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/styles.css';
import { AgendaForm } from '../../src/forms/AgendaForm.js';
import { DocumentSheet } from '../../src/forms/DocumentSheet.js';
import { LeaveForm } from '../../src/forms/LeaveForm.js';
import { Page, expectNoAxeViolations } from './helpers.js';

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
  await b.element().focus?.();
  (b.element() as HTMLElement).focus();
  await userEvent.keyboard('{Enter}');
}

describe('LeaveForm in Chromium', () => {
  it('fushun: notice too short → summary with 第五十四条 → fix → check answers → change → submit', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    render(<Page><LeaveForm city="fushun" today="2026-11-23" draftKey="b-leave" onSubmit={onSubmit} /></Page>);
    await expectNoAxeViolations();
    await typeInto(/申请人姓名/, '李明');
    await selectOption(/职务/, '市政府组成人员');
    await selectOption(/外出事由类别/, '公务出差');
    (page.getByLabelText(/离抚/).element() as HTMLElement).focus();
    await userEvent.keyboard(' ');
    await typeInto(/开始日期/, '2026-11-24');
    await typeInto(/结束日期/, '2026-11-25');
    await typeInto(/^事由/, '赴省参加会议');
    await press('继续');
    const summary = page.getByRole('alert');
    await expect.element(summary).toHaveTextContent('有以下问题');
    await expect.element(summary).toHaveTextContent('依据《抚顺市人民政府工作规则》第五十四条');
    await expect.element(summary).toHaveTextContent('最早可于2026-11-26开始');
    expect(document.activeElement).toBe(summary.element());
    await expectNoAxeViolations();
    // follow the summary link by keyboard: it focuses the start date
    (summary.getByRole('link').first().element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(page.getByLabelText(/开始日期/).element());
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}2026-12-01');
    await typeInto(/结束日期/, '2026-12-02');
    await press('继续');
    const dialog = page.getByRole('dialog');
    await expect.element(dialog).toHaveTextContent('核对您的信息');
    await expect.element(dialog).toHaveTextContent('审批：市长');
    await expectNoAxeViolations();
    await press(/修改\s*前往地点/);
    await expect.poll(() => document.activeElement === page.getByLabelText(/前往地点/).element()).toBe(true);
    await userEvent.keyboard('沈阳市');
    await press('继续');
    await expect.element(page.getByRole('dialog')).toHaveTextContent('沈阳市');
    await press('确认提交');
    await expect.poll(() => onSubmit.mock.calls.length).toBe(1);
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ applicantName: '李明', destination: '沈阳市', startDate: '2026-12-01' });
    await expect.poll(() => localStorage.getItem('city-forms:draft:b-leave')).toBeNull();
    await expectNoAxeViolations();
  });

  it('jining: a rejected submit keeps every value and shows the error', async () => {
    const onSubmit = vi.fn().mockRejectedValue(new Error('服务器暂时不可用'));
    render(<Page><LeaveForm city="jining" today="2026-11-23" defaultValues={FIXTURES.jining.leave.valid} onSubmit={onSubmit} /></Page>);
    await press('继续');
    await press('确认提交');
    await expect.element(page.getByRole('dialog').getByRole('alert')).toHaveTextContent('服务器暂时不可用');
    await expectNoAxeViolations();
    await press('返回修改');
    await expect.element(page.getByLabelText(/申请人姓名/)).toHaveValue(FIXTURES.jining.leave.valid.applicantName);
    await expect.element(page.getByLabelText(/联系电话/)).toHaveValue(FIXTURES.jining.leave.valid.contactPhone ?? '');
  });
});

describe('AgendaForm in Chromium', () => {
  it('huarong: 会签 missing → summary with 第四十六条 → tick it → submit; the draft survives a remount', async () => {
    const v = FIXTURES.huarong.agenda.violations['agenda.countersign-missing']!;
    const { unmount } = render(<Page><AgendaForm city="huarong" today="2026-11-23" draftKey="b-agenda" defaultValues={v.data} /></Page>);
    await typeInto(/议题名称/, '关于城区排水改造的议题');
    await press('继续');
    const summary = page.getByRole('alert');
    await expect.element(summary).toHaveTextContent(`第${v.article}条`);
    await expectNoAxeViolations();
    await expect.poll(() => localStorage.getItem('city-forms:draft:b-agenda') ?? '').toContain('关于城区排水改造的议题');
    unmount();
    render(<Page><AgendaForm city="huarong" today="2026-11-23" draftKey="b-agenda" /></Page>);
    await expect.element(page.getByText(/已恢复您上次未提交的草稿/)).toBeInTheDocument();
    await expect.element(page.getByLabelText(/议题名称/)).toHaveValue('关于城区排水改造的议题');
    const box = page.getByLabelText(/主要负责人已会签/).first();
    (box.element() as HTMLElement).focus();
    await userEvent.keyboard(' ');
    await press('继续');
    await expect.element(page.getByRole('dialog')).toHaveTextContent('核对您的信息');
    await expectNoAxeViolations();
  });

  it('jining: papers late cites 第四十九条', async () => {
    const v = FIXTURES.jining.agenda.violations['agenda.papers-late']!;
    render(<Page><AgendaForm city="jining" today="2026-11-23" defaultValues={v.data} /></Page>);
    await press('继续');
    await expect.element(page.getByRole('alert')).toHaveTextContent(`第${v.article}条`);
    await expectNoAxeViolations();
  });
});

describe('DocumentSheet in Chromium', () => {
  it('jining: markings missing → choose 密级 and 紧急程度 by keyboard → check answers', async () => {
    const v = FIXTURES.jining.document.violations['document.markings-missing']!;
    render(<Page><DocumentSheet city="jining" today="2026-11-23" defaultValues={v.data} /></Page>);
    await press('继续');
    await expect.element(page.getByRole('alert')).toHaveTextContent('济宁市人民政府工作规则');
    await expectNoAxeViolations();
    await selectOption(/密级/, '非密');
    await selectOption(/紧急程度/, '平件');
    await press('继续');
    await expect.element(page.getByRole('dialog')).toHaveTextContent('核对您的信息');
    await expectNoAxeViolations();
  });

  it('xianning: several primary recipients → remove one → submit in English', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    const v = FIXTURES.xianning.document.violations['document.multiple-primary-recipients']!;
    render(<Page><DocumentSheet city="xianning" locale="en" today="2026-11-23" defaultValues={v.data} onSubmit={onSubmit} /></Page>);
    await press('Continue');
    await expect.element(page.getByRole('alert')).toHaveTextContent('There is a problem');
    await press(/Remove.*2/);
    await press('Continue');
    await press('Confirm and submit');
    await expect.poll(() => onSubmit.mock.calls.length).toBe(1);
    await expectNoAxeViolations();
  });
});
