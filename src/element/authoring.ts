/**
 * What only a widget with its own values or a problem to show needs: the
 * parsers of an author's values, the closest ids to a mistyped one, and the
 * error box's English words. A module of its own, loaded on demand
 * (languages.ts), so that a page of bundled findings does not download it.
 */
import type { FindingKind } from '../data/types.js';

export * as englishErrors from '../i18n/errors-en.generated.js';
export { suggestFindingIds } from '../data/suggest.js';
export { parseNumber, parseSeries } from './own-values.js';

/** An example of each element's own values, for the error box's "nothing to show". */
export const OWN_VALUES_EXAMPLES: Record<FindingKind, string> = {
  stat: 'value="42"',
  comparison: `data='[{"label":"Without","value":36},{"label":"With","value":88}]'`,
  trend: `data='[{"label":"2023","value":55},{"label":"2025","value":94}]'`,
};
