/**
 * A handler that does nothing and succeeds: driven by the same event source mapping as the others,
 * it measures what the harness itself costs (receives, deletes, building events) and so the highest
 * end-to-end ratio any handler could reach against the seed on this emulator.
 *
 * @example await handler({ Records: [] }); // { batchItemFailures: [] }
 */
export async function handler(_event: unknown): Promise<{ batchItemFailures: [] }> {
  return { batchItemFailures: [] };
}
