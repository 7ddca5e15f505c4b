import {
  median,
  medianInterval,
  pairedComparison,
  quantile,
  runOrder,
  summarize,
} from '../../../bench/lib/stats.mjs';

describe('bench statistics', () => {
  it('takes the median of an even count as the mean of the middle two, ignoring timeouts', () => {
    expect(median([9, 1, null, 4, 6])).toBe(5);
    expect(median([])).toBeNull();
  });

  it('interpolates quantiles between ranks', () => {
    expect(quantile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9)).toBeCloseTo(91);
  });

  it('gives the order-statistic interval of the median: ranks 2 and 9 of 10, 6 and 15 of 20', () => {
    const ten = [7, 3, 10, 1, 9, 2, 8, 4, 6, 5];
    expect(medianInterval(ten)).toEqual({ low: 2, high: 9, coverage: 1 - 22 / 1024 });
    const twenty = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(medianInterval(twenty)).toMatchObject({ low: 6, high: 15 });
    expect(medianInterval(twenty)?.coverage).toBeGreaterThanOrEqual(0.95);
  });

  it('gives no interval when too few samples can reach the confidence asked', () => {
    expect(medianInterval([1, 2, 3, 4, 5])).toBeNull();
    expect(medianInterval([1, 2, 3, 4, 5, 6])).toMatchObject({ low: 1, high: 6 });
    expect(medianInterval([1, 2, 3, 4, 5, 6, null, null])).toMatchObject({ low: 1, high: 6 });
    expect(medianInterval([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5)).toMatchObject({ low: 4, high: 7 });
  });
});

describe('pairedComparison', () => {
  it('takes the median of the differences pair by pair, not the difference of the medians', () => {
    // The machine got slower over the runs; each pair still differs by 2 or 3.
    const without = [10, 20, 30, 40, 50, 60];
    const withExtension = [12, 23, 32, 43, 52, 63];
    const c = pairedComparison(withExtension, without);
    expect(c.added).toBe(2.5);
    expect(c.addedOfMedians).toBe(2.5);
    expect(c.addedInterval).toMatchObject({ low: 2, high: 3 });
    expect(c.pairs).toBe(6);
    const shuffled = pairedComparison([63, 12, 52, 23, 43, 32], without);
    expect(shuffled.added).not.toBe(2.5);
  });

  it('leaves out a pair with a missing side', () => {
    const c = pairedComparison([5, null, 7], [1, 2, null]);
    expect(c.pairs).toBe(1);
    expect(c.added).toBe(4);
    expect(c.addedInterval).toBeNull();
    expect(c.ratio).toBeCloseTo(6 / 1.5);
  });
});

describe('summarize', () => {
  it('gives the median, its interval and the number of samples it rests on', () => {
    const values = [5, 1, 4, 2, 3, 6, 9, 8, 7, 10, null];
    expect(summarize(values)).toEqual({
      median: 5.5,
      interval: { low: 2, high: 9, coverage: 1 - 22 / 1024 },
      n: 10,
    });
  });
});

describe('runOrder', () => {
  it('alternates two sides AB, BA, BA, AB', () => {
    const orders = [0, 1, 2, 3].map((i) => runOrder(['a', 'b'], i).join(''));
    expect(orders).toEqual(['ab', 'ba', 'ba', 'ab']);
  });

  it('puts each of three sides in each place equally often, and after each other side', () => {
    const sides = ['guard', 'floor', 'none'];
    const orders = Array.from({ length: 6 }, (_, i) => runOrder(sides, i));
    for (const side of sides) {
      for (let place = 0; place < 3; place++) {
        expect(orders.filter((o) => o[place] === side)).toHaveLength(2);
      }
    }
    const follows = (a: string, b: string) =>
      orders.filter((o) => o.indexOf(b) === o.indexOf(a) + 1).length;
    expect(follows('guard', 'floor')).toBeGreaterThan(0);
    expect(follows('floor', 'guard')).toBeGreaterThan(0);
    expect(sides).toEqual(['guard', 'floor', 'none']);
  });
});
