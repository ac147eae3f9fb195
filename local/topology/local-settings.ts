import { REPORT_BATCH_ITEM_FAILURES } from "../../topology/enums";
import { resolveEnvironment } from "../../topology/render";
import type { FunctionSpec, Topology } from "../../topology/types";
import type { RenderedTopology } from "./render-emulator";

/** How the local runtime runs one event source mapping (Lambda's CreateEventSourceMapping terms). */
export interface LocalMappingSettings {
  readonly key: string;
  readonly function: string;
  readonly queue: string;
  readonly batchSize: number;
  readonly maximumBatchingWindowSeconds: number;
  readonly reportBatchItemFailures: boolean;
  /** As declared; the local runtime may run fewer pollers (a laptop is not a Lambda fleet). */
  readonly maximumConcurrency: number;
}

/** How the local runtime runs asynchronous invocations of one function (EventInvokeConfig terms). */
export interface LocalInvokeSettings {
  readonly function: string;
  readonly maximumRetryAttempts: number;
  readonly maximumEventAgeSeconds: number;
  readonly onSuccessDestinationArn: string;
  readonly onFailureDestinationArn: string;
}

/**
 * The event source mappings the local runtime runs: exactly the topology's. Pure.
 *
 * @example mappingSettings(buildTopology())[0] // { key: "processor-orders", batchSize: 100, maximumBatchingWindowSeconds: 1, … }
 */
export function mappingSettings(topology: Topology): LocalMappingSettings[] {
  return topology.eventSourceMappings.map((m) => ({
    key: m.key,
    function: m.function,
    queue: m.queue,
    batchSize: m.batchSize,
    maximumBatchingWindowSeconds: m.maximumBatchingWindowSeconds,
    reportBatchItemFailures: m.functionResponseTypes.includes(REPORT_BATCH_ITEM_FAILURES),
    maximumConcurrency: m.maximumConcurrency,
  }));
}

/**
 * The asynchronous invoke configs the local runtime applies, destinations resolved to the
 * emulator's topic ARNs. Pure.
 */
export function invokeSettings(
  topology: Topology,
  rendered: RenderedTopology,
): LocalInvokeSettings[] {
  return topology.asyncInvokeConfigs.map((c) => ({
    function: c.function,
    maximumRetryAttempts: c.maximumRetryAttempts,
    maximumEventAgeSeconds: c.maximumEventAgeSeconds,
    onSuccessDestinationArn: rendered.topic(c.onSuccessTopic).arn,
    onFailureDestinationArn: rendered.topic(c.onFailureTopic).arn,
  }));
}

/**
 * A function's environment as the topology declares it, topic references resolved to the
 * emulator's ARNs and table references to the local DynamoDB's table names (the local runtime
 * adds only what points the SDK at the emulators). Pure.
 */
export function functionEnvironment(
  spec: FunctionSpec,
  rendered: RenderedTopology,
  tableNames: ReadonlyMap<string, string> = new Map(),
): Record<string, string> {
  return resolveEnvironment(
    spec,
    (topic) => rendered.topic(topic).arn,
    (table) => {
      const name = tableNames.get(table);
      if (name === undefined)
        throw new Error(`table ${table} was not created on the local DynamoDB`);
      return name;
    },
  );
}
