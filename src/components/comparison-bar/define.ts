import { define } from '../../element/define.js';
import { ComparisonBar } from './comparison-bar.js';

define('comparison-bar', ComparisonBar);

declare global {
  interface HTMLElementTagNameMap {
    'comparison-bar': ComparisonBar;
  }
}

export { ComparisonBar };
