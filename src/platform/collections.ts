/** Map.groupBy for Node 20 (it arrived in Node 21): items by key, in first-seen order. */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** One page of a list held whole (1-based): its items, where they start in the list, and how many pages. */
export function pageOf<T>(items: readonly T[], page: number, size: number) {
  const first = (page - 1) * size;
  return { items: items.slice(first, first + size), first, pages: Math.ceil(items.length / size) };
}

/**
 * `fn` for every item with at most `limit` of them in progress at once, the results in the items' order:
 * enough to let the database answer one while the caller computes another, without flooding its pool.
 */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
