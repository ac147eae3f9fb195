import { readProcessorConfig } from "../../functions/processor/config";
import {
  evaluateRules,
  outcomeIdFor,
  type PreparedOutcome,
  prepareOutcome,
  serializeOutcome,
} from "../../functions/processor/core";
import { createProcessorHandler } from "../../functions/processor/create-handler";
import { processSqsBatch } from "../../functions/processor/sqs-batch";
import type { OrderMessage, SqsEvent } from "../../generated/types";
import { validateOrderMessage } from "../../generated/validators/order-message.cjs";
import { validateSqsEvent } from "../../generated/validators.cjs";
import { parseJsonBody, utf8Length } from "../../lib/validation";
import { makeOrders } from "../data/orders";
import { makeSqsEvents } from "../data/sqs-events";
import { runAsChild } from "../lib/child-main";
import { countingPublisher, processorWithTransport } from "../lib/processor-wiring";
import { cpuNow, median } from "../lib/stats";

// CPU cost per message of the processor with an in-process transport, against the floor of
// JSON.parse + JSON.stringify of the same bodies; rounds interleaved, medians, CPU time.
// Handler logs go to this process's stdout (discarded by the parent), as they go to stdout in Lambda.
// Besides the handler as deployed ("handler"), three cut-downs say where the cost is:
//   no_logs       the same handler with metrics but without the logger
//   no_metrics    the same handler with the logger but without metrics
//   no_telemetry  the same handler without logger and metrics (event validation, batch, core)
//   batch         processSqsBatch without telemetry (no SQS-event validation)
//   core          prepareOutcome per record (parse, validate, rules, outcome, serialize): the pure core
// and the core's steps one by one, each over the same records (per message of the whole set):
//   parse (parseJsonBody), validate (the order validator, on what parsed), rules (on what
//   validated), outcome_id (UUID v5), serialize (the outcome's JSON), of which body_echo (the
//   body as a JSON string) and order (the parsed order's JSON, SUCCESS only), sns_size (UTF-8
//   bytes of the message).

interface Config {
  orders: number;
  batchSize: number;
  rounds: number;
}

type Contender =
  | "handler"
  | "no_logs"
  | "no_metrics"
  | "no_telemetry"
  | "batch"
  | "core"
  | "floor"
  | "parse"
  | "validate"
  | "rules"
  | "outcome_id"
  | "serialize"
  | "body_echo"
  | "order"
  | "sns_size";

/** The core's steps, timed one by one. */
export const CORE_STEPS = [
  "parse",
  "validate",
  "rules",
  "outcome_id",
  "serialize",
  "body_echo",
  "order",
  "sns_size",
] as const;

