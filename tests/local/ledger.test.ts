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

describe("Ledger: the user's own inputs (sent by hand to a --keep-running pipeline)", () => {
  it("records nothing as the user's before acceptOwnInputs: an unknown outcome is then a stray", () => {
    const ledger = ledgerWith("m1");
    expect(ledger.recordOwnInput({ id: "u1", body: "mine" })).toBe(false);
    ledger.observeTopicMessage("success", outcome({ message_id: "u1", status: "SUCCESS" }));
    expect(ledger.summary()).toMatchObject({ unattributed: 1, own_inputs: { sent: 0 } });
  });

  it("reports each own input apart with where it ended, out of the run's counts", () => {
    const ledger = ledgerWith("m1");
    ledger.observeTopicMessage("success", outcome({ message_id: "m1", status: "SUCCESS" }));
    ledger.acceptOwnInputs();
    for (const id of ["u1", "u2", "u3", "u4"]) {
      expect(ledger.recordOwnInput({ id, body: `mine-${id}` })).toBe(true);
    }
    ledger.observeTopicMessage("success", outcome({ message_id: "u1", status: "SUCCESS" }));
    ledger.observeTopicMessage(
      "failure",
      outcome({ message_id: "u2", status: "FAILURE", error_code: "INVALID_JSON" }),
    );
    ledger.observeDeadLetter("u3", "mine-u3");

    const s = ledger.summary();
    expect(s).toMatchObject({ sent: 1, success_outcomes: 1, unaccounted: 0, unattributed: 0 });
    expect(s.own_inputs).toMatchObject({
      sent: 4,
      success_outcomes: 1,
      failure_outcomes: 1,
      dead_lettered: 1,
      no_ending: 1,
      multiply_accounted: 0,
      strays: 0,
    });
    expect(s.own_inputs.items).toEqual([
      { id: "u1", body_start: "mine-u1", ended: "success_outcome" },
      { id: "u2", body_start: "mine-u2", ended: "failure_outcome", error_code: "INVALID_JSON" },
      { id: "u3", body_start: "mine-u3", ended: "dead_lettered" },
      { id: "u4", body_start: "mine-u4", ended: "no ending" },
    ]);
  });

  it("does not take a run's input, or a replayed copy of one that has no outcome yet, for the user's", () => {
    const ledger = ledgerWith("m1", "m2");
    ledger.observeDeadLetter("m1", "body-m1");
    ledger.acceptOwnInputs();
    expect(ledger.recordOwnInput({ id: "m2", body: "body-m2" })).toBe(false); // known id
    // m1 replayed from the DLQ: new id, same body. Its outcome ends m1, not a new input.
    expect(ledger.recordOwnInput({ id: "m1-copy", body: "body-m1" })).toBe(false);
    ledger.clearDeadLetters();
    ledger.observeTopicMessage(
      "success",
      outcome({ message_id: "m1-copy", status: "SUCCESS", body: "body-m1" }),
    );
    ledger.observeTopicMessage("success", outcome({ message_id: "m2", status: "SUCCESS" }));
    expect(ledger.summary()).toMatchObject({
      success_outcomes: 2,
      unaccounted: 0,
      multiply_accounted: 0,
      own_inputs: { sent: 0 },
    });
  });

  it("takes a run's body sent again by hand after it ended, and a body sent twice, for new inputs", () => {
    const ledger = ledgerWith("m1");
    ledger.observeTopicMessage("success", outcome({ message_id: "m1", status: "SUCCESS" }));
    ledger.acceptOwnInputs();
    expect(ledger.recordOwnInput({ id: "u1", body: "body-m1" })).toBe(true);
    expect(ledger.recordOwnInput({ id: "u2", body: "body-m1" })).toBe(true); // u1 still moving
    ledger.observeTopicMessage("success", outcome({ message_id: "u1", status: "SUCCESS" }));
    ledger.observeTopicMessage("success", outcome({ message_id: "u2", status: "SUCCESS" }));
    const s = ledger.summary();
    expect(s.success_outcomes).toBe(1);
    expect(s.own_inputs).toMatchObject({ sent: 2, success_outcomes: 2, no_ending: 0 });
  });

  it("takes a copy of an own input that was seen in the DLQ for its replay, not a new input", () => {
    const ledger = new Ledger();
    ledger.acceptOwnInputs();
    ledger.recordOwnInput({ id: "u1", body: "mine" });
    ledger.observeDeadLetter("u1", "mine");
    expect(ledger.recordOwnInput({ id: "u1-copy", body: "mine" })).toBe(false);
    ledger.clearDeadLetters();
    ledger.observeTopicMessage(
      "success",
      outcome({ message_id: "u1-copy", status: "SUCCESS", body: "mine" }),
    );
    expect(ledger.summary().own_inputs).toMatchObject({ sent: 1, success_outcomes: 1 });
  });

  it("counts what reaches a topic or the DLQ from no input, after acceptOwnInputs, as the user's strays", () => {
    const ledger = ledgerWith("m1");
    ledger.observeDeadLetter("early", "from no input, before");
    ledger.acceptOwnInputs();
    ledger.observeTopicMessage("success", JSON.stringify({ hello: "published by hand" }));
    ledger.observeDeadLetter("late", "sent straight to the DLQ");
    expect(ledger.summary()).toMatchObject({ unattributed: 1, own_inputs: { strays: 2 } });
    // The DLQ is looked at again: strays are counted once per look, not once per call.
    ledger.clearDeadLetters();
    ledger.observeDeadLetter("early", "from no input, before");
    ledger.observeDeadLetter("late", "sent straight to the DLQ");
    expect(ledger.summary()).toMatchObject({ unattributed: 1, own_inputs: { strays: 2 } });
  });
});
