import { define } from '../../element/define.js';
import { TrendLine } from './trend-line.js';

define('trend-line', TrendLine);

declare global {
  interface HTMLElementTagNameMap {
    'trend-line': TrendLine;
  }
}

export { TrendLine };
