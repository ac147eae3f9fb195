import { describe, expect, it } from "vitest";
import { admits } from "../../local/sns/filter-policy";
import { readAwsSample } from "../support/aws-samples";

const attr = (value: string, type = "String") => ({ DataType: type, StringValue: value });
const body = (value: unknown) => ({ body: JSON.stringify(value) });

// The topology's success/failure filters (topology/filter-policies.ts), spelled out here so this
// test pins the oracle's reading of SNS, not the topology's choice.
const successPolicy = {
  $or: [
    { message_type: ["order.outcome"], status: ["SUCCESS"] },
    { requestContext: { condition: ["Success"] } },
  ],
};
const failurePolicy = {
  $or: [
    { message_type: ["order.outcome"], status: ["FAILURE"] },
    { requestContext: { condition: [{ "anything-but": ["Success"] }] } },
  ],
};

describe("admits (SNS filter policies, read independently of the emulator)", () => {
  it("ANDs keys and ORs values on message attributes", () => {
    const policy = { status: ["FAILURE"], error_code: ["INVALID_JSON", "SCHEMA_VIOLATION"] };
    const message = (code: string) => ({
      body: "{}",
      attributes: { status: attr("FAILURE"), error_code: attr(code) },
    });
    expect(admits(policy, "MessageAttributes", message("SCHEMA_VIOLATION"))).toBe(true);
    expect(admits(policy, "MessageAttributes", message("DUPLICATE_SKU"))).toBe(false);
    expect(admits(policy, "MessageAttributes", { body: "{}" })).toBe(false);
  });

  it("reads nested body keys, $or branches and anything-but (absent key: no match)", () => {
    const success = readAwsSample("destination-record--localstack-aws-recorded--success.json");
    const failure = readAwsSample(
      "destination-record--localstack-aws-recorded--retries-exhausted-3-attempts.json",
    );
    const outcome = { message_type: "order.outcome", status: "SUCCESS" };
    expect(admits(successPolicy, "MessageBody", body(success))).toBe(true);
    expect(admits(successPolicy, "MessageBody", body(failure))).toBe(false);
    expect(admits(successPolicy, "MessageBody", body(outcome))).toBe(true);
    expect(admits(failurePolicy, "MessageBody", body(failure))).toBe(true);
    expect(admits(failurePolicy, "MessageBody", body(success))).toBe(false);
    expect(admits(failurePolicy, "MessageBody", body(outcome))).toBe(false);
    expect(admits(failurePolicy, "MessageBody", body({ ...outcome, status: "FAILURE" }))).toBe(
      true,
    );
  });

  it("does not deliver a body that is not a JSON object under a body policy", () => {
    expect(admits(successPolicy, "MessageBody", { body: "not json" })).toBe(false);
    expect(admits(successPolicy, "MessageBody", { body: "[1]" })).toBe(false);
  });

  it("knows prefix, suffix, equals-ignore-case, numeric, exists and body arrays", () => {
    const m = body({ sku: "SKU-RED-1", tags: ["a", "b"], total: 150, cur: "eur" });
    expect(admits({ sku: [{ prefix: "SKU-" }] }, "MessageBody", m)).toBe(true);
    expect(admits({ sku: [{ suffix: "-2" }] }, "MessageBody", m)).toBe(false);
    expect(admits({ cur: [{ "equals-ignore-case": "EUR" }] }, "MessageBody", m)).toBe(true);
    expect(admits({ total: [{ numeric: [">", 100, "<=", 150] }] }, "MessageBody", m)).toBe(true);
    expect(admits({ total: [{ numeric: [">", 150] }] }, "MessageBody", m)).toBe(false);
    expect(admits({ tags: ["b"] }, "MessageBody", m)).toBe(true);
    expect(admits({ coupon: [{ exists: false }] }, "MessageBody", m)).toBe(true);
    expect(admits({ coupon: [{ exists: true }] }, "MessageBody", m)).toBe(false);
    const n = { body: "{}", attributes: { total: attr("150", "Number") } };
    expect(admits({ total: [150] }, "MessageAttributes", n)).toBe(true);
  });

  it("refuses operators it cannot judge instead of guessing", () => {
    expect(() =>
      admits({ ip: [{ cidr: "10.0.0.0/8" }] }, "MessageBody", body({ ip: "10.1.1.1" })),
    ).toThrow(/not supported by the local filter oracle/);
  });
});
