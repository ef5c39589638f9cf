import { css } from 'lit';

export const comparisonBarStyles = css`
  :host {
    --_bar: var(--mcw-comparison-bar-color, color-mix(in srgb, var(--_accent) 55%, var(--_surface)));
    --_bar-highlight: var(--mcw-comparison-bar-highlight, var(--_accent));
  }

  .chart {
    display: grid;
    gap: 0.7em;
    margin: 0.75em 0 0;
  }

  .row {
    display: grid;
    grid-template-columns: 1fr auto;
    grid-template-areas:
      'label value'
      'track track';
    gap: 0.2em 0.75em;
    align-items: end;
  }

  .bar-label {
    grid-area: label;
    font-size: 0.9375em;
  }

  .bar-value {
    grid-area: value;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .track {
    grid-area: track;
    display: block;
    block-size: 0.85em;
    background: var(--_track);
    border-radius: 3px;
    overflow: hidden;
  }

  .bar {
    display: block;
    block-size: 100%;
    inline-size: calc(var(--_size, 0) * 100%);
    background: var(--_bar);
    border-radius: 3px;
  }

  .row.highlight .bar {
    background: var(--_bar-highlight);
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
      grid-template-areas: 'label track value';
      align-items: center;
    }
    .bar-value {
      text-align: end;
    }
    .track {
      block-size: 1.1em;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .bar {
      transition: inline-size 0.35s ease-out;
    }
  }

  @media (forced-colors: active) {
    .track {
      border: 1px solid CanvasText;
    }
    .bar,
    .row.highlight .bar {
      forced-color-adjust: none;
      background: CanvasText;
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
