// Reads the stack's configuration. The keys (path, type, bounds, meaning) are declared once in
// config-keys.ts; this module parses raw values against them, applies the rules that tie keys
// together, and returns typed settings. index.ts reads the raw values from Pulumi config and hands
// them here; nothing else reads config. Pulumi.yaml declares the same keys with the same defaults
// (generated from the table): the CLI applies Pulumi.yaml defaults, but Pulumi's mocks do not, so
// the defaults also live in code (defaultStackSettings).
import { buildTopology, PROCESSOR } from "../topology/build";
import * as limits from "../topology/limits";
import { resolveEnvironment } from "../topology/render";
import { defaultTopologySettings, type TopologySettings } from "../topology/settings";
import { reservationShortfall } from "./concurrency";
import {
  type ConfigKeyName,
  type ConfigKeySpec,
  configKey,
  configKeyNames,
  configKeys,
  type SettingPath,
  type StackSettings,
} from "./config-keys";
import { stackTopologySettings } from "./naming";

export {
  type ConfigKeyName,
  type ConfigKeySpec,
  configKeyNames,
  configKeys,
  type StackSettings,
} from "./config-keys";

/** A parsed configuration value. */
export type ConfigValue = number | string | string[];

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

function howToSet(name: string, key: ConfigKeySpec): string {
  return key.type === "array"
    ? `set it with: pulumi config set --path '${name}[0]' <value> (one item per index)`
    : `set it with: pulumi config set ${name} <value>`;
}

function closest(name: string, candidates: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  return (
    candidates.find((c) => c.toLowerCase() === lower) ??
    candidates.find((c) => {
      const a = c.toLowerCase();
      return a.includes(lower) || lower.includes(a);
    })
  );
}

type Tree = Record<string, unknown>;

/** The value at a dotted path of StackSettings. */
function valueAt(settings: StackSettings, path: SettingPath): unknown {
  return path
    .split(".")
    .reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], settings);
}

function assignAt(settings: StackSettings, path: SettingPath, value: unknown): void {
  const parts = path.split(".");
  const last = parts.pop() as string;
  const parent = parts.reduce<Tree>(
    (node, part) => node[part] as Tree,
    settings as unknown as Tree,
  );
  parent[last] = value;
}

/**
 * A fresh copy of the defaults (StackSettings with every key at its default).
 *
 * @example defaultStackSettings().topology.processor.batchSize // 100
 */
export function defaultStackSettings(): StackSettings {
  return {
    topology: structuredClone(defaultTopologySettings),
    alarmTopicArn: undefined,
    kmsKeyDeletionWindowDays: 30,
  };
}

/**
 * A key's default as configuration takes it: the value at its path in defaultStackSettings, or its
 * `unset` value when that is undefined.
 *
 * @example configDefault("ordersBatchSize") // 100
 * @example configDefault("processorReservedConcurrency") // -1
 */
export function configDefault(name: ConfigKeyName): ConfigValue {
  const key = configKey(name);
  const value = valueAt(defaultStackSettings(), key.path);
  if (value === undefined) {
    if (key.unset === undefined) throw new Error(`${name}: no default at ${key.path}`);
    return key.unset;
  }
  return value as ConfigValue;
}

/** The problem with a well-typed value of a key, or undefined when the value is valid. */
function valueProblem(key: ConfigKeySpec, value: ConfigValue): string | undefined {
  if (key.type === "integer") {
    const n = value as number;
    if (n < key.min || n > key.max) return `is outside ${key.min} to ${key.max} (${key.limit})`;
    if (key.oneOf && !key.oneOf.includes(n)) {
      return `is not a ${key.limit} value; use one of ${key.oneOf.join(", ")}`;
    }
    return undefined;
  }
  if (key.type === "string") {
    const text = value as string;
    if (key.oneOf && !key.oneOf.includes(text)) return `is not one of ${key.oneOf.join(", ")}`;
    return key.check?.(text);
  }
  return key.check?.(value as string[]);
}

/** Parses one raw value; returns the value, or a problem naming the key and how to set it. */
function parseValue(
  name: ConfigKeyName,
  qualified: string,
  raw: string,
): { value: ConfigValue } | { problem: string } {
  const key = configKey(name);
  let value: ConfigValue | undefined;
  if (key.type === "integer") {
    value = parseInteger(raw);
    if (value === undefined) {
      return {
        problem: `${qualified}: ${JSON.stringify(raw)} is not a whole number; ${howToSet(name, key)}`,
      };
    }
  } else if (key.type === "array") {
    value = parseStringArray(raw);
    if (value === undefined) {
      return {
        problem: `${qualified}: ${JSON.stringify(raw)} is not a list of strings; ${howToSet(name, key)}`,
      };
    }
  } else {
    value = raw.trim();
  }
  if (value === key.unset) return { value };
  const problem = valueProblem(key, value);
  if (problem) {
    const shown = key.type === "integer" ? String(value) : JSON.stringify(value);
    return { problem: `${qualified}: ${shown} ${problem}; ${howToSet(name, key)}` };
  }
  return { value };
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
  const values = new Map<ConfigKeyName, ConfigValue>();

  for (const name of configKeyNames) {
    const raw = read(name);
    if (raw === undefined) {
      values.set(name, configDefault(name));
      continue;
    }
    const parsed = parseValue(name, `${namespace}:${name}`, raw);
    if ("problem" in parsed) {
      problems.push(parsed.problem);
      continue;
    }
    const key = configKey(name);
    values.set(name, parsed.value);
    assignAt(settings, key.path, parsed.value === key.unset ? undefined : parsed.value);
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
      const guess = closest(name, configKeyNames);
      problems.push(
        `${present} is not a setting of this program${guess ? ` (did you mean ${prefix}${guess}?)` : ""}; remove it with: pulumi config rm ${name}`,
      );
    }
  }

  if (problems.length > 0) throw new ConfigValidationError(namespace, problems);
  return settings;
}

function crossKeyProblems(namespace: string, values: Map<ConfigKeyName, ConfigValue>): string[] {
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

  // The processor's one SQS mapping and its asynchronous headroom, judged by the rule the preflight
  // and the policy pack apply to the resources.
  const reserved = int("processorReservedConcurrency");
  const maxConcurrency = int("ordersMaximumConcurrency");
  const headroom = int("asyncConcurrencyHeadroom");
  if (
    reserved !== undefined &&
    reserved > 0 &&
    maxConcurrency !== undefined &&
    headroom !== undefined
  ) {
    const shortfall = reservationShortfall({
      function: PROCESSOR,
      reserved,
      sqs: maxConcurrency,
      asyncHeadroom: headroom,
    });
    if (shortfall) {
      problems.push(
        `${q("processorReservedConcurrency")}: ${shortfall} (The mapping's maximum is ${q("ordersMaximumConcurrency")}, the headroom ${q("asyncConcurrencyHeadroom")}; -1 reserves none.)`,
      );
    }
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
