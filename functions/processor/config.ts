import { defaultRulesConfig, type RulesConfig } from "./core";
import { ProcessorConfigError } from "./errors";

/** Everything the processor reads from its environment. */
export interface ProcessorConfig {
  /** SUCCESS_TOPIC_ARN: where SUCCESS outcomes go. */
  readonly successTopicArn: string;
  /** FAILURE_TOPIC_ARN: where FAILURE outcomes go. */
  readonly failureTopicArn: string;
  readonly rules: RulesConfig;
  /** How long to wait on SNS; absent means `defaultPublishTiming`. */
  readonly timing?: PublishTiming;
}

/**
 * How long the processor waits on SNS. The SDK's own limits bound each HTTP attempt; the deadline
 * bounds the whole invocation, so a batch never runs into the Lambda timeout waiting on SNS.
 */
export interface PublishTiming {
  /** SNS_CONNECTION_TIMEOUT_MS: most time to open a connection to SNS, per attempt. */
  readonly connectionTimeoutMs: number;
  /** SNS_REQUEST_TIMEOUT_MS: most time one HTTP attempt may wait for SNS's answer; the SDK then retries. */
  readonly requestTimeoutMs: number;
  /**
   * PUBLISH_DEADLINE_MARGIN_MS: the SQS path stops waiting on publishes this long before the
   * Lambda timeout (`context.getRemainingTimeInMillis()`), and names every unconfirmed record in
   * batchItemFailures.
   */
  readonly deadlineMarginMs: number;
}

/** The defaults: a PublishBatch answers in tens of milliseconds; three 3 s attempts fit a 30 s timeout. */
export const defaultPublishTiming: PublishTiming = Object.freeze({
  connectionTimeoutMs: 1000,
  requestTimeoutMs: 3000,
  deadlineMarginMs: 1000,
});

// A standard topic (PublishBatch here sets no MessageGroupId, which FIFO topics require).
const TOPIC_ARN = /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/;
const WHOLE_NUMBER = /^\d{1,16}$/;
const CURRENCY = /^[A-Z]{3}$/;

type Env = Readonly<Record<string, string | undefined>>;
type Problems = { variable: string; problem: string }[];

/**
 * Reads and checks the processor's configuration, once, at start-up. Every problem is collected and
 * thrown as one `ProcessorConfigError` naming each variable: a missing or malformed value fails the
 * cold start instead of the first message.
 *
 * | variable | default | meaning |
 * |---|---|---|
 * | SUCCESS_TOPIC_ARN, FAILURE_TOPIC_ARN | required | standard SNS topics for the outcomes |
 * | ACCEPTED_CURRENCIES | EUR,USD,GBP | comma-separated ISO 4217 codes |
 * | MAX_LINE_ITEMS | 50 | 1 to 100 |
 * | MAX_TOTAL_QUANTITY | 1000 | 1 to 1,000,000 |
 * | MAX_ORDER_TOTAL_MINOR | 10000000 | 0 to 10^14 |
 * | MAX_BODY_BYTES | 262144 | 1 to 1,048,576 (SQS's largest message) |
 * | MAX_ECHO_BODY_BYTES | 65536 | 0 to 262,144 |
 * | CLOCK_SKEW_SECONDS | 300 | 0 to 86,400 |
 * | SNS_CONNECTION_TIMEOUT_MS | 1000 | 10 to 60,000 |
 * | SNS_REQUEST_TIMEOUT_MS | 3000 | 10 to 900,000 |
 * | PUBLISH_DEADLINE_MARGIN_MS | 1000 | 50 to 60,000 |
 *
 * @example const config = readProcessorConfig(process.env); // throws ProcessorConfigError when wrong
 */
