/**
 * Vitest 5 targets Node >= 22, and this project runs on Node 20. Its
 * reporter calls `Map.groupBy` to print failures, so on Node 20 every failing run crashed
 * with "Map.groupBy is not a function" instead of showing the failure. The vitest configs
 * import this file first so the main process has the three ES2024 statics vitest uses.
 * Each one is only defined where Node lacks it.
 */

type Grouper<T, K> = (item: T, index: number) => K;

function groupInto<T, K>(items: Iterable<T>, keyOf: Grouper<T, K>, add: (key: K, item: T) => void) {
  let index = 0;
  for (const item of items) add(keyOf(item, index++), item);
}

const mapStatics = Map as unknown as { groupBy?: unknown };
if (typeof mapStatics.groupBy !== 'function') {
  mapStatics.groupBy = <T, K>(items: Iterable<T>, keyOf: Grouper<T, K>) => {
    const groups = new Map<K, T[]>();
    groupInto(items, keyOf, (key, item) => {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    });
    return groups;
  };
}

const objectStatics = Object as unknown as { groupBy?: unknown };
if (typeof objectStatics.groupBy !== 'function') {
  objectStatics.groupBy = <T>(items: Iterable<T>, keyOf: Grouper<T, PropertyKey>) => {
    const groups: Record<PropertyKey, T[]> = Object.create(null);
    groupInto(items, keyOf, (key, item) => {
      groups[key] ??= [];
      groups[key].push(item);
    });
    return groups;
  };
}

const promiseStatics = Promise as unknown as { withResolvers?: unknown };
if (typeof promiseStatics.withResolvers !== 'function') {
  promiseStatics.withResolvers = <T>() => {
    let resolve!: (value: T | PromiseLike<T>) => void;
    let reject!: (reason?: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}
