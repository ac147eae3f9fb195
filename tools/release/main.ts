import { execFileSync } from "node:child_process";
import { evaluateGate } from "../compat/gate";
import { loadPolicy, loadSides } from "../compat/load";
import { resolveRef, schemaSetFromDir } from "../compat/schema-set";
import { planRelease } from "./plan";

// npm run release:dry [-- --base <git-ref>]
// Prints the version a release would get and its changelog, compared with the last release tag
// (contracts-v<version>) or --base. Publishes nothing, tags nothing.

const TAG_PREFIX = "contracts-v";

function git(repoRoot: string, args: string[]): string {
  return execFileSync("git", args, {
    cwd: repoRoot,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  }).trim();
}

/** The newest release tag reachable from HEAD, if any. */
function lastReleaseTag(repoRoot: string): string | undefined {
  try {
    return git(repoRoot, ["describe", "--tags", "--abbrev=0", "--match", `${TAG_PREFIX}*`, "HEAD"]);
  } catch {
    return undefined;
  }
}

function main(argv: string[]): number {
  const repoRoot = git(process.cwd(), ["rev-parse", "--show-toplevel"]);
  const baseIndex = argv.indexOf("--base");
  const ref = baseIndex >= 0 ? argv[baseIndex + 1] : lastReleaseTag(repoRoot);
  const commit = ref === undefined ? undefined : resolveRef(repoRoot, ref);
  if (ref !== undefined && commit === undefined) {
    console.error(`release:dry: "${ref}" is not a commit here. Pass --base <git-ref> or omit it.`);
    return 2;
  }
  const head = schemaSetFromDir(`${repoRoot}/schemas`);
  const allSchemas = [...head.files].map(([file, s]) => ({ file, version: String(s.version) }));
  let plan: ReturnType<typeof planRelease>;
  if (commit === undefined || ref === undefined) {
    const { pkg } = loadSides(repoRoot, git(repoRoot, ["rev-parse", "HEAD"]));
    plan = planRelease(undefined, { name: pkg.name, version: pkg.head }, allSchemas);
    console.log(`release:dry: no ${TAG_PREFIX}* tag yet: this would be the first release.`);
  } else {
    const sides = loadSides(repoRoot, commit);
    sides.base.label = `${ref} (${commit.slice(0, 7)})`;
    // Without package/manifest.json at the base there is no released package to compare with.
    const previousVersion = sides.pkg.base;
    const report = evaluateGate(sides.base, sides.head, sides.pkg, loadPolicy());
    plan = planRelease(
      report,
      {
        name: sides.pkg.name,
        version: sides.pkg.head,
        previous: previousVersion ? { version: previousVersion, ref: sides.base.label } : undefined,
      },
      allSchemas,
    );
  }
  console.log(`release:dry: ${plan.name} ${plan.version}\n\n${plan.changelog}\n`);
  if (plan.problems.length > 0) {
    console.error(`release:dry: this release could not happen as is:`);
    for (const p of plan.problems) console.error(`  - ${p}`);
    return 1;
  }
  console.log(
    `A release would run: npm run gen:check && git tag ${TAG_PREFIX}${plan.version} && npm publish ./generated\n` +
      "Dry run: nothing was tagged or published.",
  );
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`release:dry failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
