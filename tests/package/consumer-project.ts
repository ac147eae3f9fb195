import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { repoRoot } from "../support/paths";

/** What a command printed and how it ended. */
export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command without a shell; fails loudly (with its output) when it cannot start. */
export function run(
  command: string,
  args: string[],
  options: { cwd: string; input?: string; env?: NodeJS.ProcessEnv },
): CommandResult {
  const result: SpawnSyncReturns<string> = spawnSync(command, args, {
    cwd: options.cwd,
    input: options.input,
    env: { ...process.env, ...options.env },
    encoding: "utf8",
    timeout: 120_000,
  });
  if (result.error)
    throw new Error(`${command} ${args.join(" ")} failed to run: ${result.error.message}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Like `run`, but throws with the command's output unless it exits 0. */
export function runOk(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): string {
  const result = run(command, args, options);
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(" ")} exited ${result.status}\n${result.stdout}\n${result.stderr}`,
    );
  return result.stdout;
}

/** Every file below `dir`, relative, with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((name) => {
      const path = join(d, name);
      return statSync(path).isDirectory() ? walk(path) : [relative(dir, path).split(sep).join("/")];
    });
  return walk(dir).sort();
}

export const generatedDir = join(repoRoot, "generated");
const sourcesDir = join(repoRoot, "tests", "package", "consumer");
const tscBin = join(repoRoot, "node_modules", "typescript", "bin", "tsc");

/** The packed tarball: its path and the files npm put in it. */
export interface PackedPackage {
  tarball: string;
  files: string[];
  name: string;
  version: string;
}

/** `npm pack` of generated/ into `destination` (no lifecycle scripts). */
export function packPackage(destination: string): PackedPackage {
  const out = runOk(
    "npm",
    ["pack", generatedDir, "--pack-destination", destination, "--json", "--ignore-scripts"],
    { cwd: destination },
  );
  const [info] = JSON.parse(out) as {
    filename: string;
    name: string;
    version: string;
    files: { path: string }[];
  }[];
  if (!info) throw new Error(`npm pack printed no package: ${out}`);
  return {
    tarball: join(destination, info.filename),
    files: info.files.map((f) => f.path).sort(),
    name: info.name,
    version: info.version,
  };
}

/**
 * A fresh project outside the repository with the tarball installed offline (the package has no
 * dependencies, so nothing is fetched) and the consumer sources of tests/package/consumer/.
 */
export function createConsumerProject(root: string, tarball: string): string {
  const dir = join(root, "consumer");
  mkdirSync(join(dir, "src"), { recursive: true });
  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify({ name: "contracts-consumer", version: "1.0.0", private: true }, null, 2)}\n`,
  );
  runOk(
    "npm",
    [
      "install",
      "--offline",
      "--no-audit",
      "--no-fund",
      "--ignore-scripts",
      "--no-package-lock",
      tarball,
    ],
    { cwd: dir },
  );
  const source = (name: string) => readFileSync(join(sourcesDir, name), "utf8");
  const checks = source("checks.ts.txt");
  writeFileSync(join(dir, "src", "esm.mts"), source("header.esm.txt") + checks);
  writeFileSync(join(dir, "src", "cjs.cts"), source("header.cjs.txt") + checks);
  writeFileSync(join(dir, "src", "bundler.ts"), source("header.bundler.txt") + checks);
  // Types of Node come from the repository's install: nothing to download.
  const typeRoots = join(repoRoot, "node_modules", "@types").split(sep).join("/");
  for (const setup of ["nodenext", "bundler"])
    writeFileSync(
      join(dir, `tsconfig.${setup}.json`),
      source(`tsconfig.${setup}.json.txt`).replace("@TYPE_ROOTS@", typeRoots),
    );
  return dir;
}

/** Runs the repository's TypeScript compiler on one of the consumer's tsconfig files. */
export function typecheck(dir: string, setup: "nodenext" | "bundler" | "snippets"): CommandResult {
  return run(process.execPath, [tscBin, "-p", `tsconfig.${setup}.json`, "--pretty", "false"], {
    cwd: dir,
  });
}

/** A fresh temporary folder outside the repository. */
export function freshTempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Copies a file into `dir` and returns the copy's path. */
export function copyInto(dir: string, file: string, name: string): string {
  const target = join(dir, name);
  cpSync(file, target);
  return target;
}

/** The example consumer team of the repository (its own package, on the packed tarball). */
export const exampleTeamDir = join(repoRoot, "examples", "consumer-team");
/** Where the example team's package.json expects the tarball (`file:` dependency). */
export const EXAMPLE_TEAM_TARBALL = join("contracts", "order-events-contracts.tgz");

/**
 * A copy of examples/consumer-team in `root`, as a fresh clone has it (the files git tracks or
 * would track: no node_modules, no build, no written pact), with `tarball` where its package.json
 * expects the package. Returns the copy's folder.
 */
export function copyExampleTeam(root: string, tarball: string): string {
  const dir = join(root, "consumer-team");
  const listed = runOk(
    "git",
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", "."],
    { cwd: exampleTeamDir },
  );
  for (const file of listed.split("\0").filter((f) => f !== "" && !f.startsWith("pacts/"))) {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    cpSync(join(exampleTeamDir, file), join(dir, file));
  }
  mkdirSync(join(dir, EXAMPLE_TEAM_TARBALL, ".."), { recursive: true });
  cpSync(tarball, join(dir, EXAMPLE_TEAM_TARBALL));
  return dir;
}
