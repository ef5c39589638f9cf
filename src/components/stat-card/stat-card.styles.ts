import { css } from '../../element/css.js';

export const statCardStyles = css`
  .card {
    display: grid;
    gap: 0 1.25em;
    border-block-start: 4px solid var(--mcw-stat-card-accent, var(--_accent));
  }

  .value {
    margin: 0;
    color: var(--mcw-stat-card-accent, var(--_accent));
    font-size: var(--mcw-stat-card-value-size, 2.75em);
    font-weight: 750;
    line-height: 1.05;
    font-variant-numeric: tabular-nums;
    overflow-wrap: normal;
  }

  .qualifier {
    display: block;
    font-size: 0.36em;
    font-weight: 600;
    letter-spacing: 0.02em;
    line-height: 1.3;
  }

  .exact {
    display: block;
    font-size: 0.45em;
    font-weight: 650;
    line-height: 1.3;
  }

  .label {
    margin: 0.35em 0 0;
  }

  @container (min-width: 520px) {
    .card {
      grid-template-columns: minmax(7rem, max-content) 1fr;
      align-items: start;
    }
    .value {
      grid-row: 1 / span 4;
    }
    .label {
      margin-block-start: 0.1em;
    }
    .value ~ * {
      grid-column: 2;
    }
  }

  @media (forced-colors: active) {
    .card {
      border-block-start-color: CanvasText;
    }
    .value {
      color: CanvasText;
    }
  }
`;
