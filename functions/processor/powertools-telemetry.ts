import { type Logger, LogLevelThreshold } from "@aws-lambda-powertools/logger";
import { type Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";
import type { Context } from "aws-lambda";
import type { ProcessorHandler } from "./create-handler";
import type { ProcessorLogger, ProcessorMetrics } from "./telemetry";

/**
 * The processor's handler as Lambda runs it with Powertools: the Lambda context on every log line,
 * the `ColdStart` metric (its own EMF document, on a cold start), and the invocation's EMF document
 * written when it ends, also when it throws.
 *
 * @example
 * export const handler = withPowertools(createProcessorHandler({ config, publisher, logger: powertoolsLogger(logger), metrics: powertoolsMetrics(metrics) }), logger, metrics);
 */
export function withPowertools(
  processEvent: ProcessorHandler,
  logger: Logger,
  metrics: Metrics,
): (event: unknown, context?: Context) => ReturnType<ProcessorHandler> {
  return async (event, context) => {
    if (context) logger.addContext(context);
    metrics.captureColdStartMetric(context?.functionName);
    try {
      return await processEvent(event, context);
    } finally {
      metrics.publishStoredMetrics();
    }
  };
}

/**
 * The processor's logger over Powertools' `Logger` (JSON lines with level, timestamp, service and, once
 * `addContext` ran, the Lambda request id and cold start).
 *
 * @example const logger = powertoolsLogger(new Logger({ serviceName: "order-processor" }));
 */
export function powertoolsLogger(logger: Logger): ProcessorLogger {
  return {
    debug: (message, attributes) => logger.debug(message, attributes ?? {}),
    info: (message, attributes) => logger.info(message, attributes ?? {}),
    warn: (message, attributes) => logger.warn(message, attributes ?? {}),
    error: (message, attributes) => logger.error(message, attributes ?? {}),
    // The invocation's level: it follows setLogLevel and debug sampling (POWERTOOLS_LOGGER_SAMPLE_RATE).
    isDebugEnabled: () => logger.level <= LogLevelThreshold.DEBUG,
  };
}

/**
 * The processor's metrics over Powertools' `Metrics`: CloudWatch embedded metric format written to
 * stdout when `metrics.publishStoredMetrics()` runs at the end of the invocation, one EMF document
 * per invocation, no API calls. A count broken down by dimensions becomes a metric of its own in
 * that same document, named after the count and the dimension values (`FailureOutcomes.INVALID_JSON`):
 * one document can hold one value per dimension, a batch has several error codes, and a document
 * per code (Powertools' `singleMetric()`) costs a new `Metrics` and an EMF line each.
 *
 * @example const metrics = powertoolsMetrics(new Metrics({ namespace: "OrderEvents" }));
 */
export function powertoolsMetrics(metrics: Metrics): ProcessorMetrics {
  return {
    count(name, value, dimensions) {
      let metricName: string = name;
      if (dimensions) for (const key in dimensions) metricName += `.${dimensions[key]}`;
      metrics.addMetric(metricName, MetricUnit.Count, value);
    },
  };
}
