import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { Ledger } from "../../local/observe/ledger";

const outcome = (fields: Record<string, unknown>) =>
  JSON.stringify({
    message_type: "order.outcome",
    outcome_id: `o-${String(fields.message_id)}`,
    ...fields,
  });
const record = (requestId: string, condition: string, errorType?: string) =>
  JSON.stringify({
    version: "1.0",
    requestContext: { requestId, condition },
    ...(errorType ? { responsePayload: { errorType, errorMessage: "no" } } : {}),
  });

function ledgerWith(...ids: string[]): Ledger {
  const ledger = new Ledger();
  for (const id of ids) {
    ledger.recordSent({
      id,
      path: "sqs",
      kind: "valid",
      body: `body-${id}`,
      expected: "success_outcome",
    });
  }
  return ledger;
}

describe("Ledger (every input ends exactly once)", () => {
  it("accounts outcomes by message id, records by request id, DLQ messages by id", () => {
    const ledger = ledgerWith("m1", "m2", "m3");
    ledger.recordSent({
      id: "r1",
      path: "async",
      kind: "duplicate-sku",
      body: "{}",
      expected: "failure_outcome:DUPLICATE_SKU",
    });
    ledger.observeTopicMessage(
      "success",
      outcome({ message_id: "m1", status: "SUCCESS", body: "body-m1" }),
    );
    ledger.observeTopicMessage(
      "failure",
      outcome({ message_id: "m2", status: "FAILURE", error_code: "INVALID_JSON", body: "body-m2" }),
    );
    ledger.observeDeadLetter("m3", "body-m3");
    ledger.observeTopicMessage(
      "failure",
      record("r1", "RetriesExhausted", "OrderRejected.DUPLICATE_SKU"),
    );

    const s = ledger.summary();
    expect(s).toMatchObject({
      sent: 4,
      success_outcomes: 1,
      failure_outcomes: 2,
      dead_lettered: 1,
      unaccounted: 0,
      multiply_accounted: 0,
    });
    expect(s.not_as_expected).toBe(2); // m2 expected success, m3 expected success
    expect(s.by_kind.find((r) => r.path === "async")?.failure_codes).toEqual({ DUPLICATE_SKU: 1 });
  });

  it("names what is unaccounted, and counts an input that ended twice once, as multiply accounted", () => {
    const ledger = ledgerWith("m1", "m2");
    ledger.observeTopicMessage("success", outcome({ message_id: "m1", status: "SUCCESS" }));
    ledger.observeDeadLetter("m1", "body-m1");
    const s = ledger.summary();
    expect(s).toMatchObject({
      unaccounted: 1,
      multiply_accounted: 1,
      success_outcomes: 0,
      dead_lettered: 0,
      unaccounted_ids: ["m2"],
    });
  });

  it("recognises a replayed message's outcome by its body (new id), or by body_sha256 when the body was not echoed", () => {
    const ledger = ledgerWith("m1", "m2");
    ledger.observeTopicMessage(
      "success",
      outcome({ message_id: "new-1", status: "SUCCESS", body: "body-m1" }),
    );
    const digest = createHash("sha256").update("body-m2").digest("hex");
    ledger.observeTopicMessage(
      "failure",
      outcome({
        message_id: "new-2",
        status: "FAILURE",
        error_code: "BODY_TOO_LARGE",
        body: "",
        body_truncated: true,
        body_sha256: digest,
      }),
    );
    expect(ledger.summary()).toMatchObject({
      success_outcomes: 1,
      failure_outcomes: 1,
      unaccounted: 0,
    });
  });

  it("counts redeliveries of the same outcome as duplicates, not as endings; flags strays and misrouting", () => {
    const ledger = ledgerWith("m1");
    const text = outcome({ message_id: "m1", status: "SUCCESS" });
    ledger.observeTopicMessage("failure", text); // SUCCESS on the failure topic
    ledger.observeTopicMessage("failure", text);
    ledger.observeTopicMessage("success", "not json");
    ledger.observeTopicMessage("success", JSON.stringify({ hello: 1 }));
    ledger.observeDeadLetter("unknown", "unknown body");
    expect(ledger.summary()).toMatchObject({
      success_outcomes: 1,
      duplicate_deliveries: 1,
      misrouted: 1,
      unattributed: 3,
    });
  });

  it("counts a topic message that is JSON but no object (null, a number, an array) as a stray, without throwing", () => {
    const ledger = ledgerWith("m1");
    for (const text of ["null", "42", '"text"', "[1,2]"]) {
      expect(() => ledger.observeTopicMessage("success", text), text).not.toThrow();
    }
    expect(ledger.summary()).toMatchObject({ unattributed: 4, unaccounted: 1 });
  });

  it("forgets DLQ endings before the DLQ is looked at again (after a replay)", () => {
    const ledger = ledgerWith("m1");
    ledger.observeDeadLetter("m1", "body-m1");
    ledger.clearDeadLetters();
    ledger.observeTopicMessage(
      "success",
      outcome({ message_id: "m1-replayed", status: "SUCCESS", body: "body-m1" }),
    );
    expect(ledger.summary()).toMatchObject({
      success_outcomes: 1,
      dead_lettered: 0,
      multiply_accounted: 0,
    });
    expect(ledger.pending()).toBe(0);
  });
});
