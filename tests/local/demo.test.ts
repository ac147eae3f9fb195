import { describe, expect, it } from "vitest";
import { ORDER_VARIANTS } from "../../lib/producer";
import { jsonSummary, runIsClean, textSummary } from "../../local/demo/summary";
import { demoTraffic, POISONED_KIND } from "../../local/demo/traffic";
import { Ledger } from "../../local/observe/ledger";
import { type PipelineSummary, sendChunks } from "../../local/pipeline";

describe("demoTraffic", () => {
  it("sends every kind of order, poisons two, and invokes only payloads Lambda accepts", () => {
    const traffic = demoTraffic({ orders: 100, seed: 42 });
    expect(traffic.queued).toHaveLength(100);
    expect(new Set(traffic.queued.map((i) => i.kind))).toEqual(new Set(ORDER_VARIANTS));
    expect(traffic.poisoned.map((i) => [i.kind, i.expected])).toEqual([
      [POISONED_KIND, "dead_lettered"],
      [POISONED_KIND, "dead_lettered"],
    ]);
    expect(traffic.invoked).toHaveLength(10);
    expect(traffic.invoked.filter((i) => i.expected === "success_outcome")).toHaveLength(5);
    for (const input of traffic.invoked) expect(() => JSON.parse(input.body)).not.toThrow();
    expect(traffic.queued.find((i) => i.kind === "body-too-large")?.body.length).toBeGreaterThan(
      262_144,
    );
  });

  it("is reproducible from its seed", () => {
    const now = () => new Date("2026-11-26T10:00:00Z");
    expect(demoTraffic({ orders: 20, seed: 7, now })).toEqual(
      demoTraffic({ orders: 20, seed: 7, now }),
    );
  });
});

describe("sendChunks", () => {
  it("keeps SendMessageBatch calls within 10 entries and 256 KiB, big messages alone", () => {
    const small = { body: "x".repeat(1000), kind: "k", expected: "e" };
    const big = { body: "y".repeat(262_145), kind: "k", expected: "e" };
    const chunks = sendChunks([...Array(12).fill(small), big, small]);
    expect(chunks.map((c) => c.length)).toEqual([10, 2, 1, 1]);
  });
});

function summaryOf(ledger: Ledger, consumers: PipelineSummary["consumers"] = []): PipelineSummary {
  return {
    ledger: ledger.summary(),
    consumers,
    dead_letter_queues: { "orders-dlq": 0 },
    mappings: {},
    async_invocations: {},
    injected_faults: {
      entriesFailed: 0,
      callsFailed: 0,
      callsHung: 0,
      responsesLost: 0,
      entriesForwarded: 0,
    },
  };
}

describe("summaries", () => {
  const facts = {
    seed: 1,
    durationMs: 1234,
    settled: true,
    endpoint: "http://127.0.0.1:1",
    embedded: true,
  };

  it("says OK with the counts when everything ended exactly once, and gives the JSON fields", () => {
    const ledger = new Ledger();
    ledger.recordSent({
      id: "m1",
      path: "sqs",
      kind: "valid",
      body: "b",
      expected: "success_outcome",
    });
    ledger.observeTopicMessage(
      "success",
      JSON.stringify({
        message_type: "order.outcome",
        outcome_id: "o",
        message_id: "m1",
        status: "SUCCESS",
      }),
    );
    const summary = summaryOf(ledger);

    expect(textSummary(summary, facts)).toContain(
      "OK: nothing unaccounted. Each of the 1 inputs ended exactly once",
    );
    expect(jsonSummary(summary, facts)).toMatchObject({
      ok: true,
      sent: 1,
      success_outcomes: 1,
      failure_outcomes: 0,
      dead_lettered: 0,
      unaccounted: 0,
    });
  });

  it("says NOT OK and names the unaccounted input, an unsettled run, or a consumer that missed messages", () => {
    const ledger = new Ledger();
    ledger.recordSent({
      id: "lost-1",
      path: "sqs",
      kind: "valid",
      body: "b",
      expected: "success_outcome",
    });
    const consumer = {
      consumer: "fulfilment",
      topic: "success" as const,
      raw_delivery: true,
      admitted_by_filter: 2,
      received: 1,
      deliveries: 1,
      missing: 1,
      unexpected: 0,
      handled: 1,
      duplicates_skipped: 0,
      rejected: 0,
      work: {},
    };
    const summary = summaryOf(ledger, [consumer]);
    const text = textSummary(summary, { ...facts, settled: false });
    expect(text).toMatch(
      /NOT OK: the pipeline did not settle in time; 1 unaccounted \(e\.g\. lost-1\); fulfilment received 1 but its filter admits 2/,
    );
    expect(runIsClean(summary, facts)).toBe(false);
    expect(jsonSummary(summary, facts).ok).toBe(false);
  });
});
