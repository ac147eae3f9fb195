import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyBump } from "../../tools/compat/versions";
import { repoRoot } from "../support/paths";

// The gate as CI runs it: `tsx tools/compat/main.ts --base <ref>` inside a git repository.
// Here the repository is a temporary one holding a copy of schemas/ and package/manifest.json.

const tsxCli = join(repoRoot, "node_modules", "tsx", "dist", "cli.mjs");
const gateMain = join(repoRoot, "tools", "compat", "main.ts");

function gate(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, [tsxCli, gateMain, ...args], {
    cwd,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function git(cwd: string, ...args: string[]): void {
  execFileSync("git", ["-c", "user.name=gate-test", "-c", "user.email=gate@test", ...args], {
    cwd,
    stdio: "ignore",
  });
}

function editJson(path: string, edit: (json: Record<string, unknown>) => void): void {
  const json = JSON.parse(readFileSync(path, "utf8"));
  edit(json);
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
}

describe("npm run schemas:compat in a repository", () => {
  let repo: string;
  // The FAILURE outcome is an open object: an optional field is compatible, a required one is not.
  const failure = () => join(repo, "schemas", "outcome", "outcome-failure.v1.schema.json");
  const manifest = () => join(repo, "package", "manifest.json");

  beforeAll(() => {
    repo = join(tmpdir(), `compat-gate-${process.pid}-${Date.now()}`);
    mkdirSync(join(repo, "package"), { recursive: true });
    cpSync(join(repoRoot, "schemas"), join(repo, "schemas"), { recursive: true });
    cpSync(join(repoRoot, "package", "manifest.json"), manifest());
    git(repo, "init", "-q");
    git(repo, "add", ".");
    git(repo, "commit", "-q", "-m", "first");
  });

  afterAll(() => {
    if (repo) rmSync(repo, { recursive: true, force: true });
  });

  it("explains a base that does not exist (first commit), and skips only when allowed", () => {
    const strict = gate(repo, ["--base", "HEAD~1"]);
    expect(strict.stderr).toContain('base "HEAD~1" is not a commit here');
    expect(strict.status).toBe(2);
    const lenient = gate(repo, ["--base", "HEAD~1", "--allow-missing-base"]);
    expect(lenient.stdout).toContain("gate skipped");
    expect(lenient.status).toBe(0);
  }, 30_000);

  it("passes a committed compatible change with its bumps", () => {
    editJson(failure(), (s) => {
      (s.properties as Record<string, unknown>).retry_after_seconds = { type: "integer" };
      s.version = applyBump(String(s.version), "minor");
    });
    editJson(manifest(), (m) => {
      m.version = applyBump(String(m.version), "minor");
    });
    git(repo, "commit", "-q", "-am", "retry after");
    const result = gate(repo, ["--base", "HEAD~1"]);
    expect(result.stdout).toContain(
      'ok       retry_after_seconds: optional property "retry_after_seconds" added',
    );
    expect(result.stdout).toContain("schemas:compat: OK");
    expect(result.status).toBe(0);
  }, 30_000);

  it("fails a breaking change in the working tree with a readable report, or as JSON", () => {
    editJson(failure(), (s) => {
      (s.required as string[]).push("retry_after_seconds");
      s.version = applyBump(String(s.version), "minor");
    });
    const result = gate(repo, ["--base", "HEAD"]);
    expect(result.stdout).toContain(
      'BREAKING retry_after_seconds: "retry_after_seconds" is now required',
    );
    expect(result.stdout).toContain("schemas:compat: FAILED, 2 problems:");
    expect(result.stdout).toContain("schemas/outcome/outcome-failure.v2.schema.json");
    expect(result.status).toBe(1);
    const json = gate(repo, ["--base", "HEAD", "--json"]);
    expect(JSON.parse(json.stdout).files[0].changes[0]).toMatchObject({
      rule: "property-made-required",
      compat: "FORWARD",
      allowed: false,
    });
  }, 30_000);

  it("requires --base", () => {
    const result = gate(repo, []);
    expect(result.stderr).toContain("--base <git-ref> is required");
    expect(result.status).toBe(2);
  }, 30_000);
});
