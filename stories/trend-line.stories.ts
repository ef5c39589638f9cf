import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { darkPage, renderWidget, sharedArgTypes, width, type WidgetArgs } from './support.js';

const meta: Meta<WidgetArgs> = {
  title: 'Widgets/trend-line',
  component: 'trend-line',
  argTypes: { ...sharedArgTypes('trend'), data: { control: 'text' } },
  render: renderWidget('trend-line'),
};
export default meta;

type Story = StoryObj<WidgetArgs>;

const dailySignUps = JSON.stringify(
  Array.from({ length: 365 }, (_, day) => ({ label: `Day ${day + 1}`, value: Math.round(400 + 150 * Math.sin(day / 29) + day) })),
);

/** Students wanting credit-bearing micro-credentials: 55% in 2023, 94% in 2025. */
export const Finding: Story = { args: { finding: 'students-want-credit-bearing' } };

/** The author's own yearly data, spaced by time. */
export const OwnData: Story = {
  args: {
    data: '[{"label":"2019","value":12},{"label":"2020","value":18},{"label":"2023","value":41},{"label":"2025","value":57}]',
    label: 'Courses with a credential',
    source: 'Faculty records',
  },
};

/** A year of daily values: only the first, last, highest and lowest are labelled. */
export const HundredsOfPoints: Story = { args: { data: dailySignUps, unit: 'count', label: 'Daily sign-ups' } };

/** The dark theme on a dark page. */
export const Dark: Story = { args: { finding: 'students-want-credit-bearing', theme: 'dark' }, decorators: [darkPage] };

/** Arabic (Egypt): numbers in Arabic digits; the words fall back to English, which the library does not translate into Arabic. */
export const ArabicLocale: Story = { args: { finding: 'students-want-credit-bearing', locale: 'ar-EG' } };

/** In a 280 px column. */
export const Narrow: Story = { args: { finding: 'students-want-credit-bearing' }, decorators: [width(280)] };

/** Error: a single point is not a trend. */
export const ErrorOnePoint: Story = { args: { data: '[{"label":"2023","value":55}]' } };

/** Error: a comparison finding in a trend-line points to comparison-bar. */
export const ErrorWrongKind: Story = { args: { finding: 'leaders-adoption-challenges' } };

/** Error: a value outside its unit's range. */
export const ErrorOutOfRange: Story = { args: { data: '[{"label":"2023","value":155},{"label":"2025","value":94}]' } };
