import { css } from '../../element/css.js';
import { BAR_ACCENT_SHARE } from '../../view/palette.js';

export const comparisonBarStyles = css`
  /* Only this element asks its width: a size container costs every host a layout pass of its own. */
  :host {
    container-type: inline-size;
  }

  .chart {
    display: grid;
    gap: 0.7em;
    margin: 0.75em 0 0;
  }

  /* Narrow: label and value on one line, the track under both (dense flow puts the value back beside the label). */
  .row {
    display: grid;
    grid-template-columns: 1fr auto;
    grid-auto-flow: dense;
    gap: 0.2em 0.75em;
    align-items: end;
  }

  .bar-label {
    font-size: 0.9375em;
  }

  .bar-value {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  /* Bars are SVG rectangles sized by attribute: no inline style, so a strict CSP has nothing to block. */
  .track {
    grid-column: 1 / -1;
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

  @container (min-width: 560px) {
    .row {
      grid-template-columns: minmax(8rem, 30%) 1fr 4.5em;
      align-items: center;
    }
    .bar-value {
      text-align: end;
    }
    .track {
      grid-column: auto;
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
