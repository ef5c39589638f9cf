/** Watches the width of one element of the host's shadow tree, which may come and go between renders. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * After each update, observes whatever `target()` returns (the chart box, absent
 * in the error state) and reports its new content width, rounded to whole pixels;
 * on connecting, reports the width of a target already there.
 */
export class WidthController implements ReactiveController {
  #observer?: ResizeObserver;
  #observed?: Element | undefined;
  readonly #host: ReactiveControllerHost;
  readonly #target: () => Element | undefined;
  readonly #changed: (width: number) => void;

  constructor(host: ReactiveControllerHost, target: () => Element | undefined, changed: (width: number) => void) {
    this.#host = host;
    this.#target = target;
    this.#changed = changed;
    host.addController(this);
  }

  hostConnected(): void {
    // A card drawn in the markup (being taken over) or moved: its width is known now, so the next
    // render draws at it, not a frame later (a trend's points would jump). A new element has no target yet.
    const width = this.#target()?.clientWidth;
    if (width) this.#changed(width);
    // Moved or re-added: redraw, which watches the target again.
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const target = this.#target();
    if (target === this.#observed) return;
    this.#observer ??= new ResizeObserver((entries) => {
      const width = Math.round(entries[0]?.contentRect.width ?? 0);
      if (width > 0) this.#changed(width);
    });
    if (this.#observed) this.#observer.unobserve(this.#observed);
    if (target) this.#observer.observe(target);
    this.#observed = target;
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observed = undefined;
  }
}
