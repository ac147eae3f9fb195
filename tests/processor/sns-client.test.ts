import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/paths";

// An SNSClient built without timeouts waits up to five minutes on an endpoint that never answers
// (docs/processor.md, "Deadline and timeouts"). Examples get copied: the processor's code, its doc
// comments and its page show only the timed client that createSnsClient builds.
const processorDir = join(repoRoot, "functions", "processor");
const BUILDER = "functions/processor/sns-client.ts";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

describe("the processor's SNS client", () => {
  it("is built by createSnsClient only, in code, doc comments and docs/processor.md", () => {
    const files = [...sources(processorDir), join(repoRoot, "docs", "processor.md")];
    const named = (path: string) => relative(repoRoot, path).split("\\").join("/");
    expect(files.map(named)).toContain(BUILDER);
    const untimed = files
      .filter((path) => named(path) !== BUILDER)
      .filter((path) => /new SNSClient\s*\(/.test(readFileSync(path, "utf8")))
      .map(named);
    expect(untimed).toEqual([]);
    expect(readFileSync(join(repoRoot, BUILDER), "utf8")).toMatch(/new SNSClient\s*\(/);
  });
});
