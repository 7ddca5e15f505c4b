import { withTimeout } from '../../../lib/with-timeout';

describe('withTimeout', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('settles with the answer that comes in time', async () => {
    const answer = withTimeout(Promise.resolve('policy'), 1000);
    await expect(answer).resolves.toBe('policy');
  });

  it('passes on the error of an answer that fails in time', async () => {
    const answer = withTimeout(Promise.reject(new Error('no manifest')), 1000);
    await expect(answer).rejects.toThrow('no manifest');
  });

  it('rejects, naming the wait, when no answer comes', async () => {
    const answer = withTimeout(new Promise(() => {}), 1500);
    const settled = expect(answer).rejects.toThrow('no answer within 1.5 s');
    await vi.advanceTimersByTimeAsync(1500);
    await settled;
  });

  it('does not reject an answer that came just before the limit', async () => {
    const late = new Promise((resolve) => setTimeout(() => resolve('late'), 999));
    const answer = withTimeout(late, 1000);
    await vi.advanceTimersByTimeAsync(1000);
    await expect(answer).resolves.toBe('late');
  });
});
