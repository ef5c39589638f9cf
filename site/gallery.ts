/** The findings gallery: every finding in its element, filters, search and copyable embed code. */
import { AUDIENCE_NAMES, AUDIENCES, TAGS, dataset, listFindings, type Finding } from '../src/data/index.js';
import { renderStatic, type RenderOptions } from '../src/export/static.js';
import { viewOf } from '../src/view/index.js';
import { LANGUAGES } from '../src/view/locale.js';
import { TAG_FOR_KIND } from '../src/view/widgets.js';
import { DEFAULT_EMBED_PAGE_URL, DEFAULT_SCRIPT_URL, iframeEmbed, scriptEmbed, scriptTag, zeroShiftEmbed } from './embed-code.js';
import { downloadPng } from './png-download.js';
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
/** The filters and the language: the text search is an input, the others are selects. */
const FILTERS = ['q', 'audience', 'report', 'tag', 'lang'] as const;
const filter = (name: (typeof FILTERS)[number]) => (name === 'q' ? input(name) : select(name));

function addOptions(select: HTMLSelectElement, options: Array<[value: string, label: string]>): void {
  for (const [value, label] of options) select.append(new Option(label, value));
}
addOptions(select('audience'), AUDIENCES.map((audience) => [audience, AUDIENCE_NAMES[audience]]));
addOptions(select('report'), dataset.reports.map((report) => [report.id, report.name]));
addOptions(select('tag'), TAGS.map((tag) => [tag, tag.replace(/-/g, ' ')]));
// Each language named in itself, as a reader looks for it.
addOptions(select('lang'), LANGUAGES.map((language) => [language, new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language]));

/** Where the user's copies are served, remembered across visits. */
const SCRIPT_URL_KEY = 'microcredential-widgets:script-url';
const EMBED_PAGE_URL_KEY = 'microcredential-widgets:embed-page-url';
const scriptUrlField = input('script-url');
const embedPageUrlField = input('embed-page-url');
scriptUrlField.value = localStorage.getItem(SCRIPT_URL_KEY) ?? DEFAULT_SCRIPT_URL;
embedPageUrlField.value = localStorage.getItem(EMBED_PAGE_URL_KEY) ?? DEFAULT_EMBED_PAGE_URL;
/** The language chosen for the widgets and their embed code. */
const language = () => select('lang').value || 'en';
const exportOptions = (): RenderOptions => ({ theme: 'light', locale: language(), width: 600 });

/** The code an editor pastes, in the chosen form and language. */
function embedCode(finding: Finding): string {
  const tag = TAG_FOR_KIND[finding.kind];
  switch (select('format').value) {
    case 'iframe':
      return iframeEmbed(tag, finding.id, viewOf(finding, { locale: language() }).label ?? finding.label, embedPageUrlField.value, language());
    case 'email':
    case 'svg':
      return renderStatic(finding, select('format').value === 'email' ? 'email' : 'svg', exportOptions());
    case 'html':
      return 'Rendering on the server…';
    case 'script':
      return scriptEmbed(tag, finding.id, renderStatic(finding, 'fallback', exportOptions()), scriptUrlField.value, language());
    default:
      return 'Drawing the widget…';
  }
}

/** What each element draws, per finding and language, drawn once (see shadow-markup.ts). */
const drawn = new Map<string, Promise<string>>();

/** The default embed code: the element with what it draws written out, so the page never shifts. */
async function zeroShiftCode(item: Item): Promise<void> {
  const { finding } = item;
  const [tag, locale] = [TAG_FOR_KIND[finding.kind], language()];
  const key = `${finding.id} ${locale}`;
  const shadow = drawn.get(key) ?? drawnShadow(tag, finding.id, locale);
  drawn.set(key, shadow);
  const markup = await shadow;
  if (select('format').value !== 'element' || language() !== locale) return;
  item.code.textContent = zeroShiftEmbed(tag, finding.id, markup, renderStatic(finding, 'fallback', exportOptions()), scriptUrlField.value, locale);
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
  widget: HTMLElement;
  code: HTMLElement;
  /** What the search looks in: the finding's words in English and in the chosen language. */
  haystack: string;
}

