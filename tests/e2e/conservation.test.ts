import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SqsEvent } from "../../generated/types";
import {
  validateFailureTopicMessage,
  validateOutcomeMessageAttributes,
  validateSqsEvent,
  validateSuccessTopicMessage,
} from "../../generated/validators.cjs";
import { demoTraffic } from "../../local/demo/traffic";
import { randomEntryFaults } from "../../local/faults/policies";
import type { PipelineSummary } from "../../local/pipeline";
import { LocalPipeline } from "../../local/pipeline";

// N orders of every kind, plus asynchronous invocations, with 10% of all publishes failing at
// random: every input must end exactly once, and each consumer must receive exactly what its
// subscription's filter admits of everything its topic carried.
const ORDERS = 80;
const INVOCATIONS = 8;

let pipeline: LocalPipeline;
let summary: PipelineSummary;
let settled: boolean;
const events: { mapping: string; event: SqsEvent }[] = [];

beforeAll(async () => {
  pipeline = await LocalPipeline.start();
  pipeline.onInvocation((r) => events.push({ mapping: r.mapping, event: r.event }));
  pipeline.proxy.setEntryFaults(randomEntryFaults(0.1, 2026));
  const traffic = demoTraffic({
    orders: ORDERS,
    seed: 2026,
    invocations: INVOCATIONS,
    poisoned: 0,
  });
  await pipeline.send(traffic.queued);
  for (const input of traffic.invoked) pipeline.invokeAsync(input);
  settled = await pipeline.waitUntilQuiet({ timeoutMs: 40_000 });
  summary = await pipeline.summary();
}, 50_000);
afterAll(() => pipeline?.stop());

describe("conservation: N orders in, each accounted for exactly once", () => {
  it("settles with every input ended exactly once, none lost, none twice", () => {
    const { ledger } = summary;
    expect(settled).toBe(true);
    expect(ledger.sent).toBe(ORDERS + INVOCATIONS);
    expect(ledger.unaccounted).toBe(0);
    expect(ledger.multiply_accounted).toBe(0);
    expect(ledger.unattributed).toBe(0);
    expect(ledger.misrouted).toBe(0);
    expect(ledger.success_outcomes + ledger.failure_outcomes + ledger.dead_lettered).toBe(
      ledger.sent,
    );
  });

  it("gives every kind of input the outcome it should get, on both paths", () => {
    const { ledger } = summary;
    expect(ledger.not_as_expected).toBe(0);
    const kinds = new Set(ledger.by_kind.filter((r) => r.path === "sqs").map((r) => r.kind));
    for (const kind of [
      "valid",
      "invalid-json",
      "body-too-large",
      "schema-violation",
      "duplicate-sku",
    ]) {
      expect(kinds).toContain(kind);
    }
    const asyncRows = ledger.by_kind.filter((r) => r.path === "async");
    expect(asyncRows.find((r) => r.kind === "valid")?.success_outcomes).toBe(INVOCATIONS / 2);
    expect(asyncRows.reduce((n, r) => n + r.failure_outcomes, 0)).toBe(INVOCATIONS / 2);
  });

  it("really injected faults and retried them (the test is not vacuous)", () => {
    expect(summary.injected_faults.entriesFailed).toBeGreaterThan(0);
    expect(summary.mappings["processor-orders"]?.retried).toBe(
      summary.injected_faults.entriesFailed,
    );
  });

  it("delivers to each consumer exactly the messages its filter admits, and the consumers handle them all", () => {
    expect(summary.consumers.map((c) => c.consumer).sort()).toEqual([
      "failure-alerts",
      "fulfilment",
    ]);
    for (const c of summary.consumers) {
      expect(c.admitted_by_filter, c.consumer).toBeGreaterThan(0);
      expect(c.missing, c.consumer).toBe(0);
      expect(c.unexpected, c.consumer).toBe(0);
      expect(c.received, c.consumer).toBe(c.admitted_by_filter);
      expect(c.handled + c.duplicates_skipped, c.consumer).toBe(c.deliveries);
      expect(c.rejected, c.consumer).toBe(0);
    }
    const fulfilment = summary.consumers.find((c) => c.consumer === "fulfilment");
    expect(fulfilment?.received).toBe(summary.ledger.success_outcomes);
    expect(fulfilment?.work.fulfilment_requests).toBe(fulfilment?.handled);
    expect(Object.values(summary.dead_letter_queues).reduce((a, b) => a + b, 0)).toBe(0);
  });

  it("carries on each topic only messages valid against the topic's schema, outcomes with valid attributes", () => {
    expect(pipeline.tapped.length).toBe(summary.ledger.sent);
    for (const message of pipeline.tapped) {
      const parsed = JSON.parse(message.text);
      const validator =
        message.topic === "success" ? validateSuccessTopicMessage : validateFailureTopicMessage;
      expect(validator(parsed), JSON.stringify(validator.errors)).toBe(true);
      if (parsed.message_type === "order.outcome") {
        expect(validateOutcomeMessageAttributes(message.attributes)).toBe(true);
      } else {
        expect(message.attributes).toEqual({}); // destination records carry no attributes
      }
    }
  });

  it("built every Lambda event valid against the SQS event schema", () => {
    const consumerEvents = events.filter((e) => !e.mapping.startsWith("local-tap-"));
    expect(consumerEvents.length).toBeGreaterThan(0);
    for (const { event } of consumerEvents) expect(validateSqsEvent(event)).toBe(true);
  });
});