runAsChild(async (child) => {
  child.doing("preparing the events and each step's inputs");
  const config = JSON.parse(process.env.BENCH_CPU_CONFIG ?? "") as Config;
  const bodies = makeOrders({ count: config.orders }).map((o) => o.body);
  const events = makeSqsEvents(bodies, config.batchSize);
  if (!events.every((e) => validateSqsEvent(e))) {
    throw new Error("cpu: bench events are not valid SQS events");
  }
  const publisher = countingPublisher();
  const handler = processorWithTransport(process.env, publisher);
  const processorConfig = readProcessorConfig(process.env);
  const noLogs = processorWithTransport(process.env, countingPublisher(), { logs: true });
  const noMetrics = processorWithTransport(process.env, countingPublisher(), { metrics: true });
  const bare = countingPublisher();
  const noTelemetry = createProcessorHandler({ config: processorConfig, publisher: bare });
  const now = new Date();
  const sqsSource = (record: SqsEvent["Records"][number]) =>
    ({ kind: "sqs", queue_arn: record.eventSourceARN, receive_count: 1 }) as const;

  // Inputs of each step, prepared once: what the step before it produced.
  const records = events.flatMap((e) => e.Records);
  const parsed = records.flatMap((r) => {
    const p = parseJsonBody(r.body, { maxBytes: processorConfig.rules.maxBodyBytes });
    return p.ok ? [p.value] : [];
  });
  const valid = parsed.filter((v): v is OrderMessage => validateOrderMessage(v));
  const prepared: PreparedOutcome[] = records.map((r) =>
    prepareOutcome(
      r.body,
      { messageId: r.messageId, source: sqsSource(r), now },
      processorConfig.rules,
    ),
  );
  const outcomes = prepared.map((p) => p.outcome);
  const messages = prepared.map((p) => p.serialized.message);
  const orders = outcomes.flatMap((o) => (o.status === "SUCCESS" ? [o.order] : []));
  const timed = (fn: () => void) => async () => {
    const start = cpuNow();
    fn();
    return cpuNow() - start;
  };

  let sink = 0;
  const eachEvent = async (fn: (event: SqsEvent) => Promise<unknown>) => {
    const start = cpuNow();
    for (const event of events) {
      const response = (await fn(event)) as { batchItemFailures: unknown[] };
      sink += response.batchItemFailures.length;
    }
    return cpuNow() - start;
  };
  const runs: Record<Contender, () => Promise<number>> = {
    handler: () => eachEvent(handler as (e: SqsEvent) => Promise<unknown>),
    no_logs: () => eachEvent(noLogs as (e: SqsEvent) => Promise<unknown>),
    no_metrics: () => eachEvent(noMetrics as (e: SqsEvent) => Promise<unknown>),
    no_telemetry: () => eachEvent(noTelemetry),
    batch: () =>
      eachEvent((event) => processSqsBatch(event, { config: processorConfig, publisher: bare })),
    core: async () => {
      const start = cpuNow();
      for (const event of events) {
        for (const record of event.Records) {
          const source = {
            kind: "sqs",
            queue_arn: record.eventSourceARN,
            receive_count: 1,
          } as const;
          const input = { messageId: record.messageId, source, now };
          sink += prepareOutcome(record.body, input, processorConfig.rules).serialized.bytes;
        }
      }
      return cpuNow() - start;
    },
    parse: timed(() => {
      for (const r of records) {
        sink += parseJsonBody(r.body, { maxBytes: processorConfig.rules.maxBodyBytes }).ok ? 1 : 0;
      }
    }),
    validate: timed(() => {
      for (const v of parsed) sink += validateOrderMessage(v) ? 1 : 0;
    }),
    rules: timed(() => {
      for (const order of valid) sink += evaluateRules(order, processorConfig.rules, now).length;
    }),
    outcome_id: timed(() => {
      for (const r of records) sink += outcomeIdFor(sqsSource(r), r.messageId).length;
    }),
    serialize: timed(() => {
      for (const o of outcomes) sink += serializeOutcome(o).length;
    }),
    body_echo: timed(() => {
      for (const o of outcomes) sink += JSON.stringify(o.body).length;
    }),
    order: timed(() => {
      for (const order of orders) sink += JSON.stringify(order).length;
    }),
    sns_size: timed(() => {
      for (const m of messages) sink += utf8Length(m);
    }),
    floor: async () => {
      const start = cpuNow();
      for (const event of events) {
        for (const record of event.Records) {
          try {
            sink += JSON.stringify(JSON.parse(record.body)).length;
          } catch {
            sink += 1;
          }
        }
      }
      return cpuNow() - start;
    },
  };

  const order = Object.keys(runs) as Contender[];
  child.doing("warming up every contender");
  for (let i = 0; i < 3; i++) for (const who of order) await runs[who]();
  const entriesBefore = publisher.entries;
  const samples = Object.fromEntries(order.map((who) => [who, [] as number[]])) as Record<
    Contender,
    number[]
  >;
  for (let round = 0; round < config.rounds; round++) {
    child.doing(`timing round ${round + 1} of ${config.rounds}`);
    // Rotate who goes first, so no contender always runs right after the same one.
    const rotated = [...order.slice(round % order.length), ...order.slice(0, round % order.length)];
    for (const who of rotated) samples[who].push(await runs[who]());
  }
  const published = publisher.entries - entriesBefore;
  if (published !== bodies.length * config.rounds) {
    throw new Error(
      `cpu: ${published} outcomes published for ${bodies.length * config.rounds} messages`,
    );
  }
  const perMsg = (who: Contender) => (median(samples[who]) * 1000) / bodies.length;
  return {
    us_per_msg: perMsg("handler"),
    floor_us_per_msg: perMsg("floor"),
    breakdown_us_per_msg: {
      no_logs: perMsg("no_logs"),
      no_metrics: perMsg("no_metrics"),
      no_telemetry: perMsg("no_telemetry"),
      batch: perMsg("batch"),
      core: perMsg("core"),
    },
    core_steps_us_per_msg: Object.fromEntries(CORE_STEPS.map((step) => [step, perMsg(step)])),
    messages: bodies.length,
    batch_size: config.batchSize,
    rounds: config.rounds,
    publish_calls_per_msg: publisher.calls / publisher.entries,
    sink,
  };
});
