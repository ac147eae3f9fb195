import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GetQueueUrlCommand, SendMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIsClean } from "../../local/demo/summary";
import { demoTraffic } from "../../local/demo/traffic";
import { faultsForBodies } from "../../local/faults/policies";
import { LocalPipeline, type PipelineSummary } from "../../local/pipeline";
import { repoRoot } from "../support/paths";

// A pipeline left running after its demo (npm start -- --keep-running): messages a person sends to
// the orders queue with the SQS SDK are theirs, reported apart with where each ended, and the
// summary stays OK when nothing is lost.
let pipeline: LocalPipeline;
let summary: PipelineSummary;
let settled: boolean;
const byHand: Record<string, string> = {};

beforeAll(async () => {
  pipeline = await LocalPipeline.start();
  const { queued } = demoTraffic({ orders: 10, seed: 3, poisoned: 0, invocations: 0 });
  await pipeline.send(queued);
  expect(await pipeline.waitUntilQuiet({ timeoutMs: 20_000 })).toBe(true);

  pipeline.acceptOwnInputs();
  const example = readFileSync(join(repoRoot, "examples", "order.json"), "utf8");
  const bodies = {
    example,
    "not json": "not an order",
    // A valid demo order sent again (it already has its outcome): a second input, not a replay.
    "demo order again": queued.find((i) => i.kind === "valid")?.body ?? "",
    // Its outcome can never be published: SQS redelivers it until it reaches the DLQ.
    poisoned: JSON.stringify({ ...JSON.parse(example), order_id: "ORD-POISONED" }),
  };
  pipeline.proxy.setEntryFaults(faultsForBodies(new Set([bodies.poisoned])));
  const sqs = new SQSClient({
    endpoint: pipeline.emulator.endpoint,
    region: pipeline.emulator.region,
    useQueueUrlAsEndpoint: false,
    credentials: { accessKeyId: "any", secretAccessKey: "any" },
  });
  const { QueueUrl } = await sqs.send(new GetQueueUrlCommand({ QueueName: "orders" }));
  for (const [name, body] of Object.entries(bodies)) {
    const { MessageId } = await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: body }));
    byHand[name] = MessageId ?? "";
  }
  sqs.destroy();
  settled = await pipeline.waitUntilQuiet({ timeoutMs: 30_000 });
  summary = await pipeline.summary();
}, 60_000);
afterAll(() => pipeline?.stop());

describe("inputs sent by hand to a pipeline that keeps running", () => {
  it("reports each as the user's own with where it ended: outcome, failure code or DLQ", () => {
    const ended = Object.fromEntries(
      summary.ledger.own_inputs.items.map((item) => [item.id, [item.ended, item.error_code]]),
    );
    expect(ended).toEqual({
      [byHand.example as string]: ["success_outcome", undefined],
      [byHand["not json"] as string]: ["failure_outcome", "INVALID_JSON"],
      [byHand["demo order again"] as string]: ["success_outcome", undefined],
      [byHand.poisoned as string]: ["dead_lettered", undefined],
    });
    expect(summary.ledger.own_inputs).toMatchObject({
      sent: 4,
      success_outcomes: 2,
      failure_outcomes: 1,
      dead_lettered: 1,
      no_ending: 0,
      multiply_accounted: 0,
      strays: 0,
    });
  });

  it("keeps them out of the run's counts, and the run stays clean: nothing unattributed, nothing lost", () => {
    expect(settled).toBe(true);
    expect(summary.ledger).toMatchObject({
      sent: 10,
      unaccounted: 0,
      multiply_accounted: 0,
      unattributed: 0,
      not_as_expected: 0,
    });
    expect(summary.dead_letter_queues["orders-dlq"]).toBe(1);
    expect(runIsClean(summary, { settled })).toBe(true);
  });

  it("delivers the own inputs' outcomes to the consumers like any other", () => {
    const fulfilment = summary.consumers.find((c) => c.consumer === "fulfilment");
    expect(fulfilment).toMatchObject({ missing: 0, unexpected: 0, rejected: 0 });
    expect(fulfilment?.received).toBe(summary.ledger.success_outcomes + 2);
  });
});
