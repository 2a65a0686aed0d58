/** How many distinct keys a memoised function keeps by default; beyond that (fuzzed or generated input) it computes without keeping. */
const DEFAULT_KEPT = 4096;

/**
 * A pure function of a string, computed once per distinct string: rule tables and stacks repeat a few hundred paths,
 * locations and type keys for every resource. The cache stops growing at `kept` entries, so that unbounded input
 * (template contents, fuzzed names) costs time, never memory. Callers must not modify what it returns.
 */
export function memoizeByString<T>(compute: (key: string) => T, kept = DEFAULT_KEPT): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    if (known.has(key)) return known.get(key)!;
    const value = compute(key);
    if (known.size < kept) known.set(key, value);
    return value;
  };
}
