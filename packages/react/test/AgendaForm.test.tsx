import { FIXTURES } from '@city-forms/rules/fixtures';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { AgendaForm } from '../src/forms/AgendaForm.js';

describe('<AgendaForm>', () => {
  it('follows the profile: huarong asks for the main heads’ 会签 signature, fushun does not', () => {
    const { unmount } = render(<AgendaForm city="huarong" today="2026-11-23" defaultValues={FIXTURES.huarong.agenda.valid} />);
    expect(screen.getAllByLabelText(/主要负责人已会签/).length).toBeGreaterThan(0);
    unmount();
    render(<AgendaForm city="fushun" today="2026-11-23" defaultValues={FIXTURES.fushun.agenda.valid} />);
    expect(screen.queryByLabelText(/主要负责人已会签/)).toBeNull();
  });

  it('shows meeting kinds from the profile (区长办公会议 in huarong)', () => {
    render(<AgendaForm city="huarong" today="2026-11-23" />);
    const select = screen.getByLabelText<HTMLSelectElement>(/会议类型/);
    expect([...select.options].map((o) => o.text).join(',')).toContain('区长办公会议');
  });

  it('reports a jining papers-late violation with its article, and the special-case escape clears it', async () => {
    const user = userEvent.setup();
    const v = FIXTURES.jining.agenda.violations['agenda.papers-late']!;
    render(<AgendaForm city="jining" today={FIXTURES.jining.agenda.today} defaultValues={v.data} />);
    await user.click(screen.getByRole('button', { name: '继续' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent(`第${v.article}条`);
    await user.click(screen.getByLabelText(/^特殊情况$/));
    await user.type(await screen.findByLabelText(/特殊情况说明/), '紧急议题，市长指定上会');
    await user.click(screen.getByRole('button', { name: '继续' }));
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
  });

  it('adds, reorders and removes rows by keyboard; focus follows', async () => {
    const user = userEvent.setup();
    render(
      <AgendaForm
        city="fushun"
        today="2026-11-23"
        defaultValues={{
          ...FIXTURES.fushun.agenda.valid,
          consultations: [
            { unit: '甲局', agreed: true },
            { unit: '乙局', agreed: true },
          ],
        }}
      />,
    );
    const group = screen.getByRole('group', { name: '征求意见单位' });
    const units = () =>
      within(group)
        .getAllByLabelText(/单位名称/)
        .map((i) => (i as HTMLInputElement).value);
    expect(units()).toEqual(['甲局', '乙局']);
    const down = within(group).getByRole('button', { name: /下移\s*第1项/ });
    down.focus();
    await user.keyboard('{Enter}');
    expect(units()).toEqual(['乙局', '甲局']);
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/下移/));
    const add = within(group).getByRole('button', { name: /添加/ });
    add.focus();
    await user.keyboard('{Enter}');
    expect(units()).toEqual(['乙局', '甲局', '']);
    await waitFor(() => expect(document.activeElement).toBe(within(group).getAllByLabelText(/单位名称/)[2]));
    await user.keyboard('丙局');
    within(group)
      .getByRole('button', { name: /删除\s*第1项/ })
      .focus();
    await user.keyboard('{Enter}');
    expect(units()).toEqual(['甲局', '丙局']);
  });

  it('typing in a row does not re-render the form (20 rows, 50 keystrokes)', async () => {
    const user = userEvent.setup();
    const rows = Array.from({ length: 20 }, (_, i) => ({ unit: `单位${i + 1}`, agreed: true }));
    let commits = 0;
    render(
      <Profiler id="form" onRender={() => (commits += 1)}>
        <AgendaForm city="huarong" today="2026-11-23" defaultValues={{ ...FIXTURES.huarong.agenda.valid, consultations: rows }} />
      </Profiler>,
    );
    await act(async () => {});
    const before = commits;
    await user.type(screen.getByLabelText(/议题名称/), 'x'.repeat(50));
    expect(commits - before).toBeLessThanOrEqual(2);
  });

  it('restores a draft after a remount, with a notice, and discarding it empties the form', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<AgendaForm city="fushun" today="2026-11-23" draftKey="agenda-test" />);
    await user.type(screen.getByLabelText(/议题名称/), '关于草稿的议题');
    await waitFor(() => expect(localStorage.getItem('city-forms:draft:agenda-test')).toContain('关于草稿的议题'), { timeout: 2000 });
    unmount();
    render(<AgendaForm city="fushun" today="2026-11-23" draftKey="agenda-test" />);
    expect(await screen.findByText(/已恢复您上次未提交的草稿/)).toBeInTheDocument();
    expect(screen.getByLabelText(/议题名称/)).toHaveValue('关于草稿的议题');
    await user.click(screen.getByRole('button', { name: '放弃草稿' }));
    expect(screen.getByLabelText(/议题名称/)).toHaveValue('');
    expect(localStorage.getItem('city-forms:draft:agenda-test')).toBeNull();
  });

  it('ignores a draft made for another city and survives storage that throws', async () => {
    localStorage.setItem(
      'city-forms:draft:k',
      JSON.stringify({ v: 1, profile: { id: 'jining', version: '1.0.0' }, savedAt: '', values: { title: '济宁的草稿' } }),
    );
    const user = userEvent.setup();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    render(<AgendaForm city="fushun" today="2026-11-23" draftKey="k" />);
    expect(screen.getByLabelText(/议题名称/)).toHaveValue('');
    await user.type(screen.getByLabelText(/议题名称/), '仍可填写');
    expect(await screen.findByText(/草稿不会自动保存/, undefined, { timeout: 2000 })).toBeInTheDocument();
    expect(screen.getByLabelText(/议题名称/)).toHaveValue('仍可填写');
    setItem.mockRestore();
  });
});
