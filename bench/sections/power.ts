import {
  buildTopology,
  defaultTopologySettings,
  LAMBDA_ARCHITECTURE,
  lookup,
  PROCESSOR,
} from "../../topology";
import type { BilledResult } from "../children/billed.mjs";
import { repoRoot } from "../lib/children";
import { SQS_REQUESTS_PER_ORDER } from "../lib/cost-model";
import {
  type MemoryChoice,
  ONE_VCPU_MEMORY_MB,
  type PowerRow,
  powerTable,
  recommendMemory,
} from "../lib/power-model";
import { readStackSettings } from "../lib/stack-settings";
import { round } from "../lib/stats";
import { HEADLINE_RTT_MS } from "./billed";
import { fmt, type SectionResult, type TableRow } from "./types";

/**
 * How each stack weighs cost against latency (AWS Lambda Power Tuning's strategies): dev is for
 * trying things, so the cheapest; prod carries traffic, so cost and duration weighed equally.
 */
export const STACK_MEMORY_CHOICE: Readonly<Record<string, MemoryChoice>> = Object.freeze({
  dev: "cheapest",
  prod: "balanced",
});

const MODEL_SOURCE = "https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html";

/**
 * A size is recommended only this far above the instance's measured peak memory: Lambda stops a
 * function that runs out of memory, and an order's size and the batch's vary (the instance's figure
 * also holds the mapping simulator, which runs outside the function in AWS).
 */
const MEMORY_HEADROOM = 1.2;

const jsonRow = (r: PowerRow) => ({
  memory_mb: r.memory_mb,
  architecture: r.architecture,
  cpu_share: round(r.cpu_share, 3),
  billed_ms_per_1000_orders: round(r.billed_ms_per_1000_orders, 1),
  cost_usd_per_million_orders: {
    lambda: round(r.cost_usd_per_million_orders.lambda, 4),
    total: round(r.cost_usd_per_million_orders.total, 4),
  },
  handler_latency_ms: {
    mean: round(r.handler_latency_ms.mean, 1),
    p50: round(r.handler_latency_ms.p50, 1),
    p99: round(r.handler_latency_ms.p99, 1),
  },
});

/**
 * The processor's power table, in the style of AWS Lambda Power Tuning: ours' invocations measured
 * at the headline RTT, modeled at each memory size and architecture (bench/lib/power-model.ts: the
 * CPU share is a model), and the memory size each stack should run at, at the architecture it
 * deploys, among the sizes at least MEMORY_HEADROOM above the instance's measured peak memory.
 *
 * @example sections.push(powerTableSection(billed.headline));
 */
export function powerTableSection(ours: BilledResult): SectionResult {
  const rows = powerTable({
    samples: ours.invocations,
    orders: ours.orders,
    snsRequestsPerOrder: ours.sns.billableRequests / ours.orders,
    sqsRequestsPerOrder: SQS_REQUESTS_PER_ORDER,
  });
  const deployedMb = lookup(
    buildTopology(defaultTopologySettings).functions,
    PROCESSOR,
    "function",
  ).memorySizeMb;
  const at = (memoryMb: number) =>
    rows.find((r) => r.memory_mb === memoryMb && r.architecture === LAMBDA_ARCHITECTURE);
  const peakRssMb = ours.handlers.ours?.peak_rss_mb;
  if (peakRssMb === undefined) throw new Error("power table: the run has no instance of ours");
  const minMemoryMb = Math.ceil(peakRssMb * MEMORY_HEADROOM);
  const stacks = Object.entries(STACK_MEMORY_CHOICE).map(([stack, choice]) => {
    const current = readStackSettings(repoRoot, stack).topology.processor.memorySizeMb;
    const best = recommendMemory(rows, LAMBDA_ARCHITECTURE, choice, minMemoryMb);
    return { stack, choice, current, best };
  });
  const deployed = at(deployedMb);
  const tableRows: TableRow[] = [
    {
      measure: `power table (model), processor at the default ${deployedMb} MB, ${LAMBDA_ARCHITECTURE}`,
      ours: deployed ? `${fmt(deployed.billed_ms_per_1000_orders, 0)} ms/1,000` : "n/a",
      baseline: `${fmt(at(ONE_VCPU_MEMORY_MB)?.billed_ms_per_1000_orders, 0)} ms/1,000 at ${ONE_VCPU_MEMORY_MB} MB`,
      ratio: deployed ? `p99 ${fmt(deployed.handler_latency_ms.p99, 0)} ms` : "",
      goal: "",
      met: null,
    },
    ...stacks.map(
      (s): TableRow => ({
        measure: `  ${s.stack}: memory size (${s.choice})`,
        ours: `${s.current} MB now`,
        baseline: `${s.best.memory_mb} MB recommended`,
        ratio: `$${fmt(s.best.cost_usd_per_million_orders.lambda, 3)} Lambda per 1M orders`,
        goal: "",
        met: null,
      }),
    ),
  ];
  return {
    metrics: {
      "power_table.model": `modeled, not measured on Lambda: each invocation's CPU time measured here on a full core, divided by the CPU share of the memory size (memory / ${ONE_VCPU_MEMORY_MB} MB, at most 1: one vCPU at ${ONE_VCPU_MEMORY_MB} MB), plus its measured waits (wall minus CPU time); same CPU time for both architectures, their prices differ`,
      "power_table.source": MODEL_SOURCE,
      "power_table.rtt_ms": HEADLINE_RTT_MS,
      "power_table.peak_rss_mb": round(peakRssMb, 1),
      "power_table.smallest_size_considered_mb": minMemoryMb,
      "power_table.rows": rows.map(jsonRow),
      "power_table.recommended": Object.fromEntries(
        stacks.map((s) => [
          s.stack,
          {
            choice: s.choice,
            architecture: LAMBDA_ARCHITECTURE,
            memory_mb: s.best.memory_mb,
            current_memory_mb: s.current,
          },
        ]),
      ),
    },
    rows: tableRows,
    notes: [],
    tables: [
      {
        title: `Power table of the processor (a model: CPU measured here scaled to Lambda's CPU share, plus the measured waits; SNS RTT ${HEADLINE_RTT_MS} ms; ${MODEL_SOURCE})`,
        header: [
          "memory (MB)",
          "arch",
          "CPU share",
          "billed ms / 1,000 orders",
          "Lambda $ / 1M orders",
          "total $ / 1M orders",
          "handler p50 / p99 (ms)",
        ],
        rows: rows.map((r) => [
          String(r.memory_mb),
          r.architecture,
          fmt(r.cpu_share, 2),
          fmt(r.billed_ms_per_1000_orders, 0),
          fmt(r.cost_usd_per_million_orders.lambda, 4),
          fmt(r.cost_usd_per_million_orders.total, 3),
          `${fmt(r.handler_latency_ms.p50, 0)} / ${fmt(r.handler_latency_ms.p99, 0)}`,
        ]),
      },
    ],
  };
}
