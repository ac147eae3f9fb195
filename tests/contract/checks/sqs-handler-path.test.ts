import { describe, expect, it } from "vitest";
import {
  type ProcessorBuilders,
  processorProvider,
  realProcessorBuilders,
} from "../../../contracts/providers/processor";
import { ProviderVerificationError } from "../../../contracts/verification/verification-failure";
import { verifyProvider } from "../../../contracts/verification/verify-provider";
import type { OutcomePublisher } from "../../../functions/processor/publisher";
import type { SqsEvent } from "../../../generated/types";

// The SQS outcomes in the pacts are what the processor's SQS handler publishes: fields the handler
// fills in from the record (source.queue_arn, source.receive_count) are under contract, and a
// message the handler does not publish cannot be verified.

/** The real SQS handler, with each published outcome passed through `edit` on its way out. */
function handlerPublishing(edit: (outcome: Record<string, unknown>) => void): ProcessorBuilders {
  const rewriting = (inner: OutcomePublisher): OutcomePublisher => ({
    publishBatch: (topicArn, entries) =>
      inner.publishBatch(
        topicArn,
        entries.map((entry) => {
          const outcome = JSON.parse(entry.message);
          edit(outcome);
          return { ...entry, message: JSON.stringify(outcome) };
        }),
      ),
  });
  return {
    ...realProcessorBuilders,
    sqsHandler: (rules, now, publisher) =>
      realProcessorBuilders.sqsHandler(rules, now, rewriting(publisher)),
  };
}

async function verificationFailure(builders: ProcessorBuilders): Promise<string> {
  process.stdout.write(
    "\nsqs-handler-path test: the processor's SQS handler was broken on purpose; the Pact failure report below is expected\n",
  );
  try {
    await verifyProvider(processorProvider(builders), { kind: "files" });
  } catch (error) {
    expect(error).toBeInstanceOf(ProviderVerificationError);
    return (error as Error).message;
  }
  throw new Error("verification passed, but the SQS handler was broken on purpose");
}

describe("provider verification goes through the processor's SQS handler", () => {
  it("fails when the handler publishes receive_count as a string", async () => {
    const message = await verificationFailure(
      handlerPublishing((outcome) => {
        const source = outcome.source as Record<string, unknown>;
        source.receive_count = String(source.receive_count);
      }),
    );
    // Every SQS-path outcome: fulfilment's one, failure-alerts' nine, the example team's three.
    expect(message).toContain("(13 interaction(s) failed)");
    expect(message).toContain("$.source.receive_count -> Expected '1' (String) to be an integer");
  }, 60_000);

  it("fails when the handler takes the queue URL for the queue ARN", async () => {
    const url = "https://sqs.us-east-2.amazonaws.com/123456789012/orders";
    const message = await verificationFailure({
      ...realProcessorBuilders,
      sqsHandler: (rules, now, publisher) => {
        const real = realProcessorBuilders.sqsHandler(rules, now, publisher);
        return (event, context) => {
          const { Records } = event as SqsEvent;
          return real({ Records: Records.map((r) => ({ ...r, eventSourceARN: url })) }, context);
        };
      },
    });
    // Our consumers' ten: they hold queue_arn to an SQS ARN. The example team relies on it being
    // a string only (the schema's word), so its three pass.
    expect(message).toContain("(10 interaction(s) failed)");
    expect(message).toContain(`$.source.queue_arn -> Expected '${url}' to match`);
  }, 60_000);

  it("fails when the handler publishes something its core does not build", async () => {
    const message = await verificationFailure(
      handlerPublishing((outcome) => {
        delete outcome.body;
      }),
    );
    // The provider refuses to offer such a message: Pact sees none for all thirteen outcomes.
    expect(message).toContain("(13 interaction(s) failed)");
    expect(message).toContain("$ -> Actual map is missing the following keys: body");
  }, 60_000);
});
