/**
 * The headline figure of a stat, as the stat-card and the exports show it: "9 in 10", "+10–15%", "More than 25,000",
 * with the exact figure beside a phrase ("9 in 10" · "90%") and only the phrase where the articles give no number.
 */
import type { Qualifier, Unit } from '../data/types.js';
import { formatRange, formatValue, QUALIFIER_WORDS } from './format.js';

export interface StatFigure {
  value: number;
  valueTo?: number | undefined;
  qualifier?: Qualifier | undefined;
  phrasing?: string | undefined;
  /** The articles give only the phrasing; `value` is its reading, never shown as reported. */
  phrasingOnly?: true | undefined;
  unit: Unit;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

const capitalised = (words: string) => `${words.charAt(0).toUpperCase()}${words.slice(1)}`;

/** "nearly nine in ten" → { hedge: "Nearly", ratio: "9 in 10" }; other phrasings are not ratios. */
export function ratioPhrasing(phrasing: string | undefined): { hedge?: string; ratio: string } | undefined {
  const match = /^(nearly|about|almost)?\s*(\w+) in (\w+)$/i.exec(phrasing?.trim() ?? '');
  if (!match) return undefined;
  const toDigits = (word: string) => (/^\d+$/.test(word) ? word : String(NUMBER_WORDS.indexOf(word.toLowerCase())));
  const [part, whole] = [toDigits(match[2] ?? ''), toDigits(match[3] ?? '')];
  if (part === '-1' || whole === '-1') return undefined;
  const hedge = match[1] ? capitalised(match[1].toLowerCase()) : undefined;
  return { ...(hedge ? { hedge } : {}), ratio: `${part} in ${whole}` };
}

export interface Headline {
  /** "Nearly", "More than": shown small above the figure. */
  hedge?: string | undefined;
  /** Shown large: "9 in 10", "90%", "Three-quarters". */
  figure: string;
  /** The reported number where the figure is a phrase for it: "90%" beside "9 in 10". */
  exact?: string | undefined;
}

/** The hedge, the figure, and the exact number where the figure is only a phrase for it. */
export function headline(stat: StatFigure, locale: string): Headline {
  const ratio = ratioPhrasing(stat.phrasing);
  const number =
    stat.valueTo === undefined ? formatValue(stat.value, stat.unit, locale) : formatRange(stat.value, stat.valueTo, stat.unit, locale);
  if (stat.phrasingOnly) {
    // A phrase is all the articles give ("one in three"): show it, never its arithmetic reading.
    return ratio ? { hedge: ratio.hedge, figure: ratio.ratio } : { figure: capitalised(stat.phrasing ?? number) };
  }
  if (ratio) return { hedge: ratio.hedge, figure: ratio.ratio, exact: number };
  return { hedge: stat.qualifier && capitalised(QUALIFIER_WORDS[stat.qualifier]), figure: number };
}
