// The processor's settings, declared once: the environment variable each is read from, its
// default, its bounds and what it means. The processor reads its environment with this table; the
// topology renders the environment from it; the stack configuration keys, the order producer, the
// docs (docs/configuration.md, generated) and the tests derive from it. Plain data (and AWS's size
// limits, also plain data), so the processor's bundle carries it at no cost.

import { SNS_MAX_MESSAGE_BYTES, SQS_MAX_MESSAGE_BYTES } from "../validation/aws-limits";

/** A whole number within [min, max]. */
export interface IntegerSetting {
  readonly kind: "integer";
  /** The environment variable the processor reads it from. */
  readonly variable: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  /** Where the bounds come from, shown when a value is out of range. */
  readonly limit: string;
  readonly meaning: string;
}

/** A list of ISO 4217 currency codes, written comma-separated in the environment. */
export interface CurrencyListSetting {
  readonly kind: "currencies";
  readonly variable: string;
  readonly default: readonly string[];
  readonly meaning: string;
}

/** A standard SNS topic's ARN; required, so it has no default. */
export interface TopicArnSetting {
  readonly kind: "topic-arn";
  readonly variable: string;
  readonly meaning: string;
}

/** One setting of the processor. */
export type ProcessorSetting = IntegerSetting | CurrencyListSetting | TopicArnSetting;

/** A setting that falls back to a default when its variable is unset. */
export type DefaultedSetting = IntegerSetting | CurrencyListSetting;

/**
 * Every setting of the processor, by group and name (the name is the field of the processor's
 * configuration, and for rules also the stack configuration key). Groups and settings are listed
 * in the order the processor reports problems and the docs list them.
 *
 * @example processorSettings.rules.maxLineItems.variable // "MAX_LINE_ITEMS"
 * @example processorSettings.rules.maxLineItems.default // 50
 */
export const processorSettings = {
  /** Where outcomes go: one topic per status. */
  topics: {
    successTopicArn: {
      kind: "topic-arn",
      variable: "SUCCESS_TOPIC_ARN",
      meaning: "Standard SNS topic of the SUCCESS outcomes",
    },
    failureTopicArn: {
      kind: "topic-arn",
      variable: "FAILURE_TOPIC_ARN",
      meaning: "Standard SNS topic of the FAILURE outcomes, not the success topic",
    },
  },
  /** The business and body limits the pure core applies to each order. */
  rules: {
    acceptedCurrencies: {
      kind: "currencies",
      variable: "ACCEPTED_CURRENCIES",
      default: ["EUR", "USD", "GBP"],
      meaning: "ISO 4217 codes the processor accepts",
    },
    maxLineItems: {
      kind: "integer",
      variable: "MAX_LINE_ITEMS",
      default: 50,
      min: 1,
      max: 100,
      limit: "order schema (line_items maxItems)",
      meaning: "Most lines an order may have",
    },
    maxTotalQuantity: {
      kind: "integer",
      variable: "MAX_TOTAL_QUANTITY",
      default: 1000,
      min: 1,
      max: 1_000_000,
      limit: "order schema (100 lines x 10000 units)",
      meaning: "Most units an order may have in total",
    },
    maxOrderTotalMinor: {
      kind: "integer",
      variable: "MAX_ORDER_TOTAL_MINOR",
      default: 10_000_000,
      min: 0,
      max: 100_000_000_000_000,
      limit: "order schema (100 lines x 10000 units x 10^8 minor units)",
      meaning: "Highest order total in minor units",
    },
    maxBodyBytes: {
      kind: "integer",
      variable: "MAX_BODY_BYTES",
      default: 262_144,
      min: 1,
      max: SQS_MAX_MESSAGE_BYTES,
      limit: "SQS message size",
      meaning:
        "Largest order body the processor parses, bytes; a larger one fails with BODY_TOO_LARGE",
    },
    maxEchoBodyBytes: {
      kind: "integer",
      variable: "MAX_ECHO_BODY_BYTES",
      default: 65_536,
      min: 0,
      max: SNS_MAX_MESSAGE_BYTES,
      limit: "SNS message size (the echo travels inside an outcome)",
      meaning: "Largest body echoed in an outcome, bytes",
    },
    clockSkewSeconds: {
      kind: "integer",
      variable: "CLOCK_SKEW_SECONDS",
      default: 300,
      min: 0,
      max: 86_400,
      limit: "one day",
      meaning: "How far in the future submitted_at may be, seconds",
    },
  },
  /**
   * How long the processor waits on SNS: the SDK's limits bound each HTTP attempt, the deadline
   * bounds the whole invocation. A PublishBatch answers in tens of milliseconds; three 3 s
   * attempts fit the default 30 s timeout.
   */
  timing: {
    connectionTimeoutMs: {
      kind: "integer",
      variable: "SNS_CONNECTION_TIMEOUT_MS",
      default: 1000,
      min: 10,
      max: 60_000,
      limit: "one minute",
      meaning: "Most time to open a connection to SNS, per attempt, ms",
    },
    requestTimeoutMs: {
      kind: "integer",
      variable: "SNS_REQUEST_TIMEOUT_MS",
      default: 3000,
      min: 10,
      max: 900_000,
      limit: "Lambda's longest timeout",
      meaning: "Most time one HTTP attempt waits for SNS's answer before the SDK retries, ms",
    },
    deadlineMarginMs: {
      kind: "integer",
      variable: "PUBLISH_DEADLINE_MARGIN_MS",
      default: 1000,
      min: 50,
      max: 60_000,
      limit: "one minute",
      meaning:
        "How long before the Lambda timeout the SQS path stops waiting on publishes and names every unconfirmed record in batchItemFailures, ms",
    },
  },
} as const satisfies Record<string, Record<string, ProcessorSetting>>;

/** The groups of settings. */
export type ProcessorSettingGroups = typeof processorSettings;

/** The value a setting holds once read: a number, a list of codes, or an ARN. */
export type SettingValue<S> = S extends { kind: "integer" }
  ? number
  : S extends { kind: "currencies" }
    ? string[]
    : string;

/**
 * The values of a group of settings, by name.
 *
 * @example const rules: SettingValues<typeof processorSettings.rules> = settingDefaults(processorSettings.rules);
 */
export type SettingValues<G> = { -readonly [K in keyof G]: SettingValue<G[K]> };

/**
 * A fresh object of a group's defaults (lists copied, so callers may change them).
 *
 * @example settingDefaults(processorSettings.timing) // { connectionTimeoutMs: 1000, requestTimeoutMs: 3000, deadlineMarginMs: 1000 }
 */
export function settingDefaults<G extends Record<string, DefaultedSetting>>(
  group: G,
): SettingValues<G> {
  return Object.fromEntries(
    Object.entries(group).map(([name, setting]) => [
      name,
      setting.kind === "currencies" ? [...setting.default] : setting.default,
    ]),
  ) as SettingValues<G>;
}
