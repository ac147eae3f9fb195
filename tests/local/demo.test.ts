import { describe, expect, it } from "vitest";
import { jsonSummary, runIsClean, textSummary } from "../../local/demo/summary";
import { demoTraffic, POISONED_KIND } from "../../local/demo/traffic";
import { Ledger } from "../../local/observe/ledger";
import { type PipelineSummary, sendChunks } from "../../local/pipeline";
import { ORDER_VARIANTS } from "../../local/producer";

describe("demoTraffic", () => {
  it("sends every kind of order, poisons two, and invokes only payloads Lambda accepts", () => {
    const traffic = demoTraffic({ orders: 100, seed: 42 });
    expect(traffic.queued).toHaveLength(100);
    expect(new Set(traffic.queued.map((i) => i.kind))).toEqual(new Set(ORDER_VARIANTS));
    expect(traffic.poisoned.map((i) => [i.kind, i.expected])).toEqual([
      [POISONED_KIND, "dead_lettered"],
      [POISONED_KIND, "dead_lettered"],
    ]);
    expect(traffic.invoked).toHaveLength(10);
    expect(traffic.invoked.filter((i) => i.expected === "success_outcome")).toHaveLength(5);
    for (const input of traffic.invoked) expect(() => JSON.parse(input.body)).not.toThrow();
    expect(traffic.queued.find((i) => i.kind === "body-too-large")?.body.length).toBeGreaterThan(
      262_144,
    );
  });

  it("is reproducible from its seed", () => {
    const now = () => new Date("2026-11-26T10:00:00Z");
    expect(demoTraffic({ orders: 20, seed: 7, now })).toEqual(
      demoTraffic({ orders: 20, seed: 7, now }),
    );
  });
});

describe("sendChunks", () => {
  it("keeps SendMessageBatch calls within 10 entries and 256 KiB, big messages alone", () => {
    const small = { body: "x".repeat(1000), kind: "k", expected: "e" };
    const big = { body: "y".repeat(262_145), kind: "k", expected: "e" };
    const chunks = sendChunks([...Array(12).fill(small), big, small]);
    expect(chunks.map((c) => c.length)).toEqual([10, 2, 1, 1]);
  });
});

function summaryOf(ledger: Ledger, consumers: PipelineSummary["consumers"] = []): PipelineSummary {
  return {
    ledger: ledger.summary(),
    consumers,
    dead_letter_queues: { "orders-dlq": 0 },
    mappings: {},
    async_invocations: {},
    injected_faults: {
      entriesFailed: 0,
      callsFailed: 0,
      callsHung: 0,
      responsesLost: 0,
      entriesForwarded: 0,
    },
  };
}

/** A ledger of one valid input, `id`, whose SUCCESS outcome was published when `ended`. */
function ledgerOfOneInput(ended: boolean, id = "m1"): Ledger {
  const ledger = new Ledger();
  ledger.recordSent({ id, path: "sqs", kind: "valid", body: "b", expected: "success_outcome" });
  if (ended) {
    ledger.observeTopicMessage(
      "success",
      JSON.stringify({
        message_type: "order.outcome",
        outcome_id: "o",
        message_id: id,
        status: "SUCCESS",
      }),
    );
  }
  return ledger;
}

describe("summaries", () => {
  const facts = {
    seed: 1,
    durationMs: 1234,
    settled: true,
    endpoint: "http://127.0.0.1:1",
    embedded: true,
  };

  it("says OK with the counts when everything ended exactly once, and gives the JSON fields", () => {
    const summary = summaryOf(ledgerOfOneInput(true));

    expect(textSummary(summary, facts)).toContain(
      "OK: nothing unaccounted. Each of the 1 inputs ended exactly once",
    );
    expect(jsonSummary(summary, facts)).toMatchObject({
      ok: true,
      sent: 1,
      success_outcomes: 1,
      failure_outcomes: 0,
      dead_lettered: 0,
      unaccounted: 0,
    });
  });

  it("says NOT OK and names the unaccounted input, an unsettled run, or a consumer that missed messages", () => {
    const ledger = ledgerOfOneInput(false, "lost-1");
    const consumer = {
      consumer: "fulfilment",
      topic: "success" as const,
      raw_delivery: true,
      admitted_by_filter: 2,
      received: 1,
      deliveries: 1,
      missing: 1,
      unexpected: 0,
      handled: 1,
      duplicates_skipped: 0,
      rejected: 0,
      work: {},
    };
    const summary = summaryOf(ledger, [consumer]);
    const text = textSummary(summary, { ...facts, settled: false });
    expect(text).toMatch(
      /NOT OK: the pipeline did not settle in time; 1 unaccounted \(e\.g\. lost-1\); fulfilment received 1 but its filter admits 2/,
    );
    expect(runIsClean(summary, facts)).toBe(false);
    expect(jsonSummary(summary, facts).ok).toBe(false);
  });
});

