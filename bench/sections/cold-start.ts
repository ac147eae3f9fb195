import { bundleChild, runChild } from "../lib/children";
import { median, round } from "../lib/stats";
import {
  type BuiltBundle,
  bundleComposition,
  lambdaEnvironment,
  PROCESSOR_ENTRY,
  SEED_ENTRY,
} from "./bundles";
import { fmt, type SectionResult } from "./types";

/** Fresh-process imports of each bundle (the issue asks for at least 20). */
const RUNS = 21;

interface ImportResult {
  ms: number;
  cpu_ms: number;
  exports: string[];
}

/**
 * Cold start: the processor bundle against the seed bundle, each imported in fresh processes,
 * alternately, with the same Lambda environment; medians of RUNS.
 */
export async function runColdStartBench(
  ours: BuiltBundle,
  seed: BuiltBundle,
): Promise<SectionResult> {
  const child = await bundleChild("bench/children/startup.ts", { externalPackages: true });
  const env = lambdaEnvironment();
  const oursMs: number[] = [];
  const seedMs: number[] = [];
  const oursCpu: number[] = [];
  const seedCpu: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const pair = run % 2 === 0 ? ([ours, seed] as const) : ([seed, ours] as const);
    for (const bundle of pair) {
      const result = await runChild<ImportResult>(child, {
        args: ["import", bundle.file],
        env,
        timeoutMs: 20_000,
      });
      if (!result.exports.includes("handler")) throw new Error(`${bundle.file} exports no handler`);
      (bundle === ours ? oursMs : seedMs).push(result.ms);
      (bundle === ours ? oursCpu : seedCpu).push(result.cpu_ms);
    }
  }
  // What our bundle has that the seed's has not, largest first: where extra import time comes from.
  const [oursParts, seedParts] = await Promise.all([
    bundleComposition(PROCESSOR_ENTRY),
    bundleComposition(SEED_ENTRY),
  ]);
  const extra = Object.entries(oursParts)
    .map(([part, bytes]) => ({ part, kib: (bytes - (seedParts[part] ?? 0)) / 1024 }))
    .filter((p) => p.kib >= 1)
    .sort((a, b) => b.kib - a.kib)
    .slice(0, 6);
  const importMs = median(oursMs);
  const seedImportMs = median(seedMs);
  const ratio = importMs / seedImportMs;
  return {
    metrics: {
      "cold_start.bundle_bytes": ours.bytes,
      "cold_start.bundle_gzip_bytes": ours.gzipBytes,
      "cold_start.seed_bundle_bytes": seed.bytes,
      "cold_start.seed_bundle_gzip_bytes": seed.gzipBytes,
      "cold_start.import_ms": round(importMs, 2),
      "cold_start.seed_import_ms": round(seedImportMs, 2),
      "cold_start.ratio": round(ratio, 3),
      "cold_start.import_cpu_ms": round(median(oursCpu), 2),
      "cold_start.seed_import_cpu_ms": round(median(seedCpu), 2),
      "cold_start.cpu_ratio": round(median(oursCpu) / median(seedCpu), 3),
      "cold_start.runs": RUNS,
      "cold_start.extra_kib_over_seed": Object.fromEntries(
        extra.map((p) => [p.part, round(p.kib, 1)]),
      ),
    },
    rows: [
      {
        measure: "bundle size (KiB, gzip)",
        ours: `${fmt(ours.bytes / 1024)} (${fmt(ours.gzipBytes / 1024)})`,
        baseline: `${fmt(seed.bytes / 1024)} (${fmt(seed.gzipBytes / 1024)})`,
        ratio: `${fmt(ours.bytes / seed.bytes, 2)}x`,
        goal: "",
        met: null,
      },
      {
        measure: `cold start: bundle import (ms, median of ${RUNS})`,
        ours: fmt(importMs, 2),
        baseline: `${fmt(seedImportMs, 2)} (seed)`,
        ratio: `${fmt(ratio, 3)}`,
        goal: "<= 1.2",
        met: ratio <= 1.2,
      },
    ],
    notes:
      ratio > 1.2 * 0.9
        ? [
            `cold start ratio ${fmt(ratio, 3)} (goal <= 1.2): our bundle is ${fmt((ours.bytes - seed.bytes) / 1024)} KiB larger than the seed's; ` +
              `the extra is ${extra.map((p) => `${p.part} ${fmt(p.kib)} KiB`).join(", ")}`,
          ]
        : [],
  };
}
