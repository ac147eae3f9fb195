// Configuration validation: AWS's limits per key, the rules that tie keys together, readable
// errors naming each key, and agreement with what the processor itself accepts.
import { describe, expect, it } from "vitest";
import { readProcessorConfig } from "../../functions/processor/config";
import { defaultRulesConfig } from "../../functions/processor/core";
import { reservationShortfall } from "../../infra/concurrency";
import {
  type ConfigKeySpec,
  ConfigValidationError,
  configDefault,
  configKeyNames,
  configKeys,
  defaultStackSettings,
  parseStackConfig,
  processorEnvironmentBytes,
} from "../../infra/config";
import { processorSettings } from "../../lib/processor-settings";
import { buildTopology, PROCESSOR } from "../../topology/build";
import { resolveEnvironment } from "../../topology/render";
import { defaultTopologySettings } from "../../topology/settings";

const NS = "order-events";

function parse(values: Record<string, string>, present: string[] = []) {
  return parseStackConfig(NS, (key) => values[key], present);
}

function problemsOf(values: Record<string, string>, present: string[] = []): string[] {
  try {
    parse(values, present);
  } catch (error) {
    if (error instanceof ConfigValidationError) return [...error.problems];
    throw error;
  }
  throw new Error("expected a ConfigValidationError");
}

describe("defaults", () => {
  it("an empty configuration gives the topology's defaults", () => {
    expect(parse({})).toEqual({
      topology: defaultTopologySettings,
      alarmTopicArn: undefined,
      kmsKeyDeletionWindowDays: 30,
    });
  });

  it("every key's default passes its own validation and gives the default settings", () => {
    for (const name of configKeyNames) {
      const value = configDefault(name);
      const text = Array.isArray(value) ? JSON.stringify(value) : String(value);
      expect(parse({ [name]: text }), name).toEqual(defaultStackSettings());
    }
  });

  it("reads each key's default from the settings at its path, the unset value standing for none", () => {
    expect(configKeys.ordersBatchSize.path).toBe("topology.processor.batchSize");
    expect(configDefault("ordersBatchSize")).toBe(defaultTopologySettings.processor.batchSize);
    expect(configDefault("acceptedCurrencies")).toEqual(
      defaultTopologySettings.rules.acceptedCurrencies,
    );
    expect(defaultTopologySettings.processor.reservedConcurrency).toBeUndefined();
    expect(configDefault("processorReservedConcurrency")).toBe(-1);
    expect(configDefault("alarmTopicArn")).toBe("");
  });

  it("sends every key to a distinct setting of the key's type", () => {
    const paths = configKeyNames.map((name) => configKeys[name].path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const name of configKeyNames) {
      const value = configDefault(name);
      const key: ConfigKeySpec = configKeys[name];
      const type = Array.isArray(value)
        ? "array"
        : typeof value === "number"
          ? "integer"
          : "string";
      expect(type, name).toBe(key.type);
      if (key.type === "integer") expect(Number.isInteger(value), name).toBe(true);
    }
  });
});

