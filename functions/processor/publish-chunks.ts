import { SNS_MAX_MESSAGE_BYTES } from "./core";
import type { PublishEntry } from "./publisher";

/** SNS PublishBatch limits: entries per call, and bytes per call summed over entries. */
export interface ChunkLimits {
  readonly maxEntries: number;
  readonly maxBytes: number;
}

/** SNS's defaults: 10 entries and 256 KiB per PublishBatch call. */
export const PUBLISH_BATCH_LIMITS: ChunkLimits = Object.freeze({
  maxEntries: 10,
  maxBytes: SNS_MAX_MESSAGE_BYTES,
});

/**
 * Splits entries into PublishBatch calls, in order: each chunk has at most `maxEntries` entries whose
 * sizes sum to at most `maxBytes`. An entry larger than `maxBytes` on its own (outcomes never are)
 * gets a chunk of its own, for SNS to reject and the caller to map back.
 *
 * @example chunkEntries(entries).length // 3 for 25 small entries
 */
export function chunkEntries<E extends Pick<PublishEntry, "bytes">>(
  entries: readonly E[],
  limits: ChunkLimits = PUBLISH_BATCH_LIMITS,
): E[][] {
  const chunks: E[][] = [];
  let current: E[] = [];
  let currentBytes = 0;
  for (const entry of entries) {
    const full =
      current.length >= limits.maxEntries || currentBytes + entry.bytes > limits.maxBytes;
    if (current.length > 0 && full) {
      chunks.push(current);
      current = [];
      currentBytes = 0;
    }
    current.push(entry);
    currentBytes += entry.bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
