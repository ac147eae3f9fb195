import { processorSettings, type SettingValues, settingDefaults } from "../lib/processor-settings";
import type { LogLevel } from "./enums";

/** How one SQS-triggered function polls its queue, and how that queue redrives. */
export interface QueueConsumerSettings {
  /** Function timeout, seconds. The queue's visibility timeout is derived from it. */
  timeoutSeconds: number;
  memorySizeMb: number;
  /** Records per invocation (event source mapping BatchSize). */
  batchSize: number;
  /** MaximumBatchingWindowInSeconds; at least 1 when batchSize > 10. */
  maximumBatchingWindowSeconds: number;
  /** ScalingConfig.MaximumConcurrency of the event source mapping. */
  maximumConcurrency: number;
  /** Receives before SQS moves a message to the DLQ. */
  maxReceiveCount: number;
  messageRetentionSeconds: number;
}

/** The processor: the SQS settings plus its asynchronous-invocation settings. */
export interface ProcessorSettings extends QueueConsumerSettings {
  /** Reserved concurrency; undefined leaves the function on the account's unreserved pool. */
  reservedConcurrency: number | undefined;
  /**
   * Concurrent executions a reservation keeps for asynchronous invocations above the orders
   * mapping's maximumConcurrency: a reservation must be at least the sum of the two, so
   * asynchronous traffic up to this many executions never throttles the SQS mapping.
   */
  asyncConcurrencyHeadroom: number;
  /** EventInvokeConfig MaximumRetryAttempts (0 to 2). */
  asyncMaximumRetryAttempts: number;
  /** EventInvokeConfig MaximumEventAgeInSeconds (60 to 21,600). */
  asyncMaximumEventAgeSeconds: number;
}

/**
 * The business rules the processor reads from its environment, by setting name: their variables,
 * defaults, bounds and meanings are `processorSettings.rules` (lib/processor-settings).
 */
export type RulesSettings = SettingValues<typeof processorSettings.rules>;

/** Logs, metrics and alarm thresholds shared by every function. */
export interface ObservabilitySettings {
  logRetentionDays: number;
  logLevel: LogLevel;
  metricsNamespace: string;
  /**
   * Makes each function's POWERTOOLS_SERVICE_NAME (the `service` dimension of its metrics, which
   * the errors alarm subtracts by) `<prefix>-<key>`, unique per deployment: the Pulumi program sets
   * the stack's name prefix, so two stacks in one account and namespace never count each other's
   * metrics. undefined: the bare function key (the local runtime, one pipeline per process).
   */
  serviceNamePrefix: string | undefined;
  /** ApproximateAgeOfOldestMessage alarm threshold on every source queue, seconds. */
  oldestMessageAgeAlarmSeconds: number;
}

/** Everything the topology depends on. `defaultTopologySettings` holds the defaults. */
export interface TopologySettings {
  processor: ProcessorSettings;
  rules: RulesSettings;
  /** Applied to every consumer (fulfilment, failure-alerts, and any added later). */
  consumer: QueueConsumerSettings;
  observability: ObservabilitySettings;
}

/**
 * The defaults: Pulumi.yaml's `default:`s are generated from them (infra/config-keys.ts), and the
 * rules' are the processor's own (`processorSettings.rules`).
 *
 * @example const topology = buildTopology(defaultTopologySettings);
 */
export const defaultTopologySettings: TopologySettings = {
  processor: {
    timeoutSeconds: 30,
    // The power table's cheapest size (docs/configuration.md, "Memory size"); prod sets its own.
    memorySizeMb: 256,
    // 100 records a batch: one PublishBatch call per ten outcomes even when some fail (about 0.1 SNS
    // calls per message), a tenth of the invocations; the 1 s window (AWS requires one above 10)
    // bounds the added latency.
    batchSize: 100,
    maximumBatchingWindowSeconds: 1,
    maximumConcurrency: 10,
    maxReceiveCount: 5,
    messageRetentionSeconds: 345_600,
    reservedConcurrency: undefined,
    asyncConcurrencyHeadroom: 10,
    // The async path's verdict is deterministic and does no I/O: a retry can only repeat it, three
    // minutes later (functions/processor/async-invocation.ts). Raise it for handlers with I/O.
    asyncMaximumRetryAttempts: 0,
    asyncMaximumEventAgeSeconds: 21_600,
  },
  rules: settingDefaults(processorSettings.rules),
  consumer: {
    timeoutSeconds: 30,
    memorySizeMb: 256,
    batchSize: 10,
    maximumBatchingWindowSeconds: 0,
    maximumConcurrency: 5,
    maxReceiveCount: 5,
    messageRetentionSeconds: 345_600,
  },
  observability: {
    logRetentionDays: 30,
    logLevel: "INFO",
    metricsNamespace: "OrderEvents",
    serviceNamePrefix: undefined,
    oldestMessageAgeAlarmSeconds: 300,
  },
};
