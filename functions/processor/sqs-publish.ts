import { mapWithConcurrency } from "./concurrency";
import type { Deadline } from "./deadline";
import { chunkEntries } from "./publish-chunks";
import {
  failedEntries,
  type OutcomePublisher,
  type PublishEntry,
  type PublishEntryResult,
  resultsInEntryOrder,
} from "./publisher";
import type { RecordDecision } from "./sqs-decide";

/** A record with an entry to publish. */
type Publishable = RecordDecision & { readonly entry: PublishEntry; readonly topicArn: string };

/** One PublishBatch call: its topic, its entries and their records, in entry order. */
export interface PublishCall {
  readonly topicArn: string;
  readonly entries: readonly PublishEntry[];
  readonly records: readonly Publishable[];
}

/** What publishing a batch's entries came to. */
export interface PublishedOutcomes {
  /** By record index: what became of the record's entry; undefined when it had none. */
  readonly results: readonly (PublishEntryResult | undefined)[];
  /** Every call, made or (after the deadline) not, in the order they were planned. */
  readonly calls: readonly PublishCall[];
  /** How many records SNS had not confirmed when the deadline passed. */
  readonly unconfirmed: number;
}

/**
 * Publishes the decided entries: grouped by topic, in PublishBatch chunks (at most 10 entries within
 * SNS's aggregate size), at most `concurrency` calls in flight, until done or the deadline. Never
 * throws: an entry of a call that threw, of a call that had not answered by the deadline (it is
 * aborted) or of a call not started by then is failed, and so is an entry the answer left out.
 *
 * @example
 * const { results, unconfirmed } = await publishOutcomes(decisions, publisher, { deadline, concurrency: 8 });
 * results[0]?.ok; // true once SNS confirmed record 0's outcome
 */
export async function publishOutcomes(
  decisions: readonly RecordDecision[],
  publisher: OutcomePublisher,
  options: { readonly deadline: Deadline; readonly concurrency: number },
): Promise<PublishedOutcomes> {
  const { deadline } = options;
  const calls = planCalls(decisions);
  const results = new Array<PublishEntryResult | undefined>(decisions.length);
  let unconfirmed = 0;
  const expired = deadline.expired.then(() => undefined);
  await mapWithConcurrency(calls, options.concurrency, async ({ topicArn, entries, records }) => {
    // After the deadline nothing is awaited: a call still in flight is abandoned (and aborted).
    const answered = deadline.passed
      ? undefined
      : await Promise.race([publishCall(publisher, topicArn, entries, deadline.signal), expired]);
    if (!answered) unconfirmed += entries.length;
    const settled = answered ?? failedEntries(entries, deadline.signal.reason);
    for (let i = 0; i < records.length; i++) {
      results[(records[i] as Publishable).record.index] = settled[i];
    }
  });
  return { results, calls, unconfirmed };
}

/** One call that never rejects, with one result per entry in entry order. */
async function publishCall(
  publisher: OutcomePublisher,
  topicArn: string,
  entries: readonly PublishEntry[],
  abortSignal: AbortSignal,
): Promise<PublishEntryResult[]> {
  try {
    return resultsInEntryOrder(
      entries,
      await publisher.publishBatch(topicArn, entries, { abortSignal }),
    );
  } catch (error) {
    return failedEntries(entries, error);
  }
}

/** The calls to make: per topic, in record order, chunked within PublishBatch's limits. */
function planCalls(decisions: readonly RecordDecision[]): PublishCall[] {
  const byTopic = new Map<string, Publishable[]>();
  for (const decision of decisions) {
    if (!isPublishable(decision)) continue;
    const records = byTopic.get(decision.topicArn);
    if (records) records.push(decision);
    else byTopic.set(decision.topicArn, [decision]);
  }
  const calls: PublishCall[] = [];
  for (const [topicArn, records] of byTopic) {
    let start = 0;
    for (const entries of chunkEntries(records.map((r) => r.entry))) {
      calls.push({ topicArn, entries, records: records.slice(start, start + entries.length) });
      start += entries.length;
    }
  }
  return calls;
}

function isPublishable(decision: RecordDecision): decision is Publishable {
  return decision.entry !== undefined && decision.topicArn !== undefined;
}
