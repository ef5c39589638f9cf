/** The headline figure of a stat, as the stat-card and the exports show it: "9 in 10", "+10–15%", "More than 25,000". */
import type { Qualifier, Unit } from '../data/types.js';
import { formatRange, formatValue, QUALIFIER_WORDS } from './format.js';

export interface StatFigure {
  value: number;
  valueTo?: number | undefined;
  qualifier?: Qualifier | undefined;
  phrasing?: string | undefined;
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

/** The hedge ("Nearly", shown small) and the figure ("9 in 10", shown large). */
export function headline(stat: StatFigure, locale: string): { hedge?: string | undefined; figure: string } {
  const ratio = ratioPhrasing(stat.phrasing);
  if (ratio) return { hedge: ratio.hedge, figure: ratio.ratio };
  return {
    hedge: stat.qualifier && capitalised(QUALIFIER_WORDS[stat.qualifier]),
    figure:
      stat.valueTo === undefined
        ? formatValue(stat.value, stat.unit, locale)
        : formatRange(stat.value, stat.valueTo, stat.unit, locale),
  };
}
