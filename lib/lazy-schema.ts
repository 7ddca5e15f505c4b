/**
 * A schema built the first time anything touches it, not when its module loads. The content
 * script loads on every BuildOps page and validates little or nothing there (stored values
 * carry stamps, most messages never arrive), yet every module-level `z.lazy(…)` still
 * constructs a zod object at load. This stands in for the schema itself: a proxy that builds
 * it on first use and forwards everything to it, so it parses, composes into other schemas
 * and types exactly like the schema `make` returns. `make` runs at most once.
 */
export function lazySchema<T extends object>(make: () => T): T {
  let built: T | undefined;
  const schema = (): T => {
    built ??= make();
    return built;
  };
  return new Proxy(Object.create(null) as T, {
    get: (_, key) => Reflect.get(schema(), key),
    set: (_, key, value) => Reflect.set(schema(), key, value),
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(schema(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(schema(), key),
    has: (_, key) => Reflect.has(schema(), key),
    ownKeys: () => Reflect.ownKeys(schema()),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(schema(), key);
      // A proxy may not report a property as non-configurable that its own target lacks.
      return descriptor && { ...descriptor, configurable: true };
    },
  });
}
