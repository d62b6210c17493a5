import { FIXTURES } from '@city-forms/rules/fixtures';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LeaveForm } from '../src/forms/LeaveForm.js';
// English is opt-in for the per-form entries, as in a portal: import it once.
import '../src/locales/en.js';

const today = FIXTURES.fushun.leave.today;

describe('<LeaveForm> (fushun)', () => {
  it('labels every control and follows the profile (市长, 离抚, no 密级)', () => {
    render(<LeaveForm city="fushun" today={today} />);
    expect(screen.getByLabelText(/申请人姓名/)).toBeInTheDocument();
    const role = screen.getByLabelText<HTMLSelectElement>(/职务/);
    expect([...role.options].map((o) => o.text)).toContain('市政府组成人员');
    expect(screen.getByLabelText(/离抚/)).toBeInTheDocument();
    expect(screen.getByLabelText(/联系电话/)).toBeInTheDocument();
    // the 市长's consent appears only when a pairing conflict does
    expect(screen.queryByLabelText(/已报经同意同时外出/)).toBeNull();
  });

  it('on a failed submit shows a focused summary whose links focus the field, with the citation', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(
      <LeaveForm
        city="fushun"
        today={today}
        defaultValues={{ ...FIXTURES.fushun.leave.valid, startDate: '2026-11-24', endDate: '2026-11-25' }}
        onSubmit={onSubmit}
      />,
    );
    await user.click(screen.getByRole('button', { name: '继续' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('有以下问题')).toBeInTheDocument();
    await waitFor(() => expect(summary).toHaveFocus());
    const link = within(summary).getByRole('link', { name: /须提前3个自然日/ });
    expect(summary).toHaveTextContent('依据《抚顺市人民政府工作规则》第五十四条');
    const start = screen.getByLabelText(/开始日期/);
    expect(start).toHaveAttribute('aria-invalid', 'true');
    expect(start.getAttribute('aria-describedby')).toContain('error');
    await user.click(link);
    expect(start).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(document.title.startsWith('错误：')).toBe(true);
  });

  it('reports a cross-field rule while another field is still wrong', async () => {
    const user = userEvent.setup();
    render(
      <LeaveForm
        city="fushun"
        today={today}
        defaultValues={{ ...FIXTURES.fushun.leave.valid, applicantName: '', startDate: '2026-12-03', endDate: '2026-12-01' }}
      />,
    );
    await user.click(screen.getByRole('button', { name: '继续' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('请填写申请人姓名');
    expect(summary).toHaveTextContent('结束日期（2026-12-01）不能早于开始日期（2026-12-03）');
  });

  it('opens check-your-answers, changes an answer via its link, then submits', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    render(<LeaveForm city="fushun" today={today} defaultValues={FIXTURES.fushun.leave.valid} onSubmit={onSubmit} />);
    await user.click(screen.getByRole('button', { name: '继续' }));
    const dialog = await screen.findByRole('dialog', { name: '核对您的信息' });
    expect(dialog).toHaveTextContent('李明');
    expect(dialog).toHaveTextContent('审批：市长');
    await user.click(within(dialog).getByRole('button', { name: /修改\s*目的地|修改\s*前往地点/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const dest = screen.getByLabelText(/前往地点/);
    await waitFor(() => expect(dest).toHaveFocus());
    await user.clear(dest);
    await user.type(dest, '大连市');
    await user.click(screen.getByRole('button', { name: '继续' }));
    const again = await screen.findByRole('dialog');
    expect(again).toHaveTextContent('大连市');
    await user.click(within(again).getByRole('button', { name: '确认提交' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ destination: '大连市', applicantName: '李明' });
    expect(onSubmit.mock.calls[0]![1]).toMatchObject({ ok: true, profile: { id: 'fushun' } });
  });

  it('keeps every value and shows the error when onSubmit rejects; no double submit', async () => {
    const user = userEvent.setup();
    let reject!: (e: Error) => void;
    const onSubmit = vi.fn(() => new Promise<void>((_, r) => (reject = r)));
    render(<LeaveForm city="fushun" today={today} defaultValues={FIXTURES.fushun.leave.valid} onSubmit={onSubmit} />);
    await user.click(screen.getByRole('button', { name: '继续' }));
    const dialog = await screen.findByRole('dialog');
    const confirm = within(dialog).getByRole('button', { name: '确认提交' });
    await user.click(confirm);
    expect(within(dialog).getByRole('button', { name: '正在提交…' })).toHaveAttribute('aria-busy', 'true');
    await user.click(within(dialog).getByRole('button', { name: '正在提交…' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    reject(new Error('服务器无响应'));
    expect(await within(dialog).findByText(/服务器无响应/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '返回修改' }));
    expect(screen.getByLabelText(/申请人姓名/)).toHaveValue('李明');
    expect(screen.getByLabelText(/事由$|事由（必填）/)).toHaveValue(FIXTURES.fushun.leave.valid.reason);
  });

  it('shows the 市长 consent field when a loaded absence conflicts, and the consent clears the error', async () => {
    const user = userEvent.setup();
    const v = FIXTURES.fushun.leave.violations['leave.paired-absence']!;
    const loadAbsences = vi.fn(async () => v.context!.absences!);
    render(<LeaveForm city="fushun" today={today} defaultValues={v.data} loadAbsences={loadAbsences} />);
    const consent = await screen.findByLabelText(/已报经同意同时外出/, undefined, { timeout: 2000 });
    expect(loadAbsences).toHaveBeenCalledWith({ from: '2026-12-01', to: '2026-12-02' }, expect.objectContaining({ signal: expect.any(AbortSignal) }));
    await user.click(screen.getByRole('button', { name: '继续' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('周副秘书长');
    await user.click(consent);
    await user.click(screen.getByRole('button', { name: '继续' }));
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
  });

  it('shows a non-blocking notice when the absence loader fails', async () => {
    const user = userEvent.setup();
    render(
      <LeaveForm
        city="fushun"
        today={today}
        defaultValues={FIXTURES.fushun.leave.valid}
        loadAbsences={async () => {
          throw new Error('网络错误');
        }}
      />,
    );
    expect(await screen.findByText(/网络错误/, undefined, { timeout: 2000 })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '继续' }));
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
  });

  it('renders in English with the same rules', async () => {
    const user = userEvent.setup();
    render(
      <LeaveForm city="fushun" locale="en" today={today} defaultValues={{ ...FIXTURES.fushun.leave.valid, startDate: '2026-11-24', endDate: '2026-11-25' }} />,
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    expect(summary).toHaveTextContent('五十四');
  });
});
