/**
 * The html, email and fallback exports are fragments: pasted into a CMS field,
 * a mail tool or a page that a server sends without a charset, their UTF-8
 * would be read as another encoding ("2.4Ã—" for "2.4×"). Written in plain
 * ASCII they read the same under any charset.
 */

/** A `<style>` element, whose text the HTML parser does not decode: it needs CSS escapes, not references. */
const STYLE_ELEMENT = /(<style\b[^>]*>)([\s\S]*?)(<\/style\s*>)/gi;
/** One character outside ASCII: a whole code point, so a character beyond U+FFFF stays one reference. */
const NON_ASCII = /[^\0-\x7f]/gu;

const hex = (character: string) => (character.codePointAt(0) ?? 0).toString(16).toUpperCase();

/**
 * Markup with every character outside ASCII written as a character reference
 * (`×` as `&#xD7;`), which HTML decodes in text and in attribute values alike;
 * inside a `<style>` element as a CSS escape (`\D7 `, its space ends the
 * escape), which works in CSS strings and identifiers. The markup must hold
 * no `<script>` (the exports never do).
 */
export function asciiMarkup(markup: string): string {
  return markup
    .split(STYLE_ELEMENT)
    .map((piece, i) => {
      // split() with the three groups gives: markup, <style…>, style text, </style>, markup, …
      if (i % 4 === 2) return piece.replace(NON_ASCII, (character) => `\\${hex(character)} `);
      return piece.replace(NON_ASCII, (character) => `&#x${hex(character)};`);
    })
    .join('');
}
