/** Types for scripts/ensure-wordpress.mjs (plain JavaScript, like the test runner that calls it). */
export declare const DEBIAN_WORDPRESS: string;
export declare function ensureWordpress(): boolean;
