import { defaultTopologySettings } from "../../topology";
import type { E2eResult } from "../children/e2e.mjs";
import {
  checkE2eRun,
  type E2eHandler,
  type MappingSettings,
  E2E_ORDERS as ORDERS,
  prepareE2eInputs,
  runE2e,
} from "../e2e/runs";
import { bundleChild } from "../lib/children";
import { median, round } from "../lib/stats";
import type { BuiltBundle } from "./bundles";
import { fmt, type SectionResult, type TableRow } from "./types";

/** Runs that always happen: one each of ours, the seed and the harness. */
const FIRST_ROUNDS: E2eHandler[] = ["ours", "seed", "noop"];
/**
 * Then, each while the time budget allows (the billed-duration sweep comes after this section):
 * up to 4 runs each of ours and the seed, 2 of the harness.
 */
const EXTRA_ROUNDS: E2eHandler[][] = [
  ["seed", "ours"],
  ["ours", "seed", "noop"],
  ["seed", "ours"],
];

/** What the table and latest.json call this variant. */
const LABEL = "e2e remote (emulator in own process)";

/**
 * End to end with the emulator out of the measuring process, closer to AWS, where SNS and SQS are
 * remote services: fauxqs runs in a child process of its own (bench/children/emulator.mts), and
 * the measuring process holds only the event source mapping simulator, the handler and their SDK
 * clients. Same orders, topology and mapping settings as the in-process e2e section; figures are
 * wall-clock messages per second (both processes' CPU time is kept in latest.json), medians of
 * interleaved runs, plus the do-nothing handler's rate: the fastest this harness can go.
 */
