/**
 * Plain-HTML text for a finding: what sits inside an element's tag so readers
 * without JavaScript (stripped scripts, email, old readers) still get the
 * figure, the statement and its source. Escaped here, inserted nowhere: the
 * caller decides where the string goes.
 */
import { describeFigures } from './describe.js';
import { getReport, getSource } from './index.js';
import type { Finding } from './types.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** One line of source: "Micro-Credentials Impact Report 2025, reported by Workplace Journal and eSchool News". */
export function sourceText(finding: Finding): string {
  const report = getReport(finding.report)?.name ?? finding.report;
  const publications = finding.sources.map((id) => getSource(id)?.publication ?? id);
  return `${report}, reported by ${publications.join(', ')}`;
}

/** `<p><strong>90%</strong> Employers …: Nine in ten employers … <small>Source: …</small></p>` */
export function fallbackHtml(finding: Finding, locale = 'en'): string {
  return (
    `<p><strong>${escapeHtml(describeFigures(finding, locale))}</strong> ${escapeHtml(finding.label)}. ` +
    `${escapeHtml(finding.statement)} <small>Source: ${escapeHtml(sourceText(finding))}.</small></p>`
  );
}
