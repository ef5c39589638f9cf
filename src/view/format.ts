/** Number formatting, and the differences and ratios between numbers, for every renderer. */
import type { Qualifier, Unit } from '../data/types.js';
import type { CatalogueMessage, Words } from './language.js';
import * as en from '../i18n/en.generated.js';
import { remembered } from './remembered.js';

/** The messages that hedge a number in a sentence: "more than {n}" (above a figure, see figure.ts). */
const HEDGES: Record<Qualifier, CatalogueMessage> = { about: en.about, nearly: en.nearly, 'more-than': en.moreThan };

/** A formatted number with the article's hedge, in the reader's words: "more than 10,000". */
export const hedged = (number: string, qualifier: Qualifier | undefined, words: Words): string =>
  qualifier ? words.say(HEDGES[qualifier], { n: number }) : number;

const formatters = new Map<string, Intl.NumberFormat>();

/** A shared Intl.NumberFormat for this locale and these options. */
export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  remembered(formatters, `${locale} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

/** How each unit is written: shares and increases as percents (increases signed), multiples to two decimals, counts whole. */
const UNIT_FORMATS: Record<Unit, Intl.NumberFormatOptions> = {
  percent: { style: 'percent', maximumFractionDigits: 1 },
  'percent-increase': { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' },
  multiple: { maximumFractionDigits: 2 },
  count: { maximumFractionDigits: 0 },
};

/** Percent units are stored as 0–100 but Intl's percent style expects a fraction. */
function scaled(value: number, unit: Unit): number {
  // Intl writes -0 as "-0%"; a reader means zero.
  const plain = value === 0 ? 0 : value;
  return unit === 'percent' || unit === 'percent-increase' ? plain / 100 : plain;
}

const withUnitSign = (text: string, unit: Unit) => (unit === 'multiple' ? `${text}×` : text);

/** One value in its unit: "90%", "2.4×", "10,000"; percent increases carry a sign: "+76%". */
export function formatValue(value: number, unit: Unit, locale = 'en'): string {
  return withUnitSign(numberFormat(locale, UNIT_FORMATS[unit]).format(scaled(value, unit)), unit);
}

/** A range in one unit, the way the locale writes ranges: "+10–15%". */
export function formatRange(from: number, to: number, unit: Unit, locale = 'en'): string {
  return withUnitSign(numberFormat(locale, UNIT_FORMATS[unit]).formatRange(scaled(from, unit), scaled(to, unit)), unit);
}

/** A value hedged as the article hedges it: "more than 10,000". */
export function formatQualified(entry: { value: number; qualifier?: Qualifier | undefined }, unit: Unit, words: Words): string {
  return hedged(formatValue(entry.value, unit, words.locale), entry.qualifier, words);
}

/** The gap between two values: percentage points for shares, the unit's own difference otherwise. */
export function formatDifference(from: number, to: number, unit: Unit, words: Words): string {
  const { locale } = words;
  const difference = to - from;
  if (unit === 'percent' || unit === 'percent-increase') {
    const points = numberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(difference);
    return words.say(en.points, { n: points, count: Math.abs(difference) });
  }
  if (unit === 'count') {
    if (from === 0) return numberFormat(locale, { signDisplay: 'exceptZero' }).format(difference);
    return formatValue((difference / from) * 100, 'percent-increase', locale);
  }
  const sign = difference > 0 ? '+' : difference < 0 ? '-' : '';
  return `${sign}${formatValue(Math.abs(difference), unit, locale)}`;
}

/** The ratio between two values ("2.4×"), when it says something: both positive and at least 10% apart. */
export function formatRatio(from: number, to: number, locale: string): string | undefined {
  if (!(from > 0) || !(to > 0)) return undefined;
  const ratio = to / from;
  if (ratio < 1.1 && ratio > 1 / 1.1) return undefined;
  return `${numberFormat(locale, { maximumFractionDigits: 1 }).format(ratio)}×`;
}
