/**
 * `microcredential-widgets render …`: a finding as server-rendered HTML, email
 * HTML or SVG on stdout, or as a PNG file with its alt text beside it; or every
 * finding into a folder. This module only reads the command line; `./index.ts`
 * and `./png.ts` render. Wrong input gets one line on stderr naming what is
 * valid, and exit code 2.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WIDGET_TAGS } from '../view/widgets.js';
import type { Finding } from '../data/types.js';
import { listFindings } from '../data/index.js';
import { checkFinding, checkFormat, checkRenderOptions, FORMATS, renderAll, renderFinding, type Checked, type RenderOptions } from './index.js';
import { checkScale, renderFindingPng } from './png.js';

/** What the command line writes: the text formats on stdout, png into files. */
const CLI_FORMATS = [...FORMATS, 'png'] as const;

export const USAGE = `usage: microcredential-widgets render <${WIDGET_TAGS.join('|')}> --finding <id> --format <${FORMATS.join('|')}> [--theme light|dark] [--locale xx] [--width N]
       microcredential-widgets render <${WIDGET_TAGS.join('|')}> --finding <id> --format html --stylesheet URL   (links microcredential-widgets.css: no inline style)
       microcredential-widgets render <${WIDGET_TAGS.join('|')}> --finding <id> --format png [--out DIR] [--scale 1-4] [--theme light|dark] [--locale xx] [--width N]
       microcredential-widgets render --all --format <${CLI_FORMATS.join('|')}> --out DIR [--scale 1-4] [--theme light|dark] [--locale xx] [--width N]
       microcredential-widgets --version | --help`;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

class UsageError extends Error {}

/** Flags that take no value. */
const SWITCHES = new Set(['all', 'help', 'version']);

function parse(args: string[]): { positional: string[]; flags: Map<string, string | true> } {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split('=', 2);
    const next = args[i + 1];
    if (inline !== undefined) flags.set(name, inline);
    else if (SWITCHES.has(name)) flags.set(name, true);
    else if (next !== undefined && !next.startsWith('--')) {
      flags.set(name, next);
      i++;
    } else throw new UsageError(`--${name} needs a value`);
  }
  return { positional, flags };
}

function option(flags: Map<string, string | true>, name: string): string | undefined {
  const value = flags.get(name);
  return typeof value === 'string' ? value : undefined;
}

/** The value of a check, or a usage error carrying its problem. */
function valueOf<T>(checked: Checked<T>): T {
  if (!checked.ok) throw new UsageError(checked.problem);
  return checked.value;
}

/** The package's version, from its package.json: two folders up from src/export/, three from dist/esm/export/. */
function version(): string {
  for (const path of ['../../package.json', '../../../package.json']) {
    try {
      const manifest: unknown = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
      if (typeof manifest === 'object' && manifest !== null && 'name' in manifest && manifest.name === 'microcredential-widgets' && 'version' in manifest) {
        return String(manifest.version);
      }
    } catch {
      // Not there: try the next place.
    }
  }
  return 'unknown';
}

/** Writes `<id>.png` and its alt text, `<id>.png.txt`, into `out`; returns the PNG's path. */
function writePng(finding: Finding, options: RenderOptions, scale: number, out: string): string {
  const { png, alt } = valueOf(renderFindingPng(finding, options, scale));
  const file = join(out, `${finding.id}.png`);
  writeFileSync(file, png);
  writeFileSync(`${file}.txt`, `${alt}\n`);
  return file;
}

export function main(args: string[], io: Io): number {
  try {
    const { positional, flags } = parse(args);
    if (flags.has('version')) {
      io.stdout(`${version()}\n`);
      return 0;
    }
    if (flags.has('help') || positional.length === 0) {
      io.stdout(`${USAGE}\n`);
      return flags.has('help') ? 0 : 2;
    }
    const [command, tag, ...extra] = positional;
    if (command !== 'render') throw new UsageError(`unknown command "${command}": use render`);
    const raw = { theme: option(flags, 'theme'), locale: option(flags, 'locale'), width: option(flags, 'width') };

    const format = valueOf(checkFormat(option(flags, 'format'), CLI_FORMATS));
    if (flags.has('scale') && format !== 'png') throw new UsageError('--scale is for --format png only');
    const scale = valueOf(checkScale(option(flags, 'scale')));
    const stylesheet = option(flags, 'stylesheet');
    if (flags.has('stylesheet') && format !== 'html') throw new UsageError('--stylesheet is for --format html only');
    if (stylesheet !== undefined && !stylesheet.trim()) throw new UsageError('--stylesheet needs the URL of microcredential-widgets.css');
    const html = { stylesheet: stylesheet?.trim() };

    if (flags.has('all')) {
      const options = valueOf(checkRenderOptions(raw));
      const out = option(flags, 'out');
      if (!out) throw new UsageError('--all needs --out DIR');
      mkdirSync(out, { recursive: true });
      if (format === 'png') {
        for (const finding of listFindings()) writePng(finding, options, scale, out);
        io.stderr(`wrote ${listFindings().length} png files, each with its alt text in <id>.png.txt, to ${out}\n`);
        return 0;
      }
      const files = renderAll(format, options, html);
      for (const { file, output } of files) writeFileSync(join(out, file), output);
      io.stderr(`wrote ${files.length} ${format} files to ${out}\n`);
      return 0;
    }

    if (extra.length) throw new UsageError(`unexpected "${extra.join(' ')}"`);
    if (format === 'png') {
      const finding = valueOf(checkFinding(tag ?? '', option(flags, 'finding')));
      const options = valueOf(checkRenderOptions(raw));
      const out = option(flags, 'out') ?? '.';
      mkdirSync(out, { recursive: true });
      const file = writePng(finding, options, scale, out);
      io.stderr(`wrote ${file} and its alt text, ${file}.txt\n`);
      return 0;
    }
    io.stdout(valueOf(renderFinding(tag ?? '', option(flags, 'finding'), format, raw, html)));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`microcredential-widgets: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
