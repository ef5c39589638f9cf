/** The data behind a long chart as a table only screen readers see, after the chart's summary. */
import { html, type TemplateResult } from 'lit';
import type { DataTable } from '../view/model.js';

export function hiddenTable(table: DataTable): TemplateResult {
  // The wrapper, not the table, is shrunk: a table never gets shorter than its rows.
  return html`<div class="visually-hidden">
    <table>
      <thead><tr><th scope="col">${table.headers[0]}</th><th scope="col">${table.headers[1]}</th></tr></thead>
      <tbody>
        ${table.rows.map(([label, value]) => html`<tr><th scope="row">${label}</th><td>${value}</td></tr>`)}
      </tbody>
    </table>
  </div>`;
}
