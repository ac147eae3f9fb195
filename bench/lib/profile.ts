/**
 * Where an invocation's CPU goes: the samples of a V8 CPU profile (node:inspector's Profiler, taken
 * in the instance process of the billed-duration benchmark) that fall inside the invocations, each
 * attributed to a category by the source of the code it was running. Pure: the caller locates each
 * frame (a bundle's source map gives the original file).
 */

/** The categories an invocation's CPU is split into, in report order. */
export const CPU_CATEGORIES = [
  "event",
  "core",
  "telemetry",
  "sns_client",
  "deadline",
  "gc",
  "other",
] as const;

export type CpuCategory = (typeof CPU_CATEGORIES)[number];

/** What each category holds, for the table and docs/benchmarks.md. */
export const CPU_CATEGORY_LABELS: Readonly<Record<CpuCategory, string>> = Object.freeze({
  event: "SQS event handling and validation",
  core: "the outcome core",
  telemetry: "logs and metrics",
  sns_client: "the SNS client (serialise, sign, send, parse)",
  deadline: "the deadline machinery",
  gc: "garbage collection",
  other: "other (V8 and Node internals, the harness)",
});

/**
 * Which category a source decides, first match wins; a source that matches nothing is neutral
 * (shared helpers, Node's internals): the sample goes to the nearest caller that decides. Sources
 * are repository paths (`functions/processor/core/rules.ts`, `node_modules/@smithy/…`), `node:`
 * URLs, or V8's own names in parentheses.
 */
export const SOURCE_RULES: readonly { readonly category: CpuCategory; readonly test: RegExp }[] = [
  { category: "gc", test: /^\(garbage collector\)$/ },
  { category: "other", test: /^\(program\)$/ },
  // The pure core, and the order schema it validates against.
  { category: "core", test: /^functions\/processor\/core\// },
  { category: "core", test: /^generated\/validators\/order-message\./ },
  { category: "deadline", test: /^functions\/processor\/[^/]*deadline[^/]*$/ },
  { category: "telemetry", test: /^functions\/processor\/[^/]*(telemetry|logger|metrics)[^/]*$/ },
  { category: "telemetry", test: /^node_modules\/@aws-lambda-powertools\// },
  { category: "sns_client", test: /^functions\/processor\/sns-[^/]*$/ },
  {
    category: "sns_client",
    test: /^node_modules\/(@aws-sdk|@smithy|@aws-crypto|fast-xml-parser|strnum|bowser)\//,
  },
  // The rest of the processor: the handler, the batch, records, chunking, result mapping.
  { category: "event", test: /^functions\/processor\// },
  { category: "event", test: /^generated\// },
  // The benchmark's own code around the call (the instance harness, the mapping simulator).
  { category: "other", test: /^(bench|local)\// },
];

/**
 * Samples with no deciding frame on their whole stack: Node's network stack only runs for the SNS
 * client during an invocation (its calls are the only I/O there), timers for the deadline and the
 * client's timeouts alike.
 */
const UNDECIDED_RULES: readonly { readonly category: CpuCategory; readonly test: RegExp }[] = [
  {
    category: "sns_client",
    test: /^node:(.*\/)?(_?https?|_http_\w+|net|tls|_tls_\w+|dns|stream_base_commons)$/,
  },
];

/**
 * The category a source decides, or undefined when it is neutral.
 *
 * @example categoryOfSource("functions/processor/core/rules.ts") // "core"
 * @example categoryOfSource("node_modules/ajv/dist/runtime/equal.js") // undefined
 */
export function categoryOfSource(source: string): CpuCategory | undefined {
  return SOURCE_RULES.find((rule) => rule.test.test(source))?.category;
}

/** The parts of a V8 CPU profile (Profiler.stop's `profile`) this module reads. */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  /** Microseconds, on the clock of process.hrtime (CLOCK_MONOTONIC). */
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A frame's call site, as the profile gives it. */
export type ProfileFrame = CpuProfile["nodes"][number]["callFrame"];

/** CPU (µs) per category and per source over the sampled windows. */
export interface ProfileSplit {
  /** Sampled time per category (µs), idle samples left out. */
  byCategory: Record<CpuCategory, number>;
  /** Sampled time per deciding source (µs). */
  bySource: Record<string, number>;
  /** The category each of those sources decided. */
  sourceCategory: Record<string, CpuCategory>;
  /** Samples counted (not idle, inside a window). */
  samples: number;
  /** Their time summed (µs). */
  totalUs: number;
}

/**
 * Splits the profile's samples that fall inside `windows` ([start, end] in µs on the profile's
 * clock: process.hrtime.bigint() / 1000n) by category. Each sample weighs the time until the next
 * one; it goes to the nearest frame on its stack (leaf first) whose source decides a category
 * (`locate` gives a frame's source), else to Node's network stack's category, else to "other".
 * V8's idle samples (the thread waiting) are left out.
 *
 * @example
 * const split = splitProfile(profile, [[t0, t1]], (frame) => frame.url || `(${frame.functionName})`);
 * split.byCategory.sns_client / split.totalUs // the SNS client's share
 */
export function splitProfile(
  profile: CpuProfile,
  windows: readonly (readonly [number, number])[],
  locate: (frame: ProfileFrame) => string,
): ProfileSplit {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const decided = new Map<number, { category: CpuCategory; source: string } | null>();
  const decide = (id: number) => {
    const known = decided.get(id);
    if (known !== undefined) return known;
    let verdict: { category: CpuCategory; source: string } | null = null;
    const leaf = byId.get(id)?.callFrame;
    if (leaf && leaf.functionName !== "(idle)") {
      const sources: string[] = [];
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const frame = byId.get(at)?.callFrame;
        if (!frame) break;
        const source = locate(frame);
        sources.push(source);
        const category = categoryOfSource(source);
        if (category) {
          verdict = { category, source };
          break;
        }
      }
      if (!verdict) {
        const network = sources.find((s) => UNDECIDED_RULES.some((r) => r.test.test(s)));
        verdict = network
          ? { category: "sns_client", source: network }
          : { category: "other", source: sources[0] ?? "(unknown)" };
      }
    }
    decided.set(id, verdict);
    return verdict;
  };

  const sorted = [...windows].sort((a, b) => a[0] - b[0]);
  const byCategory = Object.fromEntries(CPU_CATEGORIES.map((c) => [c, 0])) as Record<
    CpuCategory,
    number
  >;
  const bySource: Record<string, number> = {};
  const sourceCategory: Record<string, CpuCategory> = {};
  let samples = 0;
  let totalUs = 0;
  let w = 0;
  let t = profile.startTime;
  const times = profile.samples.map((_, i) => {
    t += profile.timeDeltas[i] ?? 0;
    return t;
  });
  for (let i = 0; i < profile.samples.length; i++) {
    const at = times[i] as number;
    while (w < sorted.length && (sorted[w] as readonly [number, number])[1] < at) w++;
    const window = sorted[w];
    if (!window || at < window[0]) continue;
    const verdict = decide(profile.samples[i] as number);
    if (!verdict) continue;
    const next = times[i + 1] ?? profile.endTime;
    const weight = Math.max(0, Math.min(next, window[1]) - at);
    byCategory[verdict.category] += weight;
    bySource[verdict.source] = (bySource[verdict.source] ?? 0) + weight;
    sourceCategory[verdict.source] = verdict.category;
    samples++;
    totalUs += weight;
  }
  return { byCategory, bySource, sourceCategory, samples, totalUs };
}
