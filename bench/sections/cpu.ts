import { PROCESSOR } from "../../topology";
import { CHILD_TIME_LIMIT_MS, runChild } from "../lib/child-runner";
import { bundleChild } from "../lib/children";
import { round } from "../lib/stats";
import { functionEnvironment } from "./bundles";
import { fmt, type SectionResult } from "./types";

interface CpuResult {
  us_per_msg: number;
  floor_us_per_msg: number;
  breakdown_us_per_msg: {
    no_logs: number;
    no_metrics: number;
    no_telemetry: number;
    batch: number;
    core: number;
  };
  /** bench/children/cpu.ts CORE_STEPS, each timed alone over the same records. */
  core_steps_us_per_msg: Record<
    | "parse"
    | "validate"
    | "rules"
    | "outcome_id"
    | "serialize"
    | "body_echo"
    | "order"
    | "sns_size",
    number
  >;
  messages: number;
  batch_size: number;
  publish_calls_per_msg: number;
}

const ORDERS = 2000;

/**
 * CPU per message of the processor (handler wiring with an in-process transport) against the
 * floor of JSON.parse + JSON.stringify of the same bodies, at the topology's batch size and at 10
 * (the smallest batch Lambda sends without a window: per-batch costs weigh most there). Information
 * only: the CPU goal is on the whole invocation, SNS client included (bench/sections/billed.ts).
 */
export async function runCpuBench(topologyBatchSize: number): Promise<SectionResult> {
  const child = await bundleChild("bench/children/cpu.ts");
  const run = (batchSize: number) =>
    runChild<CpuResult>(child, {
      env: {
        ...functionEnvironment(PROCESSOR),
        BENCH_CPU_CONFIG: JSON.stringify({ orders: ORDERS, batchSize, rounds: 9 }),
      },
      timeoutMs: CHILD_TIME_LIMIT_MS,
    });

  const atTopology = await run(topologyBatchSize);
  const at10 = topologyBatchSize === 10 ? atTopology : await run(10);
  const ratio = atTopology.us_per_msg / atTopology.floor_us_per_msg;
  const ratio10 = at10.us_per_msg / at10.floor_us_per_msg;

  const steps = atTopology.core_steps_us_per_msg;
  const floorUs = atTopology.floor_us_per_msg;
  // What any processor of this contract does per message: the floor's parse, the order's
  // validation and rules, the outcome id, the outcome's JSON (with the echoed body and the parsed
  // order) and its size for SNS.
  const contractCore =
    steps.parse +
    steps.validate +
    steps.rules +
    steps.outcome_id +
    steps.serialize +
    steps.sns_size;
  const stepRow = (measure: string, us: number, baseline = "") => ({
    measure,
    ours: fmt(us, 2),
    baseline,
    ratio: fmt(us / floorUs, 2),
    goal: "",
    met: null,
  });

  return {
    metrics: {
      "cpu.us_per_msg": round(atTopology.us_per_msg, 2),
      "cpu.floor_us_per_msg": round(atTopology.floor_us_per_msg, 2),
      "cpu.ratio_to_floor": round(ratio, 2),
      "cpu.batch_size": topologyBatchSize,
      "cpu.us_per_msg_batch_10": round(at10.us_per_msg, 2),
      "cpu.floor_us_per_msg_batch_10": round(at10.floor_us_per_msg, 2),
      "cpu.ratio_to_floor_batch_10": round(ratio10, 2),
      "cpu.messages": atTopology.messages,
      "cpu.breakdown_us_per_msg.handler_without_logs": round(
        atTopology.breakdown_us_per_msg.no_logs,
        2,
      ),
      "cpu.breakdown_us_per_msg.handler_without_metrics": round(
        atTopology.breakdown_us_per_msg.no_metrics,
        2,
      ),
      "cpu.breakdown_us_per_msg.handler_without_logs_and_metrics": round(
        atTopology.breakdown_us_per_msg.no_telemetry,
        2,
      ),
      "cpu.breakdown_us_per_msg.batch_without_event_validation": round(
        atTopology.breakdown_us_per_msg.batch,
        2,
      ),
      "cpu.breakdown_us_per_msg.core_prepare_outcome": round(
        atTopology.breakdown_us_per_msg.core,
        2,
      ),
      "cpu.core_steps_us_per_msg": Object.fromEntries(
        Object.entries(steps).map(([step, us]) => [step, round(us, 2)]),
      ),
      "cpu.contract_core_us_per_msg": round(contractCore, 2),
      "cpu.contract_core_ratio_to_floor": round(contractCore / floorUs, 2),
    },
    rows: [
      {
        measure: `cpu per message, batch ${topologyBatchSize} (us)`,
        ours: fmt(atTopology.us_per_msg, 2),
        baseline: `${fmt(atTopology.floor_us_per_msg, 2)} (parse+stringify)`,
        ratio: fmt(ratio, 2),
        goal: "",
        met: null,
      },
      {
        measure: "  the same without logs",
        ours: fmt(atTopology.breakdown_us_per_msg.no_logs, 2),
        baseline: "",
        ratio: fmt(atTopology.breakdown_us_per_msg.no_logs / atTopology.floor_us_per_msg, 2),
        goal: "",
        met: null,
      },
      {
        measure: "  the same without metrics",
        ours: fmt(atTopology.breakdown_us_per_msg.no_metrics, 2),
        baseline: "",
        ratio: fmt(atTopology.breakdown_us_per_msg.no_metrics / atTopology.floor_us_per_msg, 2),
        goal: "",
        met: null,
      },
      {
        measure: "  the same without logs and metrics",
        ours: fmt(atTopology.breakdown_us_per_msg.no_telemetry, 2),
        baseline: "",
        ratio: fmt(atTopology.breakdown_us_per_msg.no_telemetry / atTopology.floor_us_per_msg, 2),
        goal: "",
        met: null,
      },
      {
        measure: "  its pure core alone (prepareOutcome)",
        ours: fmt(atTopology.breakdown_us_per_msg.core, 2),
        baseline: "",
        ratio: fmt(atTopology.breakdown_us_per_msg.core / atTopology.floor_us_per_msg, 2),
        goal: "",
        met: null,
      },
      stepRow("    step: parse (secure JSON.parse)", steps.parse),
      stepRow("    step: validate the order", steps.validate),
      stepRow("    step: business rules", steps.rules),
      stepRow("    step: outcome id (UUID v5)", steps.outcome_id),
      stepRow(
        "    step: outcome JSON",
        steps.serialize,
        `of which body echo ${fmt(steps.body_echo, 2)}, order ${fmt(steps.order, 2)}`,
      ),
      stepRow("    step: SNS size (UTF-8 bytes)", steps.sns_size),
      stepRow("    the steps summed: what the contract forces", contractCore),
      {
        measure: "cpu per message, batch 10 (us)",
        ours: fmt(at10.us_per_msg, 2),
        baseline: `${fmt(at10.floor_us_per_msg, 2)} (parse+stringify)`,
        ratio: fmt(ratio10, 2),
        goal: "",
        met: null,
      },
    ],
    notes: [],
  };
}
