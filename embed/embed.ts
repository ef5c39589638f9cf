/**
 * embed.html?widget=stat-card&finding=<id>[&theme=dark][&locale=de]: one
 * element on its own page, for CMSes that allow iframes but not scripts. It
 * tells the host page its height (see embed/resizer.ts).
 */
import '../src/cdn.js';
import { TAG_FOR_KIND } from '../src/view/widgets.js';
import { HEIGHT_MESSAGE, type HeightMessage } from './messages.js';

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
let lastHeight = -1;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === lastHeight || window.parent === window) return;
  lastHeight = height;
  const message: HeightMessage = { type: HEIGHT_MESSAGE, height };
  window.parent.postMessage(message, '*');
}).observe(document.documentElement);
