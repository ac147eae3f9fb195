import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/paths";

// The README is what a newcomer reads first: its commands, links and example must stay true.
const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
const scripts: Record<string, string> = JSON.parse(
  readFileSync(join(repoRoot, "package.json"), "utf8"),
).scripts;

describe("README.md", () => {
  it("shows examples/order.json verbatim as its example order", () => {
    const example = readFileSync(join(repoRoot, "examples", "order.json"), "utf8").trim();
    const jsonBlocks = [...readme.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => m[1]);
    expect(jsonBlocks).toContain(example);
  });

  it("names only npm scripts that package.json defines", () => {
    const named = new Set(
      [...readme.matchAll(/npm run ([a-z][a-z0-9:-]*)/g)].map((m) => m[1] as string),
    );
    expect(named.size).toBeGreaterThan(3);
    for (const name of named) expect(scripts, `npm run ${name}`).toHaveProperty(name);
  });

  it("links only to files that exist", () => {
    const links = [...readme.matchAll(/\]\(([^)#:]+)(?:#[^)]*)?\)/g)].map((m) => m[1] as string);
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) expect(existsSync(join(repoRoot, link)), link).toBe(true);
  });

  it("stays short enough for a newcomer (about 200 lines; reference material lives in docs/)", () => {
    expect(readme.split("\n").length).toBeLessThanOrEqual(230);
  });
});
