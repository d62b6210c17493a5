/**
 * Theming: the same form with a portal's own colours (custom properties set on
 * .cf-root through `className`), and without the kit's look (`unstyled`).
 * @module
 */
import { LeaveForm, type LeaveFormProps } from '@city-forms/react';
import { FIXTURES } from '@city-forms/rules/fixtures';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

const fx = FIXTURES.fushun.leave;

/** A portal theme: deep red buttons and links, rounded corners, more room. */
const PORTAL_THEME = `
.portal-theme.cf-root {
  --cf-accent: #8a1538;
  --cf-success: #8a1538;
  --cf-focus: #ffbf47;
  --cf-radius: 4px;
  --cf-space: 1.25rem;
}`;

const meta: Meta<LeaveFormProps> = {
  title: 'Theming',
  component: LeaveForm,
  args: { city: 'fushun', today: fx.today, defaultValues: fx.valid },
};
export default meta;
type Story = StoryObj<LeaveFormProps>;

/** `className="portal-theme"` with `.portal-theme.cf-root { --cf-success: #8a1538; --cf-accent: #8a1538; … }`. */
export const CustomTheme: Story = {
  name: 'Custom theme',
  args: { className: 'portal-theme' },
  decorators: [
    (Story) => (
      <>
        <style>{PORTAL_THEME}</style>
        <Story />
      </>
    ),
  ],
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: '继续' });
    await expect(getComputedStyle(button).backgroundColor).toBe('rgb(138, 21, 56)');
  },
};

/** `unstyled`: structure, labels and ARIA stay; the portal styles the .cf-* classes itself. */
export const Unstyled: Story = {
  args: { unstyled: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('.cf-root')).not.toHaveClass('cf-theme');
    await expect(canvas.getByLabelText(/^申请人姓名/)).toHaveValue(String(fx.valid.applicantName));
  },
};
