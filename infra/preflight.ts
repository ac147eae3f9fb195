import type { Topology } from "../topology/types";
import { nameLengthProblems } from "./naming";

/**
 * What would make `pulumi up` fail late, found before any resource is planned: names longer than
 * AWS allows for this stack, and functions whose handler file does not exist. `fileExists` is
 * given a path relative to the repository root.
 *
 * @example preflightProblems("order-events-dev", topology, (p) => existsSync(join(__dirname, p))) // []
 */
export function preflightProblems(
  prefix: string,
  topology: Pick<Topology, "functions">,
  fileExists: (relativePath: string) => boolean,
): string[] {
  return [
    ...nameLengthProblems(prefix, topology),
    ...topology.functions
      .filter((fn) => !fileExists(fn.entry))
      .map(
        (fn) =>
          `${fn.entry} does not exist, but the topology declares function ${fn.key}: add its handler, or remove it from topology/consumers.ts`,
      ),
  ];
}
