/**
 * The findings gallery: every finding in its element, filters, search and copyable embed code.
 * Static: the server-rendered embed code is prerendered at build time (./server-rendered.ts),
 * everything else is laid out here; every choice lives in the address bar.
 */
import '../embed/resizer.js';
import { AUDIENCE_NAMES, AUDIENCES, TAGS, dataset, listFindings, type Finding } from '../src/data/index.js';
import { renderStatic, WIDTH_RANGE, type RenderOptions } from '../src/export/static.js';
import { viewOf } from '../src/view/index.js';
import { LANGUAGES } from '../src/view/locale.js';
import { TAG_FOR_KIND, WIDGET_TAGS } from '../src/view/widgets.js';
import { DEFAULT_EMBED_PAGE_URL, DEFAULT_SCRIPT_URL, embedPageSrc, iframeEmbed, scriptEmbed, scriptTag, zeroShiftEmbed } from './embed-code.js';
import { downloadPng } from './png-download.js';
import { assembleHtmlExport, loadServerRendered } from './server-rendered.js';
import { drawnShadow } from './shadow-markup.js';

function required<T extends Element>(selector: string, type: new () => T): T {
  const element = document.querySelector(selector);
  if (!(element instanceof type)) throw new Error(`gallery markup is missing ${selector}`);
  return element;
}

const form = required('#filters', HTMLFormElement);
const items = required('#items', HTMLElement);
const count = required('#count', HTMLElement);
const input = (name: string) => required(`#filters [name="${name}"]`, HTMLInputElement);
const select = (name: string) => required(`#filters [name="${name}"]`, HTMLSelectElement);

/** What picks the findings shown: the text search is an input, the others are selects. */
const FILTERS = ['q', 'audience', 'report', 'tag', 'element'] as const;
/** What the embed code and previews are made with. */
const OPTIONS = ['lang', 'theme', 'format', 'width', 'script-url', 'embed-page-url'] as const;
type Field = (typeof FILTERS)[number] | (typeof OPTIONS)[number];
const TEXT_FIELDS: readonly Field[] = ['q', 'width', 'script-url', 'embed-page-url'];
const field = (name: Field) => (TEXT_FIELDS.includes(name) ? input(name) : select(name));

function addOptions(select: HTMLSelectElement, options: Array<[value: string, label: string]>): void {
  for (const [value, label] of options) select.append(new Option(label, value));
}
addOptions(select('audience'), AUDIENCES.map((audience) => [audience, AUDIENCE_NAMES[audience]]));
addOptions(select('report'), dataset.reports.map((report) => [report.id, report.name]));
addOptions(select('tag'), TAGS.map((tag) => [tag, tag.replace(/-/g, ' ')]));
addOptions(select('element'), WIDGET_TAGS.map((tag) => [tag, `<${tag}>`]));
// Each language named in itself, as a reader looks for it.
addOptions(select('lang'), LANGUAGES.map((language) => [language, new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language]));

/** Each field's value when the address bar does not name it: the URLs of the user's copies are remembered across visits. */
const STORED: Partial<Record<Field, string>> = { 'script-url': 'microcredential-widgets:script-url', 'embed-page-url': 'microcredential-widgets:embed-page-url' };
const DEFAULTS: Record<Field, string> = {
  q: '',
  audience: '',
  report: '',
  tag: '',
  element: '',
  lang: 'en',
  theme: 'light',
  format: 'element',
  width: '600',
  'script-url': DEFAULT_SCRIPT_URL,
  'embed-page-url': DEFAULT_EMBED_PAGE_URL,
};
const scriptUrlField = input('script-url');
const embedPageUrlField = input('embed-page-url');

/** The language chosen for the widgets and their embed code. */
const language = () => select('lang').value || 'en';
const theme = () => select('theme').value || 'light';
const format = () => select('format').value;
/** The chosen width, kept within what the static outputs are laid out for. */
function width(): number {
  const chosen = Math.round(Number(input('width').value));
  return Number.isFinite(chosen) ? Math.min(WIDTH_RANGE.max, Math.max(WIDTH_RANGE.min, chosen)) : 600;
}
/** Email and SVG cannot follow the reader's system: `auto` draws them light. */
const exportOptions = (): RenderOptions => ({ theme: theme() === 'dark' ? 'dark' : 'light', locale: language(), width: width() });

/** The code an editor pastes, in the chosen form and language. */
function embedCode(finding: Finding): string {
  const tag = TAG_FOR_KIND[finding.kind];
  switch (select('format').value) {
    case 'iframe':
      return iframeEmbed(tag, finding.id, viewOf(finding, { locale: language() }).label ?? finding.label, embedPageUrlField.value, language(), theme());
    case 'email':
    case 'svg':
      return renderStatic(finding, select('format').value === 'email' ? 'email' : 'svg', exportOptions());
    case 'html':
      return 'Rendering on the server…';
    case 'script':
      return scriptEmbed(tag, finding.id, renderStatic(finding, 'fallback', exportOptions()), scriptUrlField.value, language(), theme());
    default:
      return 'Drawing the widget…';
  }
}

