/**
 * Maps `items` through `fn` with at most `limit` calls in flight, keeping results in item order.
 * Bounds parallel PublishBatch calls so a batch of 10,000 records does not open 1,000 requests at once.
 *
 * @example await mapWithConcurrency(chunks, 8, (chunk) => publish(chunk));
 */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T, index);
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker);
  await Promise.all(workers);
  return results;
}
