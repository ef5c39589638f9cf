/**
 * JSX types for React 19 users: `import type {} from 'microcredential-widgets/react'`
 * once (or list it in tsconfig "types"), then `<stat-card finding="…" />` type-checks.
 * React 19 sets these as properties, so `data` may be an array.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ComparisonBar } from './components/comparison-bar/comparison-bar.js';
import type { StatCard } from './components/stat-card/stat-card.js';
import type { TrendLine } from './components/trend-line/trend-line.js';

type Shared = 'finding' | 'unit' | 'label' | 'source' | 'theme' | 'locale';

/** What JSX may set on a widget: its documented properties, the usual HTML attributes, and the error event. */
type WidgetProps<E extends HTMLElement, K extends keyof E> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  Partial<Pick<E, K>> & {
    /** Fired when the element starts showing an error; `event.detail.message` says what is wrong. */
    'onmcw-error'?: (event: CustomEvent<{ message: string }>) => void;
  };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React declares JSX as a namespace; this extends it.
  namespace JSX {
    interface IntrinsicElements {
      'stat-card': WidgetProps<StatCard, Shared | 'value'>;
      'comparison-bar': WidgetProps<ComparisonBar, Shared | 'data'>;
      'trend-line': WidgetProps<TrendLine, Shared | 'data'>;
    }
  }
}
