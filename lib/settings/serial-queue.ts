/**
 * Runs tasks one at a time, in the order they were queued. Two quick edits (a click, then
 * another before the first write finished) must land in that order, and each must start
 * from what the one before it wrote. A failed task does not stop the ones behind it.
 */
export function createSerialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
