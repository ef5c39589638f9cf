import { css } from '../../element/css.js';

export const statCardStyles = css`
  /*
   * Narrow: the figure, then the words under it. From a 520px card on, the
   * figure has a column of its own and the words fill the rest beside it. The
   * words' basis is negative (so none) on a card that wide and huge below it,
   * which wraps them under the figure: no size container, whose layout pass
   * of its own would cost every card on the page.
   */
  .card {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    /* Under the figure, the label's 0.35em (of its 1.0625em): 0.1em its own, the rest this row gap. */
    gap: 0.265625em 1.25em;
    border-block-start: 4px solid var(--mcw-stat-card-accent, var(--_accent));
  }

  .value {
    flex: 0 1 auto;
    min-inline-size: min(7rem, 100%);
    margin: 0;
    color: var(--mcw-stat-card-accent, var(--_accent));
    font-size: var(--mcw-stat-card-value-size, 2.75em);
    font-weight: 750;
    line-height: 1.05;
    font-variant-numeric: tabular-nums;
    overflow-wrap: normal;
  }

  .text {
    flex: 1 1 calc((520px - 2px - 2 * var(--mcw-padding, 1rem) - 100%) * 999);
    min-inline-size: 0;
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
    margin: 0.1em 0 0;
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
