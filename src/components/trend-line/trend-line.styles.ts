import { css } from '../../element/css.js';
import { CHART_HEIGHT } from '../../view/geometry.js';

export const trendLineStyles = css`
  .chart {
    margin: 0.75em 0 0;
    inline-size: 100%;
  }

  /* A fixed height: were it to follow the width, every redraw at a new width would
     resize the observed box again (a ResizeObserver loop). */
  svg {
    display: block;
    inline-size: 100%;
    block-size: ${CHART_HEIGHT}px;
    overflow: visible;
  }

  .grid {
    stroke: var(--_border);
    stroke-width: 1;
  }

  .axis-label {
    fill: var(--_muted);
    font-size: 12px;
  }

  .line {
    fill: none;
    stroke: var(--mcw-trend-line-color, var(--_accent));
    stroke-width: 3;
    stroke-linejoin: round;
    stroke-linecap: round;
  }

  .point {
    fill: var(--_surface);
    stroke: var(--mcw-trend-line-color, var(--_accent));
    stroke-width: 3;
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