/** What each element draws, per finding and language, drawn once (see shadow-markup.ts). */
const drawn = new Map<string, Promise<string>>();

/** The default embed code: the element with what it draws written out, so the page never shifts. */
async function zeroShiftCode(finding: Finding): Promise<string> {
  const [tag, locale] = [TAG_FOR_KIND[finding.kind], language()];
  const key = `${finding.id} ${locale}`;
  const shadow = drawn.get(key) ?? drawnShadow(tag, finding.id, locale);
  drawn.set(key, shadow);
  return zeroShiftEmbed(tag, finding.id, await shadow, renderStatic(finding, 'fallback', exportOptions()), scriptUrlField.value, locale, theme());
}

/** The server-rendered embed code: the build's prerender of the `html` export, in the chosen language, theme and width. */
async function serverRendered(finding: Finding): Promise<string> {
  try {
    const pack = await loadServerRendered(language());
    const markup = assembleHtmlExport(pack, { finding: finding.id, theme: theme(), locale: language(), width: width() });
    return markup ? `${scriptTag(scriptUrlField.value)}\n${markup}` : `Could not render: no prerendered html for ${finding.id}`;
  } catch (error) {
    return `Could not load the prerendered html (${String(error)}): run npx microcredential-widgets render … --format html`;
  }
}

/** A button and the live status line that says what it did. */
function buttonWithStatus(
  label: string,
  statusTag: 'span' | 'p',
  statusClass: string,
  act: (status: HTMLElement) => Promise<void>,
): [HTMLButtonElement, HTMLElement] {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  const status = document.createElement(statusTag);
  status.className = statusClass;
  status.setAttribute('role', 'status');
  button.addEventListener('click', () => void act(status));
  return [button, status];
}

interface Item {
  finding: Finding;
  element: HTMLElement;
  preview: HTMLElement;
  code: HTMLElement;
  /** The embed code shown, once it is ready (the server-rendered form loads its language's file first). */
  ready: Promise<void>;
  /** The choices its preview and code were made with; made again only when they change. */
  madeWith: string;
  /** Whether it is in or near the viewport: previews are made only there (66 email frames at once take a second). */
  near: boolean;
  /** What the search looks in: the finding's words in English and in the chosen language. */
  haystack: string;
  haystackLanguage: string;
}

function haystackOf(finding: Finding): string {
  const view = viewOf(finding, { locale: language() });
  return [finding.id, finding.label, finding.statement, finding.note ?? '', finding.tags.join(' '), view.label ?? '', view.statement ?? '', view.note?.paragraphs.join(' ') ?? '']
    .join(' ')
    .toLocaleLowerCase(language());
}

/** A frame showing `markup` as a page of its own, as high as what it shows. */
function framed(markup: string, title: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.title = title;
  frame.srcdoc = `<!doctype html><html><head><meta charset="utf-8"></head><body>${markup}</body></html>`;
  // The body's default 8px margin on each side, as on the empty page the code is pasted into.
  frame.style.width = `${width() + 16}px`;
  frame.addEventListener('load', () => {
    const view = frame.contentWindow as (Window & typeof globalThis) | null;
    const page = frame.contentDocument?.documentElement;
    if (!view || !page) return;
    // The frame's own observer: the page settles (fonts, layout) after the load event.
    new view.ResizeObserver(() => (frame.style.height = `${page.scrollHeight}px`)).observe(page);
  });
  return frame;
}

/** What the item's code renders: the element, the site's own embed page in an iframe, or the email or SVG in a page of its own. */
function previewOf(finding: Finding, code: string): HTMLElement {
  const tag = TAG_FOR_KIND[finding.kind];
  switch (format()) {
    case 'iframe': {
      // The site's own embed page; the code names the user's copy of it.
      const frame = document.createElement('iframe');
      frame.dataset.microcredentialWidgets = '';
      frame.title = finding.label;
      frame.src = embedPageSrc(tag, finding.id, new URL('../embed.html', location.href).href, language(), theme());
      frame.style.cssText = 'width:100%;height:340px';
      return frame;
    }
    case 'email':
    case 'svg':
      return framed(code, finding.label);
    default: {
      const widget = document.createElement(tag);
      widget.setAttribute('finding', finding.id);
      if (language() !== 'en') widget.setAttribute('locale', language());
      if (theme() !== 'light') widget.setAttribute('theme', theme());
      if (format() !== 'html') return widget;
      // The server-rendered code wraps the element in a box of the chosen width.
      const box = document.createElement('div');
      box.style.maxWidth = `${width()}px`;
      box.append(widget);
      return box;
    }
  }
}

/** The choices that previews and code are made with, as one string to compare. */
const currentChoices = () => OPTIONS.map((name) => field(name).value).join('\n');

