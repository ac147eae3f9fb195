import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { type BuildOptions, build } from "esbuild";
import { functionEntry } from "../topology/build";

/** Repository root: bundles resolve entries relative to it, so output does not depend on cwd. */
export const repoRoot = join(__dirname, "..");

/** One function's deployable code: a single ESM file for the nodejs22.x runtime. */
export interface FunctionBundle {
  /** The bundle's source text (`index.mjs` in the Lambda archive). */
  code: string;
  bytes: number;
  sha256: string;
}

// Without it, CommonJS code inside an ESM bundle fails at import ("Dynamic require of node:https").
const REQUIRE_SHIM =
  "import{createRequire}from'node:module';const require=createRequire(import.meta.url);";

/**
 * The esbuild options of a Lambda bundle of `entry`: one minified ESM file for nodejs22.x, kept in
 * memory. Benchmarks reuse them (adding a metafile) to measure what `npm run build` ships.
 *
 * @example const result = await build({ ...lambdaBundleOptions(entry), metafile: true });
 */
export function lambdaBundleOptions(entry: string) {
  return {
    absWorkingDir: repoRoot,
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: "node",
    target: "node22",
    format: "esm",
    mainFields: ["module", "main"],
    minify: true,
    legalComments: "none",
    banner: { js: REQUIRE_SHIM },
    logLevel: "silent",
  } satisfies BuildOptions;
}

/**
 * Bundles a handler module (`functions/processor/handler.ts`) into one minified ESM file, in memory.
 * The output is deterministic: same sources and lockfile, same bytes and sha256.
 *
 * @example const { code, sha256 } = await bundleFunction("functions/processor/handler.ts");
 */
export async function bundleFunction(entry: string): Promise<FunctionBundle> {
  const result = await build(lambdaBundleOptions(entry));
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced no output for ${entry}`);
  const code = file.text;
  return {
    code,
    bytes: Buffer.byteLength(code),
    sha256: createHash("sha256").update(code).digest("hex"),
  };
}

/** Every deployable function: each `functions/<name>/handler.ts`, by name. */
export function listFunctionEntries(): { name: string; entry: string }[] {
  const dir = join(repoRoot, "functions");
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && readdirSync(join(dir, d.name)).includes("handler.ts"))
    .map((d) => ({ name: d.name, entry: functionEntry(d.name) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
