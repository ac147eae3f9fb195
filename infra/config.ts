// The stack's configuration keys: type, default, meaning and AWS limit, declared once. index.ts
// reads the raw values from Pulumi config and hands them to parseStackConfig; nothing else reads
// config. Pulumi.yaml declares the same keys with the same defaults (tests/infra compares them):
// the CLI applies Pulumi.yaml defaults, but Pulumi's mocks do not, so code keeps its own.
import { buildTopology, PROCESSOR } from "../topology/build";
import { LOG_LEVELS, type LogLevel } from "../topology/enums";
import * as limits from "../topology/limits";
import { resolveEnvironment } from "../topology/render";
import { defaultTopologySettings, type TopologySettings } from "../topology/settings";
import { stackTopologySettings } from "./naming";

/** Everything index.ts needs: the topology's settings plus deployment-only ones. */
export interface StackSettings {
  topology: TopologySettings;
  /** SNS topic ARN that alarms notify; undefined: alarms only change state. */
  alarmTopicArn: string | undefined;
  kmsKeyDeletionWindowDays: number;
}

interface KeyCommon<T> {
  description: string;
  default: T;
  /** A problem with a well-typed value ("is below 1"), or undefined when it is valid. */
  check?: (value: T) => string | undefined;
  assign: (settings: StackSettings, value: T) => void;
}
interface IntegerKey extends KeyCommon<number> {
  type: "integer";
  min: number;
  max: number;
  /** Where the limit comes from, shown in the error. */
  limit: string;
}
interface StringKey extends KeyCommon<string> {
  type: "string";
}
interface StringArrayKey extends KeyCommon<string[]> {
  type: "array";
}
/** One configuration key of the program. */
export type ConfigKey = IntegerKey | StringKey | StringArrayKey;

const defaults = defaultTopologySettings;

function integer(spec: Omit<IntegerKey, "type">): IntegerKey {
  return { type: "integer", ...spec };
}