export function readProcessorConfig(env: Env): ProcessorConfig {
  const problems: Problems = [];
  const d = defaultRulesConfig;
  const t = defaultPublishTiming;
  const config: ProcessorConfig = {
    successTopicArn: topicArn(env, "SUCCESS_TOPIC_ARN", problems),
    failureTopicArn: topicArn(env, "FAILURE_TOPIC_ARN", problems),
    rules: {
      acceptedCurrencies: currencies(env, "ACCEPTED_CURRENCIES", d.acceptedCurrencies, problems),
      maxLineItems: whole(env, "MAX_LINE_ITEMS", d.maxLineItems, 1, 100, problems),
      maxTotalQuantity: whole(
        env,
        "MAX_TOTAL_QUANTITY",
        d.maxTotalQuantity,
        1,
        1_000_000,
        problems,
      ),
      maxOrderTotalMinor: whole(
        env,
        "MAX_ORDER_TOTAL_MINOR",
        d.maxOrderTotalMinor,
        0,
        1e14,
        problems,
      ),
      maxBodyBytes: whole(env, "MAX_BODY_BYTES", d.maxBodyBytes, 1, 1_048_576, problems),
      maxEchoBodyBytes: whole(env, "MAX_ECHO_BODY_BYTES", d.maxEchoBodyBytes, 0, 262_144, problems),
      clockSkewSeconds: whole(env, "CLOCK_SKEW_SECONDS", d.clockSkewSeconds, 0, 86_400, problems),
    },
    timing: {
      connectionTimeoutMs: whole(
        env,
        "SNS_CONNECTION_TIMEOUT_MS",
        t.connectionTimeoutMs,
        10,
        60_000,
        problems,
      ),
      requestTimeoutMs: whole(
        env,
        "SNS_REQUEST_TIMEOUT_MS",
        t.requestTimeoutMs,
        10,
        900_000,
        problems,
      ),
      deadlineMarginMs: whole(
        env,
        "PUBLISH_DEADLINE_MARGIN_MS",
        t.deadlineMarginMs,
        50,
        60_000,
        problems,
      ),
    },
  };
  if (problems.length === 0 && config.successTopicArn === config.failureTopicArn) {
    problems.push({
      variable: "FAILURE_TOPIC_ARN",
      problem: `is the same topic as SUCCESS_TOPIC_ARN (${config.successTopicArn}); outcomes of each status need their own topic`,
    });
  }
  if (problems.length > 0) throw new ProcessorConfigError(problems);
  return config;
}

function topicArn(env: Env, variable: string, problems: Problems): string {
  const value = env[variable]?.trim();
  if (!value) {
    problems.push({
      variable,
      problem:
        "is not set; set it to a standard SNS topic ARN (arn:aws:sns:<region>:<account>:<name>)",
    });
    return "";
  }
  if (!TOPIC_ARN.test(value)) {
    problems.push({
      variable,
      problem: `is ${JSON.stringify(value)}, not a standard SNS topic ARN (arn:aws:sns:<region>:<12-digit account>:<name>, no .fifo)`,
    });
  }
  return value;
}

function whole(
  env: Env,
  variable: string,
  fallback: number,
  min: number,
  max: number,
  problems: Problems,
): number {
  const raw = env[variable];
  if (raw === undefined || raw.trim() === "") return fallback;
  const text = raw.trim();
  const value = WHOLE_NUMBER.test(text) ? Number(text) : Number.NaN;
  if (!(value >= min && value <= max)) {
    problems.push({
      variable,
      problem: `is ${JSON.stringify(raw)}, expected a whole number from ${min} to ${max}; fix it or unset it to use the default ${fallback}`,
    });
    return fallback;
  }
  return value;
}

function currencies(
  env: Env,
  variable: string,
  fallback: readonly string[],
  problems: Problems,
): readonly string[] {
  const raw = env[variable];
  if (raw === undefined || raw.trim() === "") return fallback;
  const codes = raw.split(",").map((c) => c.trim());
  const bad = codes.filter((c) => !CURRENCY.test(c));
  if (bad.length > 0) {
    problems.push({
      variable,
      problem: `is ${JSON.stringify(raw)}: ${bad.map((c) => JSON.stringify(c)).join(", ")} ${bad.length === 1 ? "is not" : "are not"} an ISO 4217 code (three upper-case letters); give a comma-separated list such as "EUR,USD,GBP" or unset it to use the default ${fallback.join(",")}`,
    });
    return fallback;
  }
  return Object.freeze([...new Set(codes)]);
}