describe("AWS limits, one key at a time", () => {
  it.each([
    [
      "ordersBatchSize",
      "0",
      "0 is outside 1 to 10000 (SQS event source mapping batch size (standard queue))",
    ],
    ["ordersBatchSize", "10001", "10001 is outside 1 to 10000"],
    [
      "ordersBatchingWindowSeconds",
      "301",
      "301 is outside 0 to 300 (MaximumBatchingWindowInSeconds)",
    ],
    ["ordersMaximumConcurrency", "1", "1 is outside 2 to 1000"],
    ["ordersMaxReceiveCount", "0", "0 is outside 1 to 1000"],
    [
      "ordersMessageRetentionSeconds",
      "59",
      "59 is outside 60 to 1209600 (SQS MessageRetentionPeriod)",
    ],
    [
      "asyncMaximumRetryAttempts",
      "3",
      "3 is outside 0 to 2 (EventInvokeConfig MaximumRetryAttempts)",
    ],
    [
      "asyncMaximumEventAgeSeconds",
      "59",
      "59 is outside 60 to 21600 (EventInvokeConfig MaximumEventAgeInSeconds)",
    ],
    ["asyncMaximumEventAgeSeconds", "21601", "21601 is outside 60 to 21600"],
    ["processorTimeoutSeconds", "901", "901 is outside 1 to 900 (Lambda function timeout)"],
    ["processorMemoryMb", "127", "127 is outside 128 to 10240 (Lambda function memory)"],
    ["consumerBatchSize", "10001", "10001 is outside 1 to 10000"],
    ["maxLineItems", "101", "101 is outside 1 to 100 (order schema (line_items maxItems))"],
    ["maxBodyBytes", "1048577", "1048577 is outside 1 to 1048576 (SQS message size)"],
    ["maxEchoBodyBytes", "262145", "262145 is outside 0 to 262144"],
    ["kmsKeyDeletionWindowDays", "6", "6 is outside 7 to 30 (KMS key deletion window)"],
    ["oldestMessageAgeAlarmSeconds", "59", "59 is outside 60 to 1209600"],
  ])("rejects %s = %s", (key, value, expected) => {
    const [problem] = problemsOf({ [key]: value });
    expect(problem).toContain(`${NS}:${key}: ${expected}`);
    expect(problem).toContain(`set it with: pulumi config set ${key} <value>`);
  });

  it.each([
    ["ordersBatchSize", "1"],
    ["ordersBatchSize", "10"],
    ["ordersMaximumConcurrency", "1000"],
    ["asyncMaximumRetryAttempts", "0"],
    ["asyncMaximumEventAgeSeconds", "60"],
    ["asyncMaximumEventAgeSeconds", "21600"],
    ["processorTimeoutSeconds", "900"],
    ["ordersMessageRetentionSeconds", "1209600"],
  ])("accepts %s = %s (a boundary)", (key, value) => {
    expect(() => parse({ [key]: value })).not.toThrow();
  });

  it.each([
    ["ordersBatchSize", "ten"],
    ["ordersBatchSize", "1.5"],
    ["processorTimeoutSeconds", ""],
  ])("rejects %s = %j as not a whole number", (key, value) => {
    expect(problemsOf({ [key]: value })).toEqual([
      `${NS}:${key}: ${JSON.stringify(value)} is not a whole number; set it with: pulumi config set ${key} <value>`,
    ]);
  });

  it("accepts only a retention CloudWatch Logs offers", () => {
    expect(parse({ logRetentionDays: "14" }).topology.observability.logRetentionDays).toBe(14);
    expect(problemsOf({ logRetentionDays: "10" })[0]).toContain(
      `${NS}:logRetentionDays: 10 is not a CloudWatch Logs retention value; use one of 1, 3, 5, 7, 14, 30`,
    );
  });

  it("rejects a reserved concurrency of 0 and explains why", () => {
    expect(problemsOf({ processorReservedConcurrency: "0" })[0]).toContain(
      `${NS}:processorReservedConcurrency: 0 is outside 1 to 1000000 (Lambda reserved concurrency; 0 would throttle every invocation of the processor, use -1 for no reservation)`,
    );
    expect(
      parse({ processorReservedConcurrency: "-1" }).topology.processor.reservedConcurrency,
    ).toBeUndefined();
    expect(
      parse({ processorReservedConcurrency: "25" }).topology.processor.reservedConcurrency,
    ).toBe(25);
  });

  it("checks the log level, metrics namespace and alarm topic", () => {
    expect(problemsOf({ logLevel: "VERBOSE" })[0]).toContain(
      `${NS}:logLevel: "VERBOSE" is not one of TRACE, DEBUG, INFO, WARN, ERROR, CRITICAL, SILENT`,
    );
    expect(problemsOf({ metricsNamespace: "AWS/Lambda" })[0]).toContain(
      "CloudWatch reserves for AWS services",
    );
    expect(problemsOf({ metricsNamespace: ":x" })[0]).toContain("is not a CloudWatch namespace");
    expect(problemsOf({ alarmTopicArn: "arn:aws:sqs:eu-west-1:123456789012:q" })[0]).toContain(
      `${NS}:alarmTopicArn: "arn:aws:sqs:eu-west-1:123456789012:q" is not an SNS topic ARN`,
    );
    expect(
      parse({ alarmTopicArn: "arn:aws:sns:eu-west-1:123456789012:alarms" }).alarmTopicArn,
    ).toBe("arn:aws:sns:eu-west-1:123456789012:alarms");
    expect(parse({ alarmTopicArn: "" }).alarmTopicArn).toBeUndefined();
  });

  it("reads accepted currencies as a list and checks each code", () => {
    expect(
      parse({ acceptedCurrencies: '["CHF","JPY"]' }).topology.rules.acceptedCurrencies,
    ).toEqual(["CHF", "JPY"]);
    expect(problemsOf({ acceptedCurrencies: "EUR,USD" })).toEqual([
      `${NS}:acceptedCurrencies: "EUR,USD" is not a list of strings; set it with: pulumi config set --path 'acceptedCurrencies[0]' <value> (one item per index)`,
    ]);
    expect(problemsOf({ acceptedCurrencies: '["EUR","usd"]' })[0]).toContain(
      'holds "usd": each must be three upper-case letters (ISO 4217)',
    );
    expect(problemsOf({ acceptedCurrencies: "[]" })[0]).toContain(
      "is empty: the processor would reject every order",
    );
    expect(problemsOf({ acceptedCurrencies: '["EUR","EUR"]' })[0]).toContain(
      "lists EUR more than once",
    );
  });

  it("counts the longest service name a stack can give the processor (its 64-character function name)", () => {
    const env = resolveEnvironment(
      buildTopology().functions.find((f) => f.key === PROCESSOR) ?? expect.fail("no processor"),
      () => "x".repeat(300),
    );
    const bare = Object.entries(env).reduce((sum, [k, v]) => sum + k.length + v.length, 0);
    expect(env.POWERTOOLS_SERVICE_NAME).toBe("processor");
    expect(processorEnvironmentBytes(defaultTopologySettings)).toBe(bare + 64 - "processor".length);
  });

  it("keeps the processor's environment within Lambda's 4 KB", () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      String.fromCharCode(65 + (i % 26), 65 + (((i / 26) % 26) | 0), 65 + (((i / 676) % 26) | 0)),
    );
    const unique = [...new Set(many)];
    expect(problemsOf({ acceptedCurrencies: JSON.stringify(unique) })[0]).toMatch(
      /^order-events:acceptedCurrencies: the processor's environment would take about \d+ bytes, over Lambda's 4096; list fewer currencies$/,
    );
  });
});