const CURRENCY = /^[A-Z]{3}$/;
// CloudWatch namespaces: 1-255 printable ASCII, not starting with ':' nor the reserved "AWS/".
const METRICS_NAMESPACE = /^[A-Za-z0-9.\-_/#: ]{1,255}$/;
const SNS_TOPIC_ARN = /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/;

/**
 * Every configuration key, by its name in the project namespace (`order-events:<key>`).
 *
 * @example configKeys.ordersBatchSize.default // 10
 */
export const configKeys = {
  processorTimeoutSeconds: integer({
    description:
      "Processor timeout in seconds. The orders queue's visibility timeout is 6 x this + the batching window.",
    default: defaults.processor.timeoutSeconds,
    ...limits.FUNCTION_TIMEOUT,
    limit: "Lambda function timeout",
    assign: (s, v) => {
      s.topology.processor.timeoutSeconds = v;
    },
  }),
  processorMemoryMb: integer({
    description: "Processor memory in MB (CPU scales with it).",
    default: defaults.processor.memorySizeMb,
    ...limits.FUNCTION_MEMORY_MB,
    limit: "Lambda function memory",
    assign: (s, v) => {
      s.topology.processor.memorySizeMb = v;
    },
  }),
  processorReservedConcurrency: integer({
    description:
      "Processor reserved concurrency; -1 reserves none. When set, at least ordersMaximumConcurrency + asyncConcurrencyHeadroom.",
    default: -1,
    min: -1,
    max: 1_000_000,
    limit: "Lambda reserved concurrency (-1 for none; 0 would throttle every invocation)",
    check: (v) =>
      v === 0
        ? "0 would throttle every invocation of the processor; use -1 for no reservation"
        : undefined,
    assign: (s, v) => {
      s.topology.processor.reservedConcurrency = v === -1 ? undefined : v;
    },
  }),
  ordersBatchSize: integer({
    description:
      "Orders per processor invocation (event source mapping batch size). Above 10 needs ordersBatchingWindowSeconds >= 1.",
    default: defaults.processor.batchSize,
    ...limits.SQS_BATCH_SIZE,
    limit: "SQS event source mapping batch size (standard queue)",
    assign: (s, v) => {
      s.topology.processor.batchSize = v;
    },
  }),
  ordersBatchingWindowSeconds: integer({
    description: "Seconds the processor's event source mapping gathers a batch (0 to 300).",
    default: defaults.processor.maximumBatchingWindowSeconds,
    ...limits.SQS_BATCHING_WINDOW_SECONDS,
    limit: "MaximumBatchingWindowInSeconds",
    assign: (s, v) => {
      s.topology.processor.maximumBatchingWindowSeconds = v;
    },
  }),
  ordersMaximumConcurrency: integer({
    description: "Most concurrent processor invocations the orders queue may drive (2 to 1000).",
    default: defaults.processor.maximumConcurrency,
    ...limits.SQS_MAXIMUM_CONCURRENCY,
    limit: "event source mapping ScalingConfig.MaximumConcurrency",
    assign: (s, v) => {
      s.topology.processor.maximumConcurrency = v;
    },
  }),
  ordersMaxReceiveCount: integer({
    description: "Receives of an order before SQS moves it to the orders DLQ (AWS advises >= 5).",
    default: defaults.processor.maxReceiveCount,
    ...limits.MAX_RECEIVE_COUNT,
    limit: "SQS RedrivePolicy maxReceiveCount",
    assign: (s, v) => {
      s.topology.processor.maxReceiveCount = v;
    },
  }),
  ordersMessageRetentionSeconds: integer({
    description: "Seconds the orders queue keeps a message (60 to 1209600).",
    default: defaults.processor.messageRetentionSeconds,
    ...limits.MESSAGE_RETENTION_SECONDS,
    limit: "SQS MessageRetentionPeriod",
    assign: (s, v) => {
      s.topology.processor.messageRetentionSeconds = v;
    },
  }),
  asyncMaximumRetryAttempts: integer({
    description: "Retries of a failed asynchronous invocation of the processor (0 to 2).",
    default: defaults.processor.asyncMaximumRetryAttempts,
    ...limits.ASYNC_RETRY_ATTEMPTS,
    limit: "EventInvokeConfig MaximumRetryAttempts",
    assign: (s, v) => {
      s.topology.processor.asyncMaximumRetryAttempts = v;
    },
  }),
  asyncMaximumEventAgeSeconds: integer({
    description:
      "Seconds an asynchronous event may wait before Lambda gives up on it (60 to 21600).",
    default: defaults.processor.asyncMaximumEventAgeSeconds,
    ...limits.ASYNC_EVENT_AGE_SECONDS,
    limit: "EventInvokeConfig MaximumEventAgeInSeconds",
    assign: (s, v) => {
      s.topology.processor.asyncMaximumEventAgeSeconds = v;
    },
  }),
  asyncConcurrencyHeadroom: integer({
    description:
      "Executions a processor reservation keeps for asynchronous invocations above ordersMaximumConcurrency, so they cannot throttle the orders mapping (used when processorReservedConcurrency is set).",
    default: defaults.processor.asyncConcurrencyHeadroom,
    min: 1,
    max: 1_000_000,
    limit:
      "Lambda reserved concurrency (at least 1: 0 lets asynchronous invocations take the mapping's share)",
    assign: (s, v) => {
      s.topology.processor.asyncConcurrencyHeadroom = v;
    },
  }),
  acceptedCurrencies: {
    type: "array",
    description: "ISO 4217 codes the processor accepts (ACCEPTED_CURRENCIES).",
    default: defaults.rules.acceptedCurrencies,
    check: (items) => {
      if (items.length === 0) return "is empty: the processor would reject every order";
      const bad = items.filter((c) => !CURRENCY.test(c));
      if (bad.length > 0) {
        return `holds ${bad.map((c) => JSON.stringify(c)).join(", ")}: each must be three upper-case letters (ISO 4217)`;
      }
      const duplicates = items.filter((c, i) => items.indexOf(c) !== i);
      if (duplicates.length > 0) return `lists ${duplicates.join(", ")} more than once`;
      return undefined;
    },
    assign: (s, v) => {
      s.topology.rules.acceptedCurrencies = v;
    },
  } satisfies StringArrayKey,
  maxLineItems: integer({
    description: "Most lines an order may have (MAX_LINE_ITEMS); the order schema allows 100.",
    default: defaults.rules.maxLineItems,
    min: 1,
    max: 100,
    limit: "order schema (line_items maxItems)",
    assign: (s, v) => {
      s.topology.rules.maxLineItems = v;
    },
  }),
  maxTotalQuantity: integer({
    description: "Most units an order may have in total (MAX_TOTAL_QUANTITY).",
    default: defaults.rules.maxTotalQuantity,
    min: 1,
    max: 1_000_000,
    limit: "order schema (100 lines x 10000 units)",
    assign: (s, v) => {
      s.topology.rules.maxTotalQuantity = v;
    },
  }),
  maxOrderTotalMinor: integer({
    description: "Highest order total in minor units (MAX_ORDER_TOTAL_MINOR).",
    default: defaults.rules.maxOrderTotalMinor,
    min: 0,
    max: 100_000_000_000_000,
    limit: "processor's MAX_ORDER_TOTAL_MINOR range",
    assign: (s, v) => {
      s.topology.rules.maxOrderTotalMinor = v;
    },
  }),
  maxBodyBytes: integer({
    description: "Largest order body the processor parses, bytes (MAX_BODY_BYTES).",
    default: defaults.rules.maxBodyBytes,
    ...limits.SQS_MESSAGE_BYTES,
    limit: "SQS message size",
    assign: (s, v) => {
      s.topology.rules.maxBodyBytes = v;
    },
  }),
  maxEchoBodyBytes: integer({
    description:
      "Largest body echoed in an outcome, bytes (MAX_ECHO_BODY_BYTES); at most maxBodyBytes.",
    default: defaults.rules.maxEchoBodyBytes,
    min: 0,
    max: limits.SNS_MESSAGE_BYTES,
    limit: "SNS message size (the echo travels inside an outcome)",
    assign: (s, v) => {
      s.topology.rules.maxEchoBodyBytes = v;
    },
  }),
  clockSkewSeconds: integer({
    description: "How far in the future submitted_at may be, seconds (CLOCK_SKEW_SECONDS).",
    default: defaults.rules.clockSkewSeconds,
    min: 0,
    max: 86_400,
    limit: "one day",
    assign: (s, v) => {
      s.topology.rules.clockSkewSeconds = v;
    },
  }),
  consumerTimeoutSeconds: integer({
    description: "Timeout of each consumer function, seconds; sets its queue's visibility timeout.",
    default: defaults.consumer.timeoutSeconds,
    ...limits.FUNCTION_TIMEOUT,
    limit: "Lambda function timeout",
    assign: (s, v) => {
      s.topology.consumer.timeoutSeconds = v;
    },
  }),
  consumerMemoryMb: integer({
    description: "Memory of each consumer function, MB.",
    default: defaults.consumer.memorySizeMb,
    ...limits.FUNCTION_MEMORY_MB,
    limit: "Lambda function memory",
    assign: (s, v) => {
      s.topology.consumer.memorySizeMb = v;
    },
  }),
  consumerBatchSize: integer({
    description:
      "Messages per consumer invocation. Above 10 needs consumerBatchingWindowSeconds >= 1.",
    default: defaults.consumer.batchSize,
    ...limits.SQS_BATCH_SIZE,
    limit: "SQS event source mapping batch size (standard queue)",
    assign: (s, v) => {
      s.topology.consumer.batchSize = v;
    },
  }),
  consumerBatchingWindowSeconds: integer({
    description: "Seconds each consumer's event source mapping gathers a batch (0 to 300).",
    default: defaults.consumer.maximumBatchingWindowSeconds,
    ...limits.SQS_BATCHING_WINDOW_SECONDS,
    limit: "MaximumBatchingWindowInSeconds",
    assign: (s, v) => {
      s.topology.consumer.maximumBatchingWindowSeconds = v;
    },
  }),
  consumerMaximumConcurrency: integer({
    description: "Most concurrent invocations of each consumer (2 to 1000).",
    default: defaults.consumer.maximumConcurrency,
    ...limits.SQS_MAXIMUM_CONCURRENCY,
    limit: "event source mapping ScalingConfig.MaximumConcurrency",
    assign: (s, v) => {
      s.topology.consumer.maximumConcurrency = v;
    },
  }),
  consumerMaxReceiveCount: integer({
    description: "Receives of a message before SQS moves it to the consumer's DLQ.",
    default: defaults.consumer.maxReceiveCount,
    ...limits.MAX_RECEIVE_COUNT,
    limit: "SQS RedrivePolicy maxReceiveCount",
    assign: (s, v) => {
      s.topology.consumer.maxReceiveCount = v;
    },
  }),
  consumerMessageRetentionSeconds: integer({
    description: "Seconds each consumer queue keeps a message (60 to 1209600).",
    default: defaults.consumer.messageRetentionSeconds,
    ...limits.MESSAGE_RETENTION_SECONDS,
    limit: "SQS MessageRetentionPeriod",
    assign: (s, v) => {
      s.topology.consumer.messageRetentionSeconds = v;
    },
  }),
  logRetentionDays: integer({
    description: "Days CloudWatch Logs keeps each function's logs (a value CloudWatch accepts).",
    default: defaults.observability.logRetentionDays,
    min: 1,
    max: 3653,
    limit: "CloudWatch Logs retention",
    check: (v) =>
      (limits.LOG_RETENTION_DAYS as readonly number[]).includes(v)
        ? undefined
        : `is not a retention CloudWatch Logs accepts; use one of ${limits.LOG_RETENTION_DAYS.join(", ")}`,
    assign: (s, v) => {
      s.topology.observability.logRetentionDays = v;
    },
  }),
  logLevel: {
    type: "string",
    description: `Log level of every function (POWERTOOLS_LOG_LEVEL): ${LOG_LEVELS.join(", ")}.`,
    default: defaults.observability.logLevel,
    check: (v) =>
      (LOG_LEVELS as readonly string[]).includes(v)
        ? undefined
        : `is not a log level; use one of ${LOG_LEVELS.join(", ")}`,
    assign: (s, v) => {
      s.topology.observability.logLevel = v as LogLevel;
    },
  } satisfies StringKey,
  metricsNamespace: {
    type: "string",
    description: "CloudWatch namespace of the functions' metrics (POWERTOOLS_METRICS_NAMESPACE).",
    default: defaults.observability.metricsNamespace,
    check: (v) => {
      if (!METRICS_NAMESPACE.test(v) || v.startsWith(":")) {
        return "is not a CloudWatch namespace: 1 to 255 of letters, digits and . - _ / # : space, not starting with ':'";
      }
      if (v.startsWith("AWS/"))
        return "starts with AWS/, which CloudWatch reserves for AWS services";
      return undefined;
    },
    assign: (s, v) => {
      s.topology.observability.metricsNamespace = v;
    },
  } satisfies StringKey,
  oldestMessageAgeAlarmSeconds: integer({
    description: "Alarm when a source queue's oldest message is older than this, seconds.",
    default: defaults.observability.oldestMessageAgeAlarmSeconds,
    min: 60,
    max: limits.MESSAGE_RETENTION_SECONDS.max,
    limit: "SQS retention (older messages cannot exist)",
    assign: (s, v) => {
      s.topology.observability.oldestMessageAgeAlarmSeconds = v;
    },
  }),
  alarmTopicArn: {
    type: "string",
    description: "SNS topic ARN every alarm notifies; empty: alarms only change state.",
    default: "",
    check: (v) =>
      v === "" || SNS_TOPIC_ARN.test(v)
        ? undefined
        : "is not an SNS topic ARN (arn:aws:sns:<region>:<12-digit account>:<name>)",
    assign: (s, v) => {
      s.alarmTopicArn = v === "" ? undefined : v;
    },
  } satisfies StringKey,
  kmsKeyDeletionWindowDays: integer({
    description: "Days KMS waits before deleting the stack's key after a destroy (7 to 30).",
    default: 30,
    ...limits.KMS_DELETION_WINDOW_DAYS,
    limit: "KMS key deletion window",
    assign: (s, v) => {
      s.kmsKeyDeletionWindowDays = v;
    },
  }),
} satisfies Record<string, ConfigKey>;

/** A configuration key's name. */
export type ConfigKeyName = keyof typeof configKeys;

/**
 * Raised when the stack's configuration is invalid; lists every problem, each naming its key.
 *
 * @example
 * try { parseStackConfig("order-events", read); } catch (e) { if (e instanceof ConfigValidationError) console.error(e.problems); }
 */
export class ConfigValidationError extends Error {
  override readonly name = "ConfigValidationError";
  constructor(
    readonly namespace: string,
    readonly problems: readonly string[],
  ) {
    super(
      `Invalid configuration for ${namespace} (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n- ${problems.join("\n- ")}`,
    );
  }
}

function parseInteger(text: string): number | undefined {
  return /^-?\d+$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

function parseStringArray(text: string): string[] | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((v) => typeof v === "string") ? value : undefined;
  } catch {
    return undefined;
  }
}

