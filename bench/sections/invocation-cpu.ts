import type { BilledHandlerResult } from "../children/billed.mjs";
import { CPU_CATEGORIES, CPU_CATEGORY_LABELS, type CpuCategory } from "../lib/profile";
import { median, round } from "../lib/stats";
import { type BilledRunner, HEADLINE_RTT_MS } from "./billed";
import { fmt, type SectionResult, type TableRow } from "./types";

/** Goal: the whole invocation's CPU per order at most this many times the bare publish's. */
const GOAL_RATIO = 1.3;
/** Sources named per category in latest.json. */
const TOP_SOURCES = 6;
/** Runs of ours and the baseline side by side; the ratio is their median. */
const PAIRED_RUNS = 3;

/** CPU time of the handler's thread per order over a handler's invocations (µs). */
function cpuUsPerOrder(h: BilledHandlerResult): number {
  const records = h.invocations.reduce((sum, i) => sum + i.records, 0);
  return (h.invocations.reduce((sum, i) => sum + i.cpuMs, 0) * 1000) / records;
}

/**
 * A run's CPU per order split by category: each category's share of the profiled run's samples,
 * applied to `usPerOrder` (measured without the profiler).
 */
function split(profiled: BilledHandlerResult, usPerOrder: number): Record<CpuCategory, number> {
  const profile = profiled.profile;
  if (!profile || profile.totalUs <= 0) {
    throw new Error("cpu_invocation: the profiled run brought back no samples");
  }
  return Object.fromEntries(
    CPU_CATEGORIES.map((c) => [c, (usPerOrder * profile.byCategory[c]) / profile.totalUs]),
  ) as Record<CpuCategory, number>;
}

/** The sources that took most of each category, per order (µs). */
function topSources(profiled: BilledHandlerResult, usPerOrder: number) {
  const profile = profiled.profile;
  if (!profile) return {};
  const scale = usPerOrder / profile.totalUs;
  const sources = Object.entries(profile.bySource).sort((a, b) => b[1] - a[1]);
  return Object.fromEntries(
    CPU_CATEGORIES.map((category) => [
      category,
      Object.fromEntries(
        sources
          .filter(([source]) => profiledCategory(profiled, source) === category)
          .slice(0, TOP_SOURCES)
          .map(([source, us]) => [source, round(us * scale, 2)]),
      ),
    ]),
  );
}

function profiledCategory(profiled: BilledHandlerResult, source: string): CpuCategory | undefined {
  return profiled.profile?.sourceCategory[source];
}

/**
 * CPU of the whole invocation, in billed runs at the headline RTT: ours (the processor's bundle as
 * deployed, with its Lambda context) against the bare-publish baseline (the same outcomes,
 * prebuilt, published with the same SNS client, chunking and concurrency), side by side on the
 * same queue so that both see the same load, CPU time of each handler's thread per order; the
 * median of PAIRED_RUNS runs. Then one CPU-profiled run of both splits that CPU by category
 * (bench/lib/profile.ts); the difference per category, largest first, is what each part could buy.
 *
 * @example sections.push(await runInvocationCpuBench(runBilled));
 */
