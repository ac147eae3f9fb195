import { describe, expect, it } from "vitest";
import { consumeFailureAlertBatch } from "../../functions/failure-alerts/consume";
import { consumeFulfilmentBatch } from "../../functions/fulfilment/consume";
import { defaultRulesConfig } from "../../functions/processor/core";
import { createProcessorHandler } from "../../functions/processor/create-handler";
import { createInMemoryOutcomePublisher } from "../../functions/processor/in-memory-publisher";
import {
  validateOrderFailureDestinationRecord,
  validateOrderSuccessDestinationRecord,
} from "../../generated/validators.cjs";
import { invokeAsyncWithDestinations } from "../../local/destinations";
import { buildOrderMessage } from "../../local/producer";
import { RecordingLogger } from "../consumers/support/recording-logger";
import { envelopeDelivery, rawDelivery, sqsEvent } from "../consumers/support/sqs-delivery";

const now = new Date("2026-11-26T10:15:01.123Z");
const functionArn = "arn:aws:lambda:us-east-2:123456789012:function:processor";
const requestId = "c6af9ac6-7b61-11e6-9a41-93e812345678";
// The processor's real handler, as the asynchronous path runs it (it publishes nothing there).
const processor = createProcessorHandler({
  config: {
    successTopicArn: "arn:aws:sns:us-east-2:123456789012:order-success",
    failureTopicArn: "arn:aws:sns:us-east-2:123456789012:order-failure",
    rules: defaultRulesConfig,
  },
  publisher: createInMemoryOutcomePublisher(),
  now: () => now,
});
const order = (variant: Parameters<typeof buildOrderMessage>[0]) =>
  buildOrderMessage(variant, { seed: 5, now }).body;
const options = { functionArn, requestId, now: () => new Date(now.getTime() + 1000) };

describe("invokeAsyncWithDestinations with the processor's real handler", () => {
  it("delivers an OnSuccess record: the payload verbatim, the returned outcome as responsePayload", async () => {
    const payload = ` ${order("valid")} `;

    const result = await invokeAsyncWithDestinations(processor, payload, options);

    expect(result).toMatchObject({ condition: "Success", attempts: 1 });
    expect(result.json).toContain(`"requestPayload": ${order("valid")} ,"responseContext"`);
    expect(validateOrderSuccessDestinationRecord(result.record)).toBe(true);
    expect(result.record.requestContext).toEqual({
      requestId,
      functionArn: `${functionArn}:$LATEST`,
      condition: "Success",
      approximateInvokeCount: 1,
    });
    expect(result.record.responsePayload).toMatchObject({
      status: "SUCCESS",
      source: { kind: "async_invocation", request_id: requestId },
    });
  });

  it("delivers a RetriesExhausted record after three rejected attempts, errorType OrderRejected.<CODE>", async () => {
    const result = await invokeAsyncWithDestinations(
      processor,
      order("unsupported-currency"),
      options,
    );

    expect(result).toMatchObject({ condition: "RetriesExhausted", attempts: 3 });
    expect(validateOrderFailureDestinationRecord(result.record)).toBe(true);
    expect(result.record.responseContext).toEqual({
      statusCode: 200,
      executedVersion: "$LATEST",
      functionError: "Unhandled",
    });
    const error = result.record.responsePayload as { errorType: string; trace: string[] };
    expect(error.errorType).toBe("OrderRejected.UNSUPPORTED_CURRENCY");
    expect(error.trace[0]).toMatch(/^OrderRejected\.UNSUPPORTED_CURRENCY: /);
  });

  it("honours MaximumRetryAttempts 0 and an event that expires after its second attempt", async () => {
    const once = await invokeAsyncWithDestinations(processor, order("duplicate-sku"), {
      ...options,
      maximumRetryAttempts: 0,
    });
    const expired = await invokeAsyncWithDestinations(processor, order("duplicate-sku"), {
      ...options,
      expiresAfterAttempts: 2,
    });

    expect(once).toMatchObject({ condition: "RetriesExhausted", attempts: 1 });
    expect(expired).toMatchObject({ condition: "EventAgeExceeded", attempts: 2 });
    expect(expired.record.requestContext.approximateInvokeCount).toBe(2);
  });

  it("succeeds on a retry after a transient failure, counting the attempts", async () => {
    let calls = 0;
    const flaky = async (event: unknown) => {
      calls += 1;
      if (calls === 1) throw new Error("throttled downstream");
      return { ok: true, event };
    };

    const result = await invokeAsyncWithDestinations(flaky, '{"n":1}', options);

    expect(result).toMatchObject({ condition: "Success", attempts: 2 });
    expect(result.record.responsePayload).toEqual({ ok: true, event: { n: 1 } });
  });

  it("refuses a retry setting AWS does not allow", async () => {
    await expect(
      invokeAsyncWithDestinations(processor, "{}", { ...options, maximumRetryAttempts: 3 }),
    ).rejects.toThrow(/maximumRetryAttempts must be 0, 1 or 2/);
  });

  it("builds records the consumers accept: fulfilment (raw) and failure-alerts (SNS envelope)", async () => {
    const success = await invokeAsyncWithDestinations(processor, order("valid"), options);
    const failure = await invokeAsyncWithDestinations(processor, order("too-many-items"), options);

    const fulfilled = consumeFulfilmentBatch(
      sqsEvent(rawDelivery(success.json)),
      new RecordingLogger(),
    );
    const alerted = consumeFailureAlertBatch(
      sqsEvent(envelopeDelivery(failure.json)),
      new RecordingLogger(),
    );

    expect(fulfilled.records[0]).toMatchObject({
      status: "done",
      result: { accepted_via: "async_invocation" },
    });
    expect(alerted.records[0]).toMatchObject({
      status: "done",
      result: { error_code: "TOO_MANY_ITEMS", condition: "RetriesExhausted", attempts: 3 },
    });
  });
});
