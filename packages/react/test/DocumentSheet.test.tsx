import { FIXTURES } from '@city-forms/rules/fixtures';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DocumentSheet } from '../src/forms/DocumentSheet.js';
// English is opt-in for the per-form entries, as in a portal: import it once.
import '../src/locales/en.js';

describe('<DocumentSheet>', () => {
  it('asks for 密级 and 紧急程度 in jining only', () => {
    const { unmount } = render(<DocumentSheet city="jining" today="2026-11-23" />);
    expect(screen.getByLabelText(/密级/)).toBeInTheDocument();
    expect(screen.getByLabelText(/紧急程度/)).toBeInTheDocument();
    unmount();
    render(<DocumentSheet city="fushun" today="2026-11-23" />);
    expect(screen.queryByLabelText(/密级/)).toBeNull();
  });

  it('shows each countersigner’s reply deadline in working days across a holiday', () => {
    render(
      <DocumentSheet
        city="fushun"
        today="2026-10-12"
        defaultValues={{ ...FIXTURES.fushun.document.valid, countersigners: [{ unit: '市财政局', sentOn: '2026-09-30', replied: false, agreed: true }] }}
      />,
    );
    // fushun 五十: 3 working days; 10-01..07 off, 10-10 (Saturday) worked → due 2026-10-10, passed by 10-12.
    expect(screen.getByText(/回复时限：2026-10-10（3个工作日）逾期未回复，视为无不同意见/)).toBeInTheDocument();
  });

  it('lists derived signing and deadlines in check-your-answers, in English', async () => {
    const user = userEvent.setup();
    render(<DocumentSheet city="fushun" locale="en" today="2026-11-23" defaultValues={{ ...FIXTURES.fushun.document.valid, signingCategory: 'personnel' }} />);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const dialog = await screen.findByRole('dialog', { name: 'Check your answers' });
    expect(dialog).toHaveTextContent('Mayor');
    expect(within(dialog).getAllByRole('button', { name: /Change/ }).length).toBeGreaterThan(5);
    expect(dialog).toHaveTextContent('Not provided');
  });

  it('renders typed HTML as text in the form, the summary and check-your-answers', async () => {
    const user = userEvent.setup();
    const evil = '<img src=x onerror="window.__pwned=1">';
    render(<DocumentSheet city="fushun" today="2026-11-23" defaultValues={{ ...FIXTURES.fushun.document.valid, title: evil, senderUnit: evil }} />);
    await user.click(screen.getByRole('button', { name: '继续' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(evil);
    expect(document.querySelector('img')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
