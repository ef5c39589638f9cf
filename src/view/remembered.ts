/**
 * What a page of widgets builds once and reuses: Intl formatters and rules cost
 * far more to build than to use, and a page of a thousand widgets asks for a handful.
 */

/** The value kept under `key`, made by `make` the first time it is asked for (undefined is kept too). */
export function remembered<T>(cache: Map<string, T>, key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}
