import { describe, expect, it } from "vitest";
import { disposeBatch } from "../../local/esm/batch-result";
import { readAwsSample } from "../support/aws-samples";

const ids = ["id1", "id2", "id3", "id4"];
const returned = (value: unknown) => ({ kind: "returned" as const, value });

describe("disposeBatch (Lambda's rules for an SQS batch response)", () => {
  it("deletes all but the listed records (the AWS docs' example response)", () => {
    const response = readAwsSample("sqs-batch-response--aws-docs--id2-id4.json");
    expect(disposeBatch(ids, returned(response), true)).toEqual({
      delete: ["id1", "id3"],
      retry: ["id2", "id4"],
    });
  });

  it.each([
    ["null", null],
    ["undefined", undefined],
    ["{}", {}],
    ["an empty list", { batchItemFailures: [] }],
    ["a null list", { batchItemFailures: null }],
  ])("treats %s as complete success", (_title, value) => {
    expect(disposeBatch(ids, returned(value), true)).toEqual({ delete: ids, retry: [] });
  });

  it("keeps the whole batch when the function throws", () => {
    const result = disposeBatch(ids, { kind: "threw", error: new TypeError("boom") }, true);
    expect(result.delete).toEqual([]);
    expect(result.retry).toEqual(ids);
    expect(result.wholeBatchFailure).toBe("the function threw (TypeError: boom)");
  });

  it.each([
    [
      "an unknown message id",
      { batchItemFailures: [{ itemIdentifier: "nope" }] },
      /"nope" is not a message id/,
    ],
    [
      "an empty identifier",
      { batchItemFailures: [{ itemIdentifier: "" }] },
      /no non-empty string itemIdentifier/,
    ],
    ["a null identifier", { batchItemFailures: [{ itemIdentifier: null }] }, /no non-empty string/],
    ["a bad key name", { batchItemFailures: [{ itemId: "id1" }] }, /no non-empty string/],
    ["a list that is not a list", { batchItemFailures: "id1" }, /not an array/],
    ["a string response", "ok", /not a batch response/],
  ])("keeps the whole batch for %s", (_title, value, reason) => {
    const result = disposeBatch(ids, returned(value), true);
    expect(result.retry).toEqual(ids);
    expect(result.delete).toEqual([]);
    expect(result.wholeBatchFailure).toMatch(reason);
  });

  it("ignores the response without ReportBatchItemFailures: a return deletes everything", () => {
    const value = { batchItemFailures: [{ itemIdentifier: "id1" }] };
    expect(disposeBatch(ids, returned(value), false)).toEqual({ delete: ids, retry: [] });
  });
});
