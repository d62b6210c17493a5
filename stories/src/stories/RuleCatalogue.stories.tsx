/**
 * The rule catalogue pages (Rules/<City>) are MDX; these hidden stories render the
 * same component for each city so the tests check it too: one row per rule that
 * `describeRules` reports, each with its article, and no axe violation.
 * @module
 */
import { describeRules } from '@city-forms/rules';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { RuleCatalogue } from '../docs/RuleCatalogue';
import type { CityId } from '../names';

const meta: Meta<typeof RuleCatalogue> = {
  title: 'Rules/Catalogue component',
  component: RuleCatalogue,
  // Shown in the docs pages, not the sidebar; still run as tests.
  tags: ['!dev'],
};
export default meta;
type Story = StoryObj<typeof RuleCatalogue>;

const forCity = (city: CityId): Story => ({
  args: { city },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const rules = describeRules({ city });
    const rows = canvas.getAllByRole('rowheader');
    await expect(rows).toHaveLength(rules.length);
    for (const r of rules) {
      const row = rows.find((h) => h.querySelector('code')?.textContent === r.code)!.closest('tr')!;
      await expect(row).toHaveTextContent(`第${r.clause.article}条`);
      await expect(row).toHaveTextContent(r.citation['zh-CN']);
    }
  },
});

export const Xianning = forCity('xianning');
export const Fushun = forCity('fushun');
export const Panzhihua = forCity('panzhihua');
export const Huarong = forCity('huarong');
export const Jining = forCity('jining');
