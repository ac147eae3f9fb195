import { FUNCTION_NAME_MAX_LENGTH } from "../topology/limits";
import type { TopologySettings } from "../topology/settings";
import type { Topology } from "../topology/types";

/**
 * Prefix of every physical name: project and stack, so stacks share an account safely.
 *
 * @example namePrefix("order-events", "dev") // "order-events-dev"
 */
export function namePrefix(project: string, stack: string): string {
  return `${project}-${stack}`.toLowerCase().replace(/[^a-z0-9-]/g, "-");
}

/**
 * A resource's logical name; Pulumi appends a random 8-character suffix (`-1a2b3c4`) to make the
 * physical name of queues, topics, roles and alarms.
 *
 * @example resourceName("order-events-dev", "orders-dlq") // "order-events-dev-orders-dlq"
 */
export function resourceName(prefix: string, key: string): string {
  return `${prefix}-${key}`;
}

/**
 * Physical name of a function: exact (its log group is named after it).
 *
 * @example functionName("order-events-dev", "processor") // "order-events-dev-processor"
 */
export function functionName(prefix: string, key: string): string {
  return resourceName(prefix, key);
}

/**
 * Log group of a function, where Lambda looks by default.
 *
 * @example logGroupName("order-events-dev", "processor") // "/aws/lambda/order-events-dev-processor"
 */
export function logGroupName(prefix: string, key: string): string {
  return `/aws/lambda/${functionName(prefix, key)}`;
}

/**
 * The topology settings of a stack: every function's Powertools service name (its metrics'
 * `service` dimension, which the processor's errors alarm subtracts by) becomes its physical
 * function name, so stacks sharing an account and a metrics namespace emit distinct metrics.
 *
 * @example stackTopologySettings(settings, "order-events-dev") // processor: POWERTOOLS_SERVICE_NAME "order-events-dev-processor"
 */
export function stackTopologySettings(
  settings: TopologySettings,
  prefix: string,
): TopologySettings {
  return { ...settings, observability: { ...settings.observability, serviceNamePrefix: prefix } };
}

// Longest names AWS allows for an IAM role and an SQS queue; Pulumi adds 8 characters to the
// logical name of both.
const ROLE_NAME_MAX_LENGTH = 64;
const QUEUE_NAME_MAX_LENGTH = 80;
const AUTONAME_SUFFIX_LENGTH = 8;

/**
 * Names longer than AWS allows, as readable problems (empty when all fit). Function names are
 * exact; role and queue names get Pulumi's 8-character suffix.
 *
 * @example nameLengthProblems("order-events-a-very-long-stack-name", topology)
 */
export function nameLengthProblems(
  prefix: string,
  topology: Pick<Topology, "functions" | "queues">,
): string[] {
  const problems: string[] = [];
  for (const queue of topology.queues) {
    const name = `${resourceName(prefix, queue.key)}-xxxxxxx`;
    if (name.length > QUEUE_NAME_MAX_LENGTH) {
      problems.push(
        `queue name ${name} would have ${name.length} characters (with Pulumi's ${AUTONAME_SUFFIX_LENGTH}-character suffix), over SQS's ${QUEUE_NAME_MAX_LENGTH}: use a shorter stack name or queue key`,
      );
    }
  }
  for (const fn of topology.functions) {
    const name = functionName(prefix, fn.key);
    if (name.length > FUNCTION_NAME_MAX_LENGTH) {
      problems.push(
        `function name ${name} has ${name.length} characters, over Lambda's ${FUNCTION_NAME_MAX_LENGTH}: use a shorter stack name`,
      );
    }
    const role = `${resourceName(prefix, `${fn.key}-role`)}-xxxxxxx`;
    if (role.length > ROLE_NAME_MAX_LENGTH) {
      problems.push(
        `role name ${role} would have ${role.length} characters (with Pulumi's ${AUTONAME_SUFFIX_LENGTH}-character suffix), over IAM's ${ROLE_NAME_MAX_LENGTH}: use a shorter stack name`,
      );
    }
  }
  return problems;
}
