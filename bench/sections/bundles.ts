import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { bundleFunction, lambdaBundleOptions } from "../../infra/lambda-bundle";
import {
  buildTopology,
  defaultTopologySettings,
  functionEntry,
  lookup,
  PROCESSOR,
  resolveEnvironment,
} from "../../topology";
import { cacheDir, repoRoot } from "../lib/children";

/** A handler bundle written where benchmark children import it from. */
export interface BuiltBundle {
  file: string;
  /** Its source map (esbuild's, for the same code): profiles name original files through it. */
  sourceMapFile: string;
  bytes: number;
  gzipBytes: number;
}

export const PROCESSOR_ENTRY = functionEntry(PROCESSOR);
export const SEED_ENTRY = "bench/seed/handler.ts";
/** The bare-publish baseline of the invocation CPU goal (a handler, bundled like the others). */
export const BARE_PUBLISH_ENTRY = "bench/baselines/bare-publish.ts";

/** True once the processor agent's handler exists. */
export function processorExists(): boolean {
  return existsSync(join(repoRoot, PROCESSOR_ENTRY));
}

/**
 * Bundles a handler exactly as `npm run build` does (infra/lambda-bundle.ts) and writes it to the
 * benchmark cache with a source map of the same code (checked byte for byte), so ours and the
 * baselines go through the same esbuild options.
 *
 * @example const ours = await buildBundle(PROCESSOR_ENTRY, "processor");
 */
export async function buildBundle(entry: string, name: string): Promise<BuiltBundle> {
  mkdirSync(cacheDir, { recursive: true });
  const file = join(cacheDir, `${name}.mjs`);
  const [shipped, mapped] = await Promise.all([
    bundleFunction(entry),
    build({ ...lambdaBundleOptions(entry), sourcemap: "external", outfile: file }),
  ]);
  const code = mapped.outputFiles.find((f) => f.path === file)?.text;
  const map = mapped.outputFiles.find((f) => f.path === `${file}.map`)?.text;
  if (code !== shipped.code || map === undefined) {
    throw new Error(
      `bundling ${entry} with a source map gave other code than npm run build's: check lambdaBundleOptions in infra/lambda-bundle.ts`,
    );
  }
  writeFileSync(file, shipped.code);
  writeFileSync(`${file}.map`, map);
  return {
    file,
    sourceMapFile: `${file}.map`,
    bytes: shipped.bytes,
    gzipBytes: gzipSync(shipped.code).length,
  };
}

/**
 * The environment a function of the topology (its key: "processor", "fulfilment", ...) runs with:
 * what the Lambda runtime sets, plus the function's own variables as the topology renders them,
 * with placeholder topic ARNs and table names.
 *
 * @example functionEnvironment("fulfilment").IDEMPOTENCY_TABLE_NAME // "fulfilment-idempotency"
 */
export function functionEnvironment(key: string): Record<string, string> {
  const fn = lookup(buildTopology(defaultTopologySettings).functions, key, "function");
  return {
    AWS_REGION: "us-east-1",
    AWS_DEFAULT_REGION: "us-east-1",
    AWS_ACCESS_KEY_ID: "bench",
    AWS_SECRET_ACCESS_KEY: "bench",
    AWS_LAMBDA_FUNCTION_NAME: `order-${key}`,
    AWS_LAMBDA_FUNCTION_VERSION: "$LATEST",
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(fn.memorySizeMb),
    AWS_EXECUTION_ENV: "AWS_Lambda_nodejs22.x",
    ...resolveEnvironment(
      fn,
      (topic) => `arn:aws:sns:us-east-1:000000000000:${topic}`,
      (table) => table,
    ),
  };
}

/**
 * Bytes of a minified bundle per package (or per repository folder): what a bundle is made of.
 * The esbuild options of infra/lambda-bundle.ts (lambdaBundleOptions), plus a metafile.
 *
 * @example (await bundleComposition(PROCESSOR_ENTRY))["generated/validators"] // 33_000
 */
export async function bundleComposition(entry: string): Promise<Record<string, number>> {
  const result = await build({ ...lambdaBundleOptions(entry), metafile: true });
  const output = Object.values(result.metafile.outputs)[0];
  const parts: Record<string, number> = {};
  for (const [path, input] of Object.entries(output?.inputs ?? {})) {
    const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
    const key = inPackage?.[1] ?? path.split("/").slice(0, 2).join("/");
    parts[key] = (parts[key] ?? 0) + input.bytesInOutput;
  }
  return parts;
}
