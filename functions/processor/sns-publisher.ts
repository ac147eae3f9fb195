import { PublishBatchCommand, type SNSClient } from "@aws-sdk/client-sns";
import type { OutcomePublisher, PublishEntryResult } from "./publisher";

/**
 * An `OutcomePublisher` over the real SNS client: one PublishBatch call per chunk, answered with what
 * SNS said of each entry (`Successful`, or `Failed` with SNS's code, which can happen on HTTP 200).
 * A call the SDK gives up on (after its own retries of throttling, 5xx and network errors) throws,
 * and an entry SNS names in neither list is left out: the SQS path counts both as not published
 * (`failedEntries`, `resultsInEntryOrder`). An aborted call (`options.abortSignal`, at the
 * invocation's deadline) gives up its connection and retries: SNS may still have delivered its
 * entries (see docs/processor.md, "Deadline").
 *
 * Endpoint, Region and credentials come from the client: in Lambda from the environment, against a
 * local emulator from AWS_ENDPOINT_URL_SNS (the SDK reads it itself) or an explicit `endpoint`.
 *
 * @example
 * // the client handler.ts builds: connection and request timeouts on every attempt
 * const publisher = createSnsOutcomePublisher(createSnsClient(config.timing));
 * await processSqsBatch(event, { config, publisher });
 */
export function createSnsOutcomePublisher(client: SNSClient): OutcomePublisher {
  return {
    async publishBatch(topicArn, entries, options) {
      const output = await client.send(
        new PublishBatchCommand({
          TopicArn: topicArn,
          PublishBatchRequestEntries: entries.map((entry) => ({
            Id: entry.id,
            Message: entry.message,
            MessageAttributes: { ...entry.attributes },
          })),
        }),
        options?.abortSignal ? { abortSignal: options.abortSignal } : undefined,
      );
      const results: PublishEntryResult[] = [];
      for (const s of output.Successful ?? []) {
        if (s.Id !== undefined) results.push({ id: s.Id, ok: true, messageId: s.MessageId ?? "" });
      }
      for (const f of output.Failed ?? []) {
        if (f.Id === undefined) continue;
        results.push({
          id: f.Id,
          ok: false,
          code: f.Code ?? "Unknown",
          message: f.Message ?? "SNS reported the entry as failed without a message",
          senderFault: f.SenderFault ?? false,
        });
      }
      return results;
    },
  };
}
