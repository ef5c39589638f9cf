/**
 * The host-page script for iframe embeds: gives each
 * `<iframe data-microcredential-widgets src="…/embed.html?…">` the height of
 * its content. A message counts only when it comes from that iframe's window
 * and from the origin of its src.
 *
 * Embeds post their height when it changes, so a resizer loaded later (in the
 * theme or footer) would miss it: on start it asks every embed for its height.
 */
import { HEIGHT_REQUEST, isHeightMessage, type HeightRequest } from './messages.js';

const MAX_HEIGHT = 10_000;
const EMBEDS = 'iframe[data-microcredential-widgets]';

window.addEventListener('message', (event) => {
  if (!isHeightMessage(event.data)) return;
  for (const frame of document.querySelectorAll(EMBEDS)) {
    if (!(frame instanceof HTMLIFrameElement) || frame.contentWindow !== event.source) continue;
    if (new URL(frame.src, location.href).origin !== event.origin) return;
    const height = event.data.height;
    if (Number.isFinite(height) && height >= 0 && height <= MAX_HEIGHT) frame.style.height = `${Math.ceil(height)}px`;
    return;
  }
});

// Only a document from the origin of the src receives the request; one still loading answers by itself when it has loaded.
const request: HeightRequest = { type: HEIGHT_REQUEST };
for (const frame of document.querySelectorAll(EMBEDS)) {
  if (!(frame instanceof HTMLIFrameElement) || !frame.src) continue;
  const origin = new URL(frame.src, location.href).origin;
  if (origin !== 'null') frame.contentWindow?.postMessage(request, origin);
}
