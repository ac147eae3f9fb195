import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { arch, cpus, loadavg, platform, release, totalmem } from "node:os";
import { join } from "node:path";
import { defaultTopologySettings } from "../topology";
import { repoRoot } from "./lib/children";
import { round } from "./lib/stats";
import { prepareBilledRunner, runBilledBench } from "./sections/billed";
import {
  BARE_PUBLISH_ENTRY,
  buildBundle,
  PROCESSOR_ENTRY,
  processorExists,
  SEED_ENTRY,
} from "./sections/bundles";
import { capacitySection } from "./sections/capacity";
import { runColdStartBench } from "./sections/cold-start";
import { runCpuBench } from "./sections/cpu";
import { runE2eBench } from "./sections/e2e";
import { runE2eRemoteBench } from "./sections/e2e-remote";
import { runInvocationCpuBench } from "./sections/invocation-cpu";
import { runMemoryBench } from "./sections/memory";
import { powerTableSection } from "./sections/power";
import type { ExtraTable, SectionResult, TableRow } from "./sections/types";
import { runValidationBench } from "./sections/validation";

// `npm run bench`: every benchmark, each in fresh child processes, each against a baseline measured
// in the same run. Prints a table and writes bench/results/latest.json.

/**
 * The sections before the billed-duration runs finish within this many seconds (their optional
 * runs are dropped when time is short); the billed runs (the sweep, then the bare-publish baseline
 * and two CPU-profiled runs), which have no optional runs, come last and take about two minutes, so
 * that the whole run stays within about five.
 */
const BUDGET_S = 150;

function machine() {
  const cpu = cpus();
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: repoRoot })
      .toString()
      .trim();
  } catch {
    // not a git checkout: the figures still stand, only unattributed
  }
  return {
    cpu_model: cpu[0]?.model ?? "unknown",
    cpus: cpu.length,
    memory_gb: round(totalmem() / 1024 ** 3, 1),
    os: `${platform()} ${release()} ${arch()}`,
    node: process.version,
    load_average_at_start: loadavg().map((l) => round(l, 2)),
    commit,
  };
}

function skipped(keys: string[], why: string): SectionResult {
  return { metrics: Object.fromEntries(keys.map((k) => [k, null])), rows: [], notes: [why] };
}

/** `{"e2e.batch_100.ratio": 5}` -> `{ e2e: { batch_100: { ratio: 5 } } }`. */
function nest(flat: Record<string, unknown>): Record<string, unknown> {
  const nested: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    const path = key.split(".");
    let node = nested;
    for (const part of path.slice(0, -1)) {
      node[part] ??= {};
      node = node[part] as Record<string, unknown>;
    }
    node[path[path.length - 1] as string] = value;
  }
  return nested;
}

function markdown(header: string[], cells: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? "").length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [
    line(header),
    `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`,
    ...cells.map(line),
  ].join("\n");
}

function table(rows: TableRow[]): string {
  return markdown(
    ["measure", "ours", "baseline", "ratio", "goal", "met"],
    rows.map((r) => [
      r.measure,
      r.ours,
      r.baseline,
      r.ratio,
      r.goal,
      r.met === null ? "" : r.met ? "yes" : "NO",
    ]),
  );
}

async function main(): Promise<void> {
  const started = performance.now();
  const info = machine();
  const log = (message: string) =>
    console.error(`bench ${((performance.now() - started) / 1000).toFixed(1)}s: ${message}`);
  const sections: SectionResult[] = [];

  log("validation: standalone vs Zod, standalone import vs ajv compile");
  sections.push(await runValidationBench());

  log(
    `bundling ${SEED_ENTRY}${processorExists() ? `, ${PROCESSOR_ENTRY} and ${BARE_PUBLISH_ENTRY}` : ""}`,
  );
  const seed = await buildBundle(SEED_ENTRY, "seed");
  const ours = processorExists() ? await buildBundle(PROCESSOR_ENTRY, "processor") : null;

  if (ours) {
    log("cold start: every function's bundle vs the seed's, fresh processes");
    sections.push(await runColdStartBench(ours, seed));
    log("cpu: processor with an in-process transport vs JSON.parse + JSON.stringify");
    sections.push(await runCpuBench(defaultTopologySettings.processor.batchSize));
    log("memory: one 10,000-record batch");
    sections.push(await runMemoryBench());
    log("e2e: 10,000 orders through the emulator, ours vs seed");
    sections.push(
      await runE2eBench(ours, seed, {
        deadline: Date.now() + (BUDGET_S - 70) * 1000 - (performance.now() - started),
        log,
      }),
    );
    log("e2e remote: the same, with the emulator in a child process of its own, wall clock");
    sections.push(
      await runE2eRemoteBench(ours, seed, {
        // Extra rounds start only while a slow one (about 20 s on a loaded machine) still fits.
        deadline: Date.now() + (BUDGET_S - 40) * 1000 - (performance.now() - started),
        log,
      }),
    );
    log("billed duration under modelled SNS latency: ours vs seed at each round-trip time");
    const bare = await buildBundle(BARE_PUBLISH_ENTRY, "bare-publish");
    const runBilled = await prepareBilledRunner({ ours, seed, bare }, log);
    const billed = await runBilledBench(runBilled);
    sections.push(billed);
    log("cpu of the whole invocation: ours vs a bare PublishBatch, then both CPU-profiled");
    sections.push(await runInvocationCpuBench(runBilled));
    log("power table and capacity (computed)");
    sections.push(powerTableSection(billed.headline), capacitySection(billed.headline));
  } else {
    const why = `${PROCESSOR_ENTRY} does not exist yet`;
    sections.push(
      skipped(
        [
          "cold_start.functions.processor.ratio",
          "cpu.us_per_msg",
          "memory.peak_rss_mb_10k_batch",
          "e2e.ratio",
          "e2e_remote.ratio",
          "billed.rtt_15ms.ratio_vs_seed",
          "cpu_invocation.ratio_to_bare_publish",
          "power_table.rows",
        ],
        `cold start, cpu, memory, e2e, e2e remote, billed, invocation cpu, power table and capacity skipped: ${why}`,
      ),
    );
  }

  const metrics = Object.assign({}, ...sections.map((s) => s.metrics));
  const rows = sections.flatMap((s) => s.rows);
  const notes = sections.flatMap((s) => s.notes);
  const extraTables: ExtraTable[] = sections.flatMap((s) => s.tables ?? []);
  const durationS = round((performance.now() - started) / 1000, 1);
  const result = {
    ...nest(metrics),
    goals_met: Object.fromEntries(
      rows.filter((r) => r.met !== null).map((r) => [r.measure, r.met]),
    ),
    notes,
    machine: { ...info, load_average_at_end: loadavg().map((l) => round(l, 2)) },
    generated_at: new Date().toISOString(),
    duration_s: durationS,
  };
  const dir = join(repoRoot, "bench", "results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "latest.json"), `${JSON.stringify(result, null, 2)}\n`);

  console.log(table(rows));
  for (const extra of extraTables)
    console.log(`\n${extra.title}\n\n${markdown(extra.header, extra.rows)}\n`);
  for (const note of notes) console.log(`note: ${note}`);
  console.log(
    `machine: ${info.cpus} x ${info.cpu_model}, ${info.memory_gb} GB, ${info.os}, Node ${info.node}; ` +
      `${durationS} s; written bench/results/latest.json`,
  );
}

main().catch((error: unknown) => {
  console.error(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exit(1);
});
