import { spawnSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "../support/paths";

// `npm run gen:check` must not depend on where node_modules lives: the generated package (bundled
// code, third-party notices) has to come out byte for byte the same when node_modules is a symlink
// to another folder, or a pnpm layout where each package is a symlink into node_modules/.pnpm.
const realModules = join(repoRoot, "node_modules");
const scratch = mkdtempSync(join(tmpdir(), "gen-layout-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The repository's files (tracked and new, not ignored) copied into `to`, without node_modules. */
function copyRepository(to: string): string {
  const listed = spawnSync(
    "git",
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    {
      cwd: repoRoot,
      encoding: "utf8",
    },
  );
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split("\0").filter(Boolean)) {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    cpSync(join(repoRoot, file), join(to, file), { dereference: false });
  }
  return to;
}

/** The packages the generated package bundles, as its notices name them (`## ajv 8.20.0 (MIT)`). */
function bundledPackages(): { name: string; version: string }[] {
  const notices = readFileSync(join(repoRoot, "generated", "THIRD-PARTY-NOTICES.md"), "utf8");
  return [...notices.matchAll(/^## (\S+) (\S+) \(/gm)].map((m) => ({
    name: m[1] as string,
    version: m[2] as string,
  }));
}

/**
 * A pnpm-like node_modules: the bundled packages are copies in `.pnpm/<name>@<version>/node_modules/
 * <name>` behind symlinks, every other entry a symlink to the real node_modules.
 */
function pnpmLayout(modules: string): void {
  const bundled = new Map(bundledPackages().map((p) => [p.name, p.version]));
  mkdirSync(modules);
  const link = (entry: string) => symlinkSync(join(realModules, entry), join(modules, entry));
  for (const entry of readdirSync(realModules)) {
    if (!entry.startsWith("@")) {
      if (!bundled.has(entry)) link(entry);
      continue;
    }
    mkdirSync(join(modules, entry));
    for (const member of readdirSync(join(realModules, entry)))
      if (!bundled.has(`${entry}/${member}`)) link(`${entry}/${member}`);
  }
  for (const [name, version] of bundled) {
    const store = join(
      modules,
      ".pnpm",
      `${name.replace("/", "+")}@${version}`,
      "node_modules",
      name,
    );
    mkdirSync(dirname(store), { recursive: true });
    cpSync(join(realModules, name), store, { recursive: true });
    symlinkSync(store, join(modules, name));
  }
}

function genCheck(repository: string) {
  return spawnSync(
    process.execPath,
    [join(repository, "node_modules", "tsx", "dist", "cli.mjs"), "tools/gen/main.ts", "--check"],
    { cwd: repository, encoding: "utf8", timeout: 120_000 },
  );
}

describe("gen:check wherever node_modules lives", () => {
  it("passes when node_modules is a symlink to another folder", () => {
    const repository = copyRepository(join(scratch, "symlinked"));
    symlinkSync(realModules, join(repository, "node_modules"));

    const check = genCheck(repository);

    expect(check.stderr).toBe("");
    expect(check.stdout).toMatch(/gen:check: generated\/ matches/);
    expect(check.status).toBe(0);
  });

  it("passes in a pnpm layout, where bundled packages live under node_modules/.pnpm", () => {
    const repository = copyRepository(join(scratch, "pnpm"));
    pnpmLayout(join(repository, "node_modules"));
    const [first] = bundledPackages();
    expect(realpathSync(join(repository, "node_modules", first?.name ?? ""))).toContain(".pnpm");

    const check = genCheck(repository);

    expect(check.stderr).toBe("");
    expect(check.stdout).toMatch(/gen:check: generated\/ matches/);
    expect(check.status).toBe(0);
  });
});
