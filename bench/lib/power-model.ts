/**
 * A model of an invocation at another Lambda memory size, in the style of AWS Lambda Power Tuning,
 * from invocations measured on a full core. Lambda gives a function CPU in proportion to its memory,
 * one vCPU's worth at 1,769 MB (https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html);
 * a Node.js handler runs its JavaScript on one thread, so more than one vCPU does not shorten it.
 * The model: the invocation's measured CPU time divided by that share, plus its measured waits
 * (wall time minus CPU time: the SNS round trips). It is a model, not a measurement on Lambda:
 * Lambda's CPU is another processor (arm64 or x86_64), and CPU that overlaps a wait is counted twice.
 */
import { billedDurationMs, type InvocationSample, percentile } from "./billing";
import { type CostBreakdown, costPerMillionOrders, type LambdaArchitecture } from "./cost-model";

/** The memory size at which a function has the equivalent of one vCPU (MB). */
export const ONE_VCPU_MEMORY_MB = 1769;

/** The memory sizes the table shows (MB): Power Tuning's defaults, plus 768 and one vCPU's 1,769. */
export const POWER_TABLE_MEMORY_MB = [128, 256, 512, 768, 1024, 1536, 1769, 2048, 3008] as const;

/** Both of Lambda's architectures: they differ in price per GB-second here, not in CPU time. */
export const ARCHITECTURES: readonly LambdaArchitecture[] = ["arm64", "x86_64"];

/**
 * The share of one vCPU a function gets at `memoryMb`: memory over 1,769 MB, at most 1.
 *
 * @example cpuShare(512) // 0.289…
 */
export function cpuShare(memoryMb: number): number {
  if (!(memoryMb > 0)) throw new RangeError(`memory size must be above 0 MB, got ${memoryMb}`);
  return Math.min(1, memoryMb / ONE_VCPU_MEMORY_MB);
}

/**
 * One invocation's duration at `memoryMb` under the model: its CPU time over the CPU share, plus
 * its waits (wall minus CPU time, never below 0).
 *
 * @example modeledDurationMs({ records: 100, wallMs: 40, cpuMs: 10 }, 512) // 10 / 0.289 + 30 ≈ 64.6
 */
export function modeledDurationMs(sample: InvocationSample, memoryMb: number): number {
  return sample.cpuMs / cpuShare(memoryMb) + Math.max(0, sample.wallMs - sample.cpuMs);
}

/** One row of the power table: one memory size and architecture. */
export interface PowerRow {
  memory_mb: number;
  architecture: LambdaArchitecture;
  cpu_share: number;
  /** Each modeled invocation rounded up to the millisecond, summed, per 1,000 orders. */
  billed_ms_per_1000_orders: number;
  /** Lambda's part (duration and requests) and everything the path costs, per million orders. */
  cost_usd_per_million_orders: { lambda: number; total: number };
  /** The modeled invocation durations: how long an order spends in the handler (ms). */
  handler_latency_ms: { mean: number; p50: number; p99: number };
}

/** What every row shares: the orders measured, and what the path costs besides Lambda's duration. */
export interface PowerTableInputs {
  samples: readonly InvocationSample[];
  orders: number;
  snsRequestsPerOrder: number;
  sqsRequestsPerOrder: number;
  memorySizesMb?: readonly number[];
}

/**
 * The power table: for each memory size and architecture, the modeled billed duration per 1,000
 * orders, the cost per million orders at list prices (bench/lib/cost-model.ts) and the handler's
 * latency (p50, p99 of the modeled invocations).
 *
 * @example powerTable({ samples, orders: 10_000, snsRequestsPerOrder: 0.1, sqsRequestsPerOrder: 1.2 })[0].memory_mb // 128
 */
export function powerTable(inputs: PowerTableInputs): PowerRow[] {
  const sizes = inputs.memorySizesMb ?? POWER_TABLE_MEMORY_MB;
  if (inputs.samples.length === 0 || !(inputs.orders > 0)) {
    throw new Error("the power table needs measured invocations and a number of orders above 0");
  }
  const rows: PowerRow[] = [];
  for (const memoryMb of sizes) {
    const durations = inputs.samples.map((s) => modeledDurationMs(s, memoryMb));
    let billed = 0;
    for (const d of durations) billed += billedDurationMs(d);
    const billedMsPerOrder = billed / inputs.orders;
    for (const architecture of ARCHITECTURES) {
      const cost: CostBreakdown = costPerMillionOrders({
        billedMsPerOrder,
        memoryMb,
        architecture,
        invocationsPerOrder: inputs.samples.length / inputs.orders,
        snsRequestsPerOrder: inputs.snsRequestsPerOrder,
        sqsRequestsPerOrder: inputs.sqsRequestsPerOrder,
      });
      rows.push({
        memory_mb: memoryMb,
        architecture,
        cpu_share: cpuShare(memoryMb),
        billed_ms_per_1000_orders: billedMsPerOrder * 1000,
        cost_usd_per_million_orders: {
          lambda: cost.lambda_duration + cost.lambda_requests,
          total: cost.total,
        },
        handler_latency_ms: {
          mean: durations.reduce((sum, d) => sum + d, 0) / durations.length,
          p50: percentile(durations, 50),
          p99: percentile(durations, 99),
        },
      });
    }
  }
  return rows;
}

/** How a stack weighs cost against the latency the handler adds. */
export type MemoryChoice = "cheapest" | "balanced";

/**
 * The memory size a stack should run at, from the power table's rows of one architecture, among
 * the sizes at or above `minMemoryMb` (what the function needs to run), by AWS Lambda Power
 * Tuning's strategies (its lambda/analyzer.js): "cheapest", the lowest Lambda cost; "balanced",
 * the lowest `weight × cost / max cost + (1 - weight) × mean duration / max mean duration` over
 * those sizes (`weight` 0.5 as Power Tuning's default). Ties go to the smaller size.
 *
 * @example recommendMemory(rows, "arm64", "balanced", 160).memory_mb // 1024
 */
export function recommendMemory(
  rows: readonly PowerRow[],
  architecture: LambdaArchitecture,
  choice: MemoryChoice,
  minMemoryMb: number,
  weight = 0.5,
): PowerRow {
  const candidates = rows.filter(
    (r) => r.architecture === architecture && r.memory_mb >= minMemoryMb,
  );
  if (candidates.length === 0) {
    throw new Error(
      `no ${architecture} row of the power table is at or above ${minMemoryMb} MB: add larger sizes`,
    );
  }
  const maxCost = Math.max(...candidates.map((r) => r.cost_usd_per_million_orders.lambda));
  const maxDuration = Math.max(...candidates.map((r) => r.handler_latency_ms.mean));
  const value = (r: PowerRow) =>
    choice === "cheapest"
      ? r.cost_usd_per_million_orders.lambda
      : (weight * r.cost_usd_per_million_orders.lambda) / maxCost +
        ((1 - weight) * r.handler_latency_ms.mean) / maxDuration;
  return candidates.reduce((best, r) =>
    value(r) < value(best) || (value(r) === value(best) && r.memory_mb < best.memory_mb) ? r : best,
  );
}
