/**
 * The paper sheets offices sign (请假（外出报备）审批单, 议题申报单, 公文呈批单): each
 * form × city, from the fixture's valid submission, as `<PrintableSheet>` renders
 * it and prints it (A4; use the browser's print preview). The play function checks
 * the city's title and one signature block per step of the city's route.
 * @module
 */
import { uiStrings } from '@city-forms/react/i18n';
import { PrintableSheet } from '@city-forms/react/sheet';
import { resolveCity, sheetModel, validate, type Locale } from '@city-forms/rules';
import { FIXTURES } from '@city-forms/rules/fixtures';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

type SheetForm = 'leave' | 'agenda' | 'document';
type City = keyof typeof FIXTURES;

interface SheetStoryProps {
  form: SheetForm;
  city: City;
  locale?: Locale;
  className?: string;
}

/** The model of a fixture's valid submission (a document gets the city's first 签发 category, so it has someone to sign). */
function modelOf({ form, city, locale = 'zh-CN' }: SheetStoryProps) {
  const fx = FIXTURES[city][form];
  const signing = resolveCity(city).document.signing[0];
  const data = form === 'document' && signing ? { ...fx.valid, signingCategory: signing.id } : fx.valid;
  const result = validate(form, data, { city, today: fx.today, locale });
  const ui = uiStrings(locale) as unknown as Record<string, string>;
  return sheetModel(form, result, city, {
    locale,
    record: { id: `${form}-${city}-0001`, submittedAt: `${fx.today}T02:00:00Z` },
    sectionLabel: (key) => ui[key],
  });
}

function SheetStory(props: SheetStoryProps) {
  return <PrintableSheet model={modelOf(props)} headingLevel={1} className={props.className} />;
}

const meta: Meta<SheetStoryProps> = {
  title: 'Sheets',
  component: SheetStory,
  parameters: { layout: 'padded' },
  argTypes: {
    form: { control: 'select', options: ['leave', 'agenda', 'document'] },
    city: { control: 'select', options: Object.keys(FIXTURES) },
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
  },
};
export default meta;
type Story = StoryObj<SheetStoryProps>;

/** One story per form and city: the title, and the route's steps as signature blocks, as the model says. */
const sheet = (form: SheetForm, city: City): Story => ({
  args: { form, city },
  play: async ({ canvasElement, args }) => {
    const model = modelOf(args);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(model.title);
    await expect(canvasElement.querySelector('.cf-sheet__issuer')).toHaveTextContent(model.issuer);
    const steps = [...canvasElement.querySelectorAll('.cf-sheet__step')].map((h) => h.textContent);
    await expect(steps).toEqual(model.signatures.map((s) => s.heading));
    await expect(steps.length).toBeGreaterThan(0);
    for (const block of canvasElement.querySelectorAll('.cf-sheet__signature')) {
      await expect(block).toHaveTextContent(/意见：.*签字：.*日期：/);
    }
  },
});

export const LeaveFushun: Story = { name: 'Leave · 抚顺', ...sheet('leave', 'fushun') };
export const LeaveXianning: Story = { name: 'Leave · 咸宁', ...sheet('leave', 'xianning') };
export const LeavePanzhihua: Story = { name: 'Leave · 攀枝花', ...sheet('leave', 'panzhihua') };
export const LeaveHuarong: Story = { name: 'Leave · 华容', ...sheet('leave', 'huarong') };
export const LeaveJining: Story = { name: 'Leave · 济宁', ...sheet('leave', 'jining') };
export const AgendaFushun: Story = { name: 'Agenda · 抚顺', ...sheet('agenda', 'fushun') };
export const AgendaXianning: Story = { name: 'Agenda · 咸宁', ...sheet('agenda', 'xianning') };
export const AgendaPanzhihua: Story = { name: 'Agenda · 攀枝花', ...sheet('agenda', 'panzhihua') };
export const AgendaHuarong: Story = { name: 'Agenda · 华容', ...sheet('agenda', 'huarong') };
export const AgendaJining: Story = { name: 'Agenda · 济宁', ...sheet('agenda', 'jining') };
export const DocumentFushun: Story = { name: 'Document · 抚顺', ...sheet('document', 'fushun') };
export const DocumentXianning: Story = { name: 'Document · 咸宁', ...sheet('document', 'xianning') };
export const DocumentPanzhihua: Story = { name: 'Document · 攀枝花', ...sheet('document', 'panzhihua') };
export const DocumentHuarong: Story = { name: 'Document · 华容', ...sheet('document', 'huarong') };
export const DocumentJining: Story = { name: 'Document · 济宁', ...sheet('document', 'jining') };

/** In English (`locale: 'en'`): the sheet's words and the profile's labels in English. */
export const English: Story = {
  name: 'Leave · Fushun (English)',
  args: { form: 'leave', city: 'fushun', locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { level: 1 })).toHaveTextContent('Leave and absence approval sheet');
    await expect(canvasElement.querySelector('.cf-sheet__issuer')).toHaveTextContent("Fushun People's Government");
  },
};

/** Themed through the kit's custom properties: `--cf-border`, `--cf-sheet-font`, `--cf-sheet-label-bg`. */
export const Themed: Story = {
  name: 'Themed (--cf-*)',
  args: { form: 'agenda', city: 'jining', className: 'sheet-theme' },
  decorators: [
    (Story) => (
      <>
        <style>{'.sheet-theme { --cf-border: #8a1538; --cf-sheet-label-bg: #fbeff2; --cf-sheet-font: "Noto Sans CJK SC", sans-serif; }'}</style>
        <Story />
      </>
    ),
  ],
  play: async ({ canvasElement }) => {
    const cell = canvasElement.querySelector('.cf-sheet__row th')!;
    await expect(getComputedStyle(cell).borderTopColor).toBe('rgb(138, 21, 56)');
    await expect(getComputedStyle(cell).backgroundColor).toBe('rgb(251, 239, 242)');
  },
};
