import { validateOrderMessage } from "../../generated/validators.cjs";
import { makeOrders } from "../data/orders";
import { runAsChild } from "../lib/child-main";
import { cpuNow, median } from "../lib/stats";
import { zodOrderMessage } from "../validation/zod-order-message";

// Validation throughput, in one process: the shipped standalone validator against the Zod schema
// a Powertools parser user would write, over the same parsed orders, rounds interleaved (and
// alternating which goes first) so that noise from other processes hits both alike.

interface Contender {
  name: "standalone" | "zod";
  validate: (data: unknown) => boolean;
}

const contenders: Contender[] = [
  { name: "standalone", validate: (data) => validateOrderMessage(data) },
  { name: "zod", validate: (data) => zodOrderMessage.safeParse(data).success },
];

/** Validates every item `reps` times; returns ops/s and how many were valid (so nothing is elided). */
function timeRound(contender: Contender, corpus: unknown[], reps: number) {
  let valid = 0;
  const start = cpuNow();
  for (let r = 0; r < reps; r++) {
    for (const data of corpus) if (contender.validate(data)) valid++;
  }
  const ms = cpuNow() - start;
  return { opsPerS: (corpus.length * reps * 1000) / ms, valid };
}

function measure(corpus: unknown[], rounds: number, reps: number) {
  const samples: Record<Contender["name"], number[]> = { standalone: [], zod: [] };
  const validCounts = new Set<number>();
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? contenders : [...contenders].reverse();
    for (const contender of order) {
      const { opsPerS, valid } = timeRound(contender, corpus, reps);
      samples[contender.name].push(opsPerS);
      validCounts.add(valid);
    }
  }
  // Both must have accepted exactly the same number of orders, or they do not validate alike.
  if (validCounts.size !== 1)
    throw new Error(`validators disagree: ${[...validCounts].join(" vs ")}`);
  return {
    standalone_ops_per_s: median(samples.standalone),
    zod_ops_per_s: median(samples.zod),
    rounds,
    items: corpus.length,
  };
}

runAsChild(async (child) => {
  child.doing("making the orders");
  const orders = makeOrders({ count: 2000 });
  const parseable = orders
    .filter((o) => o.failure !== "invalid_json")
    .map((o) => JSON.parse(o.body));
  const valid = orders.filter((o) => o.failure === null).map((o) => JSON.parse(o.body));
  child.doing("warming up both validators");
  measure(valid, 3, 3); // warm-up: both JIT-compiled before any sample counts
  child.doing("timing valid orders");
  const validOrders = measure(valid, 9, 20);
  child.doing("timing the traffic mix");
  return { valid_orders: validOrders, traffic_mix: measure(parseable, 9, 20) };
});
