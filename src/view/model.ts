/**
 * What a widget says: one model per finding (or per author's own values),
 * every text already worded and formatted, every share already computed.
 * The elements, the email, SVG and html exports and the fallback text only
 * lay it out, so no two of them can say different things. This module holds
 * the model's types and what all kinds share; `stat.ts`, `comparison.ts` and
 * `trend.ts` build each kind (so an element loads only its own), `index.ts`
 * dispatches.
 */
import type { Finding, Qualifier, Unit } from '../data/types.js';
import { formatQualified } from './format.js';
import { Words, type Callout, type CatalogueMessage } from './language.js';
import type { Language } from './locale.js';
import { findingSource, type SourceLine } from './source.js';
import * as en from '../i18n/en.generated.js';

/** A labelled value, as an author or the dataset gives it. */
export interface SeriesValue {
  label: string;
  value: number;
  qualifier?: Qualifier | undefined;
  /** How an article words it; shown instead of the number when `phrasingOnly`. */
  phrasing?: string | undefined;
  phrasingOnly?: true | undefined;
}

/** An author's own values, already checked (see the elements' input parsing). */
export type OwnValues =
  | { kind: 'stat'; unit: Unit; value: number; label?: string | undefined; source?: string | undefined }
  | { kind: 'comparison'; unit: Unit; values: SeriesValue[]; label?: string | undefined; source?: string | undefined }
  | { kind: 'trend'; unit: Unit; points: SeriesValue[]; label?: string | undefined; source?: string | undefined };

export interface ViewOptions {
  /** Numbers follow the locale; words its language (`de-AT` → German), English where it is not translated. */
  locale: string;
}

/** A value as a chart shows it. */
export interface ShownValue extends SeriesValue {
  /** The value in its unit, hedged as the source hedges it: "more than 10,000". */
  shown: string;
}

/** One bar of a comparison. */
export interface Bar extends ShownValue {
  /** The bar's length as a share of the full track, 0–1. */
  share: number;
  /** The bar the call-out is about. */
  highlighted: boolean;
}

/** A long chart's data as a table, for readers of tables (screen readers, no-CSS); the figure's name is its caption. */
export interface DataTable {
  headers: [string, string];
  rows: Array<[string, string]>;
}

/** Where the articles disagree or a figure needs explaining. */
export interface Note {
  /** The disclosure's summary: "Sources differ on this figure" or "About this figure". */
  title: string;
  paragraphs: string[];
}

export interface CommonView {
  /** The language the words are in (`lang`): the locale's own where translated, else `en`. */
  lang: Language;
  /** "Source:", before a source line that a layout shows without its own heading. */
  sourceLabel: string;
  /** The short title; an author's own values may have none. */
  label?: string | undefined;
  /** The figure's accessible name: the label, else what the widget is ("Trend"). Said once, by the figure. */
  title: string;
  /** The one-sentence finding, in the dataset's words. */
  statement?: string | undefined;
  note?: Note | undefined;
  /** "Doubtful figure": shown with the figure when the figure itself is in doubt (the note says why). */
  doubt?: string | undefined;
  source?: SourceLine | undefined;
}

export interface StatView extends CommonView {
  kind: 'stat';
  /** "Nearly", "More than": shown small above the figure, or below it when `hedgeAfter` ("60% से अधिक"). */
  hedge?: string | undefined;
  hedgeAfter?: boolean | undefined;
  /** The headline figure: "9 in 10", "90%", "+10–15%", "Three-quarters". */
  figure: string;
  /** The reported number, where the figure is a phrase for it: "90%" beside "9 in 10". */
  exact?: string | undefined;
  /** How the hedge reads in a sentence ("nearly 9 in 10"), for the exports' summary. */
  qualifier?: Qualifier | undefined;
}

export interface ComparisonView extends CommonView {
  kind: 'comparison';
  bars: Bar[];
  /** The gap, called out; never present when the values are not directly comparable. */
  callout?: Callout | undefined;
  /** Why the values are not directly comparable, shown in place of the call-out. */
  notComparable?: string | undefined;
  /** The bars' accessible name: each value once, with its label. */
  chartName: string;
}

