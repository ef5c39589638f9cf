/**
 * embed.html?widget=stat-card&finding=<id>[&theme=dark][&locale=de]: one
 * element on its own page, for CMSes that allow iframes but not scripts. It
 * tells the host page its height when it changes and when the host asks
 * (see embed/resizer.ts).
 */
import '../src/cdn.js';
import { TAG_FOR_KIND } from '../src/view/widgets.js';
import { HEIGHT_MESSAGE, isHeightRequest, type HeightMessage } from './messages.js';

const root = document.querySelector('#embed');
const params = new URLSearchParams(location.search);
const tags: string[] = Object.values(TAG_FOR_KIND);
const widget = params.get('widget') ?? '';

if (root) {
  if (tags.includes(widget)) {
    const element = document.createElement(widget);
    for (const name of ['finding', 'theme', 'locale', 'label', 'value', 'data', 'unit', 'source']) {
      const value = params.get(name);
      if (value !== null) element.setAttribute(name, value);
    }
    root.append(element);
    const finding = params.get('finding');
    if (finding) document.title = `Micro-credential finding: ${finding}`;
  } else {
    const message = document.createElement('p');
    message.className = 'embed-error';
    message.textContent = `Unknown widget "${widget}": use ${tags.join(', ')} (embed.html?widget=stat-card&finding=…).`;
    root.append(message);
    console.warn(`microcredential-widgets embed: ${message.textContent}`);
  }
}

// The host page may be on any origin: the height is not secret, and the host checks where it came from.
// It is sent whenever it changes, and again when the host's resizer asks (it may start after this page).
const contentHeight = () => Math.ceil(document.documentElement.getBoundingClientRect().height);
function tellHeight(height: number): void {
  const message: HeightMessage = { type: HEIGHT_MESSAGE, height };
  window.parent.postMessage(message, '*');
}

let lastHeight = -1;
new ResizeObserver(() => {
  const height = contentHeight();
  if (height === lastHeight || window.parent === window) return;
  lastHeight = height;
  tellHeight(height);
}).observe(document.documentElement);

window.addEventListener('message', (event) => {
  if (event.source !== window.parent || window.parent === window || !isHeightRequest(event.data)) return;
  tellHeight(contentHeight());
});
