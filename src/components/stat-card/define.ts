import { define } from '../../element/define.js';
import { StatCard } from './stat-card.js';

define('stat-card', StatCard);

declare global {
  interface HTMLElementTagNameMap {
    'stat-card': StatCard;
  }
}

export { StatCard };
