// The bare-publish baseline of the invocation CPU benchmark: a Lambda handler that publishes the
// processor's own outcomes for the records of its event, prebuilt at import, with the processor's
// SNS client (functions/processor/sns-client.ts), chunking and publish concurrency, and nothing
// else: no parsing, validation, rules, outcome building, logs, metrics or deadline. What any
// processor that publishes these outcomes this way must spend per order. Bundled and run exactly as
// the processor is (bench/sections/billed.ts).
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { PublishBatchCommand, type PublishBatchRequestEntry } from "@aws-sdk/client-sns";
import { mapWithConcurrency } from "../../functions/processor/concurrency";
import { readProcessorConfig } from "../../functions/processor/config";
import { prepareOutcome } from "../../functions/processor/core";
import { chunkEntries } from "../../functions/processor/publish-chunks";
import { createSnsClient } from "../../functions/processor/sns-client";
import { DEFAULT_PUBLISH_CONCURRENCY } from "../../functions/processor/sqs-batch";

/** One outcome, ready to publish: its topic, its SNS entry (a unique Id) and its size. */
interface Prebuilt {
  readonly topicArn: string;
  readonly entry: PublishBatchRequestEntry;
  readonly bytes: number;
}

/**
 * Every order's outcome as the processor would publish it, keyed by the order's body: what the
 * processor decides for it at its first receive from `queueArn` (a retryable outcome, which the
 * processor does not publish, has no entry).
 *
 * @example prebuildOutcomes(bodies, process.env, "arn:aws:sqs:us-east-1:000000000000:orders").get(body)?.topicArn
 */
export function prebuildOutcomes(
  bodies: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  queueArn: string,
): Map<string, Prebuilt | null> {
  const config = readProcessorConfig(env);
  const now = new Date();
  const prebuilt = new Map<string, Prebuilt | null>();
  bodies.forEach((body, n) => {
    const { outcome, serialized } = prepareOutcome(
      body,
      // A message id of the length SQS gives (a UUID), so that outcomes are as long as ours.
      {
        messageId: randomUUID(),
        source: { kind: "sqs", queue_arn: queueArn, receive_count: 1 },
        now,
      },
      config.rules,
    );
    if (outcome.status === "FAILURE" && outcome.retryable) {
      prebuilt.set(body, null);
      return;
    }
    prebuilt.set(body, {
      topicArn: outcome.status === "SUCCESS" ? config.successTopicArn : config.failureTopicArn,
      entry: {
        Id: `o${n}`,
        Message: serialized.message,
        MessageAttributes: { ...serialized.attributes },
      },
      bytes: serialized.bytes,
    });
  });
  return prebuilt;
}

const ordersFile = process.env.BENCH_ORDERS_FILE;
const queueArn = process.env.BENCH_ORDERS_QUEUE_ARN;
if (!ordersFile || !queueArn) {
  throw new Error(
    "the bare-publish baseline needs BENCH_ORDERS_FILE (a JSON list of order bodies) and BENCH_ORDERS_QUEUE_ARN; bench/children/billed.mts sets them with prebuiltOutcomes",
  );
}
const prebuilt = prebuildOutcomes(
  JSON.parse(readFileSync(ordersFile, "utf8")) as string[],
  process.env,
  queueArn,
);
const client = createSnsClient(readProcessorConfig(process.env).timing);

/**
 * Publishes the prebuilt outcomes of the event's records, grouped by topic, in PublishBatch chunks,
 * DEFAULT_PUBLISH_CONCURRENCY calls at a time. Throws when an entry fails (the whole batch is then
 * redelivered, which the benchmark reports as a retry).
 *
 * @example await handler({ Records: [{ body }] }) // { batchItemFailures: [] }
 */
export async function handler(event: {
  Records: readonly { body: string }[];
}): Promise<{ batchItemFailures: [] }> {
  const byTopic = new Map<string, Prebuilt[]>();
  for (const record of event.Records) {
    const outcome = prebuilt.get(record.body);
    if (outcome === undefined) throw new Error("a record whose body is not among the orders");
    if (outcome === null) continue;
    const items = byTopic.get(outcome.topicArn);
    if (items) items.push(outcome);
    else byTopic.set(outcome.topicArn, [outcome]);
  }
  const calls: { topicArn: string; chunk: Prebuilt[] }[] = [];
  for (const [topicArn, items] of byTopic) {
    for (const chunk of chunkEntries(items)) calls.push({ topicArn, chunk });
  }
  let failed = 0;
  await mapWithConcurrency(calls, DEFAULT_PUBLISH_CONCURRENCY, async ({ topicArn, chunk }) => {
    const output = await client.send(
      new PublishBatchCommand({
        TopicArn: topicArn,
        PublishBatchRequestEntries: chunk.map((p) => p.entry),
      }),
    );
    failed += output.Failed?.length ?? 0;
  });
  if (failed > 0) throw new Error(`${failed} entries failed to publish`);
  return { batchItemFailures: [] };
}
