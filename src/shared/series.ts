/** Helpers for elements that draw several values: sentences for screen readers, the hidden data table. */
import { html, type TemplateResult } from 'lit';
import type { Qualifier, Unit } from '../data/types.js';
import { formatQualified } from './format.js';

export interface SeriesValue {
  label: string;
  value: number;
  qualifier?: Qualifier | undefined;
}

/** The value a full bar stands for: the whole 0–100 scale for shares, else the largest value. */
export function barScaleTop(values: readonly SeriesValue[], unit: Unit): number {
  const largest = Math.max(...values.map((entry) => entry.value));
  return unit === 'percent' ? 100 : largest > 0 ? largest : 1;
}

/** The data behind a chart as a table only screen readers see. */
export function hiddenTable(
  caption: string,
  headers: [string, string],
  rows: SeriesValue[],
  unit: Unit,
  locale: string,
): TemplateResult {
  // The wrapper, not the table, is shrunk: a table never gets shorter than its rows.
  return html`<div class="visually-hidden">
    <table>
      <caption>${caption}</caption>
      <thead><tr><th scope="col">${headers[0]}</th><th scope="col">${headers[1]}</th></tr></thead>
      <tbody>
        ${rows.map((row) => html`<tr><th scope="row">${row.label}</th><td>${formatQualified(row, unit, locale)}</td></tr>`)}
      </tbody>
    </table>
  </div>`;
}