function haystackOf(finding: Finding): string {
  const view = viewOf(finding, { locale: language() });
  return [finding.id, finding.label, finding.statement, finding.note ?? '', finding.tags.join(' '), view.label ?? '', view.statement ?? '', view.note?.paragraphs.join(' ') ?? '']
    .join(' ')
    .toLocaleLowerCase(language());
}

const rendered: Item[] = listFindings().map((finding) => {
  const element = document.createElement('article');
  element.className = 'item';
  const widget = document.createElement(TAG_FOR_KIND[finding.kind]);
  widget.setAttribute('finding', finding.id);
  const id = document.createElement('p');
  id.className = 'id';
  id.textContent = finding.id;
  const details = document.createElement('details');
  details.className = 'embed';
  const summary = document.createElement('summary');
  summary.textContent = 'Embed code';
  const pre = document.createElement('pre');
  const code = document.createElement('code');
  pre.append(code);
  const [copy, copied] = buttonWithStatus('Copy embed code', 'span', 'copied', async (status) => {
    try {
      await navigator.clipboard.writeText(code.textContent ?? '');
      status.textContent = 'Copied';
    } catch {
      // No clipboard permission (an insecure origin, an iframe): select the text for a manual copy.
      getSelection()?.selectAllChildren(code);
      status.textContent = 'Selected: press Ctrl+C or ⌘C';
    }
    setTimeout(() => (status.textContent = ''), 4000);
  });
  // For image-only channels (Gmail, social posts, slides): the SVG export as a PNG, with its alt text to paste.
  const [download, alt] = buttonWithStatus('Download PNG', 'p', 'alt', async (status) => {
    try {
      status.textContent = `Alt text for ${finding.id}.png: ${await downloadPng(finding, exportOptions())}`;
    } catch (error) {
      status.textContent = `Could not draw the PNG here (${String(error)}): run npx microcredential-widgets render … --format png`;
    }
  });
  download.className = 'download';
  details.append(summary, pre, copy, copied, download, alt);
  element.append(widget, id, details);
  items.append(element);
  return { finding, element, widget, code, haystack: '' };
});

/** Server-rendered embed code comes from the development server's /__render endpoint (Lit SSR runs in Node). */
async function serverRendered(item: Item): Promise<void> {
  const { finding } = item;
  const query = new URLSearchParams({ tag: TAG_FOR_KIND[finding.kind], finding: finding.id, format: 'html', locale: language() });
  try {
    const response = await fetch(`/__render?${query}`);
    const markup = await response.text();
    if (select('format').value !== 'html') return;
    item.code.textContent = response.ok
      ? `${scriptTag(scriptUrlField.value)}\n${markup}`
      : `Could not render: ${markup}`;
  } catch {
    item.code.textContent = 'Server rendering needs the development server (npm start), or run: npx microcredential-widgets render … --format html';
  }
}

let shownLanguage: string | undefined;

function update(): void {
  const query = input('q').value.trim().toLocaleLowerCase(language());
  const languageChanged = shownLanguage !== language();
  shownLanguage = language();
  const audience = select('audience').value;
  const report = select('report').value;
  const tag = select('tag').value;
  let shown = 0;
  for (const item of rendered) {
    const { finding } = item;
    if (languageChanged) {
      item.widget.setAttribute('locale', language());
      item.haystack = haystackOf(finding);
    }
    const visible =
      (!query || query.split(/\s+/).every((word) => item.haystack.includes(word))) &&
      (!audience || finding.audience === audience) &&
      (!report || finding.report === report) &&
      (!tag || finding.tags.some((candidate) => candidate === tag));
    item.element.hidden = !visible;
    if (visible) shown++;
    item.code.textContent = embedCode(finding);
    if (select('format').value === 'html' && visible) void serverRendered(item);
    if (select('format').value === 'element' && visible) void zeroShiftCode(item);
  }
  count.textContent = `${shown} of ${rendered.length} findings`;
  localStorage.setItem(SCRIPT_URL_KEY, scriptUrlField.value);
  localStorage.setItem(EMBED_PAGE_URL_KEY, embedPageUrlField.value);
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const value = filter(name).value;
    if (value) params.set(name, value);
  }
  history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
}

const initial = new URLSearchParams(location.search);
for (const name of FILTERS) filter(name).value = initial.get(name) ?? '';
form.addEventListener('input', update);
form.addEventListener('submit', (event) => event.preventDefault());
update();