describe("rules across keys", () => {
  it("needs a batching window for batches above 10, naming both keys", () => {
    expect(problemsOf({ ordersBatchSize: "11", ordersBatchingWindowSeconds: "0" })).toEqual([
      `${NS}:ordersBatchSize: 11 is above 10, which AWS allows only with a batching window; set ${NS}:ordersBatchingWindowSeconds to at least 1 (it is 0) or lower ordersBatchSize to 10`,
    ]);
    expect(problemsOf({ consumerBatchSize: "500" })[0]).toContain(
      `set ${NS}:consumerBatchingWindowSeconds to at least 1`,
    );
    expect(
      parse({ ordersBatchSize: "10000", ordersBatchingWindowSeconds: "1" }).topology.processor
        .batchSize,
    ).toBe(10_000);
  });

  it("needs a reservation of at least the mapping's maximum concurrency plus the async headroom", () => {
    const headroom = configDefault("asyncConcurrencyHeadroom") as number;
    // Exactly the mapping's share: asynchronous invocations could take it and throttle the mapping.
    // The same words as the preflight's and the policy pack's, then which keys hold the numbers.
    const rule = reservationShortfall({
      function: PROCESSOR,
      reserved: 10,
      sqs: 10,
      asyncHeadroom: headroom,
    });
    expect(rule).toContain(`Reserve at least ${10 + headroom}`);
    expect(
      problemsOf({ processorReservedConcurrency: "10", ordersMaximumConcurrency: "10" }),
    ).toEqual([
      `${NS}:processorReservedConcurrency: ${rule} (The mapping's maximum is ${NS}:ordersMaximumConcurrency, the headroom ${NS}:asyncConcurrencyHeadroom; -1 reserves none.)`,
    ]);
    expect(
      problemsOf({
        processorReservedConcurrency: "11",
        ordersMaximumConcurrency: "10",
        asyncConcurrencyHeadroom: "2",
      }),
    ).toHaveLength(1);
    expect(() =>
      parse({
        processorReservedConcurrency: String(10 + headroom),
        ordersMaximumConcurrency: "10",
      }),
    ).not.toThrow();
    expect(() =>
      parse({
        processorReservedConcurrency: "12",
        ordersMaximumConcurrency: "10",
        asyncConcurrencyHeadroom: "2",
      }),
    ).not.toThrow();
    expect(problemsOf({ asyncConcurrencyHeadroom: "0" })[0]).toContain(
      `${NS}:asyncConcurrencyHeadroom: 0 is outside 1 to 1000000`,
    );
    // Without a reservation the headroom is not needed.
    expect(parse({ ordersMaximumConcurrency: "1000" }).topology.processor.reservedConcurrency).toBe(
      undefined,
    );
  });

  it("keeps the echoed body within the parsed body", () => {
    expect(problemsOf({ maxBodyBytes: "1000", maxEchoBodyBytes: "2000" })[0]).toContain(
      `${NS}:maxEchoBodyBytes: 2000 is above ${NS}:maxBodyBytes (1000)`,
    );
  });

  it("lists every problem at once", () => {
    const error = (() => {
      try {
        parse({ ordersBatchSize: "0", asyncMaximumRetryAttempts: "9", logLevel: "LOUD" });
      } catch (e) {
        return e as ConfigValidationError;
      }
    })();
    expect(error).toBeInstanceOf(ConfigValidationError);
    expect(error?.problems).toHaveLength(3);
    expect(error?.message).toMatch(
      /^Invalid configuration for order-events \(3 problems\):\n- order-events:ordersBatchSize/,
    );
  });
});