function howToSet(name: string, key: ConfigKey): string {
  return key.type === "array"
    ? `set it with: pulumi config set --path '${name}[0]' <value> (one item per index)`
    : `set it with: pulumi config set ${name} <value>`;
}

function closest(name: string, candidates: string[]): string | undefined {
  const lower = name.toLowerCase();
  return (
    candidates.find((c) => c.toLowerCase() === lower) ??
    candidates.find((c) => {
      const a = c.toLowerCase();
      return a.includes(lower) || lower.includes(a);
    })
  );
}

/**
 * A fresh copy of the defaults (StackSettings with every key at its default).
 *
 * @example defaultStackSettings().topology.processor.batchSize // 10
 */
export function defaultStackSettings(): StackSettings {
  return {
    topology: structuredClone(defaultTopologySettings),
    alarmTopicArn: undefined,
    kmsKeyDeletionWindowDays: configKeys.kmsKeyDeletionWindowDays.default,
  };
}

/**
 * Validates the stack's raw configuration against AWS's limits and returns typed settings.
 * `read(key)` returns a key's raw text (Pulumi config values are text; arrays are JSON) or
 * undefined when unset; `presentKeys` are the fully qualified keys set on the stack, so typos
 * are reported instead of silently ignored. Throws ConfigValidationError listing every problem.
 *
 * @example
 * const config = new pulumi.Config();
 * const settings = parseStackConfig("order-events", (k) => config.get(k), Object.keys(pulumi.runtime.allConfig()));
 */
