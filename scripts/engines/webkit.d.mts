/** Types for scripts/engines/webkit.mjs. */
export declare class WebDriverSession {
  constructor(base: string);
  command(method: string, path: string, body?: unknown): Promise<unknown>;
  navigate(url: string): Promise<unknown>;
  url(): Promise<string>;
  evaluate(fn: ((...args: never[]) => unknown) | string, args?: unknown[]): Promise<unknown>;
  setWindowSize(size: { width: number; height: number }): Promise<unknown>;
  close(): Promise<unknown>;
}
export declare function startWebKit(): Promise<{ session: WebDriverSession; close: () => Promise<void> }>;
