import { readFileSync } from "node:fs";

/** Self time attributed to one source file of a bundle (or to V8 itself: GC, natives). */
export interface SourceShare {
  source: string;
  ms: number;
  percent: number;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Where an unminified esbuild bundle's lines come from: esbuild writes a `// path/to/file.ts`
 * comment before each module, so every line maps to the source file it was bundled from.
 */
function sourceOfLine(bundleText: string): (line: number) => string {
  const starts: { line: number; source: string }[] = [];
  bundleText.split("\n").forEach((text, line) => {
    const match =
      /^\/\/ ((?:node_modules|functions|lib|generated|bench|local|topology|tools)\/\S+)$/.exec(
        text,
      );
    if (match?.[1]) starts.push({ line, source: match[1] });
  });
  return (line) => {
    let source = "(bundle preamble)";
    for (const start of starts) {
      if (start.line > line) break;
      source = start.source;
    }
    return source;
  };
}

/** node_modules/@aws-lambda-powertools/logger/lib/esm/Logger.js -> @aws-lambda-powertools/logger */
function groupOf(source: string): string {
  const pkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
  return pkg?.[1] ?? source;
}

/** A frame outside the bundle: its package, a Node.js internal, or V8's own (GC, natives). */
function sourceOfUrl(url: string, functionName: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (inPackage?.[1] && !url.includes("/node_modules/.cache/")) return inPackage[1];
  if (url.startsWith("node:")) return url;
  if (url === "") return functionName || "(native)";
  return url.split("/").pop() ?? url;
}

/**
 * Self time per source (packages grouped by name) of a V8 CPU profile (`node --cpu-prof`) of an
 * unminified bundle: which code the time goes to, largest first.
 *
 * @example summarizeProfile("CPU.x.cpuprofile", "cpu.mjs").slice(0, 10)
 */
export function summarizeProfile(profileFile: string, bundleFile: string): SourceShare[] {
  const profile = JSON.parse(readFileSync(profileFile, "utf8")) as CpuProfile;
  const lineSource = sourceOfLine(readFileSync(bundleFile, "utf8"));
  const bundleUrlEnd = bundleFile.split("/").pop() ?? bundleFile;
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const bySource = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const frame = byNode.get(id)?.callFrame;
    if (!frame || frame.functionName === "(idle)") continue;
    const source = frame.url.endsWith(bundleUrlEnd)
      ? groupOf(lineSource(frame.lineNumber))
      : sourceOfUrl(frame.url, frame.functionName);
    bySource.set(source, (bySource.get(source) ?? 0) + us);
    total += us;
  }
  return [...bySource]
    .map(([source, us]) => ({ source, ms: us / 1000, percent: (100 * us) / total }))
    .sort((a, b) => b.ms - a.ms);
}
