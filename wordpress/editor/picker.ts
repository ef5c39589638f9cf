/**
 * The finding picker: a search box, audience and report filters, and the
 * matching findings grouped by report, each with its label, id, audience and
 * the element that will show it.
 */
import { AUDIENCES_USED, findEntries, REPORTS_USED, type Entry } from './catalogue.js';
import { DOMAIN, h, wp, type Node } from './wp.js';

const { __, sprintf } = wp.i18n;
const { Button, SearchControl, SelectControl } = wp.components;

export interface PickerProps {
  /** The chosen finding id, or ''. */
  selected: string;
  onPick: (id: string) => void;
}

const styles = {
  filters: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  filter: { flex: '1 1 140px', minWidth: '0' },
  list: { maxHeight: '320px', overflowY: 'auto', border: '1px solid #ddd', borderRadius: '2px', padding: '4px' },
  report: { margin: '8px 4px 4px', fontSize: '11px', fontWeight: '600', textTransform: 'uppercase', color: '#555' },
  item: { display: 'block', width: '100%', height: 'auto', textAlign: 'left', whiteSpace: 'normal', padding: '6px 8px', marginBottom: '2px', marginLeft: '0' },
  label: { display: 'block', fontWeight: '600' },
  details: { display: 'block', fontSize: '12px', opacity: '0.8', fontFamily: 'monospace' },
  count: { margin: '8px 0 4px', fontSize: '12px' },
};

function item(entry: Entry, selected: string, onPick: (id: string) => void): Node {
  return h(
    Button,
    { key: entry.id, variant: entry.id === selected ? 'primary' : 'tertiary', isPressed: entry.id === selected, onClick: () => onPick(entry.id), className: 'mcw-picker-item', style: styles.item },
    h('span', { style: styles.label }, entry.label),
    h('span', { style: styles.details }, `${entry.id} · ${entry.audienceName} · <${entry.tag}>`),
  );
}

/** One filter: "All …" or one of `choices` ([value, label] pairs). */
function filter(label: string, all: string, value: string, choices: ReadonlyArray<readonly [string, string]>, onChange: (value: string) => void): Node {
  return h(
    'div',
    { style: styles.filter },
    h(SelectControl, { label, value, options: [{ label: all, value: '' }, ...choices.map(([value, label]) => ({ value, label }))], onChange }),
  );
}

/** Search and filters over every finding; picking one calls `onPick` with its id. */
export function FindingPicker({ selected, onPick }: PickerProps): Node {
  const { useState } = wp.element;
  const [query, setQuery] = useState('');
  const [audience, setAudience] = useState('');
  const [report, setReport] = useState('');
  const groups = findEntries({ query, audience, report });
  const count = groups.reduce((total, group) => total + group.entries.length, 0);
  return h(
    'div',
    { className: 'mcw-picker' },
    h(SearchControl, { label: __('Search findings', DOMAIN), placeholder: __('Words or id, e.g. salary', DOMAIN), value: query, onChange: setQuery }),
    h(
      'div',
      { style: styles.filters },
      filter(__('Audience', DOMAIN), __('All audiences', DOMAIN), audience, AUDIENCES_USED, setAudience),
      filter(__('Report', DOMAIN), __('All reports', DOMAIN), report, REPORTS_USED, setReport),
    ),
    h('p', { style: styles.count, 'aria-live': 'polite' }, sprintf(__('%d findings', DOMAIN), count)),
    h(
      'div',
      { className: 'mcw-picker-list', style: styles.list },
      groups.map((group) =>
        h(
          'div',
          { key: group.report, role: 'group', 'aria-label': group.reportName },
          h('p', { style: styles.report }, group.reportName),
          group.entries.map((entry) => item(entry, selected, onPick)),
        ),
      ),
    ),
  );
}
