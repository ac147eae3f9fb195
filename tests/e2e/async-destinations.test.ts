import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  validateFailureTopicMessage,
  validateOrderFailureDestinationRecord,
  validateOrderSuccessDestinationRecord,
  validateSuccessTopicMessage,
} from "../../generated/validators.cjs";
import { expectedEnding } from "../../local/demo/traffic";
import { LocalPipeline } from "../../local/pipeline";
import { createOrderProducer } from "../../local/producer";

let pipeline: LocalPipeline;

beforeAll(async () => {
  pipeline = await LocalPipeline.start();
}, 30_000);
afterAll(() => pipeline?.stop());

describe("asynchronous path: Lambda destinations deliver records to the topics", () => {
  it("delivers an OnSuccess record per accepted order and an OnFailure record per rejected one, valid against their schemas", async () => {
    // Prepare
    const producer = createOrderProducer({ seed: 99 });
    const accepted = [producer.next("valid"), producer.next("valid")];
    const rejected = [producer.next("duplicate-sku"), producer.next("schema-violation")];
    const config = pipeline.topology.asyncInvokeConfigs.find((c) => c.function === "processor");

    // Act
    const ids = new Map<string, string>();
    for (const message of [...accepted, ...rejected]) {
      const id = pipeline.invokeAsync({
        body: message.body,
        kind: message.variant,
        expected: expectedEnding(message),
      });
      ids.set(id, message.body);
    }
    expect(await pipeline.waitUntilQuiet({ timeoutMs: 15_000 })).toBe(true);
    const summary = await pipeline.summary();

    // Assess: the right record on the right topic, byte-exact payloads, AWS's fields.
    const records = pipeline.tapped.map((t) => ({
      topic: t.topic,
      record: JSON.parse(t.text),
      text: t.text,
    }));
    expect(records).toHaveLength(4);
    for (const { topic, record, text } of records) {
      const requestId = record.requestContext.requestId as string;
      const payload = ids.get(requestId) ?? "";
      expect(text).toContain(`"requestPayload":${payload}`); // embedded verbatim
      expect(record.requestContext.functionArn).toBe(
        `${pipeline.functionArn("processor")}:$LATEST`,
      );
      expect(record.version).toBe("1.0");
      if (topic === "success") {
        expect(
          validateOrderSuccessDestinationRecord(record),
          JSON.stringify(validateOrderSuccessDestinationRecord.errors),
        ).toBe(true);
        expect(validateSuccessTopicMessage(record)).toBe(true);
        expect(record.requestContext).toMatchObject({
          condition: "Success",
          approximateInvokeCount: 1,
        });
        expect(record.responsePayload).toMatchObject({
          status: "SUCCESS",
          source: { kind: "async_invocation", request_id: requestId },
        });
      } else {
        expect(
          validateOrderFailureDestinationRecord(record),
          JSON.stringify(validateOrderFailureDestinationRecord.errors),
        ).toBe(true);
        expect(validateFailureTopicMessage(record)).toBe(true);
        expect(record.requestContext).toMatchObject({
          condition: "RetriesExhausted",
          approximateInvokeCount: 1 + (config?.maximumRetryAttempts ?? 0),
        });
        expect(record.responseContext).toMatchObject({
          statusCode: 200,
          functionError: "Unhandled",
        });
        expect(record.responsePayload.errorType).toMatch(
          /^OrderRejected\.(DUPLICATE_SKU|SCHEMA_VIOLATION)$/,
        );
      }
    }
    expect(records.filter((r) => r.topic === "success")).toHaveLength(2);
    expect(summary.ledger).toMatchObject({
      sent: 4,
      success_outcomes: 2,
      failure_outcomes: 2,
      unaccounted: 0,
      not_as_expected: 0,
    });

    // And the consumers took them: fulfilment made two requests, failure-alerts raised two alerts.
    const fulfilment = summary.consumers.find((c) => c.consumer === "fulfilment");
    const alerts = summary.consumers.find((c) => c.consumer === "failure-alerts");
    expect(fulfilment).toMatchObject({
      received: 2,
      handled: 2,
      rejected: 0,
      work: { fulfilment_requests: 2 },
    });
    expect(alerts).toMatchObject({ received: 2, handled: 2, rejected: 0 });
  });

  it("refuses at Invoke what Lambda refuses: a payload that is not JSON never runs", () => {
    expect(() =>
      pipeline.invokeAsync({ body: "{not json", kind: "invalid-json", expected: "none" }),
    ).toThrow(/InvalidRequestContentException/);
  });
});
