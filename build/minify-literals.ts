/**
 * Minifies the CSS, HTML and SVG inside Lit's tagged templates at build time.
 * Lit ships those strings as written, indentation and all; collapsing them is
 * a large part of what keeps the bundle small.
 *
 * CSS goes through Lightning CSS (which Vite itself uses). HTML and SVG get a
 * deliberately small treatment: comments go, and every run of white space
 * becomes one space, never none, so "</strong> (2.4×)" keeps its gap. Inside
 * a tag, spaces before `>` and around `=` go too. Quoted attribute values and
 * the content of `<pre>`, `<textarea>`, `<script>` and `<style>` stay exactly
 * as written, and nothing is ever changed inside a `${…}` expression.
 */
import { transform } from 'lightningcss';
import ts from 'typescript';
import type { Plugin } from 'vite';

/** A template's static strings (its quasis), by their offsets in the source: `text` sits at [start, end). */
interface Part {
  start: number;
  end: number;
  text: string;
}

interface Template {
  tag: 'css' | 'html' | 'svg';
  parts: Part[];
}

const TAGS = new Set(['css', 'html', 'svg']);
/**
 * Elements that are blocks wherever the library uses them, and SVG shapes,
 * beside which white space is never drawn. Not `svg` itself (inline), `text` or `tspan`.
 */
const BLOCKS = new Set(['p', 'div', 'figure', 'figcaption', 'details', 'summary', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'ol', 'li', 'line', 'polyline', 'polygon', 'path', 'rect', 'circle', 'g']);
/** Elements whose content white space is content. */
const VERBATIM = new Set(['pre', 'textarea', 'script', 'style']);

/** Every `css`, `html` and `svg` tagged template in a module, nested ones included. */
export function findTemplates(code: string, fileName = 'module.ts'): Template[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const templates: Template[] = [];
  const part = (literal: ts.TemplateLiteralLikeNode & ts.Node, closer: number): Part => {
    const start = literal.getStart(source) + 1; // after ` or }
    const end = literal.end - closer; // before ` or ${
    return { start, end, text: code.slice(start, end) };
  };
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const literal = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(literal)
        ? [part(literal, 1)]
        : [part(literal.head, 2), ...literal.templateSpans.map((span) => part(span.literal, ts.isTemplateTail(span.literal) ? 1 : 2))];
      templates.push({ tag: node.tag.text as Template['tag'], parts });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return templates;
}

/**
 * The static strings of one `html` or `svg` template, minified. They are read
 * as one document with the expressions between them, so a tag or a quoted
 * value may span an expression.
 */
export function minifyHtmlParts(parts: readonly string[]): string[] {
  type State = 'text' | 'tag' | 'quoted' | 'verbatim';
  let state: State = 'text';
  let quote = '';
  let verbatimUntil = '';
  let tagName = '';
  /** The name of the tag that ended last, opening or closing, while `out` still ends with its `>`. */
  let closedTag = '';
  const last = parts.length - 1;

  return parts.map((text, index) => {
    let out = '';
    let i = 0;
    while (i < text.length) {
      const char = text[i] ?? '';
      if (state === 'verbatim') {
        const close = text.toLowerCase().indexOf(verbatimUntil, i);
        const stop = close === -1 ? text.length : close;
        out += text.slice(i, stop);
        i = stop;
        if (close !== -1) state = 'text';
        continue;
      }
      if (state === 'quoted') {
        const close = text.indexOf(quote, i);
        const stop = close === -1 ? text.length : close + 1;
        out += text.slice(i, stop);
        i = stop;
        if (close !== -1) state = 'tag';
        continue;
      }
      if (/\s/.test(char)) {
        let j = i;
        while (j < text.length && /\s/.test(text[j] ?? '')) j++;
        const before = out.at(-1) ?? (i === 0 && index > 0 ? '${' : '');
        const after = text[j] ?? (index < last ? '${' : '');
        const nextTag = /^<\/?([a-zA-Z][\w:-]*)/.exec(text.slice(j))?.[1]?.toLowerCase() ?? '';
        const besideBlock = state === 'text' && ((before === '>' && BLOCKS.has(closedTag)) || BLOCKS.has(nextTag));
        out += !besideBlock && keepSpace(state, text.slice(i, j), before, after, i === 0 && index === 0, j === text.length && index === last) ? ' ' : '';
        i = j;
        continue;
      }
      if (state === 'text') {
        if (text.startsWith('<!--', i)) {
          const close = text.indexOf('-->', i + 4);
          // A comment around an expression stays as written: Lit would not bind it anyway.
          if (close !== -1) {
            i = close + 3;
            continue;
          }
          out += text.slice(i);
          break;
        }
        const opening = /^<(\/?)([a-zA-Z][\w:-]*)/.exec(text.slice(i));
        if (opening) {
          state = 'tag';
          closedTag = (opening[2] ?? '').toLowerCase();
          tagName = opening[1] ? '' : closedTag;
          out += opening[0];
          i += opening[0].length;
          continue;
        }
        out += char;
        i++;
        continue;
      }
      // Inside a tag.
      if (char === '"' || char === "'") {
        state = 'quoted';
        quote = char;
        out += char;
        i++;
        continue;
      }
      if (char === '>') {
        state = VERBATIM.has(tagName) ? 'verbatim' : 'text';
        verbatimUntil = `</${tagName}`;
      }
      out += char;
      i++;
    }
    return out;
  });
}

