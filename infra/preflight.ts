import type { Topology } from "../topology/types";
import { reservationProblems } from "./concurrency";
import { nameLengthProblems } from "./naming";

/**
 * What would make `pulumi up` fail late, or the stack fail in use, found before any resource is
 * planned: names longer than AWS allows for this stack, functions whose handler file does not
 * exist, and reserved concurrency that asynchronous invocations could exhaust under the SQS
 * mapping. `fileExists` is given a path relative to the repository root.
 *
 * @example preflightProblems("order-events-dev", topology, (p) => existsSync(join(__dirname, p))) // []
 */
export function preflightProblems(
  prefix: string,
  topology: Pick<Topology, "functions" | "queues" | "eventSourceMappings" | "asyncInvokeConfigs">,
  fileExists: (relativePath: string) => boolean,
): string[] {
  return [
    ...nameLengthProblems(prefix, topology),
    ...reservationProblems(topology),
    ...topology.functions
      .filter((fn) => !fileExists(fn.entry))
      .map(
        (fn) =>
          `${fn.entry} does not exist, but the topology declares function ${fn.key}: add its handler, or remove it from topology/consumers.ts`,
      ),
  ];
}