export interface TrendView extends CommonView {
  kind: 'trend';
  points: ShownValue[];
  /** The value at the top of the vertical scale, and the scale's two labels. */
  top: number;
  topLabel: string;
  zeroLabel: string;
  callout?: Callout | undefined;
  /** The chart's accessible name: each point once, or for a long trend a summary (first, last, lowest, highest) and `table`. */
  chartName: string;
  /** Every point, for a trend too long to say in the chart's name. */
  table?: DataTable | undefined;
}

/** What an element draws. */
export type DrawnView = StatView | ComparisonView | TrendView;
export type ViewOfKind<K extends DrawnView['kind']> = Extract<DrawnView, { kind: K }>;

/**
 * What an export says in words where it cannot draw or be read like a chart (image descriptions,
 * fallback text, the email). Built only by `viewOf` (view/index.ts), so the elements do not ship it.
 */
export interface Sentences {
  /** The figure or the chart's values in words: "nearly 9 in 10", "No micro-credentials 36%, With … 77%". */
  summary: string;
  /** The label and summary in one sentence: "Label: summary." */
  sentence: string;
}

/** Everything a widget says: what it draws, and its sentences. */
export type WidgetView = DrawnView & Sentences;

/** A bundled finding, as opposed to an author's own values. */
export const isFinding = (subject: Finding | OwnValues): subject is Finding => 'id' in subject;

/** The words for the view's locale, and the subject with a finding's texts in that language. */
export function localise<S extends Finding | OwnValues>(subject: S, options: ViewOptions): { subject: S; words: Words } {
  const words = new Words(options.locale);
  return { subject: isFinding(subject) ? words.finding(subject) : subject, words };
}

function noteOf(finding: Finding, words: Words): Note | undefined {
  const paragraphs = [finding.note, ...(finding.conflictingValues ?? []).map((entry) => entry.detail)].filter(
    (paragraph): paragraph is string => paragraph !== undefined,
  );
  if (!paragraphs.length) return undefined;
  return { title: words.say(finding.conflictingValues ? en.sourcesDiffer : en.aboutFigure), paragraphs };
}

/** What every kind of view says around its figure: label (else `untitled`: "Trend"), statement, note and source line. */
export function commonView(subject: Finding | OwnValues, words: Words, untitled: CatalogueMessage): CommonView {
  const sourceLabel = words.say(en.sourcePrefix);
  return {
    lang: words.language,
    sourceLabel,
    label: subject.label,
    title: subject.label ?? words.say(untitled),
    ...(isFinding(subject)
      ? {
          statement: subject.statement,
          note: noteOf(subject, words),
          doubt: subject.confidence === 'doubtful' ? words.say(en.doubtful) : undefined,
          source: findingSource(subject, words),
        }
      : { source: ownSource(subject, sourceLabel) }),
  };
}

/** A value with the text a chart prints for it: the number, or the article's phrase where that is all it gives. */
export function shownValue(entry: SeriesValue, unit: Unit, words: Words): ShownValue {
  return { ...entry, shown: entry.phrasingOnly && entry.phrasing ? entry.phrasing : formatQualified(entry, unit, words) };
}

/** An author's own `source`: linked only when it is an http(s) URL. */
function ownSource(own: OwnValues, prefix: string): SourceLine | undefined {
  const text = own.source?.trim();
  if (!text) return undefined;
  return { prefix, parts: [text], href: safeLink(text) };
}

/** An http(s) URL to link a source to; anything else (javascript:, data:, text) stays plain text. */
export function safeLink(raw: string): string | undefined {
  const text = raw.trim();
  if (!/^https?:\/\//i.test(text)) return undefined;
  try {
    // The scheme is the text's own http or https; what is left to refuse is a malformed URL.
    return new URL(text).href;
  } catch {
    return undefined;
  }
}
