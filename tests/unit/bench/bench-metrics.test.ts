import { mainThreadDelta } from '../../../bench/lib/metrics.mjs';

/** A CDP Performance.getMetrics reading, durations in seconds as CDP reports them. */
function reading(seconds: number, layouts: number): Record<string, number> {
  return {
    TaskDuration: seconds,
    ScriptDuration: seconds / 4,
    RecalcStyleDuration: seconds / 8,
    LayoutDuration: seconds / 8,
    LayoutCount: layouts,
  };
}

describe('mainThreadDelta', () => {
  it('gives the milliseconds and the layouts between two readings', () => {
    expect(mainThreadDelta(reading(0.1, 2), reading(0.3, 5))).toEqual({
      layouts: 3,
      taskMs: expect.closeTo(200, 9),
      scriptMs: expect.closeTo(50, 9),
      styleLayoutMs: expect.closeTo(50, 9),
    });
  });
});