export function parseStackConfig(
  namespace: string,
  read: (key: string) => string | undefined,
  presentKeys: readonly string[] = [],
): StackSettings {
  const settings = defaultStackSettings();
  const problems: string[] = [];
  const values = new Map<ConfigKeyName, number | string | string[]>();
  const names = Object.keys(configKeys) as ConfigKeyName[];

  for (const name of names) {
    const key: ConfigKey = configKeys[name];
    const qualified = `${namespace}:${name}`;
    const raw = read(name);
    let value: number | string | string[] | undefined;
    if (raw === undefined) {
      value = key.default;
    } else if (key.type === "integer") {
      const n = parseInteger(raw);
      if (n === undefined) {
        problems.push(
          `${qualified}: ${JSON.stringify(raw)} is not a whole number; ${howToSet(name, key)}`,
        );
        continue;
      }
      if (n < key.min || n > key.max) {
        problems.push(
          `${qualified}: ${n} is outside ${key.min} to ${key.max} (${key.limit}); ${howToSet(name, key)}`,
        );
        continue;
      }
      value = n;
    } else if (key.type === "array") {
      const items = parseStringArray(raw);
      if (items === undefined) {
        problems.push(
          `${qualified}: ${JSON.stringify(raw)} is not a list of strings; ${howToSet(name, key)}`,
        );
        continue;
      }
      value = items;
    } else {
      value = raw.trim();
    }
    const problem = (key.check as ((v: unknown) => string | undefined) | undefined)?.(value);
    if (problem) {
      problems.push(`${qualified}: ${JSON.stringify(value)} ${problem}; ${howToSet(name, key)}`);
      continue;
    }
    values.set(name, value);
    (key.assign as (s: StackSettings, v: unknown) => void)(settings, value);
  }

  problems.push(...crossKeyProblems(namespace, values));
  if (problems.length === 0) {
    const bytes = processorEnvironmentBytes(settings.topology);
    if (bytes > limits.FUNCTION_ENVIRONMENT_BYTES) {
      problems.push(
        `${namespace}:acceptedCurrencies: the processor's environment would take about ${bytes} bytes, over Lambda's ${limits.FUNCTION_ENVIRONMENT_BYTES}; list fewer currencies`,
      );
    }
  }

  const prefix = `${namespace}:`;
  for (const present of presentKeys) {
    if (!present.startsWith(prefix)) continue;
    const name = present.slice(prefix.length);
    if (!(name in configKeys)) {
      const guess = closest(name, names);
      problems.push(
        `${present} is not a setting of this program${guess ? ` (did you mean ${prefix}${guess}?)` : ""}; remove it with: pulumi config rm ${name}`,
      );
    }
  }

  if (problems.length > 0) throw new ConfigValidationError(namespace, problems);
  return settings;
}