describe("summaries of the user's own inputs (--keep-running)", () => {
  const facts = {
    seed: 1,
    durationMs: 1000,
    settled: true,
    endpoint: "http://127.0.0.1:1",
    embedded: true,
  };
  const outcome = (id: string, status: string, error_code?: string) =>
    JSON.stringify({
      message_type: "order.outcome",
      outcome_id: `o-${id}`,
      message_id: id,
      status,
      ...(error_code ? { error_code } : {}),
    });

  function runWithOwnInputs(): Ledger {
    const ledger = new Ledger();
    ledger.recordSent({
      id: "m1",
      path: "sqs",
      kind: "valid",
      body: "b",
      expected: "success_outcome",
    });
    ledger.observeTopicMessage("success", outcome("m1", "SUCCESS"));
    ledger.acceptOwnInputs();
    ledger.recordOwnInput({ id: "u-ok", body: '{"order_id":"ORD-EXAMPLE-1"}' });
    ledger.recordOwnInput({ id: "u-bad", body: "not json" });
    ledger.observeTopicMessage("success", outcome("u-ok", "SUCCESS"));
    ledger.observeTopicMessage("failure", outcome("u-bad", "FAILURE", "INVALID_JSON"));
    return ledger;
  }

  it("lists each own input with where it ended, keeps them out of the run's counts, and stays OK", () => {
    const summary = summaryOf(runWithOwnInputs());
    const text = textSummary(summary, facts);
    expect(text).toContain(
      "Your own inputs: 2 sent by hand while it kept running (not counted above): 1 success, 1 failure, 0 in the DLQ",
    );
    expect(text).toMatch(/^ {2}u-ok +success outcome +"\{\\"order_id\\":\\"ORD-EXAMPLE-1\\"\}"$/m);
    expect(text).toMatch(/^ {2}u-bad +failure outcome INVALID_JSON +"not json"$/m);
    expect(text).toContain(
      "OK: nothing unaccounted. Each of the 1 inputs ended exactly once (1 success, 0 failure, 0 in the DLQ), each of your 2 own inputs too,",
    );
    expect(runIsClean(summary, facts)).toBe(true);
    expect(jsonSummary(summary, facts)).toMatchObject({
      ok: true,
      sent: 1,
      own_inputs: { sent: 2, success_outcomes: 1, failure_outcomes: 1 },
    });
  });

  it("says an own input without an ending is still moving, or NOT OK once the pipeline settled", () => {
    const ledger = runWithOwnInputs();
    ledger.recordOwnInput({ id: "u-gone", body: "{}" });
    const summary = summaryOf(ledger);
    const moving = textSummary(summary, { ...facts, settled: false });
    expect(moving).toMatch(/^ {2}u-gone +still moving +"\{\}"$/m);
    expect(moving).toContain(
      "NOT OK: the pipeline did not settle in time; 1 of your own inputs still moving.",
    );
    const settled = textSummary(summary, facts);
    expect(settled).toMatch(/^ {2}u-gone +ENDED NOWHERE/m);
    expect(settled).toContain(
      "NOT OK: 1 of your own inputs ended nowhere (deleted or purged by hand?).",
    );
    expect(runIsClean(summary, facts)).toBe(false);
  });
});

describe("summaries explain the injected faults", () => {
  const facts = {
    seed: 1,
    durationMs: 1000,
    settled: true,
    endpoint: "http://127.0.0.1:1",
    embedded: true,
  };
  const withFaults = (): PipelineSummary => ({
    ...summaryOf(new Ledger()),
    injected_faults: {
      entriesFailed: 10,
      callsFailed: 0,
      callsHung: 0,
      responsesLost: 0,
      entriesForwarded: 100,
    },
  });

  it("with --fault-rate 0, says every fault was the poisoned orders', on purpose", () => {
    const text = textSummary(withFaults(), { ...facts, faultRate: 0, poisoned: 2 });
    expect(text).toContain(
      `Injected publish faults: 10 PublishBatch entries failed, 0 calls refused.\n  All on purpose: the 2 poisoned orders ("${POISONED_KIND}") fail every publish of their outcome, so SQS delivers them again until their maxReceiveCount, then moves them to the DLQ. --fault-rate is 0, so no other publish failed.`,
    );
  });

  it("with a --fault-rate, names both causes", () => {
    const text = textSummary(withFaults(), { ...facts, faultRate: 0.1, poisoned: 2 });
    expect(text).toMatch(
      /On purpose: the 2 poisoned orders .* then moves them to the DLQ; and about 10% of all other publishes at random \(--fault-rate 0\.1\), which SQS delivers again\./,
    );
    expect(textSummary(withFaults(), { ...facts, faultRate: 0.3, poisoned: 0 })).toContain(
      "On purpose: about 30% of all other publishes at random (--fault-rate 0.3)",
    );
  });

  it("names hung calls and lost responses when the run injected them", () => {
    const summary = withFaults();
    summary.injected_faults = { ...summary.injected_faults, callsHung: 3, responsesLost: 1 };
    expect(textSummary(summary, facts)).toContain(
      "Injected publish faults: 10 PublishBatch entries failed, 0 calls refused, 3 calls hung, 1 responses lost after publishing",
    );
  });

  it("gives the bare counts when the run does not say why", () => {
    const text = textSummary(withFaults(), facts);
    expect(text).toMatch(
      /Injected publish faults: 10 PublishBatch entries failed, 0 calls refused\n/,
    );
  });
});

