import { SNSClient, type SNSClientConfig } from "@aws-sdk/client-sns";
import { defaultPublishTiming, type PublishTiming } from "./config";

/**
 * The processor's SNS client: the SDK's client with a connection timeout and a request timeout on
 * every HTTP attempt, so an SNS endpoint that accepts the connection and never answers costs one
 * `requestTimeoutMs` per attempt (a `TimeoutError`, which the SDK's standard retry strategy retries)
 * instead of the SDK's default of waiting up to five minutes of socket inactivity.
 *
 * `throwOnRequestTimeout` is required: without it the SDK's `requestTimeout` only logs a warning.
 * Everything else (Region, credentials, endpoint from AWS_ENDPOINT_URL_SNS, `maxAttempts`) comes
 * from `config` and the environment as usual.
 *
 * @example const sns = createSnsClient(readProcessorConfig(process.env).timing);
 */
export function createSnsClient(
  timing: PublishTiming = defaultPublishTiming,
  config: Omit<SNSClientConfig, "requestHandler"> = {},
): SNSClient {
  return new SNSClient({
    ...config,
    requestHandler: {
      connectionTimeout: timing.connectionTimeoutMs,
      requestTimeout: timing.requestTimeoutMs,
      throwOnRequestTimeout: true,
    },
  });
}
