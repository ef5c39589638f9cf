import { aTimeout } from '@open-wc/testing';
import type { FindingElement } from '../../src/element/finding-element.js';
import type { FindingKind } from '../../src/data/types.js';

export type AnyWidget = FindingElement<FindingKind>;

/** The element's shadow root; fails the test when there is none. */
export function shadowOf(element: Element): ShadowRoot {
  const root = element.shadowRoot;
  if (!root) throw new Error(`<${element.localName}> has no shadow root`);
  return root;
}

/** The first element exposing this part; fails the test when there is none. */
export function part(element: Element, name: string): HTMLElement | SVGElement {
  const found = shadowOf(element).querySelector<HTMLElement | SVGElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`<${element.localName}> shows no part "${name}"`);
  return found;
}

export function parts(element: Element, name: string): Array<HTMLElement | SVGElement> {
  return [...shadowOf(element).querySelectorAll<HTMLElement | SVGElement>(`[part~="${name}"]`)];
}

export function hasPart(element: Element, name: string): boolean {
  return shadowOf(element).querySelector(`[part~="${name}"]`) !== null;
}

/** Visible text of a part, with white space folded. */
export function textOf(element: Element, name: string): string {
  return (part(element, name).textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits for rendering and for the deferred warning/event that follows an error. */
export async function settle(element: { updateComplete: Promise<unknown> }): Promise<void> {
  await element.updateComplete;
  await aTimeout(5);
}

/** Collects console.warn calls until `restore` is called. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** Collects errors that escape to the window until `restore` is called. */
export function captureUncaught(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const listener = (event: ErrorEvent) => messages.push(event.message);
  window.addEventListener('error', listener);
  return { messages, restore: () => window.removeEventListener('error', listener) };
}
