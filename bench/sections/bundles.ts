import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { bundleFunction, lambdaBundleOptions } from "../../infra/lambda-bundle";
import { processorSettings } from "../../lib/processor-settings";
import { cacheDir, repoRoot } from "../lib/children";

/** A handler bundle written where benchmark children import it from. */
export interface BuiltBundle {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export const PROCESSOR_ENTRY = "functions/processor/handler.ts";
export const SEED_ENTRY = "bench/seed/handler.ts";

/** True once the processor agent's handler exists. */
export function processorExists(): boolean {
  return existsSync(join(repoRoot, PROCESSOR_ENTRY));
}

/**
 * Bundles a handler exactly as `npm run build` does (infra/lambda-bundle.ts) and writes it to the
 * benchmark cache, so ours and the seed's go through the same esbuild options.
 *
 * @example const ours = await buildBundle(PROCESSOR_ENTRY, "processor");
 */
export async function buildBundle(entry: string, name: string): Promise<BuiltBundle> {
  const bundle = await bundleFunction(entry);
  mkdirSync(cacheDir, { recursive: true });
  const file = join(cacheDir, `${name}.mjs`);
  writeFileSync(file, bundle.code);
  return { file, bytes: bundle.bytes, gzipBytes: gzipSync(bundle.code).length };
}

/**
 * The environment a Lambda function of the topology runs with: what the runtime sets, plus the
 * processor's own variables. Both handlers get the same one.
 */
export function lambdaEnvironment(extra: Record<string, string> = {}): Record<string, string> {
  return {
    AWS_REGION: "us-east-1",
    AWS_DEFAULT_REGION: "us-east-1",
    AWS_ACCESS_KEY_ID: "bench",
    AWS_SECRET_ACCESS_KEY: "bench",
    AWS_LAMBDA_FUNCTION_NAME: "order-processor",
    AWS_LAMBDA_FUNCTION_VERSION: "$LATEST",
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: "512",
    AWS_EXECUTION_ENV: "AWS_Lambda_nodejs22.x",
    [processorSettings.topics.successTopicArn.variable]:
      "arn:aws:sns:us-east-1:000000000000:order-success",
    [processorSettings.topics.failureTopicArn.variable]:
      "arn:aws:sns:us-east-1:000000000000:order-failure",
    POWERTOOLS_SERVICE_NAME: "order-processor",
    POWERTOOLS_METRICS_NAMESPACE: "OrderEvents",
    POWERTOOLS_LOG_LEVEL: "INFO",
    ...extra,
  };
}

/**
 * Bytes of a minified bundle per package (or per repository folder): what a bundle is made of.
 * The esbuild options of infra/lambda-bundle.ts (lambdaBundleOptions), plus a metafile.
 *
 * @example (await bundleComposition(PROCESSOR_ENTRY))["generated/validators.cjs"] // 111_000
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