function crossKeyProblems(
  namespace: string,
  values: Map<ConfigKeyName, number | string | string[]>,
): string[] {
  const problems: string[] = [];
  const int = (name: ConfigKeyName) => values.get(name) as number | undefined;
  const q = (name: ConfigKeyName) => `${namespace}:${name}`;

  for (const [size, window] of [
    ["ordersBatchSize", "ordersBatchingWindowSeconds"],
    ["consumerBatchSize", "consumerBatchingWindowSeconds"],
  ] as const) {
    const s = int(size);
    const w = int(window);
    if (s !== undefined && w !== undefined && s > limits.SQS_BATCH_SIZE_WITHOUT_WINDOW && w < 1) {
      problems.push(
        `${q(size)}: ${s} is above ${limits.SQS_BATCH_SIZE_WITHOUT_WINDOW}, which AWS allows only with a batching window; set ${q(window)} to at least 1 (it is ${w}) or lower ${size} to 10`,
      );
    }
  }

  // Lambda counts asynchronous invocations against the same reservation as the SQS mapping.
  const reserved = int("processorReservedConcurrency");
  const maxConcurrency = int("ordersMaximumConcurrency");
  const headroom = int("asyncConcurrencyHeadroom");
  if (
    reserved !== undefined &&
    reserved > 0 &&
    maxConcurrency !== undefined &&
    headroom !== undefined &&
    reserved < maxConcurrency + headroom
  ) {
    problems.push(
      `${q("processorReservedConcurrency")}: ${reserved} is below ${q("ordersMaximumConcurrency")} (${maxConcurrency}) + ${q("asyncConcurrencyHeadroom")} (${headroom}) = ${maxConcurrency + headroom}, so asynchronous invocations could take the reservation and throttle the orders mapping; reserve at least ${maxConcurrency + headroom}, lower the maximum concurrency or the headroom, or use -1 (no reservation)`,
    );
  }

  const body = int("maxBodyBytes");
  const echo = int("maxEchoBodyBytes");
  if (body !== undefined && echo !== undefined && echo > body) {
    problems.push(
      `${q("maxEchoBodyBytes")}: ${echo} is above ${q("maxBodyBytes")} (${body}); a body larger than maxBodyBytes is never parsed, so echo at most ${body}`,
    );
  }
  return problems;
}

// Longest possible SNS topic ARN: arn:aws-us-gov:sns:<region>:<account>:<256-character name>.
const LONGEST_TOPIC_ARN = 300;

/**
 * Upper bound of the processor's environment size as Lambda counts it (keys + values), with the
 * longest possible topic ARNs and the longest service name (the stack's function name, which
 * preflight keeps within Lambda's limit).
 *
 * @example processorEnvironmentBytes(defaultTopologySettings) // well under 4096
 */
export function processorEnvironmentBytes(topology: TopologySettings): number {
  const longestPrefix = "x".repeat(limits.FUNCTION_NAME_MAX_LENGTH - PROCESSOR.length - 1);
  const processor = buildTopology(stackTopologySettings(topology, longestPrefix)).functions.find(
    (f) => f.key === PROCESSOR,
  );
  if (!processor) return 0;
  const env = resolveEnvironment(processor, () => "x".repeat(LONGEST_TOPIC_ARN));
  return Object.entries(env).reduce(
    (sum, [k, v]) => sum + Buffer.byteLength(k) + Buffer.byteLength(v),
    0,
  );
}
