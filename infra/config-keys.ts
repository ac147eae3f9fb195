// The stack's configuration keys, declared once: where each value goes in StackSettings, its type,
// its bounds and what it means. The parser (config.ts), Pulumi.yaml's `config:` block and the table
// in docs/configuration.md all come from this table (`npm run gen` writes the last two, and
// `npm run gen:check` fails when they drift). Defaults are not repeated here: each key's default is
// the value at its path in defaultStackSettings (topology/settings.ts for the topology's). The keys
// of the processor's rules take their bounds and meaning from the processor's own settings table
// (lib/processor-settings).
import {
  type IntegerSetting,
  isCurrencyCode,
  isStandardTopicArn,
  processorSettings,
} from "../lib/processor-settings";
import { LOG_LEVELS } from "../topology/enums";
import * as limits from "../topology/limits";
import type { TopologySettings } from "../topology/settings";

/** Everything index.ts needs: the topology's settings plus deployment-only ones. */
export interface StackSettings {
  topology: TopologySettings;
  /** SNS topic ARN that alarms notify; undefined: alarms only change state. */
  alarmTopicArn: string | undefined;
  kmsKeyDeletionWindowDays: number;
}

type Leaf = string | number | boolean | readonly unknown[] | undefined;

/** The dotted paths to the leaves of T ("topology.processor.timeoutSeconds"). */
export type LeafPath<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends Leaf
    ? `${Prefix}${K}`
    : LeafPath<NonNullable<T[K]>, `${Prefix}${K}.`>;
}[keyof T & string];

/** Where a key's value goes in StackSettings. */
export type SettingPath = LeafPath<StackSettings>;

interface KeyCommon {
  /** Where the value goes in StackSettings; the key's default is the value found there. */
  path: SettingPath;
  /** What the key means, for Pulumi.yaml and docs/configuration.md. */
  doc: string;
  /**
   * The value that means "none": it is stored as undefined, and an undefined setting shows as it
   * (processorReservedConcurrency -1, alarmTopicArn "").
   */
  unset?: number | string;
}

/** A whole number within [min, max] (the range error names `limit`), or one of `oneOf`. */
export interface IntegerKeySpec extends KeyCommon {
  type: "integer";
  min: number;
  max: number;
  /** Where the range comes from, shown in the error. */
  limit: string;
  /** The only values AWS accepts within the range. */
  oneOf?: readonly number[];
}

/** Text: one of `oneOf`, or whatever `check` accepts (described by `allowed`). */
export interface StringKeySpec extends KeyCommon {
  type: "string";
  oneOf?: readonly string[];
  /** A problem with the value ("is not an SNS topic ARN"), or undefined when it is valid. */
  check?: (value: string) => string | undefined;
  /** What `check` accepts, for the docs. */
  allowed?: string;
}

/** A list of strings (set with `pulumi config set --path 'key[0]' value`). */
export interface StringArrayKeySpec extends KeyCommon {
  type: "array";
  check?: (items: string[]) => string | undefined;
  allowed?: string;
}

/** One configuration key of the program. */
export type ConfigKeySpec = IntegerKeySpec | StringKeySpec | StringArrayKeySpec;

