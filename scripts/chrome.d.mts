/** Types for scripts/chrome.mjs (plain JavaScript, so the test runner's config can load it). */
export declare const INSTALL_HINT: string;
export declare function findChrome(): string | undefined;
export declare function chromeArgs(): string[];
