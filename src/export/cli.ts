/**
 * `microcredential-widgets render …`: a finding as static HTML, email HTML or
 * SVG on stdout, or every finding into a folder. Wrong input gets one line on
 * stderr naming what is valid, and exit code 2.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getFinding, listFindings, suggestFindingIds } from '../data/index.js';
import type { Finding } from '../data/types.js';
import { canonicalLocale } from '../shared/locale.js';
import { TAG_FOR_KIND } from '../shared/finding-element.js';
import { renderEmail } from './email.js';
import { renderHtml } from './html.js';
import { exportModel, THEMES, type ExportOptions } from './model.js';
import { renderSvg } from './svg.js';

export const FORMATS = ['html', 'email', 'svg'] as const;
type Format = (typeof FORMATS)[number];
const TAGS = Object.values(TAG_FOR_KIND);
const EXTENSIONS: Record<Format, string> = { html: 'html', email: 'email.html', svg: 'svg' };

export const USAGE = `usage: microcredential-widgets render <${TAGS.join('|')}> --finding <id> --format <${FORMATS.join('|')}> [--theme light|dark] [--locale xx] [--width N]
       microcredential-widgets render --all --format <${FORMATS.join('|')}> --out DIR [--theme light|dark] [--locale xx] [--width N]`;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

class UsageError extends Error {}

/** Renders one finding in one format. */
export function renderFinding(finding: Finding, format: Format, options: ExportOptions): string {
  if (format === 'html') return renderHtml(finding, options);
  const model = exportModel(finding, options);
  return format === 'email' ? renderEmail(model, options) : renderSvg(model, options, `mcw-${finding.id}`);
}

function parse(args: string[]): { positional: string[]; flags: Map<string, string | true> } {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2);
    const next = args[i + 1];
    if (inline !== undefined) flags.set(name ?? '', inline);
    else if (name === 'all' || name === 'help') flags.set(name, true);
    else if (next !== undefined && !next.startsWith('--')) {
      flags.set(name ?? '', next);
      i++;
    } else throw new UsageError(`--${name} needs a value`);
  }
  return { positional, flags };
}

function option(flags: Map<string, string | true>, name: string): string | undefined {
  const value = flags.get(name);
  return typeof value === 'string' ? value : undefined;
}

function options(flags: Map<string, string | true>): ExportOptions {
  const theme = option(flags, 'theme') ?? 'light';
  if (!THEMES.some((known) => known === theme)) throw new UsageError(`unknown theme "${theme}": use ${THEMES.join(' or ')}`);
  const locale = option(flags, 'locale') ?? 'en';
  const canonical = canonicalLocale(locale);
  if (!canonical) throw new UsageError(`unknown locale "${locale}": use a language tag such as en, de or fr-CA`);
  const widthText = option(flags, 'width') ?? '600';
  const width = Number(widthText);
  if (!Number.isInteger(width) || width < 280 || width > 1200) throw new UsageError(`width "${widthText}" must be a whole number of pixels from 280 to 1200`);
  return { theme: theme === 'dark' ? 'dark' : 'light', locale: canonical, width };
}

function format(flags: Map<string, string | true>): Format {
  const value = option(flags, 'format');
  const known = FORMATS.find((candidate) => candidate === value);
  if (!known) throw new UsageError(`${value === undefined ? 'missing --format' : `unknown format "${value}"`}: use ${FORMATS.join(', ')}`);
  return known;
}

export function main(args: string[], io: Io): number {
  try {
    const { positional, flags } = parse(args);
    if (flags.has('help') || positional.length === 0) {
      io.stdout(`${USAGE}\n`);
      return positional.length === 0 && !flags.has('help') ? 2 : 0;
    }
    const [command, tag, ...extra] = positional;
    if (command !== 'render') throw new UsageError(`unknown command "${command}": use render`);
    const chosenFormat = format(flags);
    const chosenOptions = options(flags);

    if (flags.has('all')) {
      const out = option(flags, 'out');
      if (!out) throw new UsageError('--all needs --out DIR');
      mkdirSync(out, { recursive: true });
      for (const finding of listFindings()) {
        writeFileSync(join(out, `${finding.id}.${EXTENSIONS[chosenFormat]}`), renderFinding(finding, chosenFormat, chosenOptions));
      }
      io.stderr(`wrote ${listFindings().length} ${chosenFormat} files to ${out}\n`);
      return 0;
    }

    if (!tag || !TAGS.includes(tag)) throw new UsageError(`unknown element "${tag ?? ''}": use ${TAGS.join(', ')}`);
    if (extra.length) throw new UsageError(`unexpected "${extra.join(' ')}"`);
    const id = option(flags, 'finding');
    if (!id) throw new UsageError('missing --finding <id>');
    const finding = getFinding(id);
    if (!finding) {
      const kind = Object.entries(TAG_FOR_KIND).find(([, known]) => known === tag)?.[0];
      const suggestions = suggestFindingIds(id, kind === 'stat' || kind === 'comparison' || kind === 'trend' ? { kind } : {});
      throw new UsageError(`unknown finding "${id}": closest ids are ${suggestions.join(', ')}`);
    }
    if (TAG_FOR_KIND[finding.kind] !== tag) {
      throw new UsageError(`"${id}" is a ${finding.kind} finding: render it with ${TAG_FOR_KIND[finding.kind]}`);
    }
    io.stdout(renderFinding(finding, chosenFormat, chosenOptions));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`microcredential-widgets: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
