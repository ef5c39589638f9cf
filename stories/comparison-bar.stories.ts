import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { darkPage, renderWidget, sharedArgTypes, width, type WidgetArgs } from './support.js';

const meta: Meta<WidgetArgs> = {
  title: 'Widgets/comparison-bar',
  component: 'comparison-bar',
  argTypes: { ...sharedArgTypes('comparison'), data: { control: 'text' } },
  render: renderWidget('comparison-bar'),
};
export default meta;

type Story = StoryObj<WidgetArgs>;

/** Enrolment without micro-credentials, with them, and with credit-bearing ones. */
export const Finding: Story = { args: { finding: 'students-enrolment-by-credential-type' } };

/** A ranked list: the top obstacles to adopting micro-credentials. */
export const RankedList: Story = { args: { finding: 'leaders-adoption-challenges' } };

/** The United States against all eight countries. */
export const UsVersusGlobal: Story = { args: { finding: 'dynata-employers-stronger-application-us-vs-global' } };

/** The author's own JSON data. */
export const OwnData: Story = {
  args: {
    data: '[{"label":"Without","value":36},{"label":"With","value":88}]',
    label: 'Likely to enrol',
    source: 'Our own survey, 2024',
  },
};

/** The dark theme on a dark page. */
export const Dark: Story = { args: { finding: 'students-engagement-credit-bearing', theme: 'dark' }, decorators: [darkPage] };

/** In French: French words, numbers and plural rules. */
export const FrenchLocale: Story = { args: { finding: 'leaders-expansion-challenges', locale: 'fr' } };

/** In a 280 px column. */
export const Narrow: Story = { args: { finding: 'students-enrolment-by-credential-type' }, decorators: [width(280)] };

/** Error: data that is not valid JSON. */
export const ErrorInvalidJson: Story = { args: { data: '[{"label":"A","value":1}' } };

/** Error: an entry without a numeric value. */
export const ErrorWrongShape: Story = { args: { data: '[{"label":"A","value":1},{"label":"B","value":"2"}]' } };

/** Error: a stat finding in a comparison-bar points to stat-card. */
export const ErrorWrongKind: Story = { args: { finding: 'entry-level-raise' } };

/** Error: an unknown id, with the closest comparison ids. */
export const ErrorUnknownId: Story = { args: { finding: 'leaders-adoption' } };