/**
 * Whether a run of white space keeps one space. In text it always does, except
 * on a line of its own at the very start or end of the template (the source's
 * layout around a tag). In a tag it separates attributes, nothing more.
 */
function keepSpace(state: 'text' | 'tag', run: string, before: string, after: string, atStart: boolean, atEnd: boolean): boolean {
  if (state === 'text') {
    if (atStart && run.includes('\n') && after === '<') return false;
    if (atEnd && run.includes('\n') && before === '>') return false;
    return true;
  }
  return !(after === '>' || after === '/' || after === '=' || before === '=');
}

/**
 * The static strings of one `css` template, minified by Lightning CSS as one
 * stylesheet, with a placeholder where each expression goes; null when it
 * cannot parse that or would lose a placeholder.
 */
export function minifyCssParts(parts: readonly string[], fileName = 'style.css'): string[] | null {
  let placeholder = '@TEMPLATE_EXPRESSION';
  while (parts.some((part) => part.includes(placeholder))) placeholder += '_';
  let css: string;
  try {
    css = transform({ filename: fileName, code: Buffer.from(parts.join(placeholder)), minify: true }).code.toString();
  } catch {
    return null;
  }
  // Lightning CSS reads the placeholder as an at-keyword and may space it: `${x} :` and `${x};}` need no space or semicolon.
  const minified = css
    .replaceAll(new RegExp(`(${placeholder})\\s+:\\s*`, 'g'), '$1:')
    .replaceAll(new RegExp(`(${placeholder})\\s*;(?=})`, 'g'), '$1')
    .split(placeholder);
  return minified.length === parts.length ? minified : null;
}

/**
 * A module with its templates minified, or null when it has none to minify.
 * A `css` template Lightning CSS cannot read is left as written, and `warn` says so.
 */
export function minifyTemplates(code: string, fileName: string, warn: (message: string) => void = () => {}): string | null {
  const replacements: Part[] = [];
  for (const template of findTemplates(code, fileName)) {
    const texts = template.parts.map((part) => part.text);
    const minified = template.tag === 'css' ? minifyCssParts(texts, fileName) : minifyHtmlParts(texts);
    if (!minified) {
      warn(`a css\`\` template at offset ${template.parts[0]?.start} could not be minified: left as written`);
      continue;
    }
    template.parts.forEach((part, i) => {
      const text = minified[i] ?? '';
      if (text !== part.text) replacements.push({ ...part, text });
    });
  }
  if (!replacements.length) return null;
  let result = code;
  for (const { start, end, text } of replacements.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, start) + text + result.slice(end);
  }
  return result;
}

export function minifyLiterals(): Plugin {
  return {
    name: 'microcredential-widgets:minify-literals',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(?:css|html|svg)`/.test(code)) return null;
      const minified = minifyTemplates(code, id, (message) => this.warn(message));
      return minified === null ? null : { code: minified, map: null };
    },
  };
}
