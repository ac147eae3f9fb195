import { listFunctionEntries } from "../../infra/lambda-bundle";
import { PROCESSOR } from "../../topology";
import { CHILD_TIME_LIMIT_MS, runChild } from "../lib/child-runner";
import { bundleChild } from "../lib/children";
import { median, round } from "../lib/stats";
import {
  type BuiltBundle,
  buildBundle,
  bundleComposition,
  functionEnvironment,
  SEED_ENTRY,
} from "./bundles";
import { fmt, type SectionResult, type TableRow } from "./types";

/** Fresh-process imports of each bundle (at least 20). */
const RUNS = 21;
/** Goal: each function's import at most this many times the seed's. */
const GOAL_RATIO = 1.2;

interface ImportResult {
  ms: number;
  cpu_ms: number;
  exports: string[];
}

interface Contender {
  name: string;
  entry: string;
  bundle: BuiltBundle;
  env: Record<string, string>;
  ms: number[];
  cpuMs: number[];
}

/** What a bundle has that the seed's has not, per package or folder, in KiB, largest first. */
async function extraOverSeed(entry: string, seedParts: Record<string, number>) {
  const parts = await bundleComposition(entry);
  return Object.entries(parts)
    .map(([part, bytes]) => ({ part, kib: (bytes - (seedParts[part] ?? 0)) / 1024 }))
    .filter((p) => Math.abs(p.kib) >= 1)
    .sort((a, b) => b.kib - a.kib);
}

/**
 * Cold start of every function (functions/<name>/handler.ts: the processor and the consumers)
 * against the seed's bundle: each imported in fresh processes with its own Lambda environment, all
 * in turn (the order rotating every run), medians of RUNS. With each bundle's size and what each
 * package adds over the seed's (esbuild's metafile).
 *
 * @example sections.push(await runColdStartBench(ours, seed));
 */
export async function runColdStartBench(
  ours: BuiltBundle,
  seed: BuiltBundle,
): Promise<SectionResult> {
  const child = await bundleChild("bench/children/startup.ts", { externalPackages: true });
  const contenders: Contender[] = [
    {
      name: "seed",
      entry: SEED_ENTRY,
      bundle: seed,
      env: functionEnvironment(PROCESSOR),
      ms: [],
      cpuMs: [],
    },
  ];
  for (const { name, entry } of listFunctionEntries()) {
    contenders.push({
      name,
      entry,
      bundle: name === PROCESSOR ? ours : await buildBundle(entry, name),
      env: functionEnvironment(name),
      ms: [],
      cpuMs: [],
    });
  }
  for (let run = 0; run < RUNS; run++) {
    const shift = run % contenders.length;
    for (const c of [...contenders.slice(shift), ...contenders.slice(0, shift)]) {
      const result = await runChild<ImportResult>(child, {
        args: ["import", c.bundle.file],
        env: c.env,
        timeoutMs: CHILD_TIME_LIMIT_MS,
      });
      if (!result.exports.includes("handler")) {
        throw new Error(`${c.bundle.file} (${c.entry}) exports no handler`);
      }
      c.ms.push(result.ms);
      c.cpuMs.push(result.cpu_ms);
    }
  }
  const seedParts = await bundleComposition(SEED_ENTRY);
  const seedMs = median(contenders[0]?.ms ?? []);
  const metrics: SectionResult["metrics"] = {
    "cold_start.runs": RUNS,
    "cold_start.goal_ratio": GOAL_RATIO,
    "cold_start.seed.import_ms": round(seedMs, 2),
    "cold_start.seed.import_cpu_ms": round(median(contenders[0]?.cpuMs ?? []), 2),
    "cold_start.seed.bundle_bytes": seed.bytes,
    "cold_start.seed.bundle_gzip_bytes": seed.gzipBytes,
  };
  const rows: TableRow[] = [];
  const notes: string[] = [];
  for (const c of contenders.slice(1)) {
    const ms = median(c.ms);
    const ratio = ms / seedMs;
    const extra = await extraOverSeed(c.entry, seedParts);
    const key = `cold_start.functions.${c.name}`;
    Object.assign(metrics, {
      [`${key}.import_ms`]: round(ms, 2),
      [`${key}.import_cpu_ms`]: round(median(c.cpuMs), 2),
      [`${key}.ratio`]: round(ratio, 3),
      [`${key}.cpu_ratio`]: round(median(c.cpuMs) / median(contenders[0]?.cpuMs ?? []), 3),
      [`${key}.bundle_bytes`]: c.bundle.bytes,
      [`${key}.bundle_gzip_bytes`]: c.bundle.gzipBytes,
      [`${key}.kib_over_seed_by_package`]: Object.fromEntries(
        extra.map((p) => [p.part, round(p.kib, 1)]),
      ),
    });
    rows.push(
      {
        measure: `${c.name}: bundle size (KiB, gzip)`,
        ours: `${fmt(c.bundle.bytes / 1024)} (${fmt(c.bundle.gzipBytes / 1024)})`,
        baseline: `${fmt(seed.bytes / 1024)} (${fmt(seed.gzipBytes / 1024)})`,
        ratio: `${fmt(c.bundle.bytes / seed.bytes, 2)}x`,
        goal: "",
        met: null,
      },
      {
        measure: `${c.name}: cold start, bundle import (ms, median of ${RUNS})`,
        ours: fmt(ms, 2),
        baseline: `${fmt(seedMs, 2)} (seed)`,
        ratio: fmt(ratio, 3),
        goal: `<= ${GOAL_RATIO}`,
        met: ratio <= GOAL_RATIO,
      },
    );
    if (ratio > GOAL_RATIO * 0.9) {
      notes.push(
        `cold start of ${c.name} ${fmt(ratio, 3)} x the seed's (goal <= ${GOAL_RATIO}): its bundle is ${fmt((c.bundle.bytes - seed.bytes) / 1024)} KiB larger; the most it adds: ` +
          extra
            .slice(0, 6)
            .map((p) => `${p.part} ${fmt(p.kib)} KiB`)
            .join(", "),
      );
    }
  }
  return { metrics, rows, notes };
}
