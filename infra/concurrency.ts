import type { Topology } from "../topology/types";

/** What a function's reservation must cover, and what it reserves. */
export interface ReservationNeed {
  function: string;
  reserved: number;
  /** Sum of its SQS mappings' maximumConcurrency. */
  sqs: number;
  /** Executions kept for asynchronous invocations (0 for a function not invoked asynchronously). */
  asyncHeadroom: number;
}

/**
 * The reserved-concurrency rule, stated once: a reservation holds at least its SQS mappings'
 * maximum concurrency plus the executions kept for asynchronous invocations. Lambda counts both
 * kinds of invocation against one reservation, so asynchronous traffic in a reservation sized for
 * the mappings alone throttles the mappings (and throttled SQS batches count as receives towards
 * the DLQ). The stack configuration, the preflight and the policy pack all judge by it.
 *
 * @example reservationShortfall({ function: "processor", reserved: 60, sqs: 50, asyncHeadroom: 10 }) // undefined
 * @example reservationShortfall({ function: "processor", reserved: 50, sqs: 50, asyncHeadroom: 10 }) // "function processor reserves 50 …"
 */
export function reservationShortfall(need: ReservationNeed): string | undefined {
  const minimum = need.sqs + need.asyncHeadroom;
  if (need.reserved >= minimum) return undefined;
  return `function ${need.function} reserves ${need.reserved} concurrent executions, fewer than its SQS mappings' maximum concurrency (${need.sqs}) plus the ${need.asyncHeadroom} kept for asynchronous invocations: asynchronous traffic would throttle the SQS mapping. Reserve at least ${minimum}, lower the mapping's maximum concurrency, or reserve none.`;
}

/**
 * For each function of a topology that reserves concurrency: its reservation against what its SQS
 * mappings may take plus the headroom kept for its asynchronous invocations.
 *
 * @example reservationNeeds(topology) // [{ function: "processor", reserved: 60, sqs: 50, asyncHeadroom: 10 }]
 */
export function reservationNeeds(
  topology: Pick<Topology, "functions" | "eventSourceMappings" | "asyncInvokeConfigs">,
): ReservationNeed[] {
  return topology.functions
    .filter((fn) => fn.reservedConcurrency !== undefined)
    .map((fn) => ({
      function: fn.key,
      reserved: fn.reservedConcurrency ?? 0,
      sqs: topology.eventSourceMappings
        .filter((m) => m.function === fn.key)
        .reduce((sum, m) => sum + m.maximumConcurrency, 0),
      asyncHeadroom: fn.invocation.asynchronous
        ? (topology.asyncInvokeConfigs.find((a) => a.function === fn.key)?.concurrencyHeadroom ?? 0)
        : 0,
    }));
}

/**
 * The reservations of a topology that break the rule (`reservationShortfall`), as readable
 * problems (empty when every reservation covers its mappings and its headroom).
 *
 * @example reservationProblems(buildTopology(settings)) // []
 */
export function reservationProblems(
  topology: Pick<Topology, "functions" | "eventSourceMappings" | "asyncInvokeConfigs">,
): string[] {
  return reservationNeeds(topology)
    .map(reservationShortfall)
    .filter((problem): problem is string => problem !== undefined);
}