describe("keys the program does not know", () => {
  it("are errors, with a suggestion when one is close", () => {
    expect(
      problemsOf({}, [`${NS}:OrdersBatchSize`, `${NS}:somethingElse`, "aws:region", "other:key"]),
    ).toEqual([
      `${NS}:OrdersBatchSize is not a setting of this program (did you mean ${NS}:ordersBatchSize?); remove it with: pulumi config rm OrdersBatchSize`,
      `${NS}:somethingElse is not a setting of this program; remove it with: pulumi config rm somethingElse`,
    ]);
  });
});

describe("what the processor accepts", () => {
  const processorEnvironment = (values: Record<string, string>) => {
    const processor = buildTopology(parse(values).topology).functions.find(
      (f) => f.key === PROCESSOR,
    );
    if (!processor) throw new Error("no processor in the topology");
    return resolveEnvironment(processor, (topic) => `arn:aws:sns:eu-west-1:123456789012:${topic}`);
  };

  it("reads the environment built from the defaults as the defaults", () => {
    const config = readProcessorConfig(processorEnvironment({}));
    expect(config.rules).toEqual(defaultRulesConfig);
    expect(config.successTopicArn).toBe("arn:aws:sns:eu-west-1:123456789012:success");
    expect(config.failureTopicArn).toBe("arn:aws:sns:eu-west-1:123456789012:failure");
  });

  it("accepts every value the stack configuration allows, at both ends of each range", () => {
    const ruleKeys = configKeyNames.filter((name) =>
      configKeys[name].path.startsWith("topology.rules."),
    );
    expect(ruleKeys).toEqual(Object.keys(processorSettings.rules));
    const ends = (pick: "min" | "max") => {
      const values: Record<string, string> = {};
      for (const name of ruleKeys) {
        const key: ConfigKeySpec = configKeys[name];
        if (key.type === "integer") values[name] = String(key[pick]);
      }
      return values;
    };
    for (const pick of ["min", "max"] as const) {
      const env = processorEnvironment(ends(pick));
      expect(() => readProcessorConfig(env), pick).not.toThrow();
    }
  });

  it("defaultStackSettings returns a fresh copy each time", () => {
    const a = defaultStackSettings();
    a.topology.rules.acceptedCurrencies.push("XXX");
    expect(defaultStackSettings().topology.rules.acceptedCurrencies).toEqual(
      processorSettings.rules.acceptedCurrencies.default,
    );
  });
});
