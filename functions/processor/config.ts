import {
  processorSettings,
  readSettings,
  type SettingValues,
  settingDefaults,
  type VariableProblem,
} from "../../lib/processor-settings";
import type { RulesConfig } from "./core";
import { ProcessorConfigError } from "./errors";

/** Everything the processor reads from its environment. */
export interface ProcessorConfig {
  /** Where SUCCESS outcomes go. */
  readonly successTopicArn: string;
  /** Where FAILURE outcomes go. */
  readonly failureTopicArn: string;
  readonly rules: RulesConfig;
  /** How long to wait on SNS; absent means `defaultPublishTiming`. */
  readonly timing?: PublishTiming;
}

/**
 * How long the processor waits on SNS, by setting name (`processorSettings.timing`). The SDK's own
 * limits bound each HTTP attempt; the deadline bounds the whole invocation, so a batch never runs
 * into the Lambda timeout waiting on SNS.
 */
export type PublishTiming = Readonly<SettingValues<typeof processorSettings.timing>>;

/**
 * The defaults of `processorSettings.timing`.
 *
 * @example createSnsClient({ ...defaultPublishTiming, requestTimeoutMs: 500 })
 */
export const defaultPublishTiming: PublishTiming = Object.freeze(
  settingDefaults(processorSettings.timing),
);

/**
 * Reads and checks the processor's configuration, once, at start-up: every setting of
 * `processorSettings` (lib/processor-settings; docs/configuration.md lists them with their defaults
 * and bounds) from its environment variable. Every problem is collected and thrown as one
 * `ProcessorConfigError` naming each variable: a missing or malformed value fails the cold start
 * instead of the first message.
 *
 * @example const config = readProcessorConfig(process.env); // throws ProcessorConfigError when wrong
 */
export function readProcessorConfig(
  env: Readonly<Record<string, string | undefined>>,
): ProcessorConfig {
  const problems: VariableProblem[] = [];
  const topics = readSettings(env, processorSettings.topics, problems);
  const rules = readSettings(env, processorSettings.rules, problems);
  const timing = readSettings(env, processorSettings.timing, problems);
  if (problems.length === 0 && topics.successTopicArn === topics.failureTopicArn) {
    const { successTopicArn, failureTopicArn } = processorSettings.topics;
    problems.push({
      variable: failureTopicArn.variable,
      problem: `is the same topic as ${successTopicArn.variable} (${topics.successTopicArn}); outcomes of each status need their own topic`,
    });
  }
  if (problems.length > 0) throw new ProcessorConfigError(problems);
  return { ...topics, rules, timing };
}