// What the summary says about its own outputs: a log file or progress lines that could not be
// written are reported beside the verdict, which they never change.
const ENOSPC = Object.assign(new Error("ENOSPC: no space left on device, write"), {
  code: "ENOSPC",
});

const runFacts = {
  seed: 1,
  durationMs: 1000,
  settled: true,
  endpoint: "http://127.0.0.1:1",
  embedded: true,
};
/** What `--log-file` reports to the summary (the log capture's fileReport). */
type LogFileFacts = NonNullable<Parameters<typeof textSummary>[1]["logFile"]>;
const failedLog: LogFileFacts = {
  path: "/var/log/run.log",
  recordsWritten: 12,
  recordsNotWritten: 30,
  failure: ENOSPC,
};

describe("the summary of a run whose outputs could not all be written", () => {
  it("says OK and, on the line before, that the log file is not complete and why", () => {
    const summary = summaryOf(ledgerOfOneInput(true));
    const lines = textSummary(summary, { ...runFacts, logFile: failedLog })
      .trimEnd()
      .split("\n");
    expect(lines.slice(-2)).toEqual([
      "Log file NOT complete: writing /var/log/run.log failed: no space left on device (ENOSPC); 12 function log records were written to it, the other 30 were not. The functions and this run were not affected.",
      expect.stringMatching(/^OK: nothing unaccounted\./),
    ]);
    expect(runIsClean(summary, runFacts)).toBe(true);
    expect(jsonSummary(summary, { ...runFacts, logFile: failedLog })).toMatchObject({
      ok: true,
      log_file: {
        path: "/var/log/run.log",
        records_written: 12,
        records_not_written: 30,
        error: "no space left on device (ENOSPC)",
      },
      progress_error: null,
    });
  });

  it("says when the progress lines could not be written to standard error", () => {
    const summary = summaryOf(ledgerOfOneInput(true));
    const withLostProgress = { ...runFacts, progressFailure: ENOSPC };
    expect(textSummary(summary, withLostProgress)).toContain(
      "Progress lines could not be written to standard error: no space left on device (ENOSPC); this run was not affected.\nOK: nothing unaccounted.",
    );
    expect(jsonSummary(summary, withLostProgress).progress_error).toBe(
      "no space left on device (ENOSPC)",
    );
  });

  it("says nothing about outputs that were written, and has no log_file without --log-file", () => {
    const summary = summaryOf(ledgerOfOneInput(true));
    const written = { ...failedLog, recordsNotWritten: 0, failure: undefined };
    expect(textSummary(summary, { ...runFacts, logFile: written })).not.toMatch(
      /Log file|Progress/,
    );
    expect(jsonSummary(summary, { ...runFacts, logFile: written }).log_file?.error).toBeNull();
    expect(jsonSummary(summary, runFacts)).not.toHaveProperty("log_file");
  });

  it("after a NOT OK run, suggests a log file only where one would help", () => {
    const summary = summaryOf(ledgerOfOneInput(false));
    const hint = (logFile?: LogFileFacts) =>
      textSummary(summary, { ...runFacts, ...(logFile ? { logFile } : {}) })
        .trimEnd()
        .split("\n")
        .at(-1);
    expect(hint()).toBe(
      "  Rerun with --log-file run.log to keep every function log line, or --keep-running to inspect the queues.",
    );
    expect(hint(failedLog)).toBe(
      "  /var/log/run.log could not be written (see above): rerun with --log-file on a file system with free space, or --keep-running to inspect the queues.",
    );
    expect(hint({ ...failedLog, recordsNotWritten: 0, failure: undefined })).toBe(
      "  Every function log line is in /var/log/run.log; rerun with --keep-running to inspect the queues.",
    );
  });
});
