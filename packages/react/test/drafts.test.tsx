import '@testing-library/jest-dom/vitest';
import { resolveCity } from '@city-forms/rules/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AgendaForm } from '../src/forms/AgendaForm.js';
import { clearDrafts as clearDraftsOfLeaveEntry } from '../src/forms/LeaveForm.js';
import { clearDrafts } from '../src/index.js';

const FUSHUN = resolveCity('fushun');
const stored = (values: unknown, extra: { version?: string; savedAt?: string } = {}) =>
  JSON.stringify({ v: 1, profile: { id: 'fushun', version: extra.version ?? FUSHUN.version }, savedAt: extra.savedAt ?? new Date().toISOString(), values });
const DAY = 24 * 60 * 60 * 1000;

afterEach(() => {
  sessionStorage.clear();
  vi.restoreAllMocks();
});

describe('drafts: checked and trimmed before they render', () => {
  // Rendering 50 rows is slow on the shared 2-core machine: a generous test timeout, no timing assertion.
  it('drops a {"toString":1} field and unknown keys, and cuts a 5,000-row list to the schema maximum of 50', { timeout: 30_000 }, async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({ unit: `单位${i + 1}`, agreed: true, junk: { toString: 1 } }));
    localStorage.setItem('city-forms:draft:bad', stored({ title: { toString: 1 }, summary: 'x'.repeat(5000), consultations: rows, extra: 1 }));
    render(<AgendaForm city="fushun" today="2026-11-23" draftKey="bad" />);
    expect(await screen.findByText(/已恢复您上次未提交的草稿/, undefined, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByLabelText(/议题名称/)).toHaveValue('');
    expect(screen.getAllByDisplayValue(/^单位\d+$/)).toHaveLength(50);
    expect(screen.getByDisplayValue('单位50')).toBeInTheDocument();
    expect(screen.queryByDisplayValue('单位51')).toBeNull();
  });
});

describe('the error boundary around each form', () => {
  it('keeps the page up with a message, and its button discards the draft', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    localStorage.setItem('city-forms:draft:crash', stored({ title: '某议题' }));
    const user = userEvent.setup();
    render(
      <div>
        <p>门户其他内容</p>
        <AgendaForm city="fushun" today="2026-11-23" draftKey="crash" defaultValues={{ title: { toString: 1 } } as never} />
      </div>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('表单无法显示');
    expect(screen.getByText('门户其他内容')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '放弃草稿并重新加载表单' }));
    expect(localStorage.getItem('city-forms:draft:crash')).toBeNull();
  });

  it('its button remounts the form, which renders once the cause is gone', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let broken = true;
    const defaults = {
      get title(): string {
        if (broken) throw new Error('a rule or draft that throws');
        return '重新加载后的议题';
      },
    };
    const user = userEvent.setup();
    render(<AgendaForm city="fushun" today="2026-11-23" draftKey="again" defaultValues={defaults} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('表单无法显示');
    broken = false;
    await user.click(screen.getByRole('button', { name: '放弃草稿并重新加载表单' }));
    expect(await screen.findByLabelText(/议题名称/)).toHaveValue('重新加载后的议题');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('speaks English with locale="en"', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<AgendaForm city="fushun" locale="en" today="2026-11-23" defaultValues={{ title: { toString: 1 } } as never} />);
    expect(await screen.findByRole('button', { name: 'Discard the draft and reload the form' })).toBeInTheDocument();
  });
});

