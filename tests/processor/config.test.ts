import { describe, expect, it } from "vitest";
import { defaultPublishTiming, readProcessorConfig } from "../../functions/processor/config";
import { defaultRulesConfig } from "../../functions/processor/core";
import { ProcessorConfigError } from "../../functions/processor/errors";
import { processorSettings } from "../../lib/processor-settings";

const required = {
  SUCCESS_TOPIC_ARN: "arn:aws:sns:eu-west-1:123456789012:order-success",
  FAILURE_TOPIC_ARN: "arn:aws:sns:eu-west-1:123456789012:order-failure",
};

function configError(env: Record<string, string | undefined>): ProcessorConfigError {
  try {
    readProcessorConfig(env);
  } catch (error) {
    if (error instanceof ProcessorConfigError) return error;
    throw error;
  }
  throw new Error("expected a ProcessorConfigError");
}

describe("readProcessorConfig", () => {
  it("takes every setting's default when only the topics are set", () => {
    expect(readProcessorConfig(required)).toEqual({
      successTopicArn: required.SUCCESS_TOPIC_ARN,
      failureTopicArn: required.FAILURE_TOPIC_ARN,
      rules: defaultRulesConfig,
      timing: defaultPublishTiming,
    });
    const defaults = (group: Record<string, { default: unknown }>) =>
      Object.fromEntries(Object.entries(group).map(([name, s]) => [name, s.default]));
    expect(defaultRulesConfig).toEqual(defaults(processorSettings.rules));
    expect(defaultPublishTiming).toEqual(defaults(processorSettings.timing));
  });

  it("keeps its defaults frozen, so no caller can change them for everyone", () => {
    expect(Object.isFrozen(defaultRulesConfig)).toBe(true);
    expect(Object.isFrozen(defaultRulesConfig.acceptedCurrencies)).toBe(true);
    expect(Object.isFrozen(defaultPublishTiming)).toBe(true);
  });

  it("reads every variable", () => {
    const config = readProcessorConfig({
      ...required,
      ACCEPTED_CURRENCIES: " CHF, JPY ,CHF",
      MAX_LINE_ITEMS: "10",
      MAX_TOTAL_QUANTITY: "20",
      MAX_ORDER_TOTAL_MINOR: "30",
      MAX_BODY_BYTES: "1048576",
      MAX_ECHO_BODY_BYTES: "0",
      CLOCK_SKEW_SECONDS: "5",
    });
    expect(config.rules).toEqual({
      acceptedCurrencies: ["CHF", "JPY"],
      maxLineItems: 10,
      maxTotalQuantity: 20,
      maxOrderTotalMinor: 30,
      maxBodyBytes: 1_048_576,
      maxEchoBodyBytes: 0,
      clockSkewSeconds: 5,
    });
  });

  it("reads the SNS timeouts and the deadline margin", () => {
    const config = readProcessorConfig({
      ...required,
      SNS_CONNECTION_TIMEOUT_MS: "250",
      SNS_REQUEST_TIMEOUT_MS: "900000",
      PUBLISH_DEADLINE_MARGIN_MS: "50",
    });
    expect(config.timing).toEqual({
      connectionTimeoutMs: 250,
      requestTimeoutMs: 900_000,
      deadlineMarginMs: 50,
    });
  });

  it("treats an empty value as unset", () => {
    expect(readProcessorConfig({ ...required, MAX_LINE_ITEMS: " " }).rules.maxLineItems).toBe(
      processorSettings.rules.maxLineItems.default,
    );
  });

  it("fails naming a missing topic variable and what to set", () => {
    const error = configError({ FAILURE_TOPIC_ARN: required.FAILURE_TOPIC_ARN });
    expect(error.variables).toEqual(["SUCCESS_TOPIC_ARN"]);
    expect(error.message).toBe(
      "invalid processor configuration: SUCCESS_TOPIC_ARN is not set; set it to a standard SNS topic ARN (arn:aws:sns:<region>:<account>:<name>)",
    );
  });

  it.each([
    ["SUCCESS_TOPIC_ARN", "order-success"],
    ["SUCCESS_TOPIC_ARN", "arn:aws:sqs:eu-west-1:123456789012:orders"],
    ["FAILURE_TOPIC_ARN", "arn:aws:sns:eu-west-1:123456789012:failures.fifo"],
    ["MAX_LINE_ITEMS", "abc"],
    ["MAX_LINE_ITEMS", "0"],
    ["MAX_LINE_ITEMS", "101"],
    ["MAX_LINE_ITEMS", "1.5"],
    ["MAX_LINE_ITEMS", "-3"],
    ["MAX_LINE_ITEMS", "1e2"],
    ["MAX_TOTAL_QUANTITY", "0x10"],
    ["MAX_ORDER_TOTAL_MINOR", "999999999999999999"],
    ["MAX_BODY_BYTES", "2000000"],
    ["MAX_ECHO_BODY_BYTES", "300000"],
    ["CLOCK_SKEW_SECONDS", "forever"],
    ["SNS_CONNECTION_TIMEOUT_MS", "0"],
    ["SNS_CONNECTION_TIMEOUT_MS", "60001"],
    ["SNS_REQUEST_TIMEOUT_MS", "9"],
    ["SNS_REQUEST_TIMEOUT_MS", "1s"],
    ["PUBLISH_DEADLINE_MARGIN_MS", "0"],
    ["PUBLISH_DEADLINE_MARGIN_MS", "60001"],
    ["ACCEPTED_CURRENCIES", "eur,usd"],
    ["ACCEPTED_CURRENCIES", "EUR,,USD"],
    ["ACCEPTED_CURRENCIES", "EURO"],
  ])("fails naming %s when it is %j", (variable, value) => {
    const error = configError({ ...required, [variable]: value });
    expect(error.variables).toEqual([variable]);
    expect(error.message).toContain(`${variable} is ${JSON.stringify(value)}`);
  });

  it("reports every bad variable at once", () => {
    const error = configError({ MAX_LINE_ITEMS: "x", CLOCK_SKEW_SECONDS: "-1" });
    expect(error.variables).toEqual([
      "SUCCESS_TOPIC_ARN",
      "FAILURE_TOPIC_ARN",
      "MAX_LINE_ITEMS",
      "CLOCK_SKEW_SECONDS",
    ]);
    const { min, max, default: fallback } = processorSettings.rules.maxLineItems;
    expect(error.message).toContain(
      `MAX_LINE_ITEMS is "x", expected a whole number from ${min} to ${max}; fix it or unset it to use the default ${fallback}`,
    );
  });

  it("refuses the same topic for both statuses", () => {
    const error = configError({ ...required, FAILURE_TOPIC_ARN: required.SUCCESS_TOPIC_ARN });
    expect(error.variables).toEqual(["FAILURE_TOPIC_ARN"]);
  });
});
