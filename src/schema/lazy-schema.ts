/**
 * Exported schemas made when a program first reads one, not at import: building the
 * ~60 zod schema nodes of the result, the gazetteer and the options took ~13 ms of the
 * package's ~100 ms import, and most programs never read them (bench/RESULTS.md). The
 * value stands in for its schema in every way a program can tell (properties, methods,
 * `instanceof`, prototype, keys, JSON, `console.log`): a Proxy that reads the schema.
 */

const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/**
 * `build()`'s schema, built at the first read of any of its properties.
 * @example const S = lazySchema(() => z.string()); S.parse("x") === "x"
 */
export function lazySchema<T extends object>(build: () => T): T {
  let made: T | undefined;
  const real = (): T => (made ??= build());
  // Node's console.log shows a Proxy's target, not what its traps say: the target shows the schema instead.
  const target = {
    [INSPECT]: (depth: number, options: object, inspect: (value: unknown, options: object) => string) => inspect(real(), { ...options, depth }),
  };
  return new Proxy(target, {
    get: (_, key) => Reflect.get(real(), key),
    set: (_, key, value) => Reflect.set(real(), key, value),
    has: (_, key) => Reflect.has(real(), key),
    deleteProperty: (_, key) => Reflect.deleteProperty(real(), key),
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(real(), key, descriptor),
    ownKeys: () => Reflect.ownKeys(real()),
    // A Proxy may not report a property as non-configurable unless its own target has it so.
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  }) as unknown as T;
}