export async function runInvocationCpuBench(runBilled: BilledRunner): Promise<SectionResult> {
  const pairs: { ours: number; bare: number; bytesPerOrder: number }[] = [];
  for (let run = 0; run < PAIRED_RUNS; run++) {
    const r = await runBilled(["ours", "bare"], HEADLINE_RTT_MS);
    const ours = r.handlers.ours;
    const bare = r.handlers.bare;
    if (!ours || !bare) throw new Error("cpu_invocation: a paired run lacks ours or the baseline");
    pairs.push({
      ours: cpuUsPerOrder(ours),
      bare: cpuUsPerOrder(bare),
      bytesPerOrder: r.sns.requestBodyBytes / r.orders,
    });
  }
  const profiled = await runBilled(["ours", "bare"], HEADLINE_RTT_MS, { profile: true });
  const oursProfiled = profiled.handlers.ours;
  const bareProfiled = profiled.handlers.bare;
  if (!oursProfiled || !bareProfiled) {
    throw new Error("cpu_invocation: the profiled run lacks ours or the baseline");
  }

  const ratio = median(pairs.map((p) => p.ours / p.bare));
  const oursUs = median(pairs.map((p) => p.ours));
  const bareUs = median(pairs.map((p) => p.bare));
  const bytesPerOrder = median(pairs.map((p) => p.bytesPerOrder));
  const oursSplit = split(oursProfiled, oursUs);
  const bareSplit = split(bareProfiled, bareUs);
  const gaps = CPU_CATEGORIES.map((c) => ({ c, us: oursSplit[c] - bareSplit[c] }))
    .filter((g) => g.us > 0)
    .sort((a, b) => b.us - a.us);

  const rows: TableRow[] = [
    {
      measure: `cpu per order, whole invocation, SNS RTT ${HEADLINE_RTT_MS} ms (us)`,
      ours: fmt(oursUs, 1),
      baseline: `${fmt(bareUs, 1)} (bare PublishBatch)`,
      ratio: fmt(ratio, 2),
      goal: `<= ${GOAL_RATIO}`,
      met: ratio <= GOAL_RATIO,
    },
    {
      measure: "  SNS request bytes per order (URL-encoded, on the wire)",
      ours: fmt(bytesPerOrder, 0),
      baseline: "the same outcomes",
      ratio: "",
      goal: "",
      met: null,
    },
    ...CPU_CATEGORIES.map(
      (c): TableRow => ({
        measure: `  of which ${CPU_CATEGORY_LABELS[c]}`,
        ours: fmt(oursSplit[c], 1),
        baseline: `${fmt(bareSplit[c], 1)} (bare)`,
        ratio: `${fmt((100 * oursSplit[c]) / oursUs, 0)}%`,
        goal: "",
        met: null,
      }),
    ),
  ];
  const notes =
    ratio > GOAL_RATIO
      ? [
          `cpu per order of the whole invocation ${fmt(ratio, 2)} x the bare publish (goal <= ${GOAL_RATIO}): ${fmt(oursUs - bareUs, 1)} us an order more, of which ` +
            gaps.map((g) => `${CPU_CATEGORY_LABELS[g.c]} ${fmt(g.us, 1)}`).join(", ") +
            ` (profile shares applied to the unprofiled runs; reaching the goal means at most ${fmt(bareUs * GOAL_RATIO, 1)} us)`,
        ]
      : [];
  return {
    metrics: {
      "cpu_invocation.rtt_ms": HEADLINE_RTT_MS,
      "cpu_invocation.us_per_order": round(oursUs, 1),
      "cpu_invocation.bare_publish_us_per_order": round(bareUs, 1),
      "cpu_invocation.ratio_to_bare_publish": round(ratio, 3),
      "cpu_invocation.goal_ratio": GOAL_RATIO,
      "cpu_invocation.split_us_per_order": Object.fromEntries(
        CPU_CATEGORIES.map((c) => [c, round(oursSplit[c], 2)]),
      ),
      "cpu_invocation.bare_publish_split_us_per_order": Object.fromEntries(
        CPU_CATEGORIES.map((c) => [c, round(bareSplit[c], 2)]),
      ),
      "cpu_invocation.gap_over_bare_us_per_order": Object.fromEntries(
        gaps.map((g) => [g.c, round(g.us, 2)]),
      ),
      "cpu_invocation.top_sources_us_per_order": topSources(oursProfiled, oursUs),
      "cpu_invocation.bare_publish_top_sources_us_per_order": topSources(bareProfiled, bareUs),
      "cpu_invocation.profiled_runs_us_per_order": {
        ours: round(cpuUsPerOrder(oursProfiled), 1),
        bare_publish: round(cpuUsPerOrder(bareProfiled), 1),
      },
      "cpu_invocation.paired_runs": pairs.map((p) => ({
        ours_us_per_order: round(p.ours, 1),
        bare_publish_us_per_order: round(p.bare, 1),
        ratio: round(p.ours / p.bare, 3),
      })),
      "cpu_invocation.sns_request_bytes_per_order": round(bytesPerOrder, 0),
      "cpu_invocation.profile_samples": {
        ours: oursProfiled.profile?.samples ?? 0,
        bare_publish: bareProfiled.profile?.samples ?? 0,
      },
      "cpu_invocation.categories": { ...CPU_CATEGORY_LABELS },
    },
    rows,
    notes,
  };
}
