import { join } from "node:path";
import type { Context } from "aws-lambda";
import type { FunctionSpec } from "../../topology/types";

/** A Lambda handler as the local runtime calls it. */
export type LambdaHandler = (event: unknown, context?: Context) => unknown;

/** A function loaded from its handler module, as Lambda would run it. */
export interface LoadedFunction {
  readonly spec: FunctionSpec;
  readonly handler: LambdaHandler;
  /** The environment it was started with (its cold start read it). */
  readonly environment: Readonly<Record<string, string>>;
}

const repoRoot = join(__dirname, "..", "..");
/** Environments handler modules were loaded with, by entry: a module reads its environment once. */
const loadedWith = new Map<string, string>();

/**
 * Loads a function's handler module (functions/<key>/handler.ts) the way a cold start does: its
 * environment variables are set first, then the module is imported and reads them once. A module
 * is loaded once per process (Node caches it), so loading the same function again with a different
 * environment throws instead of silently running with the first one.
 *
 * @example
 * const processor = await loadFunction(spec, { SUCCESS_TOPIC_ARN: "arn:aws:sns:…", … });
 * await processor.handler(sqsEvent, context);
 */
export async function loadFunction(
  spec: FunctionSpec,
  environment: Readonly<Record<string, string>>,
): Promise<LoadedFunction> {
  const fingerprint = JSON.stringify(Object.entries(environment).sort());
  const earlier = loadedWith.get(spec.entry);
  if (earlier !== undefined && earlier !== fingerprint) {
    throw new Error(
      `${spec.entry} was already started in this process with another environment; a handler module reads its environment once (cold start). Run one local pipeline per process (in tests: one per test file).`,
    );
  }
  Object.assign(process.env, environment);
  const module = (await import(join(repoRoot, spec.entry))) as { handler?: unknown };
  if (typeof module.handler !== "function") {
    throw new Error(
      `${spec.entry} does not export a function named handler; the topology declares handler ${spec.handler}`,
    );
  }
  loadedWith.set(spec.entry, fingerprint);
  return { spec, handler: module.handler as LambdaHandler, environment };
}
