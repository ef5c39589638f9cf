import { css } from '../../element/css.js';

export const trendLineStyles = css`
  .chart {
    margin: 0.75em 0 0;
  }

  /* Its height stays the chart's (the height attribute): were it to follow the width, every
     redraw at a new width would resize the observed box again (a ResizeObserver loop). */
  svg {
    display: block;
    inline-size: 100%;
    overflow: visible;
  }

  .grid {
    stroke: var(--_border);
  }

  .axis-label {
    fill: var(--_muted);
    font-size: 12px;
  }

  .line,
  .point {
    stroke: var(--mcw-trend-line-color, var(--_accent));
    stroke-width: 3;
  }

  .line {
    fill: none;
    stroke-linejoin: round;
    stroke-linecap: round;
  }

  .point {
    fill: var(--_surface);
  }

  .point-label {
    fill: var(--_text);
    font-size: 15px;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  .change {
    margin: 0.6em 0 0;
    font-size: 0.9375em;
  }

  .change strong {
    color: var(--_accent);
    font-size: 1.2em;
  }

  @media (forced-colors: active) {
    .line,
    .point {
      stroke: CanvasText;
    }
    .point {
      fill: Canvas;
    }
    .point-label,
    .axis-label {
      fill: CanvasText;
    }
    .change strong {
      color: CanvasText;
    }
  }
`;
