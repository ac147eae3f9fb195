import { validateSqsEvent } from "../../generated/validators.cjs";
import { makeOrders } from "../data/orders";
import { makeSqsEvents } from "../data/sqs-events";
import { countingPublisher, processorWithTransport } from "../lib/processor-wiring";
import { reportResult } from "../lib/report";
import { cpuNow, median } from "../lib/stats";

// CPU cost per message of the processor's handler with an in-process transport, against the floor
// of JSON.parse + JSON.stringify of the same message bodies; rounds interleaved, medians.
// Handler logs go to this process's stdout (discarded by the parent), as they go to stdout in Lambda.

interface Config {
  orders: number;
  batchSize: number;
  rounds: number;
  /** Profiling pass: run only the handler, so the profile holds nothing of the floor. */
  oursOnly?: boolean;
}

async function main(): Promise<void> {
  const config = JSON.parse(process.env.BENCH_CPU_CONFIG ?? "") as Config;
  const bodies = makeOrders({ count: config.orders }).map((o) => o.body);
  const events = makeSqsEvents(bodies, config.batchSize);
  if (!events.every((e) => validateSqsEvent(e)))
    throw new Error("cpu: bench events are not valid SQS events");
  const publisher = countingPublisher();
  const handler = processorWithTransport(process.env, publisher);

  let sink = 0;
  const runOurs = async () => {
    const start = cpuNow();
    for (const event of events) {
      const response = (await handler(event)) as { batchItemFailures: unknown[] };
      sink += response.batchItemFailures.length;
    }
    return cpuNow() - start;
  };
  const runFloor = async () => {
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
  };

  if (config.oursOnly) {
    for (let round = 0; round < config.rounds; round++) await runOurs();
    reportResult({ messages: bodies.length * config.rounds, sink });
    return;
  }
  for (let i = 0; i < 3; i++) {
    await runOurs();
    await runFloor();
  }
  const entriesBefore = publisher.entries;
  const ours: number[] = [];
  const floor: number[] = [];
  for (let round = 0; round < config.rounds; round++) {
    if (round % 2 === 0) {
      ours.push(await runOurs());
      floor.push(await runFloor());
    } else {
      floor.push(await runFloor());
      ours.push(await runOurs());
    }
  }
  const published = publisher.entries - entriesBefore;
  if (published !== bodies.length * config.rounds) {
    throw new Error(
      `cpu: ${published} outcomes published for ${bodies.length * config.rounds} messages`,
    );
  }
  const perMsg = (ms: number) => (ms * 1000) / bodies.length;
  reportResult({
    us_per_msg: perMsg(median(ours)),
    floor_us_per_msg: perMsg(median(floor)),
    messages: bodies.length,
    batch_size: config.batchSize,
    rounds: config.rounds,
    publish_calls_per_msg: publisher.calls / publisher.entries,
    sink,
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
