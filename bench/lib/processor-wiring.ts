import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import { readProcessorConfig } from "../../functions/processor/config";
import { createProcessorHandler } from "../../functions/processor/create-handler";
import {
  powertoolsLogger,
  powertoolsMetrics,
} from "../../functions/processor/powertools-telemetry";
import type { OutcomePublisher, PublishEntryResult } from "../../functions/processor/publisher";
import { noMetrics, silentLogger } from "../../functions/processor/telemetry";
import {
  buildTopology,
  defaultTopologySettings,
  lookup,
  PROCESSOR,
  resolveEnvironment,
} from "../../topology";

/** An in-process transport that accepts every entry and only counts: the benchmark's "SNS". */
export interface CountingPublisher extends OutcomePublisher {
  readonly calls: number;
  readonly entries: number;
}

/**
 * @example const publisher = countingPublisher(); await handler(event); publisher.entries;
 */
export function countingPublisher(): CountingPublisher {
  const state = { calls: 0, entries: 0 };
  return {
    get calls() {
      return state.calls;
    },
    get entries() {
      return state.entries;
    },
    async publishBatch(_topicArn, entries) {
      state.calls++;
      state.entries += entries.length;
      return entries.map((e): PublishEntryResult => ({ id: e.id, ok: true, messageId: e.id }));
    },
  };
}

/**
 * The processor's handler wired as functions/processor/handler.ts wires it (configuration from the
 * environment, Powertools logger and metrics, metrics flushed after every invocation), with the
 * given transport in place of the SNS client. Keep in step with handler.ts. `without` drops the
 * logger or the metrics (for the benchmark's breakdown of where the time goes).
 *
 * @example const handler = processorWithTransport(process.env, countingPublisher());
 */
export function processorWithTransport(
  env: Readonly<Record<string, string | undefined>>,
  publisher: OutcomePublisher,
  without: { logs?: boolean; metrics?: boolean } = {},
): (event: unknown) => Promise<unknown> {
  const config = readProcessorConfig(env);
  // As deployed: the topology's service name and namespace, unless `env` sets its own.
  const observability = resolveEnvironment(
    lookup(buildTopology(defaultTopologySettings).functions, PROCESSOR, "function"),
    (topic) => topic,
    (table) => table,
  );
  const serviceName = env.POWERTOOLS_SERVICE_NAME || String(observability.POWERTOOLS_SERVICE_NAME);
  const logger = new Logger({ serviceName });
  const metrics = new Metrics({
    serviceName,
    namespace:
      env.POWERTOOLS_METRICS_NAMESPACE || String(observability.POWERTOOLS_METRICS_NAMESPACE),
  });
  const processEvent = createProcessorHandler({
    config,
    publisher,
    logger: without.logs ? silentLogger : powertoolsLogger(logger),
    metrics: without.metrics ? noMetrics : powertoolsMetrics(metrics),
  });
  return async (event) => {
    if (!without.metrics) metrics.captureColdStartMetric();
    try {
      return await processEvent(event);
    } finally {
      if (!without.metrics) metrics.publishStoredMetrics();
    }
  };
}
