// The text form of the processor's settings in a Lambda environment: how each value is written
// (the topology renders the environment with settingsEnvironment) and read back (the processor
// reads its environment with readSettings). Both live here so the two directions cannot disagree.
import type {
  CurrencyListSetting,
  DefaultedSetting,
  IntegerSetting,
  ProcessorSetting,
  SettingValues,
  TopicArnSetting,
} from "./settings";

const WHOLE_NUMBER = /^\d{1,16}$/;
const CURRENCY_CODE = /^[A-Z]{3}$/;
// A standard topic: the processor's PublishBatch sets no MessageGroupId, which FIFO topics require.
const STANDARD_TOPIC_ARN = /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/;

/**
 * True for an ISO 4217 code as the processor accepts it: three upper-case letters.
 *
 * @example isCurrencyCode("EUR") // true
 */
export function isCurrencyCode(code: string): boolean {
  return CURRENCY_CODE.test(code);
}

/**
 * True for the ARN of a standard SNS topic (a FIFO topic's name ends in .fifo, which this refuses).
 *
 * @example isStandardTopicArn("arn:aws:sns:eu-west-1:123456789012:orders") // true
 */
export function isStandardTopicArn(arn: string): boolean {
  return STANDARD_TOPIC_ARN.test(arn);
}

/** What is wrong with one environment variable ("is not set; …"). */
export interface VariableProblem {
  variable: string;
  problem: string;
}

/**
 * A setting's value as its environment variable holds it: a number in decimal, a list
 * comma-separated.
 *
 * @example settingText(processorSettings.rules.acceptedCurrencies, ["EUR", "CHF"]) // "EUR,CHF"
 */
export function settingText(setting: DefaultedSetting, value: number | readonly string[]): string {
  return setting.kind === "currencies" ? (value as readonly string[]).join(",") : String(value);
}

/**
 * The environment variables that carry a group's values, in the group's order.
 *
 * @example settingsEnvironment(processorSettings.rules, rules).MAX_LINE_ITEMS // "50"
 */
export function settingsEnvironment<G extends Record<string, DefaultedSetting>>(
  group: G,
  values: SettingValues<G>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(group).map(([name, setting]) => [
      setting.variable,
      settingText(setting, values[name as keyof G] as number | string[]),
    ]),
  );
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads a group of settings from an environment. An unset or blank variable takes its default; a
 * malformed one adds a problem naming it (and what to do) to `problems` and takes its default, so
 * every problem of a start-up is found at once. A topic ARN has no default: "" stands in.
 *
 * @example
 * const problems: VariableProblem[] = [];
 * const rules = readSettings(process.env, processorSettings.rules, problems);
 */
export function readSettings<G extends Record<string, ProcessorSetting>>(
  env: Env,
  group: G,
  problems: VariableProblem[],
): SettingValues<G> {
  return Object.fromEntries(
    Object.entries(group).map(([name, setting]) => [name, readSetting(env, setting, problems)]),
  ) as SettingValues<G>;
}

function readSetting(
  env: Env,
  setting: ProcessorSetting,
  problems: VariableProblem[],
): number | readonly string[] | string {
  switch (setting.kind) {
    case "topic-arn":
      return topicArn(env, setting, problems);
    case "integer":
      return whole(env, setting, problems);
    case "currencies":
      return currencies(env, setting, problems);
  }
}

function topicArn(env: Env, setting: TopicArnSetting, problems: VariableProblem[]): string {
  const { variable } = setting;
  const value = env[variable]?.trim();
  if (!value) {
    problems.push({
      variable,
      problem:
        "is not set; set it to a standard SNS topic ARN (arn:aws:sns:<region>:<account>:<name>)",
    });
    return "";
  }
  if (!isStandardTopicArn(value)) {
    problems.push({
      variable,
      problem: `is ${JSON.stringify(value)}, not a standard SNS topic ARN (arn:aws:sns:<region>:<12-digit account>:<name>, no .fifo)`,
    });
  }
  return value;
}

function whole(env: Env, setting: IntegerSetting, problems: VariableProblem[]): number {
  const raw = env[setting.variable];
  if (raw === undefined || raw.trim() === "") return setting.default;
  const text = raw.trim();
  const value = WHOLE_NUMBER.test(text) ? Number(text) : Number.NaN;
  if (!(value >= setting.min && value <= setting.max)) {
    problems.push({
      variable: setting.variable,
      problem: `is ${JSON.stringify(raw)}, expected a whole number from ${setting.min} to ${setting.max}; fix it or unset it to use the default ${setting.default}`,
    });
    return setting.default;
  }
  return value;
}

function currencies(
  env: Env,
  setting: CurrencyListSetting,
  problems: VariableProblem[],
): readonly string[] {
  const raw = env[setting.variable];
  const fallback = Object.freeze([...setting.default]);
  if (raw === undefined || raw.trim() === "") return fallback;
  const codes = raw.split(",").map((c) => c.trim());
  const bad = codes.filter((c) => !isCurrencyCode(c));
  if (bad.length > 0) {
    problems.push({
      variable: setting.variable,
      problem: `is ${JSON.stringify(raw)}: ${bad.map((c) => JSON.stringify(c)).join(", ")} ${bad.length === 1 ? "is not" : "are not"} an ISO 4217 code (three upper-case letters); give a comma-separated list such as ${JSON.stringify(settingText(setting, setting.default))} or unset it to use that default`,
    });
    return fallback;
  }
  return Object.freeze([...new Set(codes)]);
}
