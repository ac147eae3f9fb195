// Idempotent consumers across invocations, on a real DynamoDB-compatible server (dynalite, in this
// process) with Powertools' DynamoDB persistence layer, on tables created from the topology's own
// declaration. Store faults (a Lambda killed mid-record, a concurrent holder of a key, a store that
// is gone) are injected on the wire by a proxy in front of the server.
import { PERSISTENCE_ATTRIBUTE_KEY_MAPPINGS } from "@aws-lambda-powertools/idempotency";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failureAlertSteps } from "../../functions/failure-alerts/consume";
import { fulfilmentSteps } from "../../functions/fulfilment/consume";
import type {
  OrderFailureOutcome,
  OrderSuccessDestinationRecord,
  OrderSuccessOutcome,
  SnsConfirmation,
  SqsRecord,
} from "../../generated/types";
import {
  type ConsumerSteps,
  consumeBatchOnce,
  type IdempotencySettings,
  MIN_REMAINING_MS_TO_START,
  powertoolsOnce,
} from "../../lib/consumers";
import { type LocalDynamoDb, startLocalDynamoDb } from "../../local/dynamodb/local-dynamodb";
import { IDEMPOTENCY_PARTITION_KEY, IDEMPOTENCY_TTL_ATTRIBUTE } from "../../topology/build";
import {
  type CallFate,
  type DynamoDbCall,
  DynamoDbFaultProxy,
} from "./support/dynamodb-fault-proxy";
import { schemaExample } from "./support/examples";
import {
  contextWithDeadline,
  eventually,
  freshStore,
  waitUntilPast,
} from "./support/idempotency-store";
import { RecordingLogger } from "./support/recording-logger";
import { envelopeDelivery, rawDelivery, sqsEvent } from "./support/sqs-delivery";

let dynamo: LocalDynamoDb;
const proxies: DynamoDbFaultProxy[] = [];

beforeAll(async () => {
  dynamo = await startLocalDynamoDb();
});
afterAll(async () => {
  for (const proxy of proxies) await proxy.stop();
  await dynamo.stop();
});

/** An accepted order's SUCCESS outcome; one outcome_id per order id (what fulfilment dedupes by). */
function successOutcome(orderId = "ORD-1001"): OrderSuccessOutcome {
  const outcome = schemaExample<OrderSuccessOutcome>(
    "outcome-success",
    "an accepted order from SQS",
  );
  return {
    ...outcome,
    outcome_id: `${outcome.outcome_id.slice(0, -4)}${orderId.slice(-4)}`,
    order: { ...outcome.order, order_id: orderId },
  };
}
const successRecord = () =>
  schemaExample<OrderSuccessDestinationRecord>(
    "order-success-destination-record",
    "the processor's OnSuccess record",
  );
const failureOutcome = () =>
  schemaExample<OrderFailureOutcome>("outcome-failure", "a rule rejection with details");

/** One invocation: a runner with this invocation's own deadline, and its own logger. */
async function invoke<M, R>(
  steps: ConsumerSteps<M, R>,
  settings: IdempotencySettings,
  records: readonly SqsRecord[],
  remainingMs = 30_000,
) {
  const [first, ...rest] = records;
  if (!first) throw new Error("a batch has at least one record");
  const logger = new RecordingLogger();
  const once = powertoolsOnce(settings, contextWithDeadline(remainingMs));
  const result = await consumeBatchOnce(sqsEvent(first, ...rest), steps, logger, once);
  return {
    ...result,
    logger,
    statuses: result.records.map((r) => r.status),
    /** Message ids whose work ran in this invocation. */
    handled: logger.lines
      .filter((l) => l.message === `${steps.consumer} handled a message`)
      .map((l) => l.fields.messageId),
    failed: result.response.batchItemFailures.map((f) => f.itemIdentifier),
  };
}