export async function runE2eRemoteBench(
  ours: BuiltBundle,
  seed: BuiltBundle,
  options: { deadline: number; log: (message: string) => void },
): Promise<SectionResult> {
  const inputs = await prepareE2eInputs();
  const emulatorScript = await bundleChild("bench/children/emulator.mts", {
    externalPackages: true,
  });
  const settings: MappingSettings = {
    batchSize: defaultTopologySettings.processor.batchSize,
    maximumBatchingWindowSeconds: defaultTopologySettings.processor.maximumBatchingWindowSeconds,
  };
  const runs: Record<E2eHandler, E2eResult[]> = { ours: [], seed: [], noop: [] };
  const runOne = async (who: E2eHandler) => {
    options.log(`${LABEL}, batch ${settings.batchSize}: ${who}`);
    const bundle = who === "ours" ? ours : who === "seed" ? seed : inputs.noop;
    const result = await runE2e(inputs, bundle, settings, {
      filterPolicies: who !== "seed",
      emulatorScript,
    });
    checkE2eRun(result, who, inputs.expectedSuccess);
    runs[who].push(result);
  };

  for (const who of FIRST_ROUNDS) await runOne(who);
  const notes: string[] = [];
  for (const [index, handlers] of EXTRA_ROUNDS.entries()) {
    if (Date.now() >= options.deadline) {
      notes.push(
        `${LABEL}: ${EXTRA_ROUNDS.length - index} of ${EXTRA_ROUNDS.length} extra rounds skipped (time budget)`,
      );
      break;
    }
    for (const who of handlers) await runOne(who);
  }

  const med = (list: E2eResult[], pick: (r: E2eResult) => number) => median(list.map(pick));
  const wall = (who: E2eHandler) => med(runs[who], (r) => r.msgs_per_s);
  const perMsgUs = (who: E2eHandler, pick: (r: E2eResult) => number) =>
    (med(runs[who], pick) * 1000) / ORDERS;
  const oursRate = wall("ours");
  const seedRate = wall("seed");
  const floorRate = wall("noop");
  const callsPerMsg = med(runs.ours, (r) => r.sns_calls / r.orders);
  const seedCallsPerMsg = med(runs.seed, (r) => r.sns_calls / r.orders);
  const emulatorCpu = (r: E2eResult) => r.emulator_cpu_ms ?? Number.NaN;
  const cpu = {
    ours: perMsgUs("ours", (r) => r.cpu_ms),
    seed: perMsgUs("seed", (r) => r.cpu_ms),
    noop: perMsgUs("noop", (r) => r.cpu_ms),
    oursEmulator: perMsgUs("ours", emulatorCpu),
    seedEmulator: perMsgUs("seed", emulatorCpu),
    noopEmulator: perMsgUs("noop", emulatorCpu),
  };

  const metrics: SectionResult["metrics"] = {
    "e2e_remote.label": LABEL,
    "e2e_remote.throughput_basis":
      "wall-clock messages per second; the fauxqs emulator runs in a child process of its own, the measuring process runs the event source mapping simulator and the handler",
    "e2e_remote.ours_msgs_per_s": Math.round(oursRate),
    "e2e_remote.seed_msgs_per_s": Math.round(seedRate),
    "e2e_remote.ratio": round(oursRate / seedRate, 2),
    "e2e_remote.harness_floor_msgs_per_s": Math.round(floorRate),
    "e2e_remote.ratio_ceiling": round(floorRate / seedRate, 2),
    "e2e_remote.fraction_of_ceiling": round(oursRate / floorRate, 2),
    "e2e_remote.sns_calls_per_msg": round(callsPerMsg, 3),
    "e2e_remote.seed_sns_calls_per_msg": round(seedCallsPerMsg, 3),
    "e2e_remote.ours_runs_msgs_per_s": runs.ours.map((r) => Math.round(r.msgs_per_s)),
    "e2e_remote.seed_runs_msgs_per_s": runs.seed.map((r) => Math.round(r.msgs_per_s)),
    "e2e_remote.measuring_process_cpu_us_per_msg": {
      ours: round(cpu.ours, 1),
      seed: round(cpu.seed, 1),
      noop: round(cpu.noop, 1),
    },
    "e2e_remote.emulator_cpu_us_per_msg": {
      ours: round(cpu.oursEmulator, 1),
      seed: round(cpu.seedEmulator, 1),
      noop: round(cpu.noopEmulator, 1),
    },
    "e2e_remote.orders": ORDERS,
    "e2e_remote.failing_orders": ORDERS - inputs.expectedSuccess,
    "e2e_remote.batch_size": settings.batchSize,
    "e2e_remote.maximum_batching_window_s": settings.maximumBatchingWindowSeconds,
    "e2e_remote.runs_each": runs.ours.length,
    "e2e_remote.harness_runs": runs.noop.length,
  };
  const rows: TableRow[] = [
    {
      measure: `e2e batch ${settings.batchSize}, emulator in own process (msgs/s, wall)`,
      ours: fmt(oursRate, 0),
      baseline: `${fmt(seedRate, 0)} (seed)`,
      ratio: `${fmt(oursRate / seedRate, 2)}x`,
      goal: "",
      met: null,
    },
    {
      measure: "  its SNS calls per message",
      ours: fmt(callsPerMsg, 3),
      baseline: `${fmt(seedCallsPerMsg, 3)} (seed)`,
      ratio: "",
      goal: "",
      met: null,
    },
    {
      measure: "  its harness alone (msgs/s, wall)",
      ours: fmt(floorRate, 0),
      baseline: "",
      ratio: `${fmt(floorRate / seedRate, 2)}x max`,
      goal: "",
      met: null,
    },
    {
      measure: "  ours as a fraction of that ceiling",
      ours: fmt(oursRate / floorRate, 2),
      baseline: "",
      ratio: `${fmt(oursRate / seedRate, 2)}x of ${fmt(floorRate / seedRate, 2)}x`,
      goal: "",
      met: null,
    },
    {
      measure: "  its CPU per message: handler process + emulator (us)",
      ours: `${fmt(cpu.ours, 0)} + ${fmt(cpu.oursEmulator, 0)}`,
      baseline: `${fmt(cpu.seed, 0)} + ${fmt(cpu.seedEmulator, 0)} (seed)`,
      ratio: `${fmt((cpu.seed + cpu.seedEmulator) / (cpu.ours + cpu.oursEmulator), 2)}x`,
      goal: "",
      met: null,
    },
  ];
  return { metrics, rows, notes };
}
