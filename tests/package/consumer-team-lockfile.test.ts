import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/paths";
import { EXAMPLE_TEAM_TARBALL, exampleTeamDir } from "./consumer-project";

// The example consumer team installs from its own lockfile. Two properties keep that install right
// and fast inside `npm test` (tests/package/consumer-team.test.ts): the package comes from the
// tarball just packed, and every other package is one the repository's lockfile holds, so the
// repository's `npm ci` has put it in npm's cache.

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
}
const lockOf = (dir: string) =>
  JSON.parse(readFileSync(join(dir, "package-lock.json"), "utf8")) as {
    packages: Record<string, LockEntry>;
  };
const nameOf = (path: string) => path.slice(path.lastIndexOf("node_modules/") + 13);

const team = lockOf(exampleTeamDir).packages;
const TARBALL_ENTRY = "node_modules/@order-events/contracts";

describe("the example consumer team's lockfile", () => {
  it("takes the package from the tarball, with no integrity, so npm installs the file given", () => {
    // With an integrity, npm ci serves an earlier tarball of that hash from its cache.
    expect(team[TARBALL_ENTRY]?.resolved).toBe(`file:${EXAMPLE_TEAM_TARBALL}`);
    expect(team[TARBALL_ENTRY]).not.toHaveProperty("integrity");
  });

  it("locks only packages the repository's lockfile holds, at the same version and hash", () => {
    const held = new Set(
      Object.entries(lockOf(repoRoot).packages).map(
        ([path, e]) => `${nameOf(path)}@${e.version} ${e.integrity}`,
      ),
    );
    const entries = Object.entries(team).filter(([path]) => path !== "" && path !== TARBALL_ENTRY);
    expect(entries.length).toBeGreaterThan(50);
    const missing = entries
      .map(([path, e]) => `${nameOf(path)}@${e.version} ${e.integrity}`)
      .filter((id) => !held.has(id));
    expect(missing).toEqual([]);
  });
});