async function proxy(fate: (call: DynamoDbCall) => CallFate): Promise<DynamoDbFaultProxy> {
  const started = await DynamoDbFaultProxy.start(dynamo.endpoint, fate);
  proxies.push(started);
  return started;
}

const never = new Promise<void>(() => {});
const pass: CallFate = { action: "pass" };

describe("idempotent consumers across invocations (Powertools on a DynamoDB-compatible server)", () => {
  it("skips an outcome and a destination record delivered again in a later batch, naming the first message", async () => {
    const store = await freshStore(dynamo, "fulfilment");
    const first = await invoke(fulfilmentSteps, store.settings, [
      rawDelivery(successOutcome(), {}, "m-1"),
      rawDelivery(successRecord(), {}, "m-2"),
    ]);

    // SNS and SQS deliver again: new SQS message ids, the same outcome_id and requestId.
    const later = await invoke(fulfilmentSteps, store.settings, [
      rawDelivery(successOutcome(), {}, "m-3"),
      rawDelivery(successRecord(), {}, "m-4"),
      rawDelivery(successOutcome("ORD-2002"), {}, "m-5"),
      rawDelivery(successOutcome(), {}, "m-6"),
    ]);

    expect(first.handled).toEqual(["m-1", "m-2"]);
    expect(later.failed).toEqual([]);
    expect(later.statuses).toEqual(["duplicate", "duplicate", "done", "duplicate"]);
    expect(later.records[0]).toMatchObject({ firstMessageId: "m-1" });
    expect(later.records[3]).toMatchObject({ firstMessageId: "m-1" });
    expect(later.records[1]).toMatchObject({ firstMessageId: "m-2" });
    expect(later.handled).toEqual(["m-5"]);
    expect(
      later.logger.lines.find((l) => l.message === "fulfilment skipped a duplicate")?.fields,
    ).toMatchObject({
      messageId: "m-3",
      first_message_id: "m-1",
      first_seen_in: "an earlier invocation",
    });
    expect(await store.items()).toHaveLength(3);
  });

  it("raises one alert per failure, however often the failure topic delivers it", async () => {
    const store = await freshStore(dynamo, "failure-alerts");

    const once = await invoke(failureAlertSteps, store.settings, [
      envelopeDelivery(failureOutcome(), {}, "f-1"),
    ]);
    const again = await invoke(failureAlertSteps, store.settings, [
      envelopeDelivery(failureOutcome(), {}, "f-2"),
    ]);

    expect(once.handled).toEqual(["f-1"]);
    expect(again.handled).toEqual([]);
    expect(again.records[0]).toMatchObject({ status: "duplicate", firstMessageId: "f-1" });
  });

  it("skips a duplicate within one batch without a store call, and never stores unusable records", async () => {
    const watched = await proxy(() => pass);
    const store = await freshStore(dynamo, "fulfilment");
    const confirmation = schemaExample<SnsConfirmation>(
      "sns-confirmation",
      "a SubscriptionConfirmation",
    );

    const result = await invoke(fulfilmentSteps, store.via({ endpoint: watched.endpoint }), [
      rawDelivery(successOutcome(), {}, "a"),
      rawDelivery(successOutcome(), {}, "b"),
      rawDelivery("{not json", {}, "bad"),
      rawDelivery(confirmation, {}, "conf"),
    ]);

    expect(result.statuses).toEqual(["done", "duplicate", "rejected", "confirmation-acknowledged"]);
    expect(result.records[1]).toMatchObject({ firstMessageId: "a" });
    expect(result.failed).toEqual(["bad"]);
    // One key, one lifecycle: the conditional put (INPROGRESS), then the COMPLETED update.
    expect(watched.calls.map((c) => c.operation)).toEqual(["PutItem", "UpdateItem"]);
    expect(await store.items()).toHaveLength(1);
  });

  it("keeps records in Powertools' layout, keyed and expiring as the topology's table declares", async () => {
    const store = await freshStore(dynamo, "fulfilment");
    const before = Math.floor(Date.now() / 1000);

    await invoke(fulfilmentSteps, store.settings, [rawDelivery(successOutcome(), {}, "m-1")]);

    expect(store.spec.partitionKey).toBe(IDEMPOTENCY_PARTITION_KEY);
    expect(store.spec.ttlAttribute).toBe(IDEMPOTENCY_TTL_ATTRIBUTE);
    expect(IDEMPOTENCY_TTL_ATTRIBUTE).toBe(PERSISTENCE_ATTRIBUTE_KEY_MAPPINGS.expiryAttr);
    const items = await store.items();
    expect(items).toHaveLength(1);
    const item = items[0] ?? {};
    expect(item[IDEMPOTENCY_PARTITION_KEY]).toMatch(/^fulfilment#/);
    expect(item[PERSISTENCE_ATTRIBUTE_KEY_MAPPINGS.statusAttr]).toBe("COMPLETED");
    const expiry = item[IDEMPOTENCY_TTL_ATTRIBUTE] as number;
    expect(expiry).toBeGreaterThanOrEqual(before + store.spec.recordExpirySeconds);
    expect(expiry).toBeLessThanOrEqual(
      Math.ceil(Date.now() / 1000) + store.spec.recordExpirySeconds,
    );
    expect(item[PERSISTENCE_ATTRIBUTE_KEY_MAPPINGS.dataAttr]).toMatchObject({
      message_id: "m-1",
      result: { fulfilment_id: successOutcome().outcome_id, order_id: "ORD-1001", total_units: 3 },
    });
  });

  it("leaves the input retryable when the Lambda dies between the work and the COMPLETED record, and redoes that work once", async () => {
    const store = await freshStore(dynamo, "fulfilment");
    // The killed invocation's second COMPLETED update never reaches the store.
    let updates = 0;
    const dying = await proxy((call) =>
      call.operation === "UpdateItem" && ++updates === 2 ? { action: "hold", until: never } : pass,
    );
    const batch = () => [
      rawDelivery(successOutcome(), {}, "x"),
      rawDelivery(successOutcome("ORD-2002"), {}, "y"),
    ];

    const killed = invoke(fulfilmentSteps, store.via({ endpoint: dying.endpoint }), batch(), 4_000);
    await eventually(async () => updates === 2);
    // It returned nothing (Lambda timed out): the event source mapping redelivers the whole batch.
    const held = (await store.items()).find((i) => i.status === "INPROGRESS");
    const deadline = held?.in_progress_expiration as number;
    const beforeDeadline = await invoke(fulfilmentSteps, store.settings, batch());
    const redeliveredInTime = Date.now() < deadline;
    await waitUntilPast(deadline);
    const afterDeadline = await invoke(fulfilmentSteps, store.settings, batch());
    const later = await invoke(fulfilmentSteps, store.settings, batch());

    expect(redeliveredInTime).toBe(true);
    expect(beforeDeadline.statuses).toEqual(["duplicate", "retry"]);
    expect(beforeDeadline.records[1]).toMatchObject({ reason: "IN_PROGRESS" });
    expect(beforeDeadline.failed).toEqual(["y"]);
    expect(beforeDeadline.handled).toEqual([]);
    expect(afterDeadline.statuses).toEqual(["duplicate", "done"]);
    expect(afterDeadline.failed).toEqual([]);
    expect(afterDeadline.handled).toEqual(["y"]);
    expect(later.statuses).toEqual(["duplicate", "duplicate"]);
    expect(later.handled).toEqual([]);
    await dying.stop();
    // The killed invocation's held call is cut: it reports y for retry, never as done.
    expect((await killed).failed).toEqual(["y"]);
  }, 20_000);

  it("defers a key another invocation holds (IN_PROGRESS), then skips it once that one completed", async () => {
    const store = await freshStore(dynamo, "fulfilment");
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = await proxy((call) =>
      call.operation === "UpdateItem" ? { action: "hold", until: released } : pass,
    );

    const holder = invoke(fulfilmentSteps, store.via({ endpoint: slow.endpoint }), [
      rawDelivery(successOutcome(), {}, "first"),
    ]);
    await eventually(async () => slow.calls.some((c) => c.operation === "UpdateItem"));
    const concurrent = await invoke(fulfilmentSteps, store.settings, [
      rawDelivery(successOutcome(), {}, "second"),
    ]);
    release();
    const held = await holder;
    const redelivered = await invoke(fulfilmentSteps, store.settings, [
      rawDelivery(successOutcome(), {}, "second"),
    ]);

    expect(concurrent.statuses).toEqual(["retry"]);
    expect(concurrent.records[0]).toMatchObject({ reason: "IN_PROGRESS" });
    expect(concurrent.failed).toEqual(["second"]);
    expect(concurrent.handled).toEqual([]);
    expect(concurrent.logger.at("warn")[0]?.fields.hint).toContain("batchItemFailures");
    expect(held.handled).toEqual(["first"]);
    expect(redelivered.records[0]).toMatchObject({ status: "duplicate", firstMessageId: "first" });
  });

  it("reports every usable record for retry, without doing its work, when the store is unreachable", async () => {
    const store = await freshStore(dynamo, "fulfilment");
    const gone = await proxy(() => ({ action: "reset" }));

    const result = await invoke(fulfilmentSteps, store.via({ endpoint: gone.endpoint }), [
      rawDelivery(successOutcome(), {}, "a"),
      rawDelivery(successRecord(), {}, "b"),
      rawDelivery("[]", {}, "bad"),
    ]);

    expect(result.failed).toEqual(["a", "b", "bad"]);
    expect(result.statuses).toEqual(["retry", "retry", "rejected"]);
    expect(result.records[0]).toMatchObject({ reason: "IDEMPOTENCY_STORE_FAILED" });
    expect(result.handled).toEqual([]);
    const logged = result.logger
      .at("error")
      .find((l) => l.fields.reason === "IDEMPOTENCY_STORE_FAILED");
    expect(logged?.fields.error).toContain("Failed to save in progress record");
  });

  it("releases the key when the work throws, so the redelivery does the work", async () => {
    const store = await freshStore(dynamo, "fulfilment");
    let calls = 0;
    const flaky: ConsumerSteps<unknown, { n: number }> = {
      ...(fulfilmentSteps as unknown as ConsumerSteps<unknown, { n: number }>),
      work: () => {
        calls++;
        if (calls === 1) throw new Error("warehouse API answered 503");
        return { n: calls };
      },
      describe: (result) => ({ n: result.n }),
    };

    const failed = await invoke(flaky, store.settings, [rawDelivery(successOutcome(), {}, "a")]);
    const afterFailure = await store.items();
    const retried = await invoke(flaky, store.settings, [rawDelivery(successOutcome(), {}, "a")]);

    expect(failed.failed).toEqual(["a"]);
    expect(failed.records[0]).toMatchObject({
      status: "rejected",
      rejection: {
        reason: "WORK_FAILED",
        message: "fulfilment work failed: warehouse API answered 503",
      },
    });
    expect(afterFailure).toEqual([]);
    expect(retried.records[0]).toMatchObject({ status: "done", result: { n: 2 } });
  });

  it("does not start a record when the invocation is about to time out, so no key is left without a deadline", async () => {
    const store = await freshStore(dynamo, "fulfilment");

    const late = await invoke(
      fulfilmentSteps,
      store.settings,
      [rawDelivery(successOutcome(), {}, "late"), rawDelivery("[]", {}, "bad")],
      MIN_REMAINING_MS_TO_START - 1,
    );

    expect(late.statuses).toEqual(["retry", "rejected"]);
    expect(late.records[0]).toMatchObject({ reason: "DEADLINE_NEAR" });
    expect(late.failed).toEqual(["late", "bad"]);
    expect(late.handled).toEqual([]);
    expect(await store.items()).toEqual([]);
  });
});
