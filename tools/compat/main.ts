import { execFileSync } from "node:child_process";
import { evaluateGate } from "./gate";
import { loadPolicy, loadSides } from "./load";
import { formatGateReport } from "./report";
import { resolveRef } from "./schema-set";

// npm run schemas:compat -- --base <git-ref> [--allow-missing-base] [--json]
// Compares schemas/ and package/manifest.json of the working tree with <git-ref>.

const USAGE =
  "usage: npm run schemas:compat -- --base <git-ref> [--allow-missing-base] [--json]\n" +
  "  --base                the commit to compare with (e.g. HEAD~1, origin/main, a merge base)\n" +
  "  --allow-missing-base  pass (with a note) when the ref does not exist: a first commit or a shallow clone\n" +
  "  --json                print the report as JSON";

function main(argv: string[]): number {
  const baseIndex = argv.indexOf("--base");
  const ref = baseIndex >= 0 ? argv[baseIndex + 1] : undefined;
  if (!ref || ref.startsWith("--")) {
    console.error(`schemas:compat: --base <git-ref> is required.\n${USAGE}`);
    return 2;
  }
  const repoRoot = execFileSync("git", ["rev-parse", "--show-toplevel"], {
    encoding: "utf8",
  }).trim();
  const commit = resolveRef(repoRoot, ref);
  if (!commit) {
    const why = `schemas:compat: base "${ref}" is not a commit here (the first commit, or a shallow clone without it)`;
    if (argv.includes("--allow-missing-base")) {
      console.log(`${why}: nothing to compare with, gate skipped.`);
      return 0;
    }
    console.error(`${why}. Fetch more history (git fetch --deepen=1) or pass another --base.`);
    return 2;
  }
  const { base, head, pkg } = loadSides(repoRoot, commit);
  base.label = `${ref} (${commit.slice(0, 7)})`;
  const report = evaluateGate(base, head, pkg, loadPolicy());
  console.log(argv.includes("--json") ? JSON.stringify(report, null, 2) : formatGateReport(report));
  return report.problems.length === 0 ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`schemas:compat failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