/** Makes the item's preview and code again if the choices changed since they were made. */
function make(item: Item, choices = currentChoices()): void {
  if (item.madeWith === choices) return;
  item.madeWith = choices;
  const code = embedCode(item.finding);
  item.code.textContent = code;
  if (format() === 'html' || format() === 'element') {
    item.ready = (format() === 'html' ? serverRendered(item.finding) : zeroShiftCode(item.finding)).then((markup) => {
      if (item.madeWith === choices) item.code.textContent = markup;
    });
  } else {
    item.ready = Promise.resolve();
  }
  item.preview.replaceChildren(previewOf(item.finding, code));
}

const rendered: Item[] = listFindings().map((finding) => {
  const element = document.createElement('article');
  element.className = 'item';
  element.dataset.finding = finding.id;
  const preview = document.createElement('div');
  preview.className = 'preview';
  const id = document.createElement('p');
  id.className = 'id';
  id.textContent = finding.id;
  const code = document.createElement('code');
  const item: Item = { finding, element, preview, code, ready: Promise.resolve(), madeWith: '', near: false, haystack: '', haystackLanguage: '' };
  const [copy, copied] = buttonWithStatus('Copy embed code', 'span', 'copied', async (status) => {
    make(item);
    await item.ready;
    try {
      await navigator.clipboard.writeText(code.textContent ?? '');
      status.textContent = 'Copied';
    } catch {
      // No clipboard permission (an insecure origin, an iframe): select the text for a manual copy.
      details.open = true;
      getSelection()?.selectAllChildren(code);
      status.textContent = 'Selected: press Ctrl+C or ⌘C';
    }
    setTimeout(() => (status.textContent = ''), 4000);
  });
  copy.className = 'copy';
  // For image-only channels (Gmail, social posts, slides): the SVG export as a PNG, with its alt text to paste.
  const [download, alt] = buttonWithStatus('Download PNG', 'p', 'alt', async (status) => {
    try {
      status.textContent = `Alt text for ${finding.id}.png: ${await downloadPng(finding, exportOptions())}`;
    } catch (error) {
      status.textContent = `Could not draw the PNG here (${String(error)}): run npx microcredential-widgets render … --format png`;
    }
  });
  download.className = 'download';
  const actions = document.createElement('p');
  actions.className = 'actions';
  actions.append(copy, copied, download);
  const details = document.createElement('details');
  details.className = 'embed';
  const summary = document.createElement('summary');
  summary.textContent = 'Show embed code';
  const pre = document.createElement('pre');
  pre.append(code);
  details.append(summary, pre);
  element.append(preview, id, actions, alt, details);
  items.append(element);
  return item;
});

const nearViewport = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      const item = rendered.find((candidate) => candidate.element === entry.target);
      if (!item) continue;
      item.near = entry.isIntersecting;
      if (item.near) make(item);
    }
  },
  { rootMargin: '600px 0px' },
);
for (const item of rendered) nearViewport.observe(item.element);

/** Shows the findings the filters and search pick, each made with the current choices. */
function update(): void {
  const query = input('q').value.trim().toLocaleLowerCase(language());
  const words = query ? query.split(/\s+/) : [];
  const audience = select('audience').value;
  const report = select('report').value;
  const tag = select('tag').value;
  const element = select('element').value;
  const choices = currentChoices();
  let shown = 0;
  for (const item of rendered) {
    const { finding } = item;
    if (words.length && item.haystackLanguage !== language()) {
      item.haystack = haystackOf(finding);
      item.haystackLanguage = language();
    }
    const visible =
      words.every((word) => item.haystack.includes(word)) &&
      (!audience || finding.audience === audience) &&
      (!report || finding.report === report) &&
      (!tag || finding.tags.some((candidate) => candidate === tag)) &&
      (!element || TAG_FOR_KIND[finding.kind] === element);
    item.element.hidden = !visible;
    if (visible) shown++;
    // Items coming into view are made by the observer; those already near are made again here.
    if (visible && item.near) make(item, choices);
  }
  count.textContent = `${shown} of ${rendered.length} findings`;
  // Email and SVG previews are as wide as the chosen width: the columns make room for them.
  items.style.setProperty('--column', format() === 'email' || format() === 'svg' ? `${width() + 16}px` : '22rem');
  saveChoices();
}

/** Every choice that differs from its default goes into the address bar; the URLs of the user's copies into storage too. */
function saveChoices(): void {
  const params = new URLSearchParams();
  for (const name of [...FILTERS, ...OPTIONS]) {
    const value = field(name).value;
    if (value && value !== DEFAULTS[name]) params.set(name, value);
    const key = STORED[name];
    if (key) localStorage.setItem(key, value);
  }
  history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
}

const initial = new URLSearchParams(location.search);
for (const name of [...FILTERS, ...OPTIONS]) {
  const key = STORED[name];
  const value = initial.get(name) ?? (key && localStorage.getItem(key)) ?? DEFAULTS[name];
  const target = field(name);
  target.value = value;
  // A select given a value it does not offer shows nothing: take its default instead.
  if (target.value !== value) target.value = DEFAULTS[name];
}
form.addEventListener('input', update);
form.addEventListener('submit', (event) => event.preventDefault());
update();
