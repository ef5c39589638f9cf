import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dateValue, horizontalPositions, labelledIndexes, plot, scaleTop } from '../../src/view/geometry.js';

describe('trend geometry', () => {
  it('reads years, months and dates, and nothing else', () => {
    assert.equal(dateValue('2023'), Date.UTC(2023, 0, 1));
    assert.equal(dateValue('2023-05'), Date.UTC(2023, 4, 1));
    assert.equal(dateValue('Spring'), undefined);
  });

  it('spaces dated points by time and other points evenly', () => {
    const [first, second, last] = horizontalPositions(['2020', '2021', '2025']);
    assert.deepEqual([first, last], [0, 1]);
    assert.ok(Math.abs((second ?? 0) - 0.2) < 0.001, `2021 sits a fifth of the way along (got ${second})`);
    assert.deepEqual(horizontalPositions(['a', 'b', 'c']), [0, 0.5, 1]);
    assert.deepEqual(horizontalPositions(['2025', '2020']), [0, 1], 'dates out of order fall back to even spacing');
  });

  it('rounds the scale up to a readable top', () => {
    assert.equal(scaleTop([55, 94], 'percent'), 100);
    assert.equal(scaleTop([120, 740], 'count'), 1000);
    assert.equal(scaleTop([1.2, 2.4], 'multiple'), 2.5);
    assert.equal(scaleTop([0, 0], 'count'), 1);
  });

  it('plots inside the area, top value at the top', () => {
    const area = { width: 200, height: 100, top: 10, right: 10, bottom: 10, left: 10 };
    assert.deepEqual(plot([0, 100], [0, 1], 100, area), [
      { x: 10, y: 90 },
      { x: 190, y: 10 },
    ]);
  });

  it('labels every point of a short series and keeps labels of a long one apart', () => {
    const short = [0, 1, 2].map((i) => ({ x: i * 100, y: 50 }));
    assert.deepEqual([...labelledIndexes(short)], [0, 1, 2]);
    const long = Array.from({ length: 100 }, (_, i) => ({ x: i * 3, y: 50 + (i === 98 ? -5 : 0) }));
    const kept = [...labelledIndexes(long)];
    assert.ok(kept.includes(0) && kept.includes(99));
    assert.ok(!kept.includes(98), 'the peak right beside the last point would overlap its label');
  });
});
