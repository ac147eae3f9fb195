// What `npm start`'s summary says about its own outputs: a log file or progress lines that could
// not be written are reported beside the verdict, which they never change.
import { describe, expect, it } from "vitest";
import { jsonSummary, runIsClean, textSummary } from "../../local/demo/summary";
import type { LogFileReport } from "../../local/functions/log-capture";
import { Ledger } from "../../local/observe/ledger";
import type { PipelineSummary } from "../../local/pipeline";

const ENOSPC = Object.assign(new Error("ENOSPC: no space left on device, write"), {
  code: "ENOSPC",
});

/** A run of one input; `ended` false leaves it unaccounted (NOT OK). */
function summaryOfOneInput(ended: boolean): PipelineSummary {
  const ledger = new Ledger();
  ledger.recordSent({
    id: "m1",
    path: "sqs",
    kind: "valid",
    body: "b",
    expected: "success_outcome",
  });
  if (ended) {
    ledger.observeTopicMessage(
      "success",
      JSON.stringify({
        message_type: "order.outcome",
        outcome_id: "o",
        message_id: "m1",
        status: "SUCCESS",
      }),
    );
  }
  return {
    ledger: ledger.summary(),
    consumers: [],
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

const facts = {
  seed: 1,
  durationMs: 1000,
  settled: true,
  endpoint: "http://127.0.0.1:1",
  embedded: true,
};
const failedLog: LogFileReport = {
  path: "/var/log/run.log",
  recordsWritten: 12,
  recordsNotWritten: 30,
  failure: ENOSPC,
};

describe("the summary of a run whose outputs could not all be written", () => {
  it("says OK and, on the line before, that the log file is not complete and why", () => {
    const summary = summaryOfOneInput(true);
    const lines = textSummary(summary, { ...facts, logFile: failedLog })
      .trimEnd()
      .split("\n");
    expect(lines.slice(-2)).toEqual([
      "Log file NOT complete: writing /var/log/run.log failed: no space left on device (ENOSPC); 12 function log records were written to it, the other 30 were not. The functions and this run were not affected.",
      expect.stringMatching(/^OK: nothing unaccounted\./),
    ]);
    expect(runIsClean(summary, facts)).toBe(true);
    expect(jsonSummary(summary, { ...facts, logFile: failedLog })).toMatchObject({
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
    const summary = summaryOfOneInput(true);
    const withLostProgress = { ...facts, progressFailure: ENOSPC };
    expect(textSummary(summary, withLostProgress)).toContain(
      "Progress lines could not be written to standard error: no space left on device (ENOSPC); this run was not affected.\nOK: nothing unaccounted.",
    );
    expect(jsonSummary(summary, withLostProgress).progress_error).toBe(
      "no space left on device (ENOSPC)",
    );
  });

  it("says nothing about outputs that were written, and has no log_file without --log-file", () => {
    const summary = summaryOfOneInput(true);
    const written = { ...failedLog, recordsNotWritten: 0, failure: undefined };
    expect(textSummary(summary, { ...facts, logFile: written })).not.toMatch(/Log file|Progress/);
    expect(jsonSummary(summary, { ...facts, logFile: written }).log_file?.error).toBeNull();
    expect(jsonSummary(summary, facts)).not.toHaveProperty("log_file");
  });

  it("after a NOT OK run, suggests a log file only where one would help", () => {
    const summary = summaryOfOneInput(false);
    const hint = (logFile?: LogFileReport) =>
      textSummary(summary, { ...facts, ...(logFile ? { logFile } : {}) })
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
