import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

/** Repository root, whatever the working directory. */
export const repoRoot = join(__dirname, "..", "..");

/** Where child bundles live: under node_modules so that their external packages resolve. */
export const cacheDir = join(repoRoot, "node_modules", ".cache", "order-events-bench");

const REQUIRE_SHIM =
  "import{createRequire}from'node:module';const require=createRequire(import.meta.url);";

/**
 * Bundles a benchmark child (`bench/children/x.ts`) into one ESM file, so that it runs on plain
 * Node with no TypeScript loader in the measured process. `externalPackages` leaves packages to
 * be loaded from node_modules at run time (when loading them is part of what is measured).
 *
 * @example const script = await bundleChild("bench/children/startup.ts", { externalPackages: true });
 */
export async function bundleChild(
  entry: string,
  options: { externalPackages?: boolean } = {},
): Promise<string> {
  mkdirSync(cacheDir, { recursive: true });
  const outfile = join(cacheDir, `${entry.replace(/[/\\.]/g, "_")}.mjs`);
  await build({
    absWorkingDir: repoRoot,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    target: "node22",
    format: "esm",
    mainFields: ["module", "main"],
    packages: options.externalPackages ? "external" : "bundle",
    banner: { js: REQUIRE_SHIM },
    logLevel: "silent",
  });
  return outfile;
}

export interface RunChildOptions {
  args?: string[];
  /** Added to a minimal environment (PATH, HOME): the child never inherits AWS or bench settings. */
  env?: Record<string, string>;
  timeoutMs: number;
  /** Extra node flags, e.g. `--cpu-prof`. */
  nodeArgs?: string[];
}

let sequence = 0;

/**
 * Runs a bundled child in a fresh Node process and returns the JSON it writes to the file named
 * by BENCH_RESULT_FILE. The child's stdout (handler logs) is discarded; stderr is kept for errors.
 * The process is killed when it outlives `timeoutMs`.
 *
 * @example const result = await runChild<{ ms: number }>(script, { args: ["x"], timeoutMs: 10_000 });
 */
export function runChild<T>(script: string, options: RunChildOptions): Promise<T> {
  const resultFile = join(cacheDir, `result-${process.pid}-${sequence++}.json`);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    ...options.env,
    BENCH_RESULT_FILE: resultFile,
  };
  return new Promise<T>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...(options.nodeArgs ?? []), script, ...(options.args ?? [])],
      {
        env,
        cwd: repoRoot,
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      if (stderr.length < 20_000) stderr += chunk.toString();
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      try {
        if (code !== 0) {
          const why = signal
            ? `was killed (${signal}) after ${options.timeoutMs} ms`
            : `exited ${code}`;
          throw new Error(`bench child ${script} ${why}\n${stderr.trim()}`);
        }
        resolve(JSON.parse(readFileSync(resultFile, "utf8")) as T);
      } catch (error) {
        reject(error);
      } finally {
        rmSync(resultFile, { force: true });
      }
    });
  });
}
