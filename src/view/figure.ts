/**
 * The headline figure of a stat, as the stat-card and the exports show it: "9 in 10", "+10–15%", "More than 25,000",
 * with the exact figure beside a phrase ("9 in 10" · "90%") and only the phrase where the articles give no number.
 */
import type { Qualifier, Unit } from '../data/types.js';
import { formatRange, formatValue, numberFormat } from './format.js';
import type { CatalogueMessage, Words } from './language.js';
import * as en from '../i18n/en.generated.js';

export interface StatFigure {
  value: number;
  valueTo?: number | undefined;
  qualifier?: Qualifier | undefined;
  phrasing?: string | undefined;
  /** The articles give only the phrasing; `value` is its reading, never shown as reported. */
  phrasingOnly?: true | undefined;
  unit: Unit;
  /** The phrasing in the reader's language, where it is translated. */
  shownPhrasing?: string | undefined;
}

/** The words that hedge a figure, shown small beside it: "More than {figure}". */
const FIGURE_HEDGES: Record<Qualifier, CatalogueMessage> = { about: en.hedgeAbout, nearly: en.hedgeNearly, 'more-than': en.hedgeMoreThan };

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "nearly nine in ten" (the dataset's English) → { qualifier: "nearly", part: 9, whole: 10 }; other phrasings are not ratios. */
export function ratioPhrasing(phrasing: string | undefined): { qualifier?: Qualifier; part: number; whole: number } | undefined {
  const match = /^(nearly|about|almost)?\s*(\w+) in (\w+)$/i.exec(phrasing?.trim() ?? '');
  if (!match) return undefined;
  const toNumber = (word: string) => (/^\d+$/.test(word) ? Number(word) : NUMBER_WORDS.indexOf(word.toLowerCase()));
  const [part, whole] = [toNumber(match[2] ?? ''), toNumber(match[3] ?? '')];
  if (part < 0 || whole < 0) return undefined;
  const hedge = match[1]?.toLowerCase();
  return { ...(hedge ? { qualifier: hedge === 'about' ? 'about' : 'nearly' } : {}), part, whole };
}

export interface Headline {
  /** "Nearly", "More than": shown small above the figure (below it where the language puts it after: "60% से अधिक"). */
  hedge?: string | undefined;
  /** The language puts the hedge after the figure. */
  hedgeAfter?: boolean | undefined;
  /** Shown large: "9 in 10", "90%", "Three-quarters". */
  figure: string;
  /** The reported number where the figure is a phrase for it: "90%" beside "9 in 10". */
  exact?: string | undefined;
  /** How the hedge reads in a sentence, for the summary. */
  qualifier?: Qualifier | undefined;
}

/** The hedge, the figure, and the exact number where the figure is only a phrase for it, in the reader's words. */
export function headline(stat: StatFigure, words: Words): Headline {
  const { locale } = words;
  const ratio = ratioPhrasing(stat.phrasing);
  const number =
    stat.valueTo === undefined ? formatValue(stat.value, stat.unit, locale) : formatRange(stat.value, stat.valueTo, stat.unit, locale);
  const qualifier = ratio ? ratio.qualifier : stat.phrasingOnly ? undefined : stat.qualifier;
  const shown: Headline = { qualifier, figure: number };
  if (qualifier) {
    const { before, rest } = words.emphasise(FIGURE_HEDGES[qualifier], { figure: '' }, 'figure');
    shown.hedge = before ?? rest;
    shown.hedgeAfter = !before;
  }
  if (ratio) {
    const digits = numberFormat(locale);
    shown.figure = words.say(en.ratio, { part: digits.format(ratio.part), whole: digits.format(ratio.whole) });
    // A phrase is all the articles give ("one in three"): show it, never its arithmetic reading.
    if (!stat.phrasingOnly) shown.exact = number;
  } else if (stat.phrasingOnly) {
    const phrase = stat.shownPhrasing ?? stat.phrasing ?? number;
    shown.figure = `${phrase.charAt(0).toLocaleUpperCase(locale)}${phrase.slice(1)}`;
  }
  return shown;
}
