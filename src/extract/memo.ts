/**
 * Memoises a pure function of one string. Name folding and office lookup run for every pair of
 * mentions compared, on the same few thousand strings; the cache is cleared when it grows past
 * `limit`, so a long-lived process does not keep every string it has seen.
 */
export function memoizeString<T>(fn: (s: string) => T, limit = 50_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string): T => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    if (cache.size >= limit) cache.clear();
    const value = fn(s);
    cache.set(s, value);
    return value;
  };
}
