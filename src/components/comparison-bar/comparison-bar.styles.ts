import { css } from '../../element/css.js';
import { BAR_ACCENT_SHARE } from '../../view/palette.js';

export const comparisonBarStyles = css`
  /* Only this element asks its width: a size container costs every host a layout pass of its own. */
  :host {
    container-type: inline-size;
  }

  /* Flex, not grid: the same boxes, and a third less layout for a page of bars (a grid measures its rows' content more than once). */
  .chart {
    display: flex;
    flex-direction: column;
    gap: 0.7em;
    margin: 0.75em 0 0;
  }

  /* Narrow: label and value on one line, the track wrapped under both (it comes between them in the markup). */
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 0.75em;
    align-items: flex-end;
  }

  .bar-label {
    flex: 1 1 0;
    font-size: 0.9375em;
  }

  .bar-value {
    flex: none;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  /* Bars are SVG rectangles sized by attribute: no inline style, so a strict CSP has nothing to block. */
  .track {
    order: 1;
    flex: 0 0 100%;
    inline-size: 100%;
    block-size: 0.85em;
    overflow: visible;
  }

  .track-fill {
    fill: var(--_track);
  }

  .bar {
    fill: var(--mcw-comparison-bar-color, color-mix(in srgb, var(--_accent) ${Math.round(BAR_ACCENT_SHARE * 100)}%, var(--_surface)));
  }

  .row.highlight .bar {
    fill: var(--mcw-comparison-bar-highlight, var(--_accent));
  }

  .difference {
    margin: 0.9em 0 0;
    font-size: 0.9375em;
  }

  .difference strong {
    color: var(--_accent);
    font-size: 1.2em;
  }

  /* Wide: label, track and value in a row: the label a 30% column (at least 8rem), the value 4.5em. */
  @container (min-width: 560px) {
    .row {
      align-items: center;
    }
    .bar-label {
      flex: 0 0 max(8rem, 30%);
      min-inline-size: 0;
    }
    .bar-value {
      flex: 0 0 4.5em;
      text-align: end;
    }
    .track {
      order: 0;
      flex: 1 1 0;
      min-inline-size: 0;
      block-size: 1.1em;
    }
  }

  @media (forced-colors: active) {
    .track-fill {
      fill: Canvas;
      stroke: CanvasText;
    }
    .bar,
    .row.highlight .bar {
      fill: CanvasText;
    }
    .difference strong {
      color: CanvasText;
    }
  }

  @media print {
    .bar {
      print-color-adjust: exact;
    }
  }
`;
