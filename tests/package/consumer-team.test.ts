import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type CommandResult,
  copyExampleTeam,
  exampleTeamDir,
  freshTempDir,
  generatedDir,
  type PackedPackage,
  packPackage,
  run,
} from "./consumer-project";

// The example consumer team (examples/consumer-team) built and tested as another team would, from
// the packed package: a copy outside the repository installs its locked dependencies (from npm's
// cache, which `npm ci` of the repository filled) and the tarball, then `npm test` builds it under
// its strict tsconfig and runs its tests: the handlers, and its consumer pact written with the
// package's Pact kit. The pact it writes must be the one committed beside it, which the
// processor's provider verification reads (tests/contract/providers).

const PACT = join("pacts", "customer-notifications-processor.json");
const manifest = JSON.parse(readFileSync(join(generatedDir, "package.json"), "utf8"));

describe("the example consumer team, from the packed package", () => {
  let root: string;
  let packed: PackedPackage;
  let team: string;
  let install: CommandResult;

  beforeAll(() => {
    root = freshTempDir("consumer-team-");
    packed = packPackage(root);
    team = copyExampleTeam(root, packed.tarball);
    // npm ci: exactly the lockfile, never rewritten; --prefer-offline: npm's cache first.
    install = run(
      "npm",
      ["ci", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts"],
      {
        cwd: team,
      },
    );
  }, 180_000);

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("installs its lockfile's dependencies and the package from the tarball, not from a cache", () => {
    expect(install.stderr).not.toMatch(/ERR!/);
    expect(install.status).toBe(0);
    const installed = join(team, "node_modules", "@order-events", "contracts");
    expect(JSON.parse(readFileSync(join(installed, "package.json"), "utf8")).version).toBe(
      manifest.version,
    );
    expect(readFileSync(join(installed, "pact-kit.json"), "utf8")).toBe(
      readFileSync(join(generatedDir, "pact-kit.json"), "utf8"),
    );
  });

  it("builds under its strict tsconfig and passes its tests, handlers and consumer pact", () => {
    const tested = run("npm", ["test"], { cwd: team, env: { PACT_DO_NOT_TRACK: "true" } });
    const output = `${tested.stdout}${tested.stderr}`;
    expect({ status: tested.status, failed: /^# fail 0$/m.test(output) }, output).toEqual({
      status: 0,
      failed: true,
    });
    expect(output).toMatch(/^# pass [1-9]/m);
  }, 180_000);

  it("writes exactly the pact committed beside it (run its npm test and commit pacts/ when it changes)", () => {
    expect(readFileSync(join(team, PACT), "utf8")).toBe(
      readFileSync(join(exampleTeamDir, PACT), "utf8"),
    );
  });
});
