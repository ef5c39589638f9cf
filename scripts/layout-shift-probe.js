// Cumulative layout shift in any engine, for `npm run bench` and the zero-shift test.
// Served as a same-origin script in the page's head (a strict CSP allows it), it keeps
// in `window.mcwLayoutShift`:
// - `entries`: the sum of the browser's own layout-shift entries (Chromium only; null elsewhere);
// - `measured`: the same score computed here, for Firefox and WebKit, which have no such entries:
//   each frame, every element (in open shadow roots too) that had a box of the same display type
//   in the last frame (a new type is a new box, as for Chromium: a custom element turning from
//   inline to block when defined is not a shift) and whose top-left corner moved by 3 px or more
//   is unstable, as in Chromium's Layout Instability
//   implementation; the frame scores the area of the union of the unstable elements' old and
//   new boxes within the viewport, as a share of the viewport, times the largest move over the
//   viewport's larger side. In Chromium both are kept, so the two can be compared.
// - `frames`: how many frames it has looked at;
// - `moves`: the first 20 unstable elements, each with its frame, the time (ms since navigation)
//   and its box before and after, so a test that sees a shift can say what moved.
/* global window, document, performance, requestAnimationFrame, getComputedStyle, PerformanceObserver, innerWidth, innerHeight */
(() => {
  const state = (window.mcwLayoutShift = { entries: null, measured: 0, frames: 0, moves: [] });
  if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
    state.entries = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) state.entries += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  }

  const SKIPPED = new Set(['SCRIPT', 'STYLE', 'LINK', 'TEMPLATE', 'META', 'TITLE']);
  /** Every element under `root`, entering open shadow roots. */
  function* elements(root) {
    for (const element of root.children) {
      if (SKIPPED.has(element.tagName)) continue;
      yield element;
      if (element.shadowRoot) yield* elements(element.shadowRoot);
      yield* elements(element);
    }
  }

  /** Area of the union of rectangles [left, top, right, bottom], by sweeping the distinct x edges. */
  function unionArea(rects) {
    const xs = [...new Set(rects.flatMap(([left, , right]) => [left, right]))].sort((a, b) => a - b);
    let area = 0;
    for (let i = 0; i + 1 < xs.length; i++) {
      const [x0, x1] = [xs[i], xs[i + 1]];
      const spans = rects.filter(([left, , right]) => left <= x0 && right >= x1).map(([, top, , bottom]) => [top, bottom]).sort((a, b) => a[0] - b[0]);
      let covered = 0;
      let end = -Infinity;
      for (const [top, bottom] of spans) {
        if (bottom <= end) continue;
        covered += bottom - Math.max(top, end);
        end = bottom;
      }
      area += covered * (x1 - x0);
    }
    return area;
  }

  /** `tag.class`, and the host it is drawn in when it is in a shadow root. */
  const describe = (element) => {
    const host = element.getRootNode().host;
    return `${element.localName}${element.classList.length ? `.${[...element.classList].join('.')}` : ''}${host ? ` in ${host.localName}` : ''}`;
  };
  const clip = ([left, top, right, bottom]) => [Math.max(left, 0), Math.max(top, 0), Math.min(right, innerWidth), Math.min(bottom, innerHeight)];
  const visible = ([left, top, right, bottom]) => right > left && bottom > top;

  let last = new Map();
  function frame() {
    state.frames++;
    const now = new Map();
    const region = [];
    let distance = 0;
    for (const element of elements(document.body ?? document.documentElement)) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const rect = [box.left, box.top, box.right, box.bottom];
      const display = getComputedStyle(element).display;
      now.set(element, { rect, display });
      const was = last.get(element);
      if (was?.display !== display) continue;
      const before = was.rect;
      const moved = Math.max(Math.abs(rect[0] - before[0]), Math.abs(rect[1] - before[1]));
      if (moved < 3) continue;
      const [from, to] = [clip(before), clip(rect)];
      if (!visible(from) && !visible(to)) continue;
      region.push(...[from, to].filter(visible));
      distance = Math.max(distance, moved);
      if (state.moves.length < 20) state.moves.push({ frame: state.frames, at: Math.round(performance.now()), element: describe(element), from: before.map(Math.round), to: rect.map(Math.round) });
    }
    if (region.length) {
      const viewport = innerWidth * innerHeight;
      state.measured += (unionArea(region) / viewport) * Math.min(1, distance / Math.max(innerWidth, innerHeight));
    }
    last = now;
    requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);
})();
