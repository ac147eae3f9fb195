import { randomUUID } from "node:crypto";
import { SNS_MAX_MESSAGE_BYTES } from "../../lib/validation/aws-limits";
import type { OutcomePublisher, PublishEntry, PublishEntryResult } from "./publisher";

/** A message the in-memory publisher accepted, in publishing order. */
export interface InMemoryPublished {
  readonly topicArn: string;
  readonly entry: PublishEntry;
  readonly messageId: string;
}

/** Decides the fate of one entry: `undefined` publishes it, a failure rejects it. */
export type InMemoryFault = (
  topicArn: string,
  entry: PublishEntry,
) => { code: string; message: string; senderFault?: boolean } | undefined;

/** An `OutcomePublisher` that keeps messages in memory, with the calls it received. */
export interface InMemoryOutcomePublisher extends OutcomePublisher {
  readonly published: InMemoryPublished[];
  /** Every call: topic and entry count, in call order. */
  readonly calls: { topicArn: string; entries: number; bytes: number }[];
  /** Messages published to one topic, parsed from JSON. */
  messagesOn(topicArn: string): unknown[];
}

/**
 * An in-process transport for tests, benchmarks and demos: publishes into an array, enforces SNS's
 * batch rules (1 to 10 entries with distinct ids) so a chunking bug still shows, and can fail chosen
 * entries through `fault`.
 *
 * @example
 * const publisher = createInMemoryOutcomePublisher();
 * await processSqsBatch(event, { config, publisher });
 * publisher.messagesOn(config.successTopicArn).length;
 */
export function createInMemoryOutcomePublisher(
  options: { fault?: InMemoryFault; maxEntries?: number; maxBytes?: number } = {},
): InMemoryOutcomePublisher {
  const published: InMemoryPublished[] = [];
  const calls: InMemoryOutcomePublisher["calls"] = [];
  const maxEntries = options.maxEntries ?? 10;
  const maxBytes = options.maxBytes ?? SNS_MAX_MESSAGE_BYTES;
  return {
    published,
    calls,
    messagesOn: (topicArn) =>
      published.filter((p) => p.topicArn === topicArn).map((p) => JSON.parse(p.entry.message)),
    async publishBatch(topicArn, entries) {
      const bytes = entries.reduce((sum, e) => sum + e.bytes, 0);
      calls.push({ topicArn, entries: entries.length, bytes });
      if (entries.length === 0 || entries.length > maxEntries) {
        throw new Error(`PublishBatch needs 1 to ${maxEntries} entries, got ${entries.length}`);
      }
      if (new Set(entries.map((e) => e.id)).size !== entries.length) {
        throw new Error("PublishBatch entry ids must be distinct");
      }
      if (bytes > maxBytes) {
        throw new Error(`PublishBatch of ${bytes} bytes exceeds the ${maxBytes} allowed`);
      }
      return entries.map((entry): PublishEntryResult => {
        const failure = options.fault?.(topicArn, entry);
        if (failure) {
          return { id: entry.id, ok: false, senderFault: false, ...failure };
        }
        const messageId = randomUUID();
        published.push({ topicArn, entry, messageId });
        return { id: entry.id, ok: true, messageId };
      });
    },
  };
}
