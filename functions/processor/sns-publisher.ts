import { PublishBatchCommand, type SNSClient } from "@aws-sdk/client-sns";
import type { OutcomePublisher, PublishEntry, PublishEntryResult } from "./publisher";

/**
 * An `OutcomePublisher` over the real SNS client: one PublishBatch call per chunk. Reads the per-entry
 * result (`Successful` / `Failed`, which can hold entries even on HTTP 200); an entry in neither list,
 * and every entry of a call that throws (after the SDK's own retries of throttling, 5xx and network
 * errors), is reported as failed. Never throws. An aborted call (`options.abortSignal`, at the
 * invocation's deadline) gives up its connection and retries, and reports its entries as failed:
 * SNS may still have delivered them (see docs/processor.md, "Deadline").
 *
 * Endpoint, Region and credentials come from the client: in Lambda from the environment, against a
 * local emulator from AWS_ENDPOINT_URL_SNS (the SDK reads it itself) or an explicit `endpoint`.
 *
 * @example
 * const publisher = createSnsOutcomePublisher(new SNSClient({}));
 * await processSqsBatch(event, { config, publisher });
 */
export function createSnsOutcomePublisher(client: SNSClient): OutcomePublisher {
  return {
    async publishBatch(topicArn, entries, options) {
      try {
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
        const published = new Map((output.Successful ?? []).map((s) => [s.Id, s.MessageId]));
        const failed = new Map((output.Failed ?? []).map((f) => [f.Id, f]));
        return entries.map((entry): PublishEntryResult => {
          const failure = failed.get(entry.id);
          if (failure) {
            return {
              id: entry.id,
              ok: false,
              code: failure.Code ?? "Unknown",
              message: failure.Message ?? "SNS reported the entry as failed without a message",
              senderFault: failure.SenderFault ?? false,
            };
          }
          if (published.has(entry.id)) {
            return { id: entry.id, ok: true, messageId: published.get(entry.id) ?? "" };
          }
          return missing(entry);
        });
      } catch (error) {
        return entries.map((entry) => thrown(entry, error));
      }
    },
  };
}

function missing(entry: PublishEntry): PublishEntryResult {
  return {
    id: entry.id,
    ok: false,
    code: "MissingFromResponse",
    message: "PublishBatch reported the entry neither as successful nor as failed",
    senderFault: false,
  };
}

function thrown(entry: PublishEntry, error: unknown): PublishEntryResult {
  const e = error as { name?: unknown; code?: unknown; message?: unknown; $fault?: unknown };
  // SDK exceptions name the AWS error (ThrottledException); network errors only say "Error" and
  // carry Node's code (ECONNREFUSED).
  const name = typeof e?.name === "string" && e.name !== "Error" ? e.name : undefined;
  return {
    id: entry.id,
    ok: false,
    code: name ?? (typeof e?.code === "string" ? e.code : "Error"),
    message: typeof e?.message === "string" ? e.message : String(error),
    senderFault: e?.$fault === "client",
  };
}
