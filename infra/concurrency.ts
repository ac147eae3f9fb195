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
 * For each function that reserves concurrency: its reservation against what its SQS mappings may
 * take plus the headroom kept for its asynchronous invocations. Lambda counts both kinds of
 * invocation against one reservation, so asynchronous traffic in a reservation sized for the
 * mappings alone throttles the mappings (and throttled SQS batches count as receives towards the DLQ).
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
 * Reservations too small for their SQS mappings plus their asynchronous headroom, as readable
 * problems (empty when every reservation covers both).
 *
 * @example reservationProblems(buildTopology(settings)) // []
 */
export function reservationProblems(
  topology: Pick<Topology, "functions" | "eventSourceMappings" | "asyncInvokeConfigs">,
): string[] {
  return reservationNeeds(topology)
    .filter((n) => n.reserved < n.sqs + n.asyncHeadroom)
    .map(
      (n) =>
        `function ${n.function} reserves ${n.reserved} concurrent executions, fewer than its SQS mappings' maximum concurrency (${n.sqs}) plus the ${n.asyncHeadroom} kept for asynchronous invocations: asynchronous traffic would throttle the SQS mapping. Reserve at least ${n.sqs + n.asyncHeadroom}, lower the mapping's maximum concurrency, or reserve none.`,
    );
}
