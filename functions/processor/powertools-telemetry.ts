import type { Logger } from "@aws-lambda-powertools/logger";
import { type Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";
import type { ProcessorLogger, ProcessorMetrics } from "./telemetry";

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
  };
}

/**
 * The processor's metrics over Powertools' `Metrics`: CloudWatch embedded metric format written to
 * stdout, no API calls. A count with dimensions goes out at once as a single metric (its own EMF
 * line); the others wait for `metrics.publishStoredMetrics()` at the end of the invocation.
 *
 * @example const metrics = powertoolsMetrics(new Metrics({ namespace: "OrderEvents" }));
 */
export function powertoolsMetrics(metrics: Metrics): ProcessorMetrics {
  return {
    count(name, value, dimensions) {
      if (dimensions && Object.keys(dimensions).length > 0) {
        const single = metrics.singleMetric();
        single.addDimensions(dimensions);
        single.addMetric(name, MetricUnit.Count, value);
        return;
      }
      metrics.addMetric(name, MetricUnit.Count, value);
    },
  };
}
