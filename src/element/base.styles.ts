import { css } from './css.js';
import { themeTokens } from './theme.styles.js';

/**
 * What every element shares: the theme's private `--_*` tokens (see
 * theme.styles.ts), the card, the statement, note and source lines, the error state.
 */
export const baseStyles = [themeTokens, css`
  :host {
    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    margin-block: var(--mcw-margin-block, 1rem);
  }

  /*
   * Inherited text properties, set on the shadow tree's root rather than on
   * :host, where any page rule aimed at the element would override them. The
   * page's font family and writing direction carry in on purpose; size,
   * spacing, alignment and colour do not.
   */
  .card,
  .error {
    font-family: var(--mcw-font-family, inherit);
    font-size: var(--mcw-font-size, 16px);
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    line-height: 1.45;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    color: var(--_text);
  }

  :host([hidden]) {
    display: none;
  }

  .card {
    margin: 0;
    padding: var(--mcw-padding, 1rem);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--mcw-radius, 8px);
    overflow-wrap: anywhere;
  }

  .label {
    margin: 0 0 0.5em;
    font-weight: 650;
    font-size: 1.0625em;
    line-height: 1.3;
  }

  .statement {
    margin: 0.75em 0 0;
  }

  /* A figure in doubt says so where the figure is, not only in the note. */
  .doubt {
    margin: 0.5em 0 0;
    font-size: 0.875em;
    font-weight: 650;
    color: var(--_error);
  }

  .note {
    margin-block-start: 0.75em;
    font-size: 0.875em;
    color: var(--_muted);
  }

  .note summary {
    cursor: pointer;
    color: var(--_text);
    inline-size: fit-content;
  }

  .note summary:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 2px;
  }

  .note p {
    margin: 0.4em 0 0;
  }

  .source {
    margin: 0.75em 0 0;
    padding-block-start: 0.6em;
    border-block-start: 1px solid var(--_border);
    font-size: 0.8125em;
    color: var(--_muted);
  }

  .source a {
    color: inherit;
  }

  .source .sep {
    padding-inline: 0.35em;
  }

  .error {
    padding: 0.75em 1em;
    color: var(--_error);
    background: var(--_error-surface);
    border: 1px solid currentColor;
    border-radius: var(--mcw-radius, 8px);
    overflow-wrap: anywhere;
  }

  .error code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.9em;
  }

  /* Only ever a div of ours: no border or padding to clear. */
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    .card,
    .error {
      border-color: CanvasText;
    }
  }

  @media print {
    .card {
      break-inside: avoid;
    }
    /* On paper a closed disclosure would hide the caveat: print it open. */
    .note::details-content {
      content-visibility: visible;
      display: block;
    }
    .note summary {
      list-style: none;
      font-weight: 600;
    }
  }
`];
