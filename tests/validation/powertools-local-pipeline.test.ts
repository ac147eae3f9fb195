import { parse } from "@aws-lambda-powertools/parser";
import { SnsSqsEnvelope, SqsEnvelope } from "@aws-lambda-powertools/parser/envelopes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SqsEvent } from "../../generated/types";
import {
  validateFailureTopicMessage,
  validateSqsEvent,
  validateSuccessTopicMessage,
} from "../../generated/validators.cjs";
import {
  jsonBodySchema,
  readFailureTopicRecord,
  readSuccessTopicRecord,
} from "../../lib/validation";
import { demoTraffic } from "../../local/demo/traffic";
import { LocalPipeline } from "../../local/pipeline";

// What `npm start` runs: the whole local pipeline. The SQS events its fulfilment (raw delivery)
// and failure-alerts (SNS envelope) queues deliver are captured as the consumers receive them,
// then read by Powertools' parser with the package's Standard Schemas (through its envelopes, the
// record bodies with jsonBodySchema), and by the topic readers.

const events: Record<string, SqsEvent[]> = {};
let pipeline: LocalPipeline;

beforeAll(async () => {
  pipeline = await LocalPipeline.start();
  pipeline.onInvocation((r) => {
    events[r.mapping] = [...(events[r.mapping] ?? []), r.event];
  });
  const traffic = demoTraffic({ orders: 12, seed: 21, invocations: 4, poisoned: 0 });
  await pipeline.send(traffic.queued);
  for (const input of traffic.invoked) pipeline.invokeAsync(input);
  if (!(await pipeline.waitUntilQuiet({ timeoutMs: 30_000 })))
    throw new Error("the local pipeline did not settle");
}, 45_000);
afterAll(() => pipeline?.stop());

/** The events the function polling `queue` received, as the topology maps them. */
const captured = (queue: string): SqsEvent[] => {
  const mapping = pipeline.topology.eventSourceMappings.find((m) => m.queue === queue)?.key;
  const found = events[mapping ?? ""] ?? [];
  if (found.length === 0) throw new Error(`no event reached queue ${queue}`);
  return found;
};

describe("Powertools' parser on the records the local pipeline delivers", () => {
  it("reads every fulfilment event (raw delivery) through SqsEnvelope, outcomes and destination records", () => {
    const schema = jsonBodySchema(validateSuccessTopicMessage);
    const messages = captured("fulfilment").flatMap((event) => {
      expect(parse(event, undefined, validateSqsEvent)).toBe(event);
      return parse(event, SqsEnvelope, schema);
    });

    expect(messages.some((m) => "outcome_id" in m)).toBe(true);
    expect(messages.some((m) => "requestContext" in m)).toBe(true);
  });

  it("reads every failure-alerts event (SNS envelope) through SnsSqsEnvelope", () => {
    const schema = jsonBodySchema(validateFailureTopicMessage);
    const messages = captured("failure-alerts").flatMap((event) =>
      parse(event, SnsSqsEnvelope, schema),
    );

    expect(messages.some((m) => "error_code" in m)).toBe(true);
    expect(messages.some((m) => "requestContext" in m)).toBe(true);
  });

  it("reads the same records with the topic readers, attributes in the form each queue got them", () => {
    const raw = captured("fulfilment").flatMap((e) =>
      e.Records.map((r) => readSuccessTopicRecord(r)),
    );
    const enveloped = captured("failure-alerts").flatMap((e) =>
      e.Records.map((r) => readFailureTopicRecord(r)),
    );

    for (const read of [...raw, ...enveloped]) expect(read.kind).toBe("message");
    const attributes = [...raw, ...enveloped].flatMap((r) =>
      r.kind === "message" && r.attributes ? [r.attributes.status] : [],
    );
    expect(attributes).toContainEqual(
      expect.objectContaining({ dataType: "String", stringValue: "SUCCESS" }),
    );
    expect(attributes).toContainEqual({ Type: "String", Value: "FAILURE" });
    expect(new Set(raw.map((r) => r.kind === "message" && r.delivery))).toEqual(new Set(["raw"]));
    expect(new Set(enveloped.map((r) => r.kind === "message" && r.delivery))).toEqual(
      new Set(["sns-envelope"]),
    );
  });
});
