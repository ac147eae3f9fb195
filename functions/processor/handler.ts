// The deployed entry point. Everything is read and built once per cold start: a missing or malformed
// environment variable throws here, at import, so the cold start fails naming the variable.
import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import { readProcessorConfig } from "./config";
import { createProcessorHandler } from "./create-handler";
import { powertoolsLogger, powertoolsMetrics, withPowertools } from "./powertools-telemetry";
import { createSnsClient } from "./sns-client";
import { createSnsOutcomePublisher } from "./sns-publisher";

const config = readProcessorConfig(process.env);
// Service name, namespace and log level: Powertools reads POWERTOOLS_SERVICE_NAME,
// POWERTOOLS_METRICS_NAMESPACE and POWERTOOLS_LOG_LEVEL itself; the topology sets all three.
const logger = new Logger();
const metrics = new Metrics();
// Region, credentials and endpoint come from the environment (AWS_ENDPOINT_URL_SNS for emulators);
// connection and request timeouts from the configuration.
const publisher = createSnsOutcomePublisher(createSnsClient(config.timing));

/**
 * The processor Lambda. An SQS event (an object with `Records`) returns a partial batch response
 * after publishing one outcome per record, before the Lambda timeout whatever SNS does; any other
 * payload is an asynchronous invocation and returns the SUCCESS outcome or throws
 * `OrderRejectedError` (`OrderRejected.<ERROR_CODE>`). Logs and metrics go through Powertools.
 *
 * @example
 * // SUCCESS_TOPIC_ARN and FAILURE_TOPIC_ARN set before import
 * const { handler } = await import("./handler");
 * await handler(sqsEvent, context); // { batchItemFailures: [] }
 */
export const handler = withPowertools(
  createProcessorHandler({
    config,
    publisher,
    logger: powertoolsLogger(logger),
    metrics: powertoolsMetrics(metrics),
  }),
  logger,
  metrics,
);
