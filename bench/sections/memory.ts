import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PROCESSOR } from "../../topology";
import { makeOrders } from "../data/orders";
import { makeSqsEvents } from "../data/sqs-events";
import { CHILD_TIME_LIMIT_MS, runChild } from "../lib/child-runner";
import { bundleChild, cacheDir } from "../lib/children";
import { median, round } from "../lib/stats";
import { functionEnvironment } from "./bundles";
import { fmt, type SectionResult } from "./types";

const RECORDS = 10_000;
const RUNS = 3;

/** Peak RSS of a fresh process handling one 10,000-record batch: ours, the seed's, the bare event. */
export async function runMemoryBench(): Promise<SectionResult> {
  const child = await bundleChild("bench/children/memory.ts");
  const [event] = makeSqsEvents(
    makeOrders({ count: RECORDS }).map((o) => o.body),
    RECORDS,
  );
  const eventFile = join(cacheDir, "event-10k.json");
  const eventJson = JSON.stringify(event);
  writeFileSync(eventFile, eventJson);

  const samples: Record<string, number[]> = { ours: [], seed: [], event: [] };
  for (let run = 0; run < RUNS; run++) {
    for (const mode of ["ours", "seed", "event"]) {
      const result = await runChild<{ peak_rss_mb: number }>(child, {
        args: [mode, eventFile],
        env: functionEnvironment(PROCESSOR),
        timeoutMs: CHILD_TIME_LIMIT_MS,
      });
      samples[mode]?.push(result.peak_rss_mb);
    }
  }
  const ours = median(samples.ours ?? []);
  const seed = median(samples.seed ?? []);
  const bare = median(samples.event ?? []);
  return {
    metrics: {
      "memory.peak_rss_mb_10k_batch": round(ours, 1),
      "memory.seed_peak_rss_mb_10k_batch": round(seed, 1),
      "memory.event_only_peak_rss_mb_10k_batch": round(bare, 1),
      "memory.event_mb": round(Buffer.byteLength(eventJson) / 1024 / 1024, 1),
    },
    rows: [
      {
        measure: `peak RSS, one ${fmt(RECORDS, 0)}-record batch (MB)`,
        ours: fmt(ours),
        baseline: `${fmt(seed)} (seed); ${fmt(bare)} (event only)`,
        ratio: `${fmt(ours / seed, 2)}x`,
        goal: "",
        met: null,
      },
    ],
    notes: [],
  };
}
