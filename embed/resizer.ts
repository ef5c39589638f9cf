/**
 * The host-page script for iframe embeds: gives each
 * `<iframe data-microcredential-widgets src="…/embed.html?…">` the height of
 * its content. A message counts only when it comes from that iframe's window
 * and from the origin of its src.
 */
import { isHeightMessage } from './messages.js';

const MAX_HEIGHT = 10_000;

window.addEventListener('message', (event) => {
  if (!isHeightMessage(event.data)) return;
  for (const frame of document.querySelectorAll('iframe[data-microcredential-widgets]')) {
    if (!(frame instanceof HTMLIFrameElement) || frame.contentWindow !== event.source) continue;
    if (new URL(frame.src, location.href).origin !== event.origin) return;
    const height = event.data.height;
    if (Number.isFinite(height) && height >= 0 && height <= MAX_HEIGHT) frame.style.height = `${Math.ceil(height)}px`;
    return;
  }
});