// CloudWatch namespaces: 1-255 printable ASCII, not starting with ':' nor the reserved "AWS/".
const METRICS_NAMESPACE = /^[A-Za-z0-9.\-_/#: ]{1,255}$/;

const RESERVED_CONCURRENCY = { min: 1, max: 1_000_000 } as const;

type Rules = typeof processorSettings.rules;
type IntegerRuleName = {
  [K in keyof Rules]: Rules[K] extends IntegerSetting ? K : never;
}[keyof Rules];

/**
 * The stack key of one of the processor's whole-number rules: its bounds and meaning are the
 * processor's own (`processorSettings.rules`); `note` adds what only the stack checks.
 */
function integerRuleKey(name: IntegerRuleName, note?: string): IntegerKeySpec {
  const setting: IntegerSetting = processorSettings.rules[name];
  return {
    path: `topology.rules.${name}`,
    type: "integer",
    min: setting.min,
    max: setting.max,
    limit: setting.limit,
    doc: `${setting.meaning} (${setting.variable})${note ? `; ${note}` : ""}.`,
  };
}

/** The stack key of the processor's accepted currencies; unlike the variable, it refuses repeats. */
function currencyRuleKey(): StringArrayKeySpec {
  const setting = processorSettings.rules.acceptedCurrencies;
  return {
    path: "topology.rules.acceptedCurrencies",
    type: "array",
    allowed: "ISO 4217 codes (three capital letters), at least one, none twice",
    check: (items) => {
      if (items.length === 0) return "is empty: the processor would reject every order";
      const bad = items.filter((c) => !isCurrencyCode(c));
      if (bad.length > 0) {
        return `holds ${bad.map((c) => JSON.stringify(c)).join(", ")}: each must be three upper-case letters (ISO 4217)`;
      }
      const duplicates = items.filter((c, i) => items.indexOf(c) !== i);
      if (duplicates.length > 0) return `lists ${duplicates.join(", ")} more than once`;
      return undefined;
    },
    doc: `${setting.meaning} (${setting.variable}).`,
  };
}

/**
 * Every configuration key, by its name in the project namespace (`order-events:<key>`), in the
 * order Pulumi.yaml and the docs list them.
 *
 * @example configKeys.ordersBatchSize.path // "topology.processor.batchSize"
 */
export const configKeys = {
  processorTimeoutSeconds: {
    path: "topology.processor.timeoutSeconds",
    type: "integer",
    ...limits.FUNCTION_TIMEOUT,
    limit: "Lambda function timeout",
    doc: "Processor timeout in seconds. The orders queue's visibility timeout is 6 x this + the batching window.",
  },
  processorMemoryMb: {
    path: "topology.processor.memorySizeMb",
    type: "integer",
    ...limits.FUNCTION_MEMORY_MB,
    limit: "Lambda function memory",
    doc: "Processor memory in MB (CPU scales with it).",
  },
  processorReservedConcurrency: {
    path: "topology.processor.reservedConcurrency",
    type: "integer",
    ...RESERVED_CONCURRENCY,
    unset: -1,
    limit:
      "Lambda reserved concurrency; 0 would throttle every invocation of the processor, use -1 for no reservation",
    doc: "Processor reserved concurrency; -1 reserves none. When set, at least ordersMaximumConcurrency + asyncConcurrencyHeadroom.",
  },
  asyncConcurrencyHeadroom: {
    path: "topology.processor.asyncConcurrencyHeadroom",
    type: "integer",
    ...RESERVED_CONCURRENCY,
    limit:
      "Lambda reserved concurrency (at least 1: 0 lets asynchronous invocations take the mapping's share)",
    doc: "Executions a processor reservation keeps for asynchronous invocations above ordersMaximumConcurrency, so they cannot throttle the orders mapping (used when processorReservedConcurrency is set).",
  },
  ordersBatchSize: {
    path: "topology.processor.batchSize",
    type: "integer",
    ...limits.SQS_BATCH_SIZE,
    limit: "SQS event source mapping batch size (standard queue)",
    doc: "Orders per processor invocation (event source mapping batch size); above 10 needs ordersBatchingWindowSeconds >= 1. 100 keeps SNS calls near 0.1 per order (one PublishBatch per ten outcomes).",
  },
  ordersBatchingWindowSeconds: {
    path: "topology.processor.maximumBatchingWindowSeconds",
    type: "integer",
    ...limits.SQS_BATCHING_WINDOW_SECONDS,
    limit: "MaximumBatchingWindowInSeconds",
    doc: "Seconds the processor's event source mapping gathers a batch.",
  },
  ordersMaximumConcurrency: {
    path: "topology.processor.maximumConcurrency",
    type: "integer",
    ...limits.SQS_MAXIMUM_CONCURRENCY,
    limit: "event source mapping ScalingConfig.MaximumConcurrency",
    doc: "Most concurrent processor invocations the orders queue may drive.",
  },
  ordersMaxReceiveCount: {
    path: "topology.processor.maxReceiveCount",
    type: "integer",
    ...limits.MAX_RECEIVE_COUNT,
    limit: "SQS RedrivePolicy maxReceiveCount",
    doc: "Receives of an order before SQS moves it to the orders DLQ (AWS advises >= 5).",
  },
  ordersMessageRetentionSeconds: {
    path: "topology.processor.messageRetentionSeconds",
    type: "integer",
    ...limits.MESSAGE_RETENTION_SECONDS,
    limit: "SQS MessageRetentionPeriod",
    doc: "Seconds the orders queue keeps a message.",
  },
  asyncMaximumRetryAttempts: {
    path: "topology.processor.asyncMaximumRetryAttempts",
    type: "integer",
    ...limits.ASYNC_RETRY_ATTEMPTS,
    limit: "EventInvokeConfig MaximumRetryAttempts",
    doc: "Retries of a failed asynchronous invocation of the processor. 0 because its verdict is deterministic: a retry only delays the OnFailure record.",
  },
  asyncMaximumEventAgeSeconds: {
    path: "topology.processor.asyncMaximumEventAgeSeconds",
    type: "integer",
    ...limits.ASYNC_EVENT_AGE_SECONDS,
    limit: "EventInvokeConfig MaximumEventAgeInSeconds",
    doc: "Seconds an asynchronous event may wait before Lambda gives up on it.",
  },
  acceptedCurrencies: currencyRuleKey(),
  maxLineItems: integerRuleKey("maxLineItems"),
  maxTotalQuantity: integerRuleKey("maxTotalQuantity"),
  maxOrderTotalMinor: integerRuleKey("maxOrderTotalMinor"),
  maxBodyBytes: integerRuleKey("maxBodyBytes"),
  maxEchoBodyBytes: integerRuleKey("maxEchoBodyBytes", "at most maxBodyBytes"),
  clockSkewSeconds: integerRuleKey("clockSkewSeconds"),
  consumerTimeoutSeconds: {
    path: "topology.consumer.timeoutSeconds",
    type: "integer",
    ...limits.FUNCTION_TIMEOUT,
    limit: "Lambda function timeout",
    doc: "Timeout of each consumer function, seconds; sets its queue's visibility timeout.",
  },
  consumerMemoryMb: {
    path: "topology.consumer.memorySizeMb",
    type: "integer",
    ...limits.FUNCTION_MEMORY_MB,
    limit: "Lambda function memory",
    doc: "Memory of each consumer function, MB.",
  },
  consumerBatchSize: {
    path: "topology.consumer.batchSize",
    type: "integer",
    ...limits.SQS_BATCH_SIZE,
    limit: "SQS event source mapping batch size (standard queue)",
    doc: "Messages per consumer invocation; above 10 needs consumerBatchingWindowSeconds >= 1.",
  },
  consumerBatchingWindowSeconds: {
    path: "topology.consumer.maximumBatchingWindowSeconds",
    type: "integer",
    ...limits.SQS_BATCHING_WINDOW_SECONDS,
    limit: "MaximumBatchingWindowInSeconds",
    doc: "Seconds each consumer's event source mapping gathers a batch.",
  },
  consumerMaximumConcurrency: {
    path: "topology.consumer.maximumConcurrency",
    type: "integer",
    ...limits.SQS_MAXIMUM_CONCURRENCY,
    limit: "event source mapping ScalingConfig.MaximumConcurrency",
    doc: "Most concurrent invocations of each consumer.",
  },
  consumerMaxReceiveCount: {
    path: "topology.consumer.maxReceiveCount",
    type: "integer",
    ...limits.MAX_RECEIVE_COUNT,
    limit: "SQS RedrivePolicy maxReceiveCount",
    doc: "Receives of a message before SQS moves it to the consumer's DLQ.",
  },
  consumerMessageRetentionSeconds: {
    path: "topology.consumer.messageRetentionSeconds",
    type: "integer",
    ...limits.MESSAGE_RETENTION_SECONDS,
    limit: "SQS MessageRetentionPeriod",
    doc: "Seconds each consumer queue keeps a message.",
  },
  logRetentionDays: {
    path: "topology.observability.logRetentionDays",
    type: "integer",
    min: Math.min(...limits.LOG_RETENTION_DAYS),
    max: Math.max(...limits.LOG_RETENTION_DAYS),
    oneOf: limits.LOG_RETENTION_DAYS,
    limit: "CloudWatch Logs retention",
    doc: "Days CloudWatch Logs keeps each function's logs.",
  },
  logLevel: {
    path: "topology.observability.logLevel",
    type: "string",
    oneOf: LOG_LEVELS,
    doc: "Log level of every function (POWERTOOLS_LOG_LEVEL).",
  },
  metricsNamespace: {
    path: "topology.observability.metricsNamespace",
    type: "string",
    allowed: "1 to 255 of letters, digits and . - _ / # : space; not starting with ':' or 'AWS/'",
    check: (v) => {
      if (!METRICS_NAMESPACE.test(v) || v.startsWith(":")) {
        return "is not a CloudWatch namespace: 1 to 255 of letters, digits and . - _ / # : space, not starting with ':'";
      }
      if (v.startsWith("AWS/"))
        return "starts with AWS/, which CloudWatch reserves for AWS services";
      return undefined;
    },
    doc: "CloudWatch namespace of the functions' metrics (POWERTOOLS_METRICS_NAMESPACE).",
  },
  oldestMessageAgeAlarmSeconds: {
    path: "topology.observability.oldestMessageAgeAlarmSeconds",
    type: "integer",
    min: 60,
    max: limits.MESSAGE_RETENTION_SECONDS.max,
    limit: "SQS retention (older messages cannot exist)",
    doc: "Alarm when a source queue's oldest message is older than this, seconds.",
  },
  alarmTopicArn: {
    path: "alarmTopicArn",
    type: "string",
    unset: "",
    allowed: "an SNS topic ARN, or empty",
    check: (v) =>
      isStandardTopicArn(v)
        ? undefined
        : "is not an SNS topic ARN (arn:aws:sns:<region>:<12-digit account>:<name>)",
    doc: "SNS topic ARN every alarm notifies on ALARM and OK; empty: alarms only change state.",
  },
  kmsKeyDeletionWindowDays: {
    path: "kmsKeyDeletionWindowDays",
    type: "integer",
    ...limits.KMS_DELETION_WINDOW_DAYS,
    limit: "KMS key deletion window",
    doc: "Days KMS waits before deleting the stack's key after a destroy.",
  },
} satisfies Record<string, ConfigKeySpec>;

/** A configuration key's name. */
export type ConfigKeyName = keyof typeof configKeys;

/** The names of every key, in table order. */
export const configKeyNames = Object.keys(configKeys) as ConfigKeyName[];

/** The spec of a key, widened to the union (the table's literal types are narrower). */
export function configKey(name: ConfigKeyName): ConfigKeySpec {
  return configKeys[name];
}
