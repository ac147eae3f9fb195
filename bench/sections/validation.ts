import { join } from "node:path";
import { CHILD_TIME_LIMIT_MS, runChild } from "../lib/child-runner";
import { bundleChild, repoRoot } from "../lib/children";
import { median, round } from "../lib/stats";
import { fmt, type SectionResult } from "./types";

interface ThroughputResult {
  valid_orders: { standalone_ops_per_s: number; zod_ops_per_s: number };
  traffic_mix: { standalone_ops_per_s: number; zod_ops_per_s: number };
}

interface StartupResult {
  ms: number;
  exports: string[];
}

/** Runs of each start-up kind, interleaved. */
const STARTUP_RUNS = 15;

/**
 * The shipped standalone validators against Zod (throughput) and against ajv compiling the
 * schemas at start-up (fresh processes, medians).
 */
export async function runValidationBench(): Promise<SectionResult> {
  const throughputChild = await bundleChild("bench/children/validation-throughput.ts");
  const startupChild = await bundleChild("bench/children/startup.ts", { externalPackages: true });

  const throughput = await runChild<ThroughputResult>(throughputChild, {
    timeoutMs: CHILD_TIME_LIMIT_MS,
  });

  const validators = join(repoRoot, "generated", "validators.cjs");
  const schemas = join(repoRoot, "generated", "schemas");
  const standaloneMs: number[] = [];
  const compileMs: number[] = [];
  for (let run = 0; run < STARTUP_RUNS; run++) {
    const a = await runChild<StartupResult>(startupChild, {
      args: ["import", validators],
      timeoutMs: CHILD_TIME_LIMIT_MS,
    });
    const b = await runChild<StartupResult>(startupChild, {
      args: ["compile", schemas],
      timeoutMs: CHILD_TIME_LIMIT_MS,
    });
    if (a.exports.join() !== b.exports.join()) {
      throw new Error(`start-up runs differ in validators: ${a.exports} vs ${b.exports}`);
    }
    standaloneMs.push(a.ms);
    compileMs.push(b.ms);
  }

  const { standalone_ops_per_s, zod_ops_per_s } = throughput.valid_orders;
  const ratio = standalone_ops_per_s / zod_ops_per_s;
  const mixRatio =
    throughput.traffic_mix.standalone_ops_per_s / throughput.traffic_mix.zod_ops_per_s;
  const startupStandalone = median(standaloneMs);
  const startupCompile = median(compileMs);
  const startupFraction = startupStandalone / startupCompile;

  return {
    metrics: {
      "validation.standalone_ops_per_s": Math.round(standalone_ops_per_s),
      "validation.zod_ops_per_s": Math.round(zod_ops_per_s),
      "validation.ratio_vs_zod": round(ratio, 2),
      "validation.mix_standalone_ops_per_s": Math.round(
        throughput.traffic_mix.standalone_ops_per_s,
      ),
      "validation.mix_zod_ops_per_s": Math.round(throughput.traffic_mix.zod_ops_per_s),
      "validation.mix_ratio_vs_zod": round(mixRatio, 2),
      "validation.startup_ms_standalone": round(startupStandalone, 2),
      "validation.startup_ms_compile": round(startupCompile, 2),
      "validation.startup_fraction_of_compile": round(startupFraction, 3),
      "validation.startup_runs": STARTUP_RUNS,
    },
    rows: [
      {
        measure: "validation, valid orders (ops/s)",
        ours: fmt(standalone_ops_per_s, 0),
        baseline: `${fmt(zod_ops_per_s, 0)} (Zod)`,
        ratio: `${fmt(ratio, 2)}x`,
        goal: ">= 2x",
        met: ratio >= 2,
      },
      {
        measure: "validation, traffic mix (ops/s)",
        ours: fmt(throughput.traffic_mix.standalone_ops_per_s, 0),
        baseline: `${fmt(throughput.traffic_mix.zod_ops_per_s, 0)} (Zod)`,
        ratio: `${fmt(mixRatio, 2)}x`,
        goal: "",
        met: null,
      },
      {
        measure: "validators start-up (ms)",
        ours: fmt(startupStandalone, 2),
        baseline: `${fmt(startupCompile, 2)} (ajv compile)`,
        ratio: `${fmt(startupFraction, 3)}`,
        goal: "<= 0.1",
        met: startupFraction <= 0.1,
      },
    ],
    notes: [],
  };
}
