import { createSerialQueue } from '../../../lib/settings/serial-queue';

const later = <T>(ms: number, value: T) =>
  new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('createSerialQueue', () => {
  it('runs tasks one after another in queue order, even when the first is slower', async () => {
    const enqueue = createSerialQueue();
    const log: string[] = [];
    const slow = enqueue(async () => {
      log.push('slow start');
      await later(20, null);
      log.push('slow end');
      return 'slow';
    });
    const fast = enqueue(async () => {
      log.push('fast');
      return 'fast';
    });
    expect(await Promise.all([slow, fast])).toEqual(['slow', 'fast']);
    expect(log).toEqual(['slow start', 'slow end', 'fast']);
  });

  it('keeps going after a task fails, and reports the failure to its caller', async () => {
    const enqueue = createSerialQueue();
    const failing = enqueue(async () => {
      throw new Error('quota');
    });
    const next = enqueue(async () => 'ran');
    await expect(failing).rejects.toThrow('quota');
    expect(await next).toBe('ran');
  });
});
