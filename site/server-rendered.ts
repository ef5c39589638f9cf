/**
 * The gallery's server-rendered (`html` export) embed code without a server:
 * the export of every finding in every language, prerendered at build time
 * (scripts/build-site-prerender.ts) into one JSON file per language beside this
 * module, and put back together here. Pure string work, so the build checks,
 * for every finding, language and theme, that what this assembles is byte for
 * byte what the renderer writes.
 */
import type { WidgetTag } from '../src/view/widgets.js';

/** One language's prerendered exports: what is the same for every finding is stored once. */
export interface ServerRenderedPack {
  /** The opening tag of each declarative shadow root. */
  template: string;
  /** Each element's stylesheet. */
  styles: Record<WidgetTag, string>;
  /**
   * What comes before each element's shadow root (the wrapper and the host's start tag) and
   * after its fallback, with the slots `{finding}`, `{theme}`, `{locale}` and `{width}`.
   */
  hosts: Record<WidgetTag, { before: string; after: string }>;
  /** Per finding id: its element, the content of its shadow root after the stylesheet, and its fallback text. */
  findings: Record<string, { tag: WidgetTag; shadow: string; fallback: string }>;
}

export interface HostValues {
  finding: string;
  theme: string;
  locale: string;
  width: number;
}

/** The slots of a host's markup, as the build writes them. */
export const HOST_SLOTS = ['finding', 'theme', 'locale', 'width'] as const satisfies ReadonlyArray<keyof HostValues>;

/** Fills a host's slots (the values are ids, theme and language names and a number: nothing to escape). */
const fill = (markup: string, values: HostValues) => markup.replace(/\{(finding|theme|locale|width)\}/g, (_slot, name: keyof HostValues) => String(values[name]));

/** The `html` export of one finding, as `render <tag> --finding <id> --format html` writes it; undefined for an unknown id. */
export function assembleHtmlExport(pack: ServerRenderedPack, values: HostValues): string | undefined {
  const finding = Object.hasOwn(pack.findings, values.finding) ? pack.findings[values.finding] : undefined;
  if (!finding) return undefined;
  const host = pack.hosts[finding.tag];
  return `${fill(host.before, values)}${pack.template}<style>${pack.styles[finding.tag]}</style>${finding.shadow}</template>${finding.fallback}${fill(host.after, values)}`;
}

const packs = new Map<string, Promise<ServerRenderedPack>>();

/** One language's pack, fetched once from beside this module (relative, so the site works under any path). */
export function loadServerRendered(language: string): Promise<ServerRenderedPack> {
  let pack = packs.get(language);
  if (!pack) {
    pack = fetch(new URL(`./prerendered/${language}.json`, import.meta.url)).then((response) => {
      if (!response.ok) throw new Error(`prerendered/${language}.json: HTTP ${response.status} (run npm run build:site or npm start, which write it)`);
      return response.json() as Promise<ServerRenderedPack>;
    });
    pack.catch(() => packs.delete(language));
    packs.set(language, pack);
  }
  return pack;
}