describe('drafts that respect privacy', () => {
  it('keys a draft per user: another user does not see it, the same user does', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<AgendaForm city="fushun" today="2026-11-23" draftKey="agenda" draftUser="alice" />);
    await user.type(screen.getByLabelText(/议题名称/), '爱丽丝的议题');
    await waitFor(() => expect(localStorage.getItem('city-forms:draft:u:alice:agenda')).toContain('爱丽丝的议题'), { timeout: 2000 });
    expect(localStorage.getItem('city-forms:draft:agenda')).toBeNull();
    unmount();
    const bob = render(<AgendaForm city="fushun" today="2026-11-23" draftKey="agenda" draftUser="bob" />);
    expect(screen.getByLabelText(/议题名称/)).toHaveValue('');
    expect(screen.queryByText(/已恢复/)).toBeNull();
    bob.unmount();
    render(<AgendaForm city="fushun" today="2026-11-23" draftKey="agenda" draftUser="alice" />);
    expect(await screen.findByText(/已恢复您上次未提交的草稿/)).toBeInTheDocument();
    expect(screen.getByLabelText(/议题名称/)).toHaveValue('爱丽丝的议题');
  });

  it('refuses and deletes a draft older than 7 days, with a notice; draftMaxAgeDays widens it', async () => {
    const old = new Date(Date.now() - 8 * DAY).toISOString();
    localStorage.setItem('city-forms:draft:old', stored({ title: '旧议题' }, { savedAt: old }));
    const { unmount } = render(<AgendaForm city="fushun" today="2026-11-23" draftKey="old" />);
    expect(await screen.findByText(/草稿已过期/)).toBeInTheDocument();
    expect(screen.getByLabelText(/议题名称/)).toHaveValue('');
    expect(localStorage.getItem('city-forms:draft:old')).toBeNull();
    unmount();
    localStorage.setItem('city-forms:draft:old', stored({ title: '旧议题' }, { savedAt: old }));
    render(<AgendaForm city="fushun" today="2026-11-23" draftKey="old" draftMaxAgeDays={30} />);
    expect(await screen.findByText(/已恢复您上次未提交的草稿/)).toBeInTheDocument();
    expect(screen.getByLabelText(/议题名称/)).toHaveValue('旧议题');
  });

  it('refuses a draft made for another version of the profile, with a notice', async () => {
    localStorage.setItem('city-forms:draft:ver', stored({ title: '旧版本' }, { version: '0.0.0-old' }));
    render(<AgendaForm city="fushun" today="2026-11-23" draftKey="ver" />);
    expect(await screen.findByText(/表单规则已更新/)).toBeInTheDocument();
    expect(screen.getByLabelText(/议题名称/)).toHaveValue('');
    expect(localStorage.getItem('city-forms:draft:ver')).toBeNull();
  });

  it('never stores a sensitive field unless the host allows it', async () => {
    const user = userEvent.setup();
    const { unmount, container } = render(<AgendaForm city="fushun" today="2026-11-23" draftKey="s" draftSensitiveFields={['title']} />);
    await user.type(screen.getByLabelText(/议题名称/), '机密标题');
    const unit = container.querySelector<HTMLInputElement>('input[name="submittingUnit"]');
    if (!unit) throw new Error('no 承办单位 field');
    await user.type(unit, '市政府办公室');
    await waitFor(() => expect(localStorage.getItem('city-forms:draft:s')).toContain('市政府办公室'), { timeout: 2000 });
    expect(localStorage.getItem('city-forms:draft:s')).not.toContain('机密标题');
    expect(JSON.parse(localStorage.getItem('city-forms:draft:s') ?? '{}').values).not.toHaveProperty('title');
    unmount();
    render(<AgendaForm city="fushun" today="2026-11-23" draftKey="s2" draftSensitiveFields={[]} />);
    await user.type(screen.getByLabelText(/议题名称/), '公开标题');
    await waitFor(() => expect(localStorage.getItem('city-forms:draft:s2')).toContain('公开标题'), { timeout: 2000 });
  });

  it('keeps the draft in sessionStorage with draftStorage="session"', async () => {
    const user = userEvent.setup();
    render(<AgendaForm city="fushun" today="2026-11-23" draftKey="tab" draftStorage="session" />);
    await user.type(screen.getByLabelText(/议题名称/), '只在本标签页');
    await waitFor(() => expect(sessionStorage.getItem('city-forms:draft:tab')).toContain('只在本标签页'), { timeout: 2000 });
    expect(localStorage.getItem('city-forms:draft:tab')).toBeNull();
  });

  it('clearDrafts() removes the kit’s drafts, all or one user’s, and nothing else', () => {
    localStorage.setItem('city-forms:draft:a', '1');
    localStorage.setItem('city-forms:draft:u:alice:a', '1');
    localStorage.setItem('city-forms:draft:u:bob:a', '1');
    localStorage.setItem('other-app', '1');
    expect(clearDrafts({ user: 'alice' })).toBe(1);
    expect(localStorage.getItem('city-forms:draft:u:alice:a')).toBeNull();
    expect(localStorage.getItem('city-forms:draft:u:bob:a')).toBe('1');
    expect(clearDrafts()).toBe(2);
    expect(localStorage.getItem('other-app')).toBe('1');
    expect(clearDraftsOfLeaveEntry).toBe(clearDrafts); // the per-form entries export it too
    sessionStorage.setItem('city-forms:draft:t', '1');
    expect(clearDrafts({ storage: 'session' })).toBe(1);
  });
});
