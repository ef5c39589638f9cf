/**
 * Data written as a PHP file that returns it (`return array(…);`), which
 * PHP's opcode cache keeps compiled: the WordPress plugin reads its
 * prerendered findings this way, as WordPress reads its own block metadata.
 */

export type PhpValue = string | number | boolean | null | readonly PhpValue[] | { readonly [key: string]: PhpValue };

/** A single-quoted PHP string: only the backslash and the quote are special there. */
function phpString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The PHP expression for a value: strings, finite numbers, booleans, null, lists and string-keyed maps. */
export function phpValue(value: PhpValue, indent = ''): string {
  if (typeof value === 'string') return phpString(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${value} has no PHP literal`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value === null) return 'null';
  const inner = `${indent}\t`;
  const entries = Array.isArray(value)
    ? (value as readonly PhpValue[]).map((item) => phpValue(item, inner))
    : Object.entries(value).map(([key, item]) => `${phpString(key)} => ${phpValue(item, inner)}`);
  return entries.length ? `array(\n${entries.map((entry) => `${inner}${entry},\n`).join('')}${indent})` : 'array()';
}

/** A whole PHP file returning the value, headed by a comment saying where it comes from. */
export function phpDataFile(value: PhpValue, comment: string): string {
  return `<?php\n// ${comment.replace(/\n/g, '\n// ')}\nif ( ! defined( 'ABSPATH' ) ) {\n\texit;\n}\nreturn ${phpValue(value)};\n`;
}
