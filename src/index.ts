/**
 * microcredential-widgets: registers <stat-card>, <comparison-bar> and
 * <trend-line>, and re-exports the data API.
 */
import './element/plain-tags.js';
export { StatCard } from './components/stat-card/define.js';
export { ComparisonBar } from './components/comparison-bar/define.js';
export { TrendLine } from './components/trend-line/define.js';
export * from './data/index.js';
export { formatValue, formatRange } from './view/format.js';
