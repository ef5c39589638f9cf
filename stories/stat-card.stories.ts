import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { darkPage, renderWidget, sharedArgTypes, width, type WidgetArgs } from './support.js';

const meta: Meta<WidgetArgs> = {
  title: 'Widgets/stat-card',
  component: 'stat-card',
  argTypes: { ...sharedArgTypes('stat'), value: { control: 'text' } },
  render: renderWidget('stat-card'),
};
export default meta;

type Story = StoryObj<WidgetArgs>;

/** A bundled finding: nine in ten employers would pay micro-credential holders more to start. */
export const Finding: Story = { args: { finding: 'employers-higher-starting-salary' } };

/** A percentage shown as a plain number. */
export const Percentage: Story = { args: { finding: 'entry-level-raise' } };

/** A range as the articles give it: 10–15% higher pay. */
export const Range: Story = { args: { finding: 'employers-starting-salary-premium' } };

/** A multiple: students 2.4 times as likely to enrol. */
export const Multiple: Story = { args: { finding: 'students-enrolment-multiple' } };

/** A hedged count: "more than 25,000" courses. */
export const HedgedCount: Story = { args: { finding: 'career-academy-courses-completed' } };

/** Articles disagree (96% or 93%): the card says so in a disclosure. */
export const SourcesDisagree: Story = { args: { finding: 'students-genai-in-degrees' } };

/** The author's own number, unit, label and linked source. */
export const OwnValue: Story = {
  args: { value: '42', unit: 'percent', label: 'Readers who finished the course', source: 'https://example.org/survey' },
};

/** The dark theme on a dark page. */
export const Dark: Story = { args: { finding: 'students-genai-in-degrees', theme: 'dark' }, decorators: [darkPage] };

/** In German: German words and numbers (240.000). */
export const GermanLocale: Story = { args: { finding: 'career-academy-ut-system-students', locale: 'de' } };

/** In Hindi: the hedge follows the figure, as Hindi puts it ("25,000 से अधिक"). */
export const HindiLocale: Story = { args: { finding: 'career-academy-students-enrolled', locale: 'hi' } };

/** In Turkish: the percent sign before the number (%90). */
export const TurkishLocale: Story = { args: { finding: 'employers-higher-starting-salary', locale: 'tr' } };

/** In a 280 px column, the narrowest the elements support. */
export const Narrow: Story = { args: { finding: 'dynata-students-stand-out' }, decorators: [width(280)] };

/** Error: an id that does not exist, with the closest valid ones. */
export const ErrorUnknownId: Story = { args: { finding: 'employers-higher-salary' } };

/** Error: a trend finding in a stat-card points to trend-line. */
export const ErrorWrongKind: Story = { args: { finding: 'students-want-credit-bearing' } };

/** Error: a value that is not a number. */
export const ErrorInvalidValue: Story = { args: { value: 'ninety' } };

/** Error: a percent outside 0–100. */
export const ErrorOutOfRange: Story = { args: { value: '120', unit: 'percent' } };

/** Error: a unit the elements do not know. */
export const ErrorUnknownUnit: Story = { args: { value: '4', unit: 'percentage' } };

/** Error: a theme the elements do not know. */
export const ErrorUnknownTheme: Story = { args: { finding: 'entry-level-raise', theme: 'blue' } };

/** An invalid locale is not an error: numbers fall back to English, with one console warning. */
export const InvalidLocaleFallsBack: Story = { args: { finding: 'career-academy-ut-system-students', locale: 'not a locale' } };

/** Error: nothing to show. */
export const ErrorNothingGiven: Story = { args: {} };
