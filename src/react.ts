/**
 * JSX types for React 19 users: `import type {} from 'microcredential-widgets/react'`
 * once (or list it in tsconfig "types"), then `<stat-card finding="…" />` type-checks,
 * and so does each value: `theme="blue"` or `unit="percentage"` is a type error.
 * React 19 sets these as properties, so `data` may be an array.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ComparisonBar } from './components/comparison-bar/comparison-bar.js';
import type { StatCard } from './components/stat-card/stat-card.js';
import type { TrendLine } from './components/trend-line/trend-line.js';
import type { UNITS } from './data/vocabulary.js';
import type { THEMES } from './view/widgets.js';

/** What every widget accepts. */
interface SharedProps {
  /** Id of a bundled finding of the element's kind; wins over the element's own values. */
  finding?: string;
  /** How the values read: a share (0–100), an increase, a multiple or a count. */
  unit?: (typeof UNITS)[number];
  /** Title of the element's own values. */
  label?: string;
  /** Source of the element's own values; a link only when it is an http(s) URL. */
  source?: string;
  /** `auto` follows the reader's system. */
  theme?: (typeof THEMES)[number];
  /** BCP 47 tag for number formatting. */
  locale?: string;
}

interface StatCardProps extends SharedProps {
  /** The element's own number, or its text (`"42"`). */
  value?: number | `${number}`;
}

interface SeriesProps extends SharedProps {
  /**
   * The element's own values: the array (React 19 sets it as a property), or its JSON text
   * for React 18 habits. The text is typed as `[…]`, so a string that is no JSON array is
   * caught at compile time; what is inside it is checked by the element.
   */
  data?: ReadonlyArray<{ label: string; value: number }> | `[${string}]`;
}

/** What JSX may set on a widget: its documented properties, the usual HTML attributes, and the error event. */
type WidgetProps<E extends HTMLElement, P> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  P & {
    /** Fired when the element starts showing an error; `event.detail.message` says what is wrong. */
    'onmcw-error'?: (event: CustomEvent<{ message: string }>) => void;
  };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React declares JSX as a namespace; this extends it.
  namespace JSX {
    interface IntrinsicElements {
      'stat-card': WidgetProps<StatCard, StatCardProps>;
      'comparison-bar': WidgetProps<ComparisonBar, SeriesProps>;
      'trend-line': WidgetProps<TrendLine, SeriesProps>;
    }
  }
}
